/// Writes a Word 97-2003 document (`.doc`) as Word lays one out ([MS-DOC]): a FIB, the
/// text in two pieces (the first 8-bit, the rest UTF-16, as a document edited after a
/// fast save holds it), the piece table (`Clx`) and the paragraph properties (`PlcBtePapx`
/// and FKP pages) that mark table cells and row ends, in a compound file.
public struct WordBinaryWriter {
    public enum Block {
        case paragraph(String)
        case table([[String]])
    }

    public var blocks: [Block] = []
    /// Leave out the paragraph properties (a reader then has no table structure).
    public var withoutParagraphProperties = false
    /// A hostile piece table: this many pieces, every one the whole text again.
    public var repeatedPieces = 1

    public init(_ blocks: [Block] = []) { self.blocks = blocks }

    enum Kind { case plain, cell, rowEnd }

    public func document() -> [UInt8] {
        // Characters, each with the kind of the paragraph it belongs to.
        var units: [(unit: UInt16, kind: Kind)] = []
        for block in blocks {
            switch block {
            case .paragraph(let text):
                units += text.utf16.map { ($0, .plain) } + [(0x0D, .plain)]
            case .table(let rows):
                for row in rows {
                    for cell in row { units += cell.utf16.map { ($0, .cell) } + [(0x07, .cell)] }
                    units.append((0x07, .rowEnd))
                }
            }
        }
        // The first half 8-bit (where it is ASCII), the rest UTF-16.
        var split = units.count / 2
        while split > 0 && units[..<split].contains(where: { $0.unit > 0x7E }) { split -= 1 }
        let textStart = 0x400
        var stream = [UInt8](repeating: 0, count: textStart)
        var offsets: [Int] = []
        for (index, item) in units.enumerated() {
            offsets.append(stream.count)
            if index < split { stream.append(UInt8(item.unit)) } else { stream += [UInt8(item.unit & 0xFF), UInt8(item.unit >> 8)] }
            if index == split - 1 && stream.count % 2 == 1 { stream.append(0) }
        }
        let unicodeStart = split < units.count ? offsets[split] : stream.count
        while stream.count % 512 != 0 { stream.append(0) }

        // Paragraph runs: consecutive characters of one paragraph kind with contiguous bytes.
        var runs: [(from: Int, to: Int, kind: Kind)] = []
        for (index, item) in units.enumerated() {
            let width = index < split ? 1 : 2
            let from = offsets[index]
            if let last = runs.last, last.to == from, last.kind == item.kind, index > 0, units[index - 1].unit != 0x0D, units[index - 1].unit != 0x07 {
                runs[runs.count - 1].to = from + width
            } else {
                runs.append((from, from + width, item.kind))
            }
        }
        // FKP pages of up to 20 runs; PAPX for cells at byte 480, for row ends at 496.
        var pages: [(firstFC: Int, page: Int)] = []
        var lastFC = 0
        for chunk in stride(from: 0, to: runs.count, by: 20) {
            let part = runs[chunk..<min(chunk + 20, runs.count)]
            var page = [UInt8](repeating: 0, count: 512)
            let crun = part.count
            for (index, run) in part.enumerated() {
                put32(&page, index * 4, run.from)
                put32(&page, (index + 1) * 4, run.to)
                page[(crun + 1) * 4 + index * 13] = run.kind == .plain ? 0 : run.kind == .cell ? 240 : 248
            }
            page.replaceSubrange(480..<486, with: [3, 0, 0, 0x16, 0x24, 1]) // cb 3: istd, sprmPFInTable 1
            page.replaceSubrange(496..<506, with: [0, 4, 0, 0, 0x16, 0x24, 1, 0x17, 0x24, 1]) // + sprmPFTtp 1
            page[511] = UInt8(crun)
            pages.append((part.first!.from, stream.count / 512))
            lastFC = part.last!.to
            stream += page
        }

        // The table stream: Clx, then PlcBtePapx.
        var table: [UInt8] = []
        var cps = [0], pcds: [(fc: Int, compressed: Bool)] = []
        for copy in 0..<max(1, repeatedPieces) {
            let base = copy * units.count
            if split > 0 { cps.append(base + split); pcds.append((textStart * 2, true)) }
            if split < units.count { cps.append(base + units.count); pcds.append((unicodeStart, false)) }
        }
        let clxAt = table.count
        table.append(0x02)
        put32(&table, table.count, cps.count * 4 + pcds.count * 8)
        for cp in cps { put32(&table, table.count, cp) }
        for pcd in pcds {
            table += [0, 0]
            put32(&table, table.count, pcd.fc | (pcd.compressed ? 0x4000_0000 : 0))
            table += [0, 0]
        }
        let clxCount = table.count - clxAt
        let papxAt = table.count
        if !withoutParagraphProperties {
            for page in pages { put32(&table, table.count, page.firstFC) }
            put32(&table, table.count, lastFC)
            for page in pages { put32(&table, table.count, page.page) }
        }
        let papxCount = table.count - papxAt

        // The FIB: base, 14 words, 22 longs (ccpText), 93 fc/lcb pairs (PlcBtePapx is 13, Clx 33).
        put16(&stream, 0, 0xA5EC)
        put16(&stream, 2, 0xC1)
        put16(&stream, 0x0A, 0x0200) // fWhichTblStm: 1Table
        put16(&stream, 0x20, 14)
        put16(&stream, 0x3E, 22)
        put32(&stream, 0x4C, units.count)
        put16(&stream, 0x98, 93)
        put32(&stream, 0x9A + 13 * 8, papxAt)
        put32(&stream, 0x9A + 13 * 8 + 4, papxCount)
        put32(&stream, 0x9A + 33 * 8, clxAt)
        put32(&stream, 0x9A + 33 * 8 + 4, clxCount)

        var file = CompoundFileWriter()
        file.add("WordDocument", stream)
        file.add("1Table", table)
        return file.finish()
    }

    private func put16(_ bytes: inout [UInt8], _ at: Int, _ value: Int) {
        while bytes.count < at + 2 { bytes.append(0) }
        bytes[at] = UInt8(value & 0xFF)
        bytes[at + 1] = UInt8((value >> 8) & 0xFF)
    }

    private func put32(_ bytes: inout [UInt8], _ at: Int, _ value: Int) {
        while bytes.count < at + 4 { bytes.append(0) }
        for index in 0..<4 { bytes[at + index] = UInt8((value >> (8 * index)) & 0xFF) }
    }
}
