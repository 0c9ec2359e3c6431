import Foundation
import SticklerAudit

/// The governors' figures as one JSON document (sorted keys), for other tools.
public enum GovernorsJSONWriter {
    public static func render(_ figures: GovernorsFigures) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(figures), as: UTF8.self) + "\n"
    }
}
