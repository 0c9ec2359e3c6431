import Foundation

/// A folder that looks like a member of staff's USB stick: class lists, letters, a
/// medical register, a payroll extract, a UTF-16 export, and clean lesson plans.
public enum SampleStick {
    /// Writes the sample and returns the relative paths of the files that hold personal data.
    @discardableResult
    public static func write(to directory: URL, seed: UInt64 = 2024) throws -> [String] {
        var documents = Documents(seed: seed)
        let fm = FileManager.default
        var personal: [String] = []
        func put(_ relative: String, _ data: Data, personal isPersonal: Bool) throws {
            let url = directory.appendingPathComponent(relative)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
            if isPersonal { personal.append(relative) }
        }
        try put("Class lists/7B class list.csv", Data(documents.classList(pupils: 28).utf8), personal: true)
        try put("Letters/Attendance letter - 7B.txt", Data(documents.parentLetter().utf8), personal: true)
        try put("Medical/Medical register 2025.tsv", Data(documents.medicalRegister(pupils: 12).utf8), personal: true)
        try put("Office/Payroll extract March.csv", Data(documents.payroll(staff: 15).utf8), personal: true)
        try put("Pastoral/Safeguarding note.txt", Data(documents.safeguardingNote().utf8), personal: true)
        // Excel's "Unicode Text" export: UTF-16LE with a BOM, tab-separated.
        let export = documents.classList(pupils: 10).replacingOccurrences(of: ",", with: "\t")
        try put("Exports/SIMS export (unicode).txt", Data([0xFF, 0xFE]) + export.data(using: .utf16LittleEndian)!, personal: true)
        // Windows-1252 letter (a pound sign and an accented name as single bytes).
        var legacy = documents.parentLetter().replacingOccurrences(of: "89%", with: "89% (£0 fine)")
        legacy = legacy.replacingOccurrences(of: "Highfield", with: "Hôtel Highfield")
        try put("Letters/Old letter (Windows).txt", legacy.data(using: .windowsCP1252)!, personal: true)
        try put("Lessons/Year 8 Science - Forces.txt", Data(documents.lessonPlan().utf8), personal: false)
        try put("Lessons/Year 9 Reading list.txt", Data(documents.lessonPlan().utf8), personal: false)
        var decoyLines: [String] = []
        for _ in 0..<40 { decoyLines.append(documents.decoys.line()) }
        try put("Lessons/Codes and references.txt", Data((decoyLines.joined(separator: "\n") + "\n").utf8), personal: false)
        try put("Photos/trip.jpg", Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]) + Data(repeating: 0x42, count: 2048), personal: false)
        return personal
    }
}
