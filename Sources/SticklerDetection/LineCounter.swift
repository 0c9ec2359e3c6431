/// Counts lines incrementally as chunks go by, so that a finding's line is known without
/// keeping the document. Newlines are counted eight bytes at a time.
struct LineCounter {
    /// Global offset up to which newlines are counted.
    var countedTo = 0
    /// The 1-based line at `countedTo`.
    var line = 1
    /// A cursor at or after `countedTo`: findings arrive mostly in order, so each
    /// lookup counts only the bytes since the previous one.
    var cursor = 0
    var cursorLine = 1

    mutating func advance(buffer: UnsafeRawBufferPointer, bufferStart: Int, to: Int) {
        guard to > countedTo else { return }
        if cursor > countedTo && cursor <= to {
            line = cursorLine + countNewlines(buffer, from: cursor - bufferStart, to: to - bufferStart)
        } else {
            let from = max(countedTo, bufferStart) - bufferStart
            line += countNewlines(buffer, from: from, to: to - bufferStart)
        }
        countedTo = to
        cursor = to
        cursorLine = line
    }

    mutating func line(at offset: Int, buffer: UnsafeRawBufferPointer, bufferStart: Int) -> Int {
        if offset < countedTo {
            return line - countNewlines(buffer, from: max(offset - bufferStart, 0), to: max(countedTo - bufferStart, 0))
        }
        if offset < cursor {
            // Out of order (a held finding): count back from the cursor.
            cursorLine -= countNewlines(buffer, from: offset - bufferStart, to: cursor - bufferStart)
        } else {
            cursorLine += countNewlines(buffer, from: max(cursor - bufferStart, 0), to: min(offset - bufferStart, buffer.count))
        }
        cursor = offset
        return cursorLine
    }
}

/// Newlines in `buffer[from..<to]`. A plain byte loop over a raw pointer with a
/// wrapping add: LLVM vectorises it (several GB/s).
func countNewlines(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Int {
    guard to > from, let base = buffer.baseAddress else { return 0 }
    let bytes = (base + from).assumingMemoryBound(to: UInt8.self)
    let count = to - from
    var total = 0
    var index = 0
    // Blocks of at most 255 bytes so that a UInt8 lane counter cannot overflow.
    while index < count {
        let end = min(index + 255, count)
        var block: UInt8 = 0
        for position in index..<end { block &+= bytes[position] == 10 ? 1 : 0 }
        total += Int(block)
        index = end
    }
    return total
}
