/// Writes one JSON object with keys in a fixed order (JSONEncoder sorts or shuffles them;
/// the JSON Lines format promises an order), straight into a byte buffer.
public struct JSONObject {
    var bytes: [UInt8]
    var empty = true

    public init() {
        bytes = [UInt8(ascii: "{")]
        bytes.reserveCapacity(384)
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
        var string = string
        string.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: JSONFields.quotedBound(bytes.count)) { space in
                out.append(contentsOf: UnsafeBufferPointer(start: space.baseAddress!, count: JSONFields.writeQuoted(bytes, to: space.baseAddress!)))
            }
        }
    }
}

/// An object's fields written through a pointer into space sized for them beforehand (a
/// finding's record, one per finding: appending to an array byte by byte cost about 6,000
/// instructions a record, most of a record's cost on text dense with personal data). The
/// same calls size it first: a `JSONFields(measuring: ())` only counts the most bytes each
/// field can take, so the space and the fields written into it come from one list.
struct JSONFields {
    private let base: UnsafeMutablePointer<UInt8>?
    private(set) var count = 0
    private var empty = true

    init(_ base: UnsafeMutablePointer<UInt8>) {
        self.base = base
        put(UInt8(ascii: "{"))
    }

    /// Counts the space the fields need (the braces' included) and writes nothing.
    init(measuring: Void) {
        base = nil
        count = 2
    }

    static func quotedBound(_ count: Int) -> Int { 6 * count + 2 }

    @inline(__always) private mutating func put(_ byte: UInt8) {
        base![count] = byte
        count += 1
    }

    private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
        (base! + count).update(from: start, count: bytes.count)
        count += bytes.count
    }

    /// Writes the key (or, measuring, counts the most the field can take: the key, quotes, a
    /// comma and a colon, and `value` bytes); false when measuring.
    private mutating func key(_ key: StaticString, value: Int) -> Bool {
        guard base != nil else {
            count += key.utf8CodeUnitCount + 4 + value
            return false
        }
        if !empty { put(UInt8(ascii: ",")) }
        empty = false
        put(UInt8(ascii: "\""))
        key.withUTF8Buffer { put($0) }
        put(UInt8(ascii: "\""))
        put(UInt8(ascii: ":"))
        return true
    }

    /// A value Stickler made itself: no escaping (as `JSONObject.add(_:plain:)`).
    mutating func add(_ key: StaticString, plain value: String?) {
        guard var value, self.key(key, value: value.utf8.count + 2) else { return }
        put(UInt8(ascii: "\""))
        value.withUTF8 { put($0) }
        put(UInt8(ascii: "\""))
    }

    mutating func add(_ key: StaticString, _ value: String?) {
        guard var value, self.key(key, value: Self.quotedBound(value.utf8.count)) else { return }
        value.withUTF8 { count += Self.writeQuoted($0, to: base! + count) }
    }

    mutating func add(_ key: StaticString, _ value: Int?) {
        guard let value, self.key(key, value: 20) else { return }
        if value < 0 { put(UInt8(ascii: "-")) }
        var magnitude = value.magnitude, digits = 0
        repeat { digits += 1; magnitude /= 10 } while magnitude > 0
        magnitude = value.magnitude
        for index in stride(from: count + digits - 1, through: count, by: -1) {
            base![index] = UInt8(48 + magnitude % 10)
            magnitude /= 10
        }
        count += digits
    }

    mutating func close() -> Int {
        put(UInt8(ascii: "}"))
        return count
    }

    /// `bytes` quoted and escaped at `out` (at most `quotedBound(bytes.count)` bytes); the
    /// count written. Most strings need no escape and are copied whole.
    static func writeQuoted(_ bytes: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>) -> Int {
        out[0] = UInt8(ascii: "\"")
        var count = 1
        if !bytes.contains(where: { $0 < 0x20 || $0 == 34 || $0 == 92 }) {
            if let start = bytes.baseAddress { (out + 1).update(from: start, count: bytes.count) }
            count += bytes.count
        } else {
            func put(_ escaped: UInt8...) { for byte in escaped { out[count] = byte; count += 1 } }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\""): put(92, 34)
                case UInt8(ascii: "\\"): put(92, 92)
                case 10: put(92, UInt8(ascii: "n"))
                case 13: put(92, UInt8(ascii: "r"))
                case 9: put(92, UInt8(ascii: "t"))
                case 0..<0x20: put(92, UInt8(ascii: "u"), 48, 48, JSONObject.hexDigits[Int(byte >> 4)], JSONObject.hexDigits[Int(byte & 0x0F)])
                default: put(byte)
                }
            }
        }
        out[count] = UInt8(ascii: "\"")
        return count + 1
    }
}
