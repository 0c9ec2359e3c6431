import Foundation

/// A tiny in-memory zip writer for test fixtures and the benchmark corpus: stored
/// members, deflated runs of zeros (for bombs), ZipCrypto encryption, and WinZip AES
/// headers (with random "ciphertext": enough for a reader to recognise the kind).
public struct ZipWriter {
    public enum Method { case stored, zeros(Int), repeated(UInt8, Int), zipCrypto(password: String), aes }

    struct Central {
        var name: [UInt8]
        var flags: UInt16, method: UInt16
        var crc: UInt32, compressed: Int, size: Int, offset: Int
        var extra: [UInt8]
    }

    public private(set) var bytes: [UInt8] = []
    var central: [Central] = []

    public init() {}

    public mutating func add(_ name: String, _ text: String, method: Method = .stored) {
        add(name, Array(text.utf8), method: method)
    }

    /// Adds a member; `name` is taken as raw bytes when given as `nameBytes`.
    public mutating func add(_ name: String, _ data: [UInt8], method: Method = .stored, nameBytes: [UInt8]? = nil) {
        let nameField = nameBytes ?? Array(name.utf8)
        var flags: UInt16 = 0, code: UInt16 = 0
        var payload = data, crc = Self.crc32(data), size = data.count
        var extra: [UInt8] = []
        switch method {
        case .stored: break
        case .zeros(let count):
            code = 8
            payload = Self.deflateRepeated(0, count)
            crc = Self.crc32Repeated(0, count)
            size = count
        case .repeated(let byte, let count):
            code = 8
            payload = Self.deflateRepeated(byte, count)
            crc = Self.crc32Repeated(byte, count)
            size = count
        case .zipCrypto(let password):
            flags = 1
            var keys = ZipCryptoKeys(password: password)
            var header = (0..<11).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            header.append(UInt8(crc >> 24))
            payload = (header + data).map { keys.encrypt($0) }
        case .aes:
            flags = 1
            code = 99
            extra = [0x01, 0x99, 7, 0, 2, 0, 65, 69, 3, 0, 0]
            payload = (0..<(data.count + 28)).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }
            crc = 0
        }
        // A name beyond ASCII is flagged UTF-8 (general purpose bit 11), as Windows and
        // Python write it.
        if nameBytes == nil, nameField.contains(where: { $0 >= 0x80 }) { flags |= 0x0800 }
        let offset = bytes.count
        bytes += Self.le32(0x0403_4B50) + Self.le16(20) + Self.le16(flags) + Self.le16(code) + Self.le16(0) + Self.le16(0x21)
        bytes += Self.le32(crc) + Self.le32(UInt32(payload.count)) + Self.le32(UInt32(size))
        bytes += Self.le16(UInt16(nameField.count)) + Self.le16(UInt16(extra.count)) + nameField + extra + payload
        central.append(Central(name: nameField, flags: flags, method: code, crc: crc, compressed: payload.count, size: size,
                               offset: offset, extra: extra))
    }

    /// The finished archive (central directory and end record appended).
    public func finish() -> [UInt8] {
        var out = bytes
        let start = out.count
        for entry in central {
            out += Self.le32(0x0201_4B50) + Self.le16(20) + Self.le16(20) + Self.le16(entry.flags) + Self.le16(entry.method)
            out += Self.le16(0) + Self.le16(0x21) + Self.le32(entry.crc) + Self.le32(UInt32(entry.compressed)) + Self.le32(UInt32(entry.size))
            out += Self.le16(UInt16(entry.name.count)) + Self.le16(UInt16(entry.extra.count)) + Self.le16(0) + Self.le16(0) + Self.le16(0)
            out += Self.le32(0) + Self.le32(UInt32(entry.offset)) + entry.name + entry.extra
        }
        let size = out.count - start
        out += Self.le32(0x0605_4B50) + Self.le16(0) + Self.le16(0) + Self.le16(UInt16(central.count)) + Self.le16(UInt16(central.count))
        out += Self.le32(UInt32(size)) + Self.le32(UInt32(start)) + Self.le16(0)
        return out
    }

    /// A zip whose central directory lists `count` entries that all point at the same
    /// deflated data (the "overlapping entries" bomb): small on disk, huge when read.
    public static func overlappingBomb(entries count: Int, zerosEach: Int) -> [UInt8] {
        var writer = ZipWriter()
        writer.add("0", [], method: .zeros(zerosEach))
        let first = writer.central[0]
        for index in 1..<count {
            var copy = first
            copy.name = Array(String(index).utf8)
            writer.central.append(copy)
        }
        return writer.finish()
    }

    static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    static func le32(_ value: UInt32) -> [UInt8] { [0, 8, 16, 24].map { UInt8(truncatingIfNeeded: value >> UInt32($0)) } }

    static let table: [UInt32] = (0..<256).map { index -> UInt32 in
        var c = UInt32(index)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    public static func crc32(_ data: [UInt8], initial: UInt32 = 0) -> UInt32 {
        var crc = ~initial
        for byte in data { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return ~crc
    }

    static func crc32Repeated(_ byte: UInt8, _ count: Int) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for _ in 0..<count { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return ~crc
    }

    /// Raw deflate of `count` copies of `byte`: one literal, then length-258 distance-1
    /// copies with fixed Huffman codes (about 1:160), then a short tail of literals.
    public static func deflateRepeated(_ byte: UInt8, _ count: Int) -> [UInt8] {
        var bits = BitWriter()
        bits.write(1, 1) // final block
        bits.write(1, 2) // fixed Huffman
        var remaining = count
        func literalZero() { // fixed code for literals 0-143 is 0x30 + value, 8 bits; 144-255 is 0x190 + value - 144, 9 bits
            if byte < 144 { bits.writeReversed(0x30 + UInt32(byte), 8) } else { bits.writeReversed(0x190 + UInt32(byte) - 144, 9) }
            remaining -= 1
        }
        if remaining > 0 { literalZero() }
        while remaining >= 258 {
            bits.writeReversed(0b1100_0101, 8) // length symbol 285 (258)
            bits.writeReversed(0, 5)           // distance code 0 (1)
            remaining -= 258
        }
        while remaining > 0 { literalZero() }
        bits.writeReversed(0, 7) // end of block (256)
        return bits.finish()
    }

    struct BitWriter {
        var out: [UInt8] = []
        var current: UInt32 = 0, used = 0
        mutating func write(_ value: UInt32, _ count: Int) {
            for bit in 0..<count { push((value >> UInt32(bit)) & 1) }
        }
        mutating func writeReversed(_ value: UInt32, _ count: Int) {
            for bit in stride(from: count - 1, through: 0, by: -1) { push((value >> UInt32(bit)) & 1) }
        }
        mutating func push(_ bit: UInt32) {
            current |= bit << UInt32(used)
            used += 1
            if used == 8 { out.append(UInt8(current)); current = 0; used = 0 }
        }
        mutating func finish() -> [UInt8] {
            if used > 0 { out.append(UInt8(current)) }
            return out
        }
    }
}

/// PKWARE traditional ("ZipCrypto") encryption keys.
struct ZipCryptoKeys {
    var k0: UInt32 = 0x1234_5678, k1: UInt32 = 0x2345_6789, k2: UInt32 = 0x3456_7890

    init(password: String) { for byte in password.utf8 { update(byte) } }

    mutating func update(_ byte: UInt8) {
        k0 = ZipWriter.table[Int((k0 ^ UInt32(byte)) & 0xFF)] ^ (k0 >> 8)
        k1 = (k1 &+ (k0 & 0xFF)) &* 134_775_813 &+ 1
        k2 = ZipWriter.table[Int((k2 ^ (k1 >> 24)) & 0xFF)] ^ (k2 >> 8)
    }

    mutating func encrypt(_ plain: UInt8) -> UInt8 {
        let temp = (k2 | 2) & 0xFFFF
        let cipher = plain ^ UInt8(truncatingIfNeeded: (temp &* (temp ^ 1)) >> 8)
        update(plain)
        return cipher
    }
}

extension ZipWriter {
    /// A stored zip of `entries`, as `Data`: the one-call form for tests that only need a container.
    public static func archive(_ entries: [(name: String, data: [UInt8])]) -> Data {
        var writer = ZipWriter()
        for entry in entries { writer.add(entry.name, entry.data) }
        return Data(writer.finish())
    }
}
