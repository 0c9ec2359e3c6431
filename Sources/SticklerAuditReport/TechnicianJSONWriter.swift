import Foundation
import SticklerAudit

/// One scan or device as a JSON document: everything `TechnicianDetail` holds.
public enum TechnicianJSONWriter {
    public static func render(_ detail: TechnicianDetail) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(detail), as: UTF8.self) + "\n"
    }
}
