import Vectorscan

/// Phase one's triggers that cannot match without one of a few bytes and never match more
/// than `reach` bytes: scanned with a database of their own, only in windows around a
/// chunk's bytes of that kind (its `gate`). Two gates:
///
/// - An ASCII digit (shapes, not literals: "[0-9][/.-][0-9]", a run of six digits, a year
///   after a word). School text without personal data has a digit every hundred bytes or
///   so (dates, times, page numbers), and those windows are a few per cent of it; in one
///   database with the other triggers, these shapes had doubled what Vectorscan took over
///   the whole chunk.
/// - A tab, a bar or an equals sign: a form's label before its value's cell ("Mother⇥",
///   "| Child's name | "), an attribute's name ('pupil="'). Prose holds none of them, and a
///   chunk of prose is not scanned for these at all; in the one database they had cost a
///   fifth of its scan of clean text (Vectorscan's cost grows with its literals, and a
///   label's alternatives before a tab, or a letter and spaces before a bar, are hundreds
///   of them), measured trigger by trigger: the database of all the others against all.
///
/// Every match holds a byte of the gate and lies within `reach` bytes of it, so every match
/// lies inside the window of its gate's bytes: the windowed scan finds exactly what a scan
/// of the whole chunk finds. (A window that begins at the chunk's start may add a hit there,
/// a separator taken for the byte before it; a hit only widens phase two's look.)
struct GatedShapes {
    /// The bytes a gate's shapes need one of.
    enum Gate: Sendable {
        case digit
        /// A tab, a bar or an equals sign (`isMark`).
        case mark

        @inline(__always) static func isMark(_ byte: UInt8) -> Bool { byte == 9 || byte == 124 || byte == 61 }
    }

    let database: Database
    /// The widest match of any of the shapes, and one more byte (a boundary's look).
    let reach: Int
    let gate: Gate

    /// Whether every match of `expression` holds an ASCII digit: a `[0-9]` outside any group,
    /// not optional, in an expression without anchors, word boundaries or an alternation
    /// outside a group. (A cautious reading: a shape it does not recognise stays with the
    /// other triggers.)
    static func requiresDigit(_ expression: String) -> Bool {
        let bytes = Array(expression.utf8)
        var depth = 0, index = 0, found = false
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"):
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "b") || bytes[index + 1] == UInt8(ascii: "B") { return false }
                index += 2
                continue
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"): depth -= 1
            case UInt8(ascii: "|") where depth == 0: return false
            case UInt8(ascii: "^"), UInt8(ascii: "$"):
                // Only a class's negation ("[^0-9]") is no anchor.
                if index == 0 || bytes[index - 1] != UInt8(ascii: "[") { return false }
            case UInt8(ascii: "["):
                guard let close = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "]")) else { return false }
                if depth == 0, bytes[index...close].elementsEqual("[0-9]".utf8) {
                    let next = close + 1 < bytes.count ? bytes[close + 1] : 0
                    if next != UInt8(ascii: "?") && next != UInt8(ascii: "*") && !(next == UInt8(ascii: "{") && close + 2 < bytes.count && bytes[close + 2] == UInt8(ascii: "0")) {
                        found = true
                    }
                }
                index = close + 1
                continue
            default: break
            }
            index += 1
        }
        return found
    }

    /// Whether every match of `expression` holds a tab, a bar or an equals sign: read as a
    /// sequence of atoms, one of which must be such a byte (its escape, `\\t`, `\\|`, or the
    /// byte itself; a class of nothing else; a group each of whose alternatives holds one) and
    /// not optional. An expression with anchors or word boundaries, or a construct the reading
    /// does not know, holds none (cautious, as `requiresDigit` is: the shape stays with the
    /// other triggers).
    static func requiresMark(_ expression: String) -> Bool {
        var reader = MarkReader(bytes: Array(expression.utf8))
        guard let needs = reader.alternation(), reader.index == reader.bytes.count else { return false }
        return needs
    }

    /// `requiresMark`'s reading: each call answers whether what it read needs a mark, or nil
    /// for what it cannot read.
    private struct MarkReader {
        let bytes: [UInt8]
        var index = 0

        /// Alternatives up to a closing bracket or the end: all of them must need one.
        mutating func alternation() -> Bool? {
            var all = true
            while true {
                guard let one = sequence() else { return nil }
                all = all && one
                guard index < bytes.count, bytes[index] == UInt8(ascii: "|") else { return all }
                index += 1
            }
        }

        /// Atoms up to a bar or a closing bracket: one of them, not optional, must need one.
        mutating func sequence() -> Bool? {
            var needs = false
            while index < bytes.count, bytes[index] != UInt8(ascii: "|"), bytes[index] != UInt8(ascii: ")") {
                guard let atom = atom(), let optional = quantifier() else { return nil }
                if atom && !optional { needs = true }
            }
            return needs
        }

        mutating func atom() -> Bool? {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "("):
                guard bytes[index...].starts(with: "?:".utf8) else { return nil }
                index += 2
                guard let inner = alternation(), index < bytes.count, bytes[index] == UInt8(ascii: ")") else { return nil }
                index += 1
                return inner
            case UInt8(ascii: "["):
                return characterClass()
            case UInt8(ascii: "\\"):
                return escaped().map { $0.map(Gate.isMark) ?? false }
            case UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"), UInt8(ascii: "{"):
                return nil
            case UInt8(ascii: "."):
                return false
            default:
                return Gate.isMark(byte)
            }
        }

        /// After a backslash: the byte it stands for, nil inside for a class of bytes (`\\d`,
        /// `\\s`); nil for a boundary or what it cannot read.
        mutating func escaped() -> UInt8?? {
            guard index < bytes.count else { return nil }
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "t"): return .some(9)
            case UInt8(ascii: "n"): return .some(10)
            case UInt8(ascii: "r"): return .some(13)
            case UInt8(ascii: "x"):
                guard index + 2 <= bytes.count, let value = UInt8(String(decoding: bytes[index..<index + 2], as: UTF8.self), radix: 16) else { return nil }
                index += 2
                return .some(value)
            case UInt8(ascii: "d"), UInt8(ascii: "D"), UInt8(ascii: "s"), UInt8(ascii: "S"), UInt8(ascii: "w"), UInt8(ascii: "W"):
                return .some(nil)
            case UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "A"), UInt8(ascii: "z"), UInt8(ascii: "Z"):
                return nil
            default:
                guard !isAlnum(byte) else { return nil }
                return .some(byte)
            }
        }

        /// After `[`: whether every byte of the class is a mark (no negation, no range).
        mutating func characterClass() -> Bool? {
            var all = true, first = true
            if index < bytes.count, bytes[index] == UInt8(ascii: "^") { all = false; index += 1 }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "]"), !first { index += 1; return all }
                first = false
                index += 1
                if byte == UInt8(ascii: "\\") {
                    guard let member = escaped() else { return nil }
                    all = all && (member.map(Gate.isMark) ?? false)
                } else {
                    // (A range's hyphen, or any other byte but a mark.)
                    all = all && Gate.isMark(byte)
                }
            }
            return nil
        }

        /// After an atom: whether a quantifier lets it be absent (`?`, `*`, `{0,n}`); nil for
        /// one it cannot read.
        mutating func quantifier() -> Bool? {
            guard index < bytes.count else { return false }
            var optional = false
            switch bytes[index] {
            case UInt8(ascii: "?"), UInt8(ascii: "*"):
                optional = true
                index += 1
            case UInt8(ascii: "+"):
                index += 1
            case UInt8(ascii: "{"):
                guard let close = bytes[index...].firstIndex(of: UInt8(ascii: "}")),
                      let low = Int(String(decoding: bytes[(index + 1)..<close].prefix { $0 != UInt8(ascii: ",") }, as: UTF8.self)) else { return nil }
                optional = low == 0
                index = close + 1
            default:
                return false
            }
            // (A lazy quantifier's question mark.)
            if index < bytes.count, bytes[index] == UInt8(ascii: "?") { index += 1 }
            return optional
        }
    }

    /// The largest reach this pass takes: a wider shape stays with the other triggers (its
    /// windows would cover most of a text).
    static let widest = 48

    /// Appends every hit in `buffer` to `matches`. `joined` is the caller's scratch.
    func scan(_ buffer: UnsafeRawBufferPointer, scratch: Scratch, joined: inout [UInt8], windows: inout [Range<Int>],
              into matches: inout [Match]) throws {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
        windows.removeAll(keepingCapacity: true)
        var covered = 0
        forEachGateByte(base, buffer.count) { byte in
            let from = max(0, byte - reach), to = min(buffer.count, byte + reach + 1)
            if let last = windows.last, from <= last.upperBound {
                covered += to - last.upperBound
                windows[windows.count - 1] = last.lowerBound..<to
            } else {
                covered += to - from
                windows.append(from..<to)
            }
        }
        if windows.isEmpty { return }
        // Mostly windows (a spreadsheet's figures, a table's cells): the whole chunk at once.
        if covered * 2 > buffer.count {
            try database.scan(buffer, scratch: scratch, into: &matches)
            return
        }
        // The windows one after another, each after a separator wider than any match.
        joined.removeAll(keepingCapacity: true)
        var starts: [Int] = []
        starts.reserveCapacity(windows.count)
        for window in windows {
            joined.append(contentsOf: repeatElement(10, count: reach + 1))
            starts.append(joined.count)
            joined.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[window]))
        }
        let first = matches.count
        try joined.withUnsafeBytes { try database.scan($0, scratch: scratch, into: &matches) }
        for index in first..<matches.count {
            // The window the hit ends in (its last byte, `to - 1`).
            let end = matches[index].to
            var low = 0, high = starts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if starts[middle] < end { low = middle } else { high = middle - 1 }
            }
            matches[index].to = windows[low].lowerBound + (end - starts[low])
        }
    }

    /// Calls `body` with the offset of each of the gate's bytes in `base[0..<count]`, in order.
    @inline(__always)
    private func forEachGateByte(_ base: UnsafeRawPointer, _ count: Int, _ body: (Int) -> Void) {
        switch gate {
        case .digit: Self.forEach(base, count, mask: ByteMasks.digits, test: { (48...57).contains($0) }, body)
        case .mark: Self.forEach(base, count, mask: ByteMasks.marks, test: Gate.isMark, body)
        }
    }

    @inline(__always)
    private static func forEach(_ base: UnsafeRawPointer, _ count: Int, mask: (UnsafeRawPointer) -> UInt32, test: (UInt8) -> Bool,
                                _ body: (Int) -> Void) {
        var position = 0
        while position + 16 <= count {
            var found = mask(base + position)
            while found != 0 {
                body(position + found.trailingZeroBitCount)
                found &= found &- 1
            }
            position += 16
        }
        while position < count {
            if test(base.load(fromByteOffset: position, as: UInt8.self)) { body(position) }
            position += 1
        }
    }
}
