/// A reader for Microsoft compound files (CFB, "OLE2": legacy .doc/.xls/.ppt, Outlook
/// .msg, encrypted OOXML) over bytes in memory. Every chain walk is bounded by the
/// number of sectors, so loops and bad pointers end the walk instead of hanging.
struct CompoundFile {
    struct Entry {
        var path: String
        var name: String
        var isStream: Bool
        var start: UInt32
        var size: Int
    }

    let bytes: UnsafeRawBufferPointer
    let sectorSize: Int
    let miniSectorSize: Int
    let cutoff: Int
    var fat: [UInt32] = []
    var miniFat: [UInt32] = []
    var miniStream: [UInt8] = []
    private(set) var entries: [Entry] = []

    init(_ bytes: UnsafeRawBufferPointer) throws {
        self.bytes = bytes
        guard bytes.count >= 512 else { throw ExtractionError("compound file too short") }
        let shift = Int(Self.le16(bytes, 0x1E)), miniShift = Int(Self.le16(bytes, 0x20))
        guard shift == 9 || shift == 12, miniShift == 6 else { throw ExtractionError("not a valid compound file header") }
        sectorSize = 1 << shift
        miniSectorSize = 1 << miniShift
        cutoff = Int(Self.le32(bytes, 0x38))
        // FAT sectors: 109 in the header, the rest along the DIFAT chain.
        var fatSectors: [UInt32] = []
        for index in 0..<109 {
            let sector = Self.le32(bytes, 0x4C + index * 4)
            if sector < 0xFFFF_FFFA { fatSectors.append(sector) }
        }
        var difat = Self.le32(bytes, 0x44)
        var guardCount = 0
        while difat < 0xFFFF_FFFA && guardCount < sectorCount {
            guardCount += 1
            guard let sector = sectorBytes(difat) else { break }
            let perSector = sectorSize / 4 - 1
            for index in 0..<perSector {
                let value = Self.le32(sector, index * 4)
                if value < 0xFFFF_FFFA { fatSectors.append(value) }
            }
            difat = Self.le32(sector, perSector * 4)
        }
        for sector in fatSectors.prefix(sectorCount) {
            guard let data = sectorBytes(sector) else { continue }
            for index in 0..<(sectorSize / 4) { fat.append(Self.le32(data, index * 4)) }
        }
        // Directory.
        let directory = chain(Self.le32(bytes, 0x30))
        var raw: [(name: String, type: UInt8, left: UInt32, right: UInt32, child: UInt32, start: UInt32, size: Int)] = []
        var offset = 0
        while offset + 128 <= directory.count {
            let nameLength = min(64, Int(UInt16(directory[offset + 0x40]) | UInt16(directory[offset + 0x41]) << 8))
            var units: [UInt16] = []
            var index = 0
            while index + 1 < nameLength - 1 {
                units.append(UInt16(directory[offset + index]) | UInt16(directory[offset + index + 1]) << 8)
                index += 2
            }
            let name = String(decoding: units, as: UTF16.self)
            func u32(_ at: Int) -> UInt32 {
                UInt32(directory[offset + at]) | UInt32(directory[offset + at + 1]) << 8
                    | UInt32(directory[offset + at + 2]) << 16 | UInt32(directory[offset + at + 3]) << 24
            }
            raw.append((name, directory[offset + 0x42], u32(0x44), u32(0x48), u32(0x4C), u32(0x74), Int(u32(0x78))))
            offset += 128
        }
        guard let root = raw.first else { throw ExtractionError("compound file has no directory") }
        // Mini FAT and mini stream.
        let miniFatBytes = chain(Self.le32(bytes, 0x3C))
        miniFat = stride(from: 0, to: miniFatBytes.count - 3, by: 4).map {
            UInt32(miniFatBytes[$0]) | UInt32(miniFatBytes[$0 + 1]) << 8 | UInt32(miniFatBytes[$0 + 2]) << 16 | UInt32(miniFatBytes[$0 + 3]) << 24
        }
        miniStream = Array(chain(root.start).prefix(root.size))
        // Walk the red-black tree of each storage (bounded, each entry visited once).
        var visited = Set<UInt32>()
        var stack: [(index: UInt32, parent: String)] = [(root.child, "")]
        while let (index, parent) = stack.popLast() {
            guard index < UInt32(raw.count), visited.insert(index).inserted else { continue }
            let item = raw[Int(index)]
            let path = parent.isEmpty ? item.name : parent + "/" + item.name
            if item.type == 2 { entries.append(Entry(path: path, name: item.name, isStream: true, start: item.start, size: item.size)) }
            if item.type == 1 {
                entries.append(Entry(path: path, name: item.name, isStream: false, start: 0, size: 0))
                stack.append((item.child, path))
            }
            stack.append((item.left, parent))
            stack.append((item.right, parent))
        }
    }

    var sectorCount: Int { max(0, (bytes.count - 512) / sectorSize) }

    func sectorBytes(_ sector: UInt32) -> UnsafeRawBufferPointer? {
        let start = 512 + Int(sector) * sectorSize
        guard sector < 0xFFFF_FFFA, start + sectorSize <= bytes.count else { return nil }
        return UnsafeRawBufferPointer(rebasing: bytes[start..<(start + sectorSize)])
    }

    /// The bytes of a regular sector chain.
    func chain(_ first: UInt32, limit: Int = Int.max) -> [UInt8] {
        var out: [UInt8] = []
        var sector = first
        var steps = 0
        while sector < 0xFFFF_FFFA && steps <= sectorCount && out.count < limit {
            guard let data = sectorBytes(sector) else { break }
            out.append(contentsOf: data)
            steps += 1
            guard Int(sector) < fat.count else { break }
            sector = fat[Int(sector)]
        }
        return out
    }

    /// A stream's content (from the mini stream when it is small).
    func read(_ entry: Entry) -> [UInt8] {
        guard entry.isStream else { return [] }
        if entry.size < cutoff {
            var out: [UInt8] = []
            var sector = entry.start
            var steps = 0
            while sector < 0xFFFF_FFFA && steps <= miniFat.count && out.count < entry.size {
                let start = Int(sector) * miniSectorSize
                guard start + miniSectorSize <= miniStream.count else { break }
                out.append(contentsOf: miniStream[start..<(start + miniSectorSize)])
                steps += 1
                guard Int(sector) < miniFat.count else { break }
                sector = miniFat[Int(sector)]
            }
            return Array(out.prefix(entry.size))
        }
        return Array(chain(entry.start, limit: entry.size).prefix(entry.size))
    }

    func entry(_ path: String) -> Entry? { entries.first { $0.path == path } }

    static func le16(_ bytes: UnsafeRawBufferPointer, _ at: Int) -> UInt16 {
        guard at + 2 <= bytes.count else { return 0 }
        return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    static func le32(_ bytes: UnsafeRawBufferPointer, _ at: Int) -> UInt32 {
        guard at + 4 <= bytes.count else { return 0xFFFF_FFFF }
        return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
}
