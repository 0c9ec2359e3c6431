import GRDB
import SticklerCrypto

/// The exact bytes a row's MAC covers: a version tag, the table name, then every column
/// except `mac` and `seq`, sorted by name, each value typed and length-prefixed so that no
/// two different rows encode alike. `seq` is left out on purpose: order is carried by
/// `prev_mac`, so a row moved to another position shows as reordered, not as edited.
enum Canonical {
    static let version = "stickler-audit-v1"

    static func bytes(table: String, row: Row) -> [UInt8] {
        var out = "\(version)\n\(table)\n"
        let pairs = zip(row.columnNames, row.databaseValues)
            .filter { $0.0 != "mac" && $0.0 != "seq" }
            .sorted { $0.0 < $1.0 }
        for (name, value) in pairs {
            out += name
            out += "="
            out += encode(value)
            out += "\n"
        }
        return Array(out.utf8)
    }

    static func encode(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: return "N"
        case .int64(let int): return "I\(int)"
        case .double(let double): return "R\(String(double.bitPattern, radix: 16))"
        case .string(let string): return "T\(string.utf8.count):\(string)"
        case .blob(let data): return "B\(data.count):" + [UInt8](data).hex
        }
    }
}
