extension OfficeFixtures {
    /// A legacy Excel workbook (BIFF8 .xls). Sheet "Pupils": header row (shared strings),
    /// an NHS number in a NUMBER cell, another as a FORMULA's cached number, UPNs as shared
    /// strings, dates of birth as date-formatted numbers, year group and attendance in a
    /// MULRK (one integer RK, one RK divided by 100), a name in a UTF-16 LABEL. Sheet
    /// "Staff": a NINO as a formula's cached text, and a long note holding a third NHS
    /// number that the SST splits across CONTINUE records (and writes with rich-text and
    /// phonetic data to skip), and a cell comment with a mobile number.
    public mutating func xls() -> (bytes: [UInt8], nhs: [String], upns: [String], nino: String, note: String, mobile: String) {
        let nhs = [ids.nhs(), ids.nhs(), ids.nhs()], upns = [ids.upn(), ids.upn()], nino = ids.nino(), mobile = ids.mobile()
        let note = "Medical: asthma, inhaler kept in the office. Emergency contact through the school office only. NHS number \(nhs[2]) held by the nurse."
        var book = XLSWriter()
        book.sstRecordLimit = 100
        book.richStrings = ["Amelia Clarke", note]
        book.sheet("Pupils", [
            [.shared("Name"), .shared("NHS number"), .shared("UPN"), .shared("DOB"), .shared("Year"), .shared("Attendance")],
            [.shared("Olivia Hughes"), .number(Double(nhs[0])!), .shared(upns[0]), .date(39448), .rk(7), .rk(96.5)],
            [.shared("Amelia Clarke"), .formula(Double(nhs[1])!), .shared(upns[1]), .date(39500), .rk(8), .rk(91)],
            [.label("Łukasz Wiśniewski"), .empty, .empty, .empty, .rk(7), .boolean(true)],
        ])
        book.sheet("Staff", [
            [.shared("Name"), .shared("NI number"), .shared("Notes")],
            [.label("Jack Wilson"), .formulaText(nino), .shared(note)],
        ])
        book.comment("Parent mobile \(mobile), call before 3pm.", row: 1, column: 0)
        return (book.finish(), nhs, upns, nino, note, mobile)
    }
}
