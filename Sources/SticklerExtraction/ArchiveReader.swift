import Foundation
import SticklerCore
internal import CArchive

/// Reads archive members through libarchive, from a file descriptor or from memory,
/// counting every decompressed byte against the top-level file's budget. Members are read
/// into memory or streamed to the scanner; nothing is ever written to disk.
/// This is the only importer of `CArchive`.
final class ArchiveReader {
    struct Entry {
        var name: String
        var size: Int?
        var encrypted: Bool
    }

    private let handle: OpaquePointer
    private let blob: Blob?  // keeps memory input alive
    let budget: ExtractionBudget
    private(set) var finished = false

    /// Opens an archive (or a single compressed stream, as one member) held in memory.
    init(blob: Blob, budget: ExtractionBudget) throws {
        self.blob = blob
        self.budget = budget
        handle = archive_read_new()
        Self.configure(handle)
        // On failure `deinit` frees the handle (it runs when a class's init throws once every
        // stored property is set): freeing it here as well made libarchive abort the process.
        guard archive_read_open_memory(handle, blob.buffer.baseAddress, blob.count) == ARCHIVE_OK else {
            throw ExtractionError("cannot open archive: \(Self.message(handle))")
        }
    }

    /// Opens an archive from a descriptor positioned anywhere (it is rewound).
    init(fd: Int32, budget: ExtractionBudget) throws {
        blob = nil
        self.budget = budget
        lseek(fd, 0, SEEK_SET)
        handle = archive_read_new()
        Self.configure(handle)
        guard archive_read_open_fd(handle, fd, 64 << 10) == ARCHIVE_OK else {
            throw ExtractionError("cannot open archive: \(Self.message(handle))") // `deinit` frees the handle
        }
    }

    deinit { archive_read_free(handle) }

    private static func configure(_ handle: OpaquePointer) {
        archive_read_support_filter_all(handle)
        archive_read_support_format_all(handle)
        archive_read_support_format_raw(handle)
    }

    private static func message(_ handle: OpaquePointer) -> String {
        archive_error_string(handle).map { String(cString: $0) } ?? "unknown libarchive error"
    }

    /// libarchive's name for the format, after the first header (`ZIP 2.0 (deflation)`, `7-Zip`, `RAW`).
    var formatName: String { archive_format_name(handle).map { String(cString: $0) } ?? "archive" }
    var isRaw: Bool { archive_format(handle) & ARCHIVE_FORMAT_BASE_MASK == ARCHIVE_FORMAT_RAW }
    var isZip: Bool { archive_format(handle) & ARCHIVE_FORMAT_BASE_MASK == ARCHIVE_FORMAT_ZIP }
    var is7z: Bool { archive_format(handle) & ARCHIVE_FORMAT_BASE_MASK == ARCHIVE_FORMAT_7ZIP }
    var isRar: Bool {
        let base = archive_format(handle) & ARCHIVE_FORMAT_BASE_MASK
        return base == ARCHIVE_FORMAT_RAR || base == ARCHIVE_FORMAT_RAR_V5
    }

    /// The next regular-file member, or nil at the end. Directories, links and devices are
    /// passed over. Throws `ArchiveHeaderError` when the archive cannot be read further.
    func next() throws -> Entry? {
        while !finished {
            var entry: OpaquePointer?
            let status = archive_read_next_header(handle, &entry)
            if status == ARCHIVE_EOF { finished = true; return nil }
            if status == ARCHIVE_RETRY { continue }
            if status < ARCHIVE_WARN || entry == nil {
                finished = true
                throw ArchiveHeaderError(message: Self.message(handle))
            }
            try budget.member()
            guard archive_entry_filetype(entry) == 0o100000 /* AE_IFREG */ else { continue }
            // (A name beyond ASCII, "Wiśniewska_Zofia.docx", needs a UTF-8 locale: `useUTF8Names`.)
            var name = "data"
            if let utf8 = archive_entry_pathname_utf8(entry) {
                name = String(cString: utf8)
            } else if let raw = archive_entry_pathname(entry) {
                name = String(decoding: UnsafeRawBufferPointer(start: raw, count: strlen(raw)), as: UTF8.self)
            }
            let size = archive_entry_size_is_set(entry) != 0 ? Int(archive_entry_size(entry)) : nil
            let encrypted = archive_entry_is_data_encrypted(entry) != 0 || archive_entry_is_metadata_encrypted(entry) != 0
            return Entry(name: name, size: size, encrypted: encrypted)
        }
        return nil
    }

    /// Reads the current member's data, counting it against the budget.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = archive_read_data(handle, buffer.baseAddress, buffer.count)
        if count < 0 { throw ExtractionError(Self.message(handle)) }
        try budget.expand(count)
        return count
    }

    /// The whole current member in memory, up to the per-member limit.
    func readAll(name: String) throws -> Blob {
        try Blob.read(limit: budget.limits.maxMemberBytes,
                      tooLarge: "\(name): member larger than \(ExtractionLimits.describe(self.budget.limits.maxMemberBytes)) (limit)") {
            try self.read(into: $0)
        }
    }
}

/// The archive's headers could not be read (truncated, corrupt, or encrypted headers).
struct ArchiveHeaderError: Error {
    var message: String
    var mentionsEncryption: Bool {
        let lower = message.lowercased()
        return lower.contains("encrypt") || lower.contains("passphrase") || lower.contains("password")
    }
}

/// Streams the current member of an `ArchiveReader` after a prefix already read.
struct ArchiveMemberSource: ByteSource {
    let reader: ArchiveReader
    var prefix: [UInt8]
    var position = 0

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if position < prefix.count {
            let count = min(buffer.count, prefix.count - position)
            prefix.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress! + position, byteCount: count) }
            position += count
            return count
        }
        return try reader.read(into: buffer)
    }
}

