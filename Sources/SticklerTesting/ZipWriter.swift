import Foundation

/// Writes a minimal zip archive (stored, no compression) in memory: enough to put a
/// test file inside a container without any tool. CRC-32 per ISO 3309.
public enum ZipWriter {
    static let table: [UInt32] = (0..<256).map { index -> UInt32 in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    public static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    public static func archive(_ entries: [(name: String, data: [UInt8])]) -> Data {
        var out: [UInt8] = [], central: [UInt8] = []
        func le16(_ value: Int, into bytes: inout [UInt8]) { bytes += [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF)] }
        func le32(_ value: UInt32, into bytes: inout [UInt8]) { for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8((value >> UInt32(shift)) & 0xFF)) } }
        for entry in entries {
            let name = Array(entry.name.utf8), crc = crc32(entry.data), offset = UInt32(out.count)
            le32(0x0403_4B50, into: &out); le16(20, into: &out); le16(0, into: &out); le16(0, into: &out)
            le16(0, into: &out); le16(0x21, into: &out); le32(crc, into: &out)
            le32(UInt32(entry.data.count), into: &out); le32(UInt32(entry.data.count), into: &out)
            le16(name.count, into: &out); le16(0, into: &out); out += name; out += entry.data
            le32(0x0201_4B50, into: &central); le16(20, into: &central); le16(20, into: &central); le16(0, into: &central)
            le16(0, into: &central); le16(0, into: &central); le16(0x21, into: &central); le32(crc, into: &central)
            le32(UInt32(entry.data.count), into: &central); le32(UInt32(entry.data.count), into: &central)
            le16(name.count, into: &central); le16(0, into: &central); le16(0, into: &central); le16(0, into: &central)
            le16(0, into: &central); le32(0, into: &central); le32(offset, into: &central); central += name
        }
        let centralOffset = UInt32(out.count)
        out += central
        le32(0x0605_4B50, into: &out); le16(0, into: &out); le16(0, into: &out)
        le16(entries.count, into: &out); le16(entries.count, into: &out)
        le32(UInt32(central.count), into: &out); le32(centralOffset, into: &out); le16(0, into: &out)
        return Data(out)
    }
}
