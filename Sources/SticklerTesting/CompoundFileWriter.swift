/// A minimal compound-file (CFB v3) writer for fixtures: legacy Office documents,
/// Outlook messages and encrypted OOXML containers. Streams under 4096 bytes go to the
/// mini stream as the format requires; storages list their children as a simple chain.
public struct CompoundFileWriter {
    struct Item { var name: String; var parent: Int; var data: [UInt8]?; var children: [Int] = [] }
    var items: [Item] = [Item(name: "Root Entry", parent: -1, data: nil)]

    public init() {}

    /// Adds a stream at `path` ("a/b/stream"), creating storages on the way.
    public mutating func add(_ path: String, _ data: [UInt8]) {
        var parent = 0
        let parts = path.split(separator: "/").map(String.init)
        for part in parts.dropLast() {
            if let existing = items[parent].children.first(where: { items[$0].name == part }) { parent = existing; continue }
            items.append(Item(name: part, parent: parent, data: nil))
            items[parent].children.append(items.count - 1)
            parent = items.count - 1
        }
        items.append(Item(name: parts.last!, parent: parent, data: data))
        items[parent].children.append(items.count - 1)
    }

    public static func utf16(_ text: String) -> [UInt8] { Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } + [0, 0] }

    public func finish() -> [UInt8] {
        let sector = 512, endOfChain: UInt32 = 0xFFFF_FFFE, free: UInt32 = 0xFFFF_FFFF
        var sectors: [[UInt8]] = []
        var fat: [UInt32] = []
        func allocate(_ data: [UInt8]) -> UInt32 {
            guard !data.isEmpty else { return endOfChain }
            let first = UInt32(sectors.count)
            var offset = 0
            while offset < data.count {
                var chunk = Array(data[offset..<min(offset + sector, data.count)])
                chunk += [UInt8](repeating: 0, count: sector - chunk.count)
                sectors.append(chunk)
                fat.append(offset + sector < data.count ? UInt32(sectors.count) : endOfChain)
                offset += sector
            }
            return first
        }
        // Mini stream for small streams.
        var mini: [UInt8] = [], miniFat: [UInt32] = []
        var starts = [UInt32](repeating: endOfChain, count: items.count)
        for (index, item) in items.enumerated() {
            guard let data = item.data, !data.isEmpty, data.count < 4096 else { continue }
            starts[index] = UInt32(mini.count / 64)
            var offset = 0
            while offset < data.count {
                var chunk = Array(data[offset..<min(offset + 64, data.count)])
                chunk += [UInt8](repeating: 0, count: 64 - chunk.count)
                mini += chunk
                miniFat.append(offset + 64 < data.count ? UInt32(mini.count / 64) : endOfChain)
                offset += 64
            }
        }
        for (index, item) in items.enumerated() where (item.data?.count ?? 0) >= 4096 { starts[index] = allocate(item.data!) }
        let miniStreamStart = allocate(mini)
        let miniFatStart = allocate(miniFat.flatMap(le32))
        // Directory: children chained through right siblings.
        var directory: [UInt8] = []
        for (index, item) in items.enumerated() {
            var entry = [UInt8](repeating: 0, count: 128)
            let name = Array(item.name.utf16.prefix(31))
            for (i, unit) in name.enumerated() { entry[i * 2] = UInt8(unit & 0xFF); entry[i * 2 + 1] = UInt8(unit >> 8) }
            let nameLength = (name.count + 1) * 2
            entry[0x40] = UInt8(nameLength); entry[0x41] = 0
            entry[0x42] = index == 0 ? 5 : (item.data == nil ? 1 : 2)
            entry[0x43] = 1
            let siblings = item.parent >= 0 ? items[item.parent].children : []
            let position = siblings.firstIndex(of: index)
            let right = position.flatMap { $0 + 1 < siblings.count ? UInt32(siblings[$0 + 1]) : nil } ?? free
            let child = item.children.first.map(UInt32.init) ?? free
            func put(_ value: UInt32, _ at: Int) { for (i, b) in le32(value).enumerated() { entry[at + i] = b } }
            put(free, 0x44); put(right, 0x48); put(child, 0x4C)
            if index == 0 { put(miniStreamStart, 0x74); put(UInt32(mini.count), 0x78) } else if let data = item.data {
                put(data.isEmpty ? endOfChain : starts[index], 0x74); put(UInt32(data.count), 0x78)
            }
            directory += entry
        }
        let directoryStart = allocate(directory)
        // FAT sectors at the end (each FAT sector marks itself 0xFFFFFFFD).
        var fatSectorCount = 1
        while (sectors.count + fatSectorCount) > fatSectorCount * 128 { fatSectorCount += 1 }
        let fatStart = sectors.count
        for _ in 0..<fatSectorCount { fat.append(0xFFFF_FFFD) }
        while fat.count < fatSectorCount * 128 { fat.append(free) }
        for index in 0..<fatSectorCount { sectors.append(fat[(index * 128)..<((index + 1) * 128)].flatMap(le32)) }
        var header = [UInt8](repeating: 0, count: 512)
        let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        for (i, b) in signature.enumerated() { header[i] = b }
        func put16(_ value: UInt16, _ at: Int) { header[at] = UInt8(value & 0xFF); header[at + 1] = UInt8(value >> 8) }
        func put32(_ value: UInt32, _ at: Int) { for (i, b) in le32(value).enumerated() { header[at + i] = b } }
        put16(0x3E, 0x18); put16(3, 0x1A); put16(0xFFFE, 0x1C); put16(9, 0x1E); put16(6, 0x20)
        put32(UInt32(fatSectorCount), 0x2C); put32(directoryStart, 0x30); put32(4096, 0x38)
        put32(miniFat.isEmpty ? endOfChain : miniFatStart, 0x3C); put32(UInt32((miniFat.count * 4 + 511) / 512), 0x40)
        put32(endOfChain, 0x44); put32(0, 0x48)
        for index in 0..<109 { put32(index < fatSectorCount ? UInt32(fatStart + index) : free, 0x4C + index * 4) }
        return header + sectors.flatMap { $0 }
    }

    func le32(_ value: UInt32) -> [UInt8] { [0, 8, 16, 24].map { UInt8(truncatingIfNeeded: value >> UInt32($0)) } }
}
