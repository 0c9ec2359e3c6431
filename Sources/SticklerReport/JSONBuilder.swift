/// Writes one JSON object with keys in a fixed order (JSONEncoder sorts or shuffles them;
/// the JSON Lines format promises an order), straight into a byte buffer.
public struct JSONObject {
    var bytes: [UInt8]
    var empty = true

    public init() {
        self.init(continuing: [])
    }

    /// An object written after `bytes` (records of a batch in one buffer); `close()` gives
    /// them back with the object on the end.
    public init(continuing bytes: consuming [UInt8]) {
        self.bytes = consume bytes
        if self.bytes.isEmpty { self.bytes.reserveCapacity(384) } // (growing a batch doubles it anyway)
        self.bytes.append(UInt8(ascii: "{"))
    }

    /// Closes the object and hands over its bytes (those it continued first), without a copy.
    public mutating func close() -> [UInt8] {
        var out: [UInt8] = []
        swap(&out, &bytes)
        out.append(UInt8(ascii: "}"))
        return out
    }

    /// Keys are the formats' own identifiers (ASCII letters and `_`, written in the code):
    /// no escaping, and no String to read them from.
    mutating func key(_ key: StaticString) {
        if !empty { bytes.append(UInt8(ascii: ",")) }
        empty = false
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) } // also for a one-character key (no pointer)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    /// A value Stickler made itself (detector ids, enum names, hex fingerprints): no
    /// escaping needed. Anything from a file or a user goes through `add(_:_:)`.
    public mutating func add(_ key: StaticString, plain value: String?) {
        guard var value else { return }
        self.key(key)
        bytes.append(UInt8(ascii: "\""))
        value.withUTF8 { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
    }

    public mutating func add(_ key: StaticString, _ value: String?) {
        guard let value else { return }
        self.key(key)
        JSONObject.appendQuoted(value, to: &bytes)
    }

    public mutating func add(_ key: StaticString, _ value: Int?) {
        guard let value else { return }
        self.key(key)
        JSONObject.appendDecimal(value, to: &bytes)
    }

    /// Decimal digits of `value` without building a String.
    static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(48 + magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[index]) }
        }
    }

    public mutating func add(_ key: StaticString, _ value: Double) {
        self.key(key)
        bytes += String(format: "%.3f", value).utf8
    }

    public mutating func add(_ key: StaticString, raw: String) {
        self.key(key)
        bytes += raw.utf8
    }

    public mutating func add(_ key: StaticString, strings: [String]) {
        self.key(key)
        bytes.append(UInt8(ascii: "["))
        for (index, string) in strings.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            JSONObject.appendQuoted(string, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    public mutating func add(_ key: StaticString, counts: [String: Int]) {
        self.key(key)
        bytes.append(UInt8(ascii: "{"))
        for (index, name) in counts.keys.sorted().enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            JSONObject.appendQuoted(name, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            JSONObject.appendDecimal(counts[name]!, to: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    /// The object's bytes, closed.
    public var utf8: [UInt8] { bytes + [UInt8(ascii: "}")] }

    public var text: String { String(decoding: utf8, as: UTF8.self) }

    public static func quote(_ string: String) -> String {
        var out: [UInt8] = []
        appendQuoted(string, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static let hexDigits = Array("0123456789abcdef".utf8)

    static func appendQuoted(_ string: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Most strings need no escape: copy them whole (`withUTF8` also serves small strings).
        var string = string
        let plain = string.withUTF8 { bytes -> Bool in
            for byte in bytes where byte < 0x20 || byte == 34 || byte == 92 { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if plain {
            out.append(UInt8(ascii: "\""))
            return
        }
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [92, 34]
            case UInt8(ascii: "\\"): out += [92, 92]
            case 10: out += [92, UInt8(ascii: "n")]
            case 13: out += [92, UInt8(ascii: "r")]
            case 9: out += [92, UInt8(ascii: "t")]
            case 0..<0x20: out += [92, UInt8(ascii: "u"), 48, 48, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
