import Foundation

/// A deleted file whose contents can still be read back from a FAT or exFAT volume:
/// proof for a school that "deleted" is not "securely deleted".
public struct RecoveredFile: Sendable, Equatable {
    /// Directories joined with "/": the long name where its entries survive, else the 8.3
    /// name with "_" for the first character the deletion overwrote (`SEN/_LASS.CSV`).
    public var path: String
    /// The size the directory entry recorded.
    public var size: Int
    /// The bytes read back: at most `size`; fewer when a live file has taken a later cluster,
    /// a limit ran out or the volume ends.
    public var data: [UInt8]
    /// Every cluster the file needs is still free (none reused by a live file since), so the
    /// bytes are the deleted file's own. Judged on all its clusters, whatever `maxBytes` cut.
    public var complete: Bool

    public init(path: String, size: Int, data: [UInt8], complete: Bool) {
        self.path = path
        self.size = size
        self.data = data
        self.complete = complete
    }
}

/// Why deleted files could not be looked for: not a FAT/exFAT volume, or a read failed.
public struct DeletedFilesError: Error, CustomStringConvertible {
    public var message: String
    /// Not a FAT or exFAT volume at all (nothing to recover), rather than one that could
    /// not be read.
    public var notAVolume: Bool
    public init(_ message: String, notAVolume: Bool = false) {
        self.message = message
        self.notAVolume = notAVolume
    }
    public var description: String { message }

    static func notAVolume(_ why: String) -> DeletedFilesError {
        DeletedFilesError("not a FAT or exFAT volume: " + why, notAVolume: true)
    }
}

/// Undelete for FAT12/16/32 and exFAT, read-only (pread only), bounded on hostile input.
///
/// Walks the live directory tree (and deleted directories whose first cluster is still
/// free) and reads each deleted file the classic undelete way: the chain is gone, so take
/// `ceil(size / clusterSize)` consecutive clusters from the recorded first cluster. A
/// fragmented file therefore comes back with other bytes in its later clusters. NTFS, ext4
/// and the rest are not covered. Microsoft's FAT specification (2005) and exFAT
/// specification (2019) give the layouts used here.
public enum DeletedFiles {
    /// Directory levels below the root that are walked.
    public static let maxDepth = 32
    /// Entries read from one directory (FAT's own limit; exFAT allows more).
    public static let maxEntriesPerDirectory = 65_536
    /// The filesystems it reads, as libblkid names them.
    public static let filesystems: Set<String> = ["vfat", "exfat"]

    /// Deleted files on the FAT12/16/32 or exFAT volume that starts at byte `offset` of the
    /// open file descriptor (a block device or an image), read with pread only.
    ///
    /// At most `maxFiles` files are returned. Their `data` together holds at most `maxBytes`,
    /// one file's at most `maxFileBytes`, and only the clusters still free from its first on
    /// (a cluster a live file has taken since ends it); files found after the budget is
    /// spent are still listed, with empty `data`.
    public static func recover(fd: Int32, offset: UInt64 = 0, maxFiles: Int = 2_000,
                               maxBytes: Int = 256 << 20, maxFileBytes: Int = 16 << 20) throws -> [RecoveredFile] {
        let reader = VolumeReader(fd: fd, base: offset)
        let boot = try reader.read(0, 512)
        guard boot.count == 512 else { throw DeletedFilesError.notAVolume("shorter than a boot sector") }
        let harvest = Harvest(maxFiles: maxFiles, maxBytes: maxBytes, maxFileBytes: maxFileBytes)
        if boot[3..<11].elementsEqual("EXFAT   ".utf8) {
            try ExFATVolume(reader: reader, boot: boot, harvest: harvest).scan()
        } else {
            try FATVolume(reader: reader, boot: boot, harvest: harvest).scan()
        }
        return try harvest.read(with: reader)
    }
}

// MARK: - Reading

/// pread at positions relative to the volume's start; a short result means the device ended.
private struct VolumeReader {
    let fd: Int32
    let base: UInt64

    /// Up to `count` bytes, read 1 MiB at a time so a hostile size costs no more memory
    /// than the device can fill.
    func read(_ position: UInt64, _ count: Int) throws -> [UInt8] {
        let (start, overflow) = base.addingReportingOverflow(position)
        guard count > 0, !overflow, start < UInt64(Int64.max) - UInt64(count) else { return [] }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: min(count, 1 << 20))
        while bytes.count < count {
            let wanted = min(chunk.count, count - bytes.count)
            let got = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, wanted, off_t(start) + off_t(bytes.count)) }
            if got < 0 {
                if errno == EINTR { continue }
                throw DeletedFilesError("read failed at byte \(start + UInt64(bytes.count)): \(String(cString: strerror(errno)))")
            }
            if got == 0 { break }
            bytes += chunk[0..<got]
        }
        return bytes
    }
}

/// An on-disk table (a FAT, the exFAT allocation bitmap) read a page at a time, at most
/// 256 pages kept. `locate` maps a table byte to its volume position; a page never spans
/// two clusters.
private final class TablePages {
    let reader: VolumeReader
    let length: UInt64
    let pageSize: UInt64
    let locate: (UInt64) -> UInt64?
    var pages: [UInt64: [UInt8]] = [:]

    init(reader: VolumeReader, length: UInt64, pageSize: Int, locate: @escaping (UInt64) -> UInt64?) {
        self.reader = reader
        self.length = length
        self.pageSize = UInt64(pageSize)
        self.locate = locate
    }

    func byte(_ index: UInt64) throws -> UInt8? {
        guard index < length else { return nil }
        let page = index / pageSize
        if pages[page] == nil {
            if pages.count >= 256 { pages.removeAll(keepingCapacity: true) }
            guard let position = locate(page * pageSize) else { return nil }
            pages[page] = try reader.read(position, Int(pageSize))
        }
        let bytes = pages[page]!
        let at = Int(index % pageSize)
        return at < bytes.count ? bytes[at] : nil
    }

    /// A little-endian value of `width` bytes, nil when any byte lies outside the table.
    func value(_ index: UInt64, width: Int) throws -> UInt32? {
        var result: UInt32 = 0
        for offset in 0..<width {
            guard let byte = try byte(index + UInt64(offset)) else { return nil }
            result |= UInt32(byte) << (8 * offset)
        }
        return result
    }
}

/// Where the clusters are: cluster 2 starts the data region (FAT) or cluster heap (exFAT).
private struct Geometry {
    let reader: VolumeReader
    let clusterSize: Int
    /// Valid clusters are 2 ..< 2 + clusterCount.
    let clusterCount: UInt32
    let heapStart: UInt64

    func contains(_ cluster: UInt32) -> Bool { cluster >= 2 && UInt64(cluster) < 2 + UInt64(clusterCount) }
    func position(_ cluster: UInt32) -> UInt64 { heapStart + UInt64(cluster - 2) * UInt64(clusterSize) }
    /// Clusters from `cluster` to the end of the volume.
    func remaining(from cluster: UInt32) -> UInt64 { 2 + UInt64(clusterCount) - UInt64(cluster) }
}

/// What both filesystems answer about a cluster.
private protocol ClusterMap: AnyObject {
    var geometry: Geometry { get }
    var harvest: Harvest { get }
    func isFree(_ cluster: UInt32) throws -> Bool
    /// The next cluster of a chain; nil at its end or on anything out of range.
    func next(_ cluster: UInt32) throws -> UInt32?
}

private extension ClusterMap {
    /// A directory's bytes: its chain (or consecutive clusters when `contiguous`), up to
    /// `limit` bytes, stopping at a cluster any directory already used (a loop or cross-link).
    func directoryBytes(from first: UInt32, contiguous: Bool, limit: Int) throws -> [UInt8] {
        let cap = min(limit, DeletedFiles.maxEntriesPerDirectory * 32)
        var bytes: [UInt8] = []
        var cluster: UInt32? = first
        while let current = cluster, bytes.count < cap, geometry.contains(current),
              harvest.directoryClusters.insert(current).inserted {
            let wanted = min(geometry.clusterSize, cap - bytes.count)
            let piece = try geometry.reader.read(geometry.position(current), wanted)
            bytes += piece
            guard piece.count == wanted else { break }
            cluster = contiguous ? current &+ 1 : try next(current)
        }
        return bytes
    }

    /// Reads a deleted file as undelete does and adds it to the harvest.
    func recover(path: String, size: Int, first: UInt32) throws {
        guard !harvest.isFull, size > 0, geometry.contains(first) else { return }
        let clusterSize = UInt64(geometry.clusterSize)
        let needed = (UInt64(size) + clusterSize - 1) / clusterSize
        let available = geometry.remaining(from: first)
        // Only the clusters still free from the first on are the deleted file's: one a live
        // file has taken since holds that file's bytes, which must not be reported again.
        var free: UInt64 = 0
        while free < min(needed, available) {
            // Past the budget a crafted volume could make this loop endless: "not known free".
            guard harvest.clusterChecksLeft > 0 else { break }
            harvest.clusterChecksLeft -= 1
            guard try isFree(first + UInt32(free)) else { break }
            free += 1
        }
        // Read later, smallest first: one deleted video must not take the budget a deleted
        // class list needs.
        harvest.pending.append(Harvest.Pending(path: path, size: size, position: geometry.position(first),
                                               readable: Int(min(UInt64(size), free * clusterSize)), complete: free == needed))
    }
}

/// The files found so far and what the limits leave.
private final class Harvest {
    let maxFiles: Int
    var bytesLeft: Int
    /// Free-cluster look-ups left for `complete` (64 Mi: 256 GiB of deleted files at 4 KiB clusters).
    var clusterChecksLeft = 1 << 26
    /// Every cluster read as a directory: none is read twice, so loops and cross-links end.
    var directoryClusters: Set<UInt32> = []

    /// The bytes read of one file (a deleted video must not take the whole budget).
    let maxFileBytes: Int

    init(maxFiles: Int, maxBytes: Int, maxFileBytes: Int) {
        self.maxFiles = maxFiles
        self.maxFileBytes = max(maxFileBytes, 0)
        bytesLeft = max(maxBytes, 0)
    }

    /// A deleted file found: where its still-free bytes are, read once the walk is done.
    struct Pending {
        var path: String
        var size: Int
        var position: UInt64
        var readable: Int
        var complete: Bool
    }
    var pending: [Pending] = []

    var isFull: Bool { pending.count >= maxFiles }

    /// Reads the files found, smallest first, within the budget; returns them in the order found.
    func read(with reader: VolumeReader) throws -> [RecoveredFile] {
        var data = [[UInt8]](repeating: [], count: pending.count)
        var short = [Bool](repeating: false, count: pending.count) // the volume ended early
        for index in pending.indices.sorted(by: { pending[$0].readable < pending[$1].readable }) {
            let wanted = min(pending[index].readable, maxFileBytes, bytesLeft)
            guard wanted > 0 else { continue }
            data[index] = try reader.read(pending[index].position, wanted)
            short[index] = data[index].count < wanted
            bytesLeft -= data[index].count
        }
        return pending.indices.map { index in
            RecoveredFile(path: pending[index].path, size: pending[index].size, data: data[index],
                          complete: pending[index].complete && !short[index])
        }
    }

    static func join(_ path: String, _ name: String) -> String {
        // A name from a raw directory entry may hold anything: no path separators, container
        // marks ("!"), control characters or bidirectional overrides reach a report.
        var clean = String(String.UnicodeScalarView(name.unicodeScalars.map { scalar -> Unicode.Scalar in
            let value = scalar.value
            let unsafe = scalar == "/" || scalar == "!" || value < 0x20 || (0x7F...0x9F).contains(value)
                || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            return unsafe ? "_" : scalar
        }))
        if clean.isEmpty || clean == "." || clean == ".." { clean = "_" }
        return path.isEmpty ? clean : path + "/" + clean
    }
}

private extension Array where Element == UInt8 {
    func le16(_ at: Int) -> UInt16 { UInt16(self[at]) | UInt16(self[at + 1]) << 8 }
    func le32(_ at: Int) -> UInt32 { UInt32(le16(at)) | UInt32(le16(at + 2)) << 16 }
    func le64(_ at: Int) -> UInt64 { UInt64(le32(at)) | UInt64(le32(at + 4)) << 32 }
}

// MARK: - FAT12/16/32

/// A FAT volume from its BIOS Parameter Block. A deleted entry's first name byte is 0xE5,
/// its long-name (LFN, attribute 0x0F) entries' too, and its cluster chain is zeroed.
private final class FATVolume: ClusterMap {
    enum Kind { case fat12, fat16, fat32 }

    let geometry: Geometry
    let harvest: Harvest
    let kind: Kind
    let table: TablePages
    /// FAT12/16: the fixed root directory region (position, bytes); FAT32: its first cluster.
    let rootRegion: (position: UInt64, length: Int)
    let rootCluster: UInt32

    init(reader: VolumeReader, boot: [UInt8], harvest: Harvest) throws {
        func refuse(_ why: String) -> DeletedFilesError { DeletedFilesError.notAVolume(why) }
        guard boot[510] == 0x55, boot[511] == 0xAA, boot[0] == 0xEB || boot[0] == 0xE9 else {
            throw refuse("no boot sector signature")
        }
        let bytesPerSector = UInt64(boot.le16(11)), sectorsPerCluster = UInt64(boot[13])
        let reserved = UInt64(boot.le16(14)), fats = UInt64(boot[16]), rootEntries = UInt64(boot.le16(17))
        let totalSectors = boot.le16(19) != 0 ? UInt64(boot.le16(19)) : UInt64(boot.le32(32))
        let fatSectors = boot.le16(22) != 0 ? UInt64(boot.le16(22)) : UInt64(boot.le32(36))
        guard [512, 1024, 2048, 4096].contains(bytesPerSector), sectorsPerCluster != 0,
              sectorsPerCluster & (sectorsPerCluster - 1) == 0, reserved > 0, fats > 0, fatSectors > 0 else {
            throw refuse("implausible BIOS Parameter Block")
        }
        let rootSectors = (rootEntries * 32 + bytesPerSector - 1) / bytesPerSector
        let dataStart = reserved + fats * fatSectors + rootSectors
        guard totalSectors > dataStart, (totalSectors - dataStart) / sectorsPerCluster > 0 else {
            throw refuse("no data region")
        }
        let clusters = (totalSectors - dataStart) / sectorsPerCluster
        // The count decides FAT12 from FAT16 (spec: < 4085 is FAT12). FAT32 is the BPB layout
        // with no 16-bit FAT size, as Linux decides it; its count is normally >= 65525.
        if boot.le16(22) == 0 {
            guard rootEntries == 0 else { throw refuse("FAT32 layout with a fixed root directory") }
            kind = .fat32
        } else {
            guard clusters < 65525, rootEntries > 0 else { throw refuse("too many clusters for FAT16") }
            kind = clusters < 4085 ? .fat12 : .fat16
        }
        geometry = Geometry(reader: reader, clusterSize: Int(bytesPerSector * sectorsPerCluster),
                            clusterCount: UInt32(min(clusters, kind == .fat32 ? 0x0FFF_FFF5 : clusters)),
                            heapStart: dataStart * bytesPerSector)
        // FAT32 may mirror none but one "active" FAT (ExtFlags bit 7, number in bits 0-3).
        let extFlags = boot.le16(40)
        let active = kind == .fat32 && extFlags & 0x80 != 0 && UInt64(extFlags & 0x0F) < fats ? UInt64(extFlags & 0x0F) : 0
        let fatStart = (reserved + active * fatSectors) * bytesPerSector
        table = TablePages(reader: reader, length: fatSectors * bytesPerSector, pageSize: Int(bytesPerSector)) { fatStart + $0 }
        rootRegion = ((reserved + fats * fatSectors) * bytesPerSector, Int(rootEntries * 32))
        rootCluster = kind == .fat32 ? boot.le32(44) : 0
        self.harvest = harvest
    }

    func entry(_ cluster: UInt32) throws -> UInt32? {
        let index = UInt64(cluster)
        switch kind {
        case .fat12:
            guard let pair = try table.value(index + index / 2, width: 2) else { return nil }
            return cluster & 1 == 1 ? pair >> 4 : pair & 0xFFF
        case .fat16: return try table.value(index * 2, width: 2)
        case .fat32: return try table.value(index * 4, width: 4).map { $0 & 0x0FFF_FFFF }
        }
    }

    func isFree(_ cluster: UInt32) throws -> Bool { try entry(cluster) == 0 }

    func next(_ cluster: UInt32) throws -> UInt32? {
        guard let value = try entry(cluster), geometry.contains(value) else { return nil }
        return value
    }

    func scan() throws {
        if kind == .fat32 {
            guard geometry.contains(rootCluster) else { throw DeletedFilesError("FAT32 root cluster \(rootCluster) is out of range") }
            try walk(directoryBytes(from: rootCluster, contiguous: false, limit: .max), path: "", depth: 0, deleted: false)
        } else {
            try walk(geometry.reader.read(rootRegion.position, rootRegion.length), path: "", depth: 0, deleted: false)
        }
    }

    /// One directory's 32-byte entries. In a deleted directory every file counts as deleted.
    func walk(_ bytes: [UInt8], path: String, depth: Int, deleted: Bool) throws {
        var longParts: [Int] = [] // offsets of the LFN entries since the last short entry
        for offset in stride(from: 0, to: bytes.count - 31, by: 32) {
            guard !harvest.isFull else { return }
            let first = bytes[offset], attributes = bytes[offset + 11]
            if first == 0x00 { return } // end of directory
            if attributes & 0x3F == 0x0F {
                longParts.append(offset)
                if longParts.count > 20 { longParts.removeFirst() }
                continue
            }
            defer { longParts = [] }
            if attributes & 0x08 != 0 || first == 0x2E { continue } // volume label, "." and ".."
            let erased = first == 0xE5
            let name = Self.longName(bytes, parts: longParts.reversed(), shortEntry: offset, erased: erased)
                ?? Self.shortName(bytes, offset, erased: erased)
            let child = Harvest.join(path, name)
            let cluster = (kind == .fat32 ? UInt32(bytes.le16(offset + 20)) << 16 : 0) | UInt32(bytes.le16(offset + 26))
            if attributes & 0x10 != 0 {
                try descend(cluster, path: child, depth: depth + 1, deleted: erased || deleted)
            } else if erased || deleted {
                try recover(path: child, size: Int(bytes.le32(offset + 28)), first: cluster)
            }
        }
    }

    /// A subdirectory: a live one along its chain; a deleted one only while its first
    /// cluster is free and still starts with the "." entry (its chain is gone: one cluster).
    func descend(_ cluster: UInt32, path: String, depth: Int, deleted: Bool) throws {
        guard depth <= DeletedFiles.maxDepth, geometry.contains(cluster), !harvest.directoryClusters.contains(cluster) else { return }
        if deleted {
            guard try isFree(cluster) else { return }
            let bytes = try directoryBytes(from: cluster, contiguous: true, limit: geometry.clusterSize)
            guard bytes.count >= 32, bytes[0..<11].elementsEqual(".          ".utf8), bytes[11] & 0x10 != 0 else { return }
            try walk(bytes, path: path, depth: depth, deleted: true)
        } else {
            try walk(directoryBytes(from: cluster, contiguous: false, limit: .max), path: path, depth: depth, deleted: false)
        }
    }

    /// The 8.3 name, with NT's lower-case flags (byte 12) applied; bytes above 0x7F read as Latin-1.
    static func shortName(_ bytes: [UInt8], _ offset: Int, erased: Bool) -> String {
        func text(_ range: Range<Int>, lower: Bool) -> String {
            var characters = bytes[range].map { Character(Unicode.Scalar($0)) }
            if range.lowerBound == offset {
                if erased { characters[0] = "_" } else if bytes[offset] == 0x05 { characters[0] = "\u{E5}" }
            }
            while characters.last == " " { characters.removeLast() }
            let result = String(characters)
            return lower ? result.lowercased() : result
        }
        let base = text(offset..<offset + 8, lower: bytes[offset + 12] & 0x08 != 0)
        let ext = text(offset + 8..<offset + 11, lower: bytes[offset + 12] & 0x10 != 0)
        return ext.isEmpty ? base : base + "." + ext
    }

    /// The long name from the LFN entries before a short entry (`parts` nearest first, so
    /// sequence 1 first), or nil when they are missing or belong to another name.
    ///
    /// Live parts must number 1, 2, ... up to one flagged last (0x40) and carry the short
    /// name's checksum. Deleted parts lost their sequence byte to 0xE5, so they are taken in
    /// order while their checksums agree, and the checksum must imply a first short-name
    /// character that is legal (it was overwritten too).
    static func longName(_ bytes: [UInt8], parts: [Int], shortEntry: Int, erased: Bool) -> String? {
        guard let nearest = parts.first else { return nil }
        var accepted: [Int] = []
        if erased {
            let checksum = bytes[nearest + 13]
            for part in parts {
                guard bytes[part] == 0xE5, bytes[part + 13] == checksum, bytes[part + 12] == 0 else { break }
                accepted.append(part)
            }
            let rest = bytes[shortEntry + 1..<shortEntry + 11]
            let implied = (0...255).lazy.map(UInt8.init).first { Self.checksum(CollectionOfOne($0) + rest) == checksum }
            guard let implied, Self.canStartShortName(implied) else { return nil }
        } else {
            let checksum = Self.checksum(bytes[shortEntry..<shortEntry + 11])
            for (index, part) in parts.enumerated() {
                guard Int(bytes[part] & 0x1F) == index + 1, bytes[part + 13] == checksum else { return nil }
                accepted.append(part)
                if bytes[part] & 0x40 != 0 { break }
            }
            guard let last = accepted.last, bytes[last] & 0x40 != 0 else { return nil }
        }
        var units: [UInt16] = []
        for part in accepted {
            for at in [1, 3, 5, 7, 9, 14, 16, 18, 20, 22, 24, 28, 30] { units.append(bytes.le16(part + at)) }
        }
        if let end = units.firstIndex(of: 0) { units.removeSubrange(end...) }
        guard !units.isEmpty, !units.contains(0xFFFF) else { return nil }
        return String(decoding: units, as: UTF16.self)
    }

    /// Whether a byte may open an 8.3 name: 0x05 (standing for 0xE5) or a printable
    /// character other than a space, a lower-case letter or one of `"*+,./:;<=>?[\]|`.
    static func canStartShortName(_ byte: UInt8) -> Bool {
        if byte == 0x05 { return true }
        return byte > 0x20 && byte != 0x7F && byte != 0xE5 && !(0x61...0x7A).contains(byte)
            && !"\"*+,./:;<=>?[\\]|".utf8.contains(byte)
    }

    /// The LFN checksum of an 11-byte short name (rotate right, add).
    static func checksum<C: Collection>(_ name: C) -> UInt8 where C.Element == UInt8 {
        name.reduce(0) { sum, byte in (sum >> 1 | sum << 7) &+ byte }
    }
}

// MARK: - exFAT

/// An exFAT volume from its boot sector. A deleted entry set has the in-use bit (0x80) of
/// each entry type cleared (File 0x85 → 0x05, Stream Extension 0xC0 → 0x40, File Name
/// 0xC1 → 0x41); the allocation bitmap, not the FAT, says which clusters are free.
private final class ExFATVolume: ClusterMap {
    let geometry: Geometry
    let harvest: Harvest
    let table: TablePages
    let rootCluster: UInt32
    /// 0 or 1: which FAT and which allocation bitmap are in force (VolumeFlags bit 0).
    let activeFAT: UInt8
    var bitmap: TablePages?

    init(reader: VolumeReader, boot: [UInt8], harvest: Harvest) throws {
        func refuse(_ why: String) -> DeletedFilesError { DeletedFilesError.notAVolume("exFAT " + why) }
        let sectorShift = UInt64(boot[108]), clusterShift = UInt64(boot[109]), fats = UInt64(boot[110])
        let fatOffset = UInt64(boot.le32(80)), fatLength = UInt64(boot.le32(84))
        let heapOffset = UInt64(boot.le32(88)), clusterCount = boot.le32(92)
        guard boot[510] == 0x55, boot[511] == 0xAA, boot[11..<64].allSatisfy({ $0 == 0 }) else {
            throw refuse("boot sector lacks its signature")
        }
        guard (9...12).contains(sectorShift), clusterShift <= 25 - sectorShift, fats == 1 || fats == 2, fatOffset >= 24,
              fatLength > 0, heapOffset >= fatOffset + fatLength * fats, (1...0xFFFF_FFF5).contains(clusterCount) else {
            throw refuse("boot sector has implausible geometry")
        }
        let sector = UInt64(1) << sectorShift
        geometry = Geometry(reader: reader, clusterSize: Int(sector << clusterShift), clusterCount: clusterCount,
                            heapStart: heapOffset * sector)
        activeFAT = fats == 2 ? UInt8(boot.le16(106) & 1) : 0
        let fatStart = (fatOffset + UInt64(activeFAT) * fatLength) * sector
        table = TablePages(reader: reader, length: fatLength * sector, pageSize: Int(sector)) { fatStart + $0 }
        rootCluster = boot.le32(96)
        guard geometry.contains(rootCluster) else { throw refuse("root directory cluster is out of range") }
        self.harvest = harvest
    }

    func isFree(_ cluster: UInt32) throws -> Bool {
        guard geometry.contains(cluster), let bitmap, let byte = try bitmap.byte(UInt64(cluster - 2) / 8) else { return false }
        return byte & (1 << ((cluster - 2) % 8)) == 0
    }

    func next(_ cluster: UInt32) throws -> UInt32? {
        guard let value = try table.value(UInt64(cluster) * 4, width: 4), geometry.contains(value) else { return nil }
        return value
    }

    func scan() throws {
        let root = try directoryBytes(from: rootCluster, contiguous: false, limit: .max)
        // The Allocation Bitmap entry (0x81): flags bit 0 names the FAT it goes with.
        guard let entry = stride(from: 0, to: root.count - 31, by: 32).first(where: {
            root[$0] == 0x81 && root[$0 + 1] & 1 == activeFAT
        }) else { throw DeletedFilesError("exFAT volume has no allocation bitmap in its root directory") }
        let length = min(root.le64(entry + 24), (UInt64(geometry.clusterCount) + 7) / 8)
        var clusters: [UInt32] = []
        var seen: Set<UInt32> = []
        var cluster = root.le32(entry + 20)
        let clusterSize = UInt64(geometry.clusterSize)
        while UInt64(clusters.count) * clusterSize < length, geometry.contains(cluster), seen.insert(cluster).inserted {
            clusters.append(cluster)
            // mkfs lays the bitmap out contiguously; follow its chain while there is one.
            cluster = try next(cluster) ?? cluster &+ 1
        }
        bitmap = TablePages(reader: geometry.reader, length: length, pageSize: min(4096, geometry.clusterSize)) { [geometry] index in
            let slot = Int(index / clusterSize)
            return slot < clusters.count ? geometry.position(clusters[slot]) + index % clusterSize : nil
        }
        try walk(root, path: "", depth: 0, deleted: false)
    }

    /// One directory's entry sets. In a deleted directory every file counts as deleted.
    func walk(_ bytes: [UInt8], path: String, depth: Int, deleted: Bool) throws {
        var offset = 0
        while offset + 32 <= bytes.count, !harvest.isFull {
            let type = bytes[offset]
            if type == 0x00 { return } // end of directory
            guard type & 0x7F == 0x05, let set = EntrySet(bytes, at: offset) else {
                offset += 32
                continue
            }
            offset += 32 * (1 + set.secondaries)
            let child = Harvest.join(path, set.name)
            let gone = set.erased || deleted
            if set.directory {
                guard depth < DeletedFiles.maxDepth, geometry.contains(set.firstCluster),
                      !harvest.directoryClusters.contains(set.firstCluster) else { continue }
                if gone, try !isFree(set.firstCluster) { continue }
                let limit = Int(min(set.length, UInt64(DeletedFiles.maxEntriesPerDirectory * 32)))
                let contents = try directoryBytes(from: set.firstCluster, contiguous: gone || set.contiguous, limit: limit)
                try walk(contents, path: child, depth: depth + 1, deleted: gone)
            } else if gone, let size = Int(exactly: set.length) {
                try recover(path: child, size: size, first: set.firstCluster)
            }
        }
    }

    /// A File entry, its Stream Extension and File Name entries, all live or all deleted;
    /// a deleted set must still match its SetChecksum (computed with the in-use bits set
    /// again), or slots since reused would mix two files.
    struct EntrySet {
        let erased: Bool
        let secondaries: Int
        let directory: Bool
        let contiguous: Bool
        let firstCluster: UInt32
        let length: UInt64
        let name: String

        init?(_ bytes: [UInt8], at offset: Int) {
            erased = bytes[offset] == 0x05
            secondaries = Int(bytes[offset + 1])
            let end = offset + 32 * (1 + secondaries)
            guard (2...18).contains(secondaries), end <= bytes.count else { return nil }
            let inUse: UInt8 = erased ? 0 : 0x80
            let stream = offset + 32
            let nameLength = Int(bytes[stream + 3])
            let nameEntries = (nameLength + 14) / 15
            guard bytes[stream] == 0x40 | inUse, nameLength > 0, nameEntries <= secondaries - 1,
                  (0..<nameEntries).allSatisfy({ bytes[stream + 32 * (1 + $0)] == 0x41 | inUse }) else { return nil }
            if erased {
                var checksum: UInt16 = 0
                for index in offset..<end where index - offset != 2 && index - offset != 3 {
                    let byte = (index - offset) % 32 == 0 ? bytes[index] | 0x80 : bytes[index]
                    checksum = (checksum >> 1 | checksum << 15) &+ UInt16(byte)
                }
                guard checksum == bytes.le16(offset + 2) else { return nil }
            }
            directory = bytes.le16(offset + 4) & 0x10 != 0
            contiguous = bytes[stream + 1] & 0x02 != 0
            firstCluster = bytes.le32(stream + 20)
            length = bytes.le64(stream + 24)
            var units: [UInt16] = []
            for entry in 0..<nameEntries {
                for at in stride(from: 2, to: 32, by: 2) { units.append(bytes.le16(stream + 32 * (1 + entry) + at)) }
            }
            name = String(decoding: units.prefix(nameLength), as: UTF16.self)
        }
    }
}
