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

/// Newlines in `buffer[from..<to]`, sixteen bytes at a time with SIMD compares (the
/// per-lane counters are folded before they can overflow).
func countNewlines(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Int {
    guard to > from, let base = buffer.baseAddress else { return 0 }
    let newline = SIMD16<UInt8>(repeating: 10)
    let one = SIMD16<UInt8>(repeating: 1), zero = SIMD16<UInt8>(repeating: 0)
    var total = 0
    var index = from
    while index + 16 <= to {
        var lanes = SIMD16<UInt8>(repeating: 0)
        let stop = min(to - 15, index + 255 * 16)
        while index < stop {
            let bytes = (base + index).loadUnaligned(as: SIMD16<UInt8>.self)
            lanes &+= one.replacing(with: zero, where: bytes .!= newline)
            index += 16
        }
        total += lanes.indices.reduce(0) { $0 + Int(lanes[$1]) }
    }
    while index < to {
        if buffer[index] == 10 { total += 1 }
        index += 1
    }
    return total
}
