/// Writes JSON objects with keys in a fixed order (JSONEncoder sorts or shuffles them;
/// the JSON Lines format promises an order).
public struct JSONObject {
    var parts: [String] = []

    public init() {}

    public mutating func add(_ key: String, _ value: String?) {
        guard let value else { return }
        parts.append(JSONObject.quote(key) + ":" + JSONObject.quote(value))
    }

    public mutating func add(_ key: String, _ value: Int?) {
        guard let value else { return }
        parts.append(JSONObject.quote(key) + ":" + String(value))
    }

    public mutating func add(_ key: String, _ value: Double) {
        parts.append(JSONObject.quote(key) + ":" + String(format: "%.3f", value))
    }

    public mutating func add(_ key: String, raw: String) {
        parts.append(JSONObject.quote(key) + ":" + raw)
    }

    public mutating func add(_ key: String, strings: [String]) {
        parts.append(JSONObject.quote(key) + ":[" + strings.map(JSONObject.quote).joined(separator: ",") + "]")
    }

    public mutating func add(_ key: String, counts: [String: Int]) {
        let body = counts.keys.sorted().map { JSONObject.quote($0) + ":" + String(counts[$0]!) }.joined(separator: ",")
        parts.append(JSONObject.quote(key) + ":{" + body + "}")
    }

    public var text: String { "{" + parts.joined(separator: ",") + "}" }

    public static func quote(_ string: String) -> String {
        // Fast path: nothing to escape (the common case for paths, ids and redacted values).
        var plain = true
        for byte in string.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C { plain = false; break }
        if plain { return "\"" + string + "\"" }
        var out = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

import Foundation
