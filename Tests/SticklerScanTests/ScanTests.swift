import Foundation
import SticklerCore
import SticklerDetection
import SticklerExtraction
@testable import SticklerScan
import SticklerTesting
import XCTest

/// Collects what a scan reports.
final class CollectingSink: ScanSink {
    var findings: [Finding] = []
    var revealed: [String?] = []
    var files: [FileResult] = []
    var summary: ScanSummary?
    var order: [String] = []

    func begin(roots: [String]) {}
    func finding(_ finding: Finding, revealed: String?) {
        findings.append(finding)
        self.revealed.append(revealed)
        order.append("finding:" + finding.path)
    }
    func file(_ result: FileResult) {
        files.append(result)
        order.append("file:" + result.path)
    }
    func finish(_ summary: ScanSummary) { self.summary = summary }

    func result(named name: String) -> FileResult? { files.first { $0.path.hasSuffix(name) } }
}

final class ScanTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = try TestSupport.temporaryDirectory("stickler-scan")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func scanAll(_ paths: [String]? = nil, configure: (inout ScanConfiguration) -> Void = { _ in }) throws -> CollectingSink {
        var configuration = ScanConfiguration(paths: paths ?? [directory.path], jobs: 2)
        configure(&configuration)
        let sink = CollectingSink()
        try Scan(engine: try TestSupport.engine(), configuration: configuration).run(sink: sink)
        return sink
    }

    func write(_ name: String, _ data: Data) throws {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func testSampleStickEveryPersonalFileIsFoundAndCleanOnesAreNot() throws {
        let personal = try SampleStick.write(to: directory)
        let sink = try scanAll()
        for name in personal {
            XCTAssertGreaterThan(sink.result(named: name)?.findings ?? 0, 0, name)
        }
        XCTAssertEqual(sink.result(named: "Year 8 Science - Forces.txt")?.findings, 0)
        XCTAssertEqual(sink.result(named: "Codes and references.txt")?.findings, 0)
        XCTAssertEqual(sink.result(named: "trip.jpg")?.status, .skipped)
        XCTAssertEqual(sink.result(named: "SIMS export (unicode).txt")?.format, "utf-16le/tsv")
        XCTAssertEqual(sink.result(named: "Old letter (Windows).txt")?.format, "windows-1252")
        XCTAssertEqual(sink.summary?.files, sink.files.count)
        XCTAssertGreaterThan(sink.summary?.subjects ?? 0, 50)
    }

    /// Files and folders named after pupils: the name counts beside a word that makes the file
    /// a pupil's (in its folder's or its own name), also inside an archive; a history
    /// project named after a famous person does not. `bytes` stays the content's.
    func testFileAndFolderNamesNamingPupils() throws {
        try write("SEN/Olivia Hughes/EHCP review.txt", Data("Annual review notes.\n".utf8))
        try write("Jack_Smith_behaviour_log.txt", Data("Detention notes.\n".utf8))
        try write("History/Florence Nightingale.txt", Data("Timeline of her life.\n".utf8))
        var zip = ZipWriter()
        zip.add("Referrals/Amara Hill referral.txt", Array("Seen by the nurse.\n".utf8))
        try write("archive.zip", Data(zip.finish()))
        let sink = try scanAll()
        let names = sink.findings.filter { $0.detector == "person_name_file" }
        XCTAssertEqual(Set(names.map(\.location.cell)), ["file name"])
        XCTAssertEqual(Set(names.map { URL(fileURLWithPath: $0.path).lastPathComponent }),
                       ["EHCP review.txt", "Jack_Smith_behaviour_log.txt", "Amara Hill referral.txt"])
        XCTAssertTrue(sink.findings.contains { $0.detector == "special_sen" && $0.path.hasSuffix("EHCP review.txt") })
        XCTAssertEqual(sink.result(named: "Florence Nightingale.txt")?.findings, 0)
        XCTAssertEqual(sink.result(named: "Florence Nightingale.txt")?.bytes, 22)
    }

    /// A photograph named after the child in it, behind its camera's prefix, is theirs (the
    /// picture is skipped, its name read); a picture of a famous person or of an event is no one's.
    func testAPhotographNamedAfterAChild() throws {
        let jpeg = Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0xFF, 0xD9])
        for name in ["Nativity/IMG_2430_Amelia_Kowalska_angel.jpg", "NO_CONSENT_Grace_Sullivan.png", "History/Florence_Nightingale.jpg",
                     "Sports day relay.jpg", "IMG_0001.jpg"] {
            try write(name, jpeg)
        }
        let sink = try scanAll()
        XCTAssertEqual(Set(sink.findings.filter { $0.confidence >= .medium }.map { URL(fileURLWithPath: $0.path).lastPathComponent }),
                       ["IMG_2430_Amelia_Kowalska_angel.jpg", "NO_CONSENT_Grace_Sullivan.png"])
        XCTAssertEqual(sink.result(named: "IMG_2430_Amelia_Kowalska_angel.jpg")?.status, .skipped)
        XCTAssertEqual(Scan.nameLines("Nativity/PXL_20241212_101500_Amelia_Kowalska.heic"),
                       "File: Nativity\nFile: Amelia Kowalska\nFile: photograph\n")
    }

    func testFindingsOfAFileArriveTogetherBeforeItsRecord() throws {
        var documents = Documents(seed: 4)
        for index in 0..<8 { try write("list\(index).csv", Data(documents.classList(pupils: 200).utf8)) }
        let sink = try scanAll()
        var seen = Set<String>()
        var current: String?
        for entry in sink.order {
            let path = String(entry.split(separator: ":", maxSplits: 1)[1])
            if entry.hasPrefix("finding:") {
                if current != path { XCTAssertFalse(seen.contains(path), "findings of \(path) interleaved"); current = path }
            } else {
                seen.insert(path)
                current = nil
            }
        }
        XCTAssertEqual(sink.findings.count, sink.files.reduce(0) { $0 + $1.findings })
    }

    /// The scan's data subjects are about as many as the people in it: a class list's UPN,
    /// name, date of birth and ULN are four values of one pupil, and the same list twice is
    /// the same pupils.
    func testDataSubjectsAreCountedAsPeopleNotValues() throws {
        var documents = Documents(seed: 5)
        let list = documents.classList(pupils: 12)
        try write("7B.csv", Data(list.utf8))
        try write("7B copy.csv", Data(list.utf8))
        let sink = try scanAll()
        XCTAssertEqual(sink.summary?.subjects, 12)
        XCTAssertEqual(sink.files.first { $0.path.hasSuffix("/7B.csv") }?.risk.subjects, 12)
    }

    func testUTF16WithoutBOMIsDetected() throws {
        try write("export.txt", "NHS Number: 485 777 3457\r\n".data(using: .utf16BigEndian)!)
        let sink = try scanAll()
        XCTAssertEqual(sink.result(named: "export.txt")?.format, "utf-16be")
        XCTAssertEqual(sink.findings.map(\.detector), ["uk_nhs_number"])
    }

    /// A chat export whose lines begin like a JSON array ("[12/03/2025, 21:40] Sarah Hughes:
    /// ...") is text, read whole; a real JSON array is still JSON.
    func testTextThatBeginsLikeJSONIsReadAsText() throws {
        try write("WhatsApp Chat with Kestrels Parents.txt", Data("""
            [12/03/2025, 21:40] Sarah Hughes: Jack Smith (Year 3) keeps hitting Olivia. Call me on 07700 900123
            [12/03/2025, 21:41] Mark Evans: Same here

            """.utf8))
        try write("export.json", Data(#"[{"forename":"Olivia","surname":"Hughes","upn":"R801200101001"}]"#.utf8))
        let sink = try scanAll()
        XCTAssertNotEqual(sink.result(named: "Kestrels Parents.txt")?.format, "json")
        XCTAssertEqual(Set(sink.findings.filter { $0.path.hasSuffix(".txt") }.map(\.detector)), ["person_name_chat", "person_name_year", "uk_phone"])
        XCTAssertEqual(sink.result(named: "export.json")?.format, "json")
        XCTAssertTrue(sink.findings.contains { $0.path.hasSuffix(".json") && $0.detector == "uk_upn" })
    }

    /// A pretty-printed JSON export's findings carry the file's own line numbers, not those
    /// of the text it is read as.
    func testJSONFindingsCarryTheFilesLines() throws {
        try write("record.json", Data("""
            {
              "pupil": {
                "upn": "R801200101001",
                "medical": {
                  "conditions": ["asthma"],
                  "nhs_number": "485 777 3457"
                }
              }
            }

            """.utf8))
        let sink = try scanAll()
        XCTAssertEqual(sink.findings.first { $0.detector == "uk_upn" }?.location.line, 3)
        XCTAssertEqual(sink.findings.first { $0.detector == "uk_nhs_number" }?.location.line, 6)
    }

    /// A message's body findings carry the message's own lines: the headers it leaves out
    /// ("Content-Type") do not shift them.
    func testEmailFindingsCarryTheMessagesLines() throws {
        try write("note.eml", Data("""
            From: "Tom Rigby" <t.rigby@example.sch.uk>
            To: "SENCo" <senco@example.sch.uk>
            Subject: concerns
            Date: Tue, 4 Feb 2025 19:22:05 +0000
            Content-Type: text/plain; charset="utf-8"
            MIME-Version: 1.0

            Hi Jo,

            His UPN is R801200101001 and
            his NHS number 485 777 3457.

            """.utf8))
        let sink = try scanAll()
        XCTAssertEqual(sink.findings.first { $0.detector == "uk_upn" }?.location.line, 10)
        XCTAssertEqual(sink.findings.first { $0.detector == "uk_nhs_number" }?.location.line, 11)
    }

    /// A web page's findings carry the page's own lines, not the extracted text's (its tags,
    /// head and blank lines dropped, a paragraph wrapped over several lines).
    func testHTMLFindingsCarryThePagesLines() throws {
        try write("letter.html", Data("""
            <html>
            <head><title>Suspension letter</title>
            <style>p { margin: 0 }</style></head>
            <body>

            <p>Dear parent,</p>
            <p>This letter concerns a pupil,
            UPN R801200101001, and
            their NHS number 485 777 3457.</p>
            </body></html>

            """.utf8))
        let sink = try scanAll()
        XCTAssertEqual(sink.findings.first { $0.detector == "uk_upn" }?.location.line, 8)
        XCTAssertEqual(sink.findings.first { $0.detector == "uk_nhs_number" }?.location.line, 9)
    }

    /// A report in aligned columns under a banner, between rules, with notes after it (round
    /// 651's Welsh review list): its rules count neither for nor against the columns, so it is
    /// read as a report and its Welsh titles ("RHIF GIG", "DYDDIAD GENI") label its columns.
    func testAReportBetweenRulesWithNotesAfterIt() throws {
        try write("adolygiad.txt", Data("""
            YSGOL ARBENNIG PEN-Y-BRYN / PEN-Y-BRYN SPECIAL SCHOOL        ADRODDIAD: ADOLYGIADAU CDU
            Cynllun Datblygu Unigol - rhestr adolygu tymor y gwanwyn 2025        Tudalen 1 o 1
            -----------------------------------------------------------------------------------
            ENW / NAME              DYDDIAD GENI  UPN            RHIF GIG      THERAPYDD
            -----------------------------------------------------------------------------------
            ap Dafydd, Gethin       17/03/2012    A801200101001  485 777 3457  L. Prys (SALT)
            Ali, Yasmin             25/12/2013    A801200101001  485 777 3457  L. Prys (SALT)
            Jones, Dylan Rhys       08/07/2011    A801200101001  485 777 3457  C. Hughes (OT)
            -----------------------------------------------------------------------------------
            Nodiadau / notes:
              Efa Haf - newid i feddyginiaeth 01/2025; mam yn gofyn am gyfarfod Cymraeg.
              Adolygiad nesaf: Mehefin 2025.

            """.utf8))
        let sink = try scanAll()
        XCTAssertEqual(sink.result(named: "adolygiad.txt")?.format, "utf-8/fixed-width")
        XCTAssertEqual(sink.findings.filter { $0.detector == "uk_nhs_number" }.count, 3)
        XCTAssertEqual(sink.findings.filter { $0.detector == "date_of_birth" }.count, 3)
    }

    /// A web page's table cells carry their cell and the page's line where the cell's text is.
    func testHTMLTableCellsCarryThePagesLines() throws {
        try write("trip.html", Data("""
            <html><body>
            <h1>Trip consent returns</h1>
            <table>
            <tr><th>Pupil</th><th>UPN</th><th>Mobile</th></tr>
            <tr><td>Erin Thompson</td><td>R801200101001</td>
              <td>
                07700 900123</td></tr>
            </table></body></html>

            """.utf8))
        let sink = try scanAll()
        let upn = try XCTUnwrap(sink.findings.first { $0.detector == "uk_upn" })
        XCTAssertEqual(upn.location.cell, "'table 1'!B2")
        XCTAssertEqual(upn.location.line, 5)
        XCTAssertEqual(sink.findings.first { $0.detector == "uk_phone" }?.location.line, 7)
        XCTAssertEqual(sink.findings.first { $0.detector == "person_name" }?.location.line, 5)
    }

    /// A CSV saved by Excel on Windows (Windows-1252, a pound sign, accented names) is read
    /// as the same text as in UTF-8: its names are found and fingerprinted alike.
    func testWindows1252IsReadAsTheSameText() throws {
        try write("trip.csv", Data([UInt8]("Pupil,Form,Paid\n".utf8) + [0x5A, 0x6F, 0xEB] + Array(" Lef".utf8) + [0xE8]
                                   + Array("vre,9K,".utf8) + [0xA3] + Array("50\n".utf8)))
        try write("utf8.csv", Data("Pupil,Form,Paid\nZoë Lefèvre,9K,£50\n".utf8))
        let sink = try scanAll()
        XCTAssertEqual(sink.result(named: "trip.csv")?.format, "windows-1252/csv")
        let names = sink.findings.filter { $0.detector == "person_name" }
        XCTAssertEqual(names.count, 2)
        XCTAssertEqual(Set(names.map(\.fingerprint)).count, 1, "one pupil in both files")
        XCTAssertEqual(Set(names.map(\.redacted)), ["Z•• L••••••"])
    }

    /// An old Mac's text (lines ended by CR alone) is a table, and its findings have lines.
    func testCarriageReturnLinesAreLines() throws {
        try write("contacts.txt", Data("Surname\tForename\tHome phone\rHughes\tOlivia\t07700 900123\rBegum\tAyesha\t07700 900456\r".utf8))
        let sink = try scanAll()
        XCTAssertEqual(sink.result(named: "contacts.txt")?.format, "utf-8/tsv")
        XCTAssertEqual(sink.findings.filter { $0.detector == "person_name" }.map(\.location.line), [2, 3])
    }

    func testSymlinksAreNotFollowedUnlessAsked() throws {
        try write("real/a.txt", Data("UPN R801200101001\n".utf8))
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("link.txt").path,
                                                   withDestinationPath: directory.appendingPathComponent("real/a.txt").path)
        let plain = try scanAll()
        XCTAssertEqual(plain.result(named: "link.txt")?.status, .skipped)
        XCTAssertEqual(plain.findings.count, 1)
        let followed = try scanAll { $0.followSymlinks = true }
        XCTAssertEqual(followed.findings.count, 2)
    }

    func testSpecialFilesAreSkippedAndExcludesApply() throws {
        XCTAssertEqual(mkfifo(directory.appendingPathComponent("pipe").path, 0o600), 0)
        try write("keep.txt", Data("UPN R801200101001\n".utf8))
        try write("skip.tmp", Data("UPN R801200101001\n".utf8))
        let sink = try scanAll { $0.excludes = ["*.tmp"] }
        XCTAssertEqual(sink.result(named: "pipe")?.status, .skipped)
        XCTAssertNil(sink.result(named: "skip.tmp"))
        XCTAssertEqual(sink.findings.count, 1)
    }

    func testAFileThatCannotBeReadIsAnErrorAndTheScanGoesOn() throws {
        try write("ok.txt", Data("UPN R801200101001\n".utf8))
        // /proc/self/mem is a regular file whose first page cannot be read, even by root.
        let sink = try scanAll([directory.path, "/proc/self/mem"])
        XCTAssertEqual(sink.result(named: "/proc/self/mem")?.status, .error)
        XCTAssertNotNil(sink.result(named: "/proc/self/mem")?.reason)
        XCTAssertEqual(sink.findings.count, 1)
        XCTAssertEqual(sink.summary?.errors, 1)
    }

    func testMissingRootStopsTheScan() throws {
        XCTAssertThrowsError(try scanAll([directory.appendingPathComponent("nope").path])) { error in
            guard case ScanError.missingPath = error else { return XCTFail("\(error)") }
        }
    }

    func testEmptyAndBinaryFilesAreSkippedWithAReason() throws {
        try write("empty.csv", Data())
        try write("blob.bin", Data([0, 1, 2, 3, 0, 0, 7, 8, 9, 0, 0, 0]))
        let sink = try scanAll()
        XCTAssertEqual(sink.result(named: "empty.csv")?.reason, "empty file")
        XCTAssertEqual(sink.result(named: "blob.bin")?.status, .skipped)
    }

    /// A technician's `dd` copy of a stick is skipped with a reason that says what to do.
    func testDiskImagesAreNamedWhenSkipped() throws {
        var sector = [UInt8](repeating: 0, count: 4096)
        sector.replaceSubrange(82..<87, with: Array("FAT32".utf8))
        sector[510] = 0x55
        sector[511] = 0xAA
        try write("stick.img", Data(sector))
        let sink = try scanAll()
        XCTAssertEqual(sink.result(named: "stick.img")?.status, .skipped)
        XCTAssertTrue(sink.result(named: "stick.img")?.reason?.contains("a disk image (FAT32)") ?? false,
                      "\(String(describing: sink.result(named: "stick.img")?.reason))")
        XCTAssertTrue(sink.result(named: "stick.img")?.reason?.contains("--deleted") ?? false)
        // A boot sector's label in a text file without the boot signature is text.
        let text = "abcNTFS    " + String(repeating: "Olivia Hughes, UPN R801200101001\n", count: 60)
        try write("notes.txt", Data(text.utf8))
        XCTAssertEqual(try scanAll().result(named: "notes.txt")?.status, .scanned)
    }

    /// `--deleted` on images as a technician copies them: a FAT volume's deleted class list
    /// is scanned as `IMAGE!deleted/<name>`; a partitioned image's FAT partition's as
    /// `IMAGE!partition1!deleted/<name>`; a file that is no volume is one skipped record, and
    /// a deleted file whose first cluster a live file has taken says it is overwritten.
    func testDeletedFilesOfImages() throws {
        let images = directory.appendingPathComponent("images"), empty = directory.appendingPathComponent("empty")
        for folder in [images, empty] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        var ids = Identifiers(seed: 41)
        var list = "UPN,Surname,Forename\n"
        for _ in 0..<40 { list += "\(ids.upn()),\(ids.random.pick(Names.family)),\(ids.random.pick(Names.given))\n" }
        let upload = images.appendingPathComponent("upload.csv")
        try Data(list.utf8).write(to: upload)

        let volume = try blankImage(images.appendingPathComponent("volume.img"), megabytes: 40)
        try tool("mkfs.vfat", ["-F", "32", volume.path])
        try tool("mcopy", ["-i", volume.path, upload.path, "::/7B class list.csv"])
        try tool("mdel", ["-i", volume.path, "::/7B class list.csv"])

        let disk = try blankImage(images.appendingPathComponent("disk.img"), megabytes: 48)
        try tool("sfdisk", ["-q", disk.path], input: "label: dos\nstart=2048, size=80000, type=c\n")
        try tool("mkfs.vfat", ["-F", "32", "--offset", "2048", disk.path, "40000"])
        try tool("mcopy", ["-i", disk.path + "@@1M", upload.path, "::/pupils.csv"])
        try tool("mdel", ["-i", disk.path + "@@1M", "::/pupils.csv"])

        // FAT16: mtools allocates from cluster 2 again, so the timetable takes A.CSV's first
        // cluster (its long name needs more slots than A.CSV's, after KEEP.TXT's, so A.CSV's
        // entry survives).
        let reused = try blankImage(images.appendingPathComponent("reused.img"), megabytes: 32)
        try tool("mkfs.vfat", ["-F", "16", reused.path])
        try tool("mcopy", ["-i", reused.path, upload.path, "::/A.CSV"])
        try tool("mcopy", ["-i", reused.path, try writeNotes(in: images).path, "::/KEEP.TXT"])
        try tool("mdel", ["-i", reused.path, "::/A.CSV"])
        let timetable = images.appendingPathComponent("timetable.csv")
        try Data(String(repeating: "Period 1,Maths,Room 4\n", count: 2_000).utf8).write(to: timetable)
        try tool("mcopy", ["-i", reused.path, timetable.path, "::/Replacement timetable.csv"])

        let notVolume = try writeNotes(in: images)

        let sink = try scanAll([empty.path]) { $0.deletedFrom = [volume.path, disk.path, reused.path, notVolume.path] }
        let deleted = sink.result(named: "volume.img!deleted/7B class list.csv")
        XCTAssertEqual(deleted?.status, .scanned)
        XCTAssertTrue(deleted?.reason?.hasPrefix("deleted file, recoverable") ?? false, "\(String(describing: deleted?.reason))")
        XCTAssertTrue(sink.findings.contains { $0.path.hasSuffix("volume.img!deleted/7B class list.csv") && $0.detector == "uk_upn" })
        // (An 8.3 name: its first letter is what deleting overwrote.)
        XCTAssertEqual(sink.result(named: "disk.img!partition1!deleted/_upils.csv")?.status, .scanned, "\(sink.files.map(\.path))")
        let overwritten = sink.result(named: "reused.img!deleted/_.CSV")
        XCTAssertEqual(overwritten?.status, .skipped, "\(sink.files.map(\.path))")
        XCTAssertTrue(overwritten?.reason?.contains("overwritten (its first cluster is in use again)") ?? false, "\(String(describing: overwritten?.reason))")
        XCTAssertEqual(sink.result(named: "notes.txt!deleted")?.status, .skipped)
        XCTAssertTrue(sink.result(named: "notes.txt!deleted")?.reason?.contains("not a FAT or exFAT volume") ?? false)
    }

    func writeNotes(in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent("notes.txt")
        try Data("Trip on Friday\n".utf8).write(to: url)
        return url
    }

    func blankImage(_ url: URL, megabytes: Int) throws -> URL {
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(megabytes) << 20)
        try handle.close()
        return url
    }

    /// Runs a filesystem tool (dosfstools, mtools, fdisk: `make deps`); skips without it.
    func tool(_ name: String, _ arguments: [String], input: String? = nil) throws {
        guard let path = ["/usr/sbin", "/usr/bin", "/sbin", "/bin"].map({ "\($0)/\(name)" })
            .first(where: FileManager.default.isExecutableFile) else { throw XCTSkip("\(name) is not installed (make deps)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ["MTOOLS_SKIP_CHECK": "1", "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"]
        let stdin = Pipe(), output = Pipe()
        process.standardInput = stdin
        process.standardOutput = output
        process.standardError = output
        try process.run()
        stdin.fileHandleForWriting.write(Data((input ?? "").utf8))
        try stdin.fileHandleForWriting.close()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw NSError(domain: name, code: Int(process.terminationStatus), userInfo: [NSLocalizedDescriptionKey: printed]) }
    }

    func testTableSniffingByContent() {
        XCTAssertEqual(ContentSniffer.tableDelimiter(name: "x.txt", prefix: Array("a\tb\tc\n1\t2\t3\n4\t5\t6\n".utf8)), 9)
        XCTAssertEqual(ContentSniffer.tableDelimiter(name: "x.dat", prefix: Array("a;b\n1;2\n".utf8)), 59)
        // Teams' attendance report: named .csv, tab-separated, a summary above its participants.
        let teams = "1. Summary\r\nMeeting title\tYear 11 Parents' Evening - 11R\r\nAttended participants\t6\r\n"
            + "Start time\t07/02/2024, 16:58:41\r\nEnd time\t07/02/2024, 19:12:07\r\nMeeting duration\t2h 13m 26s\r\n\r\n2. Participants\r\n"
            + "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tRole\r\n"
        XCTAssertEqual(ContentSniffer.tableDelimiter(name: "meetingAttendanceReport(Y11).csv", prefix: Array(teams.utf8)), 9)
        // A semicolon export whose names and decimal commas agree line by line below its header.
        let payroll = "Employee;Role;NI Number;Gross;Sort code\nHughes, Catherine;Teacher;NP 80 29 61 D;2143,33;33-88-74\n"
            + "Nowak, Ewa;Teacher;ST 10 83 95 D;5409,19;67-01-72\nBrown, Sam;TA;JT 29 47 61 A;1620,50;20-45-77\n"
        XCTAssertEqual(ContentSniffer.tableDelimiter(name: "payroll.csv", prefix: Array(payroll.utf8)), 59)
        XCTAssertNil(ContentSniffer.tableDelimiter(name: "x.txt", prefix: Array("Dear parent,\nplease reply.\n".utf8)))
        // A Markdown table under a title, a subtitle and a note: its rule under the header says so.
        let sheet = "# DofE Bronze Practice Expedition\n## Medical sheet\n\nGroup 3 - Supervisor: Mr T. Brennan\n\n"
            + "| Participant | NHS no. | Emergency contact |\n|---|:---:|---|\n| Leon Achterberg | 507 677 4591 | 07832 116 540 |\n"
        XCTAssertEqual(ContentSniffer.tableDelimiter(name: "medical.md", prefix: Array(sheet.utf8)), 124)
        XCTAssertEqual(ContentSniffer.tableDelimiter(name: "medical.txt", prefix: Array(sheet.utf8)), 124)
        XCTAssertNil(ContentSniffer.tableDelimiter(name: "notes.md", prefix: Array("# Notes\n\nA | B is a choice.\n---\nMore text.\n".utf8)))
        XCTAssertNil(ContentSniffer.tableDelimiter(name: "notes.md", prefix: Array("# Notes\nHome, About and Contact\n|---|---|\nMore text.\n".utf8)),
                     "a rule with no header of bars above it")
        // A list typed with bars under a title, its header ruled off with dashes.
        let ruled = "VULNERABLE BURSARY GROUP 2024/25\nName | DOB | Status | Contact\n--------------------------------\n"
            + "Tobiah Mensah | 02/11/2006 | LAC | 07700 900944\nJade Ackroyd | 17/06/2006 | Care leaver | 07700 900207\n"
            + "Liam Oduya | 03/02/2007 | UC | 07700 900409\n"
        XCTAssertEqual(ContentSniffer.tableDelimiter(name: "vulnerable_group_list.txt", prefix: Array(ruled.utf8)), 124)
        // A log whose lines each hold one comma in a sentence; a Markdown file's table between bars.
        let log = "14/11 10:20 Tempest called - the supply TA placed at Westbrook won't be in Thurs/Fri, she's had to go home.\n"
            + "14/11 11:05 Vision - invoice query on Sept timesheets, sent copies of the two weeks again to their office.\n"
        XCTAssertNil(ContentSniffer.tableDelimiter(name: "calls.txt", prefix: Array(log.utf8)))
        let markdown = "# Routes\n\n_Hollow Lane, Ossett, Wakefield | 01632 960400_\n\n| Service | Contact |\n|---|---|\n| Kooth | www.kooth.com |\n| MHST | 01632 960900 |\n"
        XCTAssertEqual(ContentSniffer.tableDelimiter(name: "routes.md", prefix: Array(markdown.utf8)), 124)
        // An export's banner line above records that agree.
        let banner = "#PATRONS|LRC|EXPORTED 14/03/2025\nPATRON|1|A|B\nPATRON|2|C|D\nPATRON|3|E|F\n"
        XCTAssertEqual(ContentSniffer.tableDelimiter(name: "x.txt", prefix: Array(banner.utf8)), 124)
        // A blank line (with its CR) between the banner and the header; an old Mac's CR alone.
        let report = "SIMS Report | Printed 17/09/2024\r\n\r\nUPN|Surname|Forename\r\nA|B|C\r\nD|E|F\r\n"
        XCTAssertEqual(ContentSniffer.tableDelimiter(name: "x.txt", prefix: Array(report.utf8)), 124)
        XCTAssertEqual(ContentSniffer.tableDelimiter(name: "x.txt", prefix: Array("a\tb\tc\r1\t2\t3\r4\t5\t6\r".utf8)), 9)
        // A report printed with its columns aligned by spaces; prose with two spaces after its
        // full stops, and a two-column list, are no table.
        let aligned = "Exam entries  Summer 2025\n\nCandidate  Surname     Forename    Subject\n"
            + "4001       Abbott      Harry       Maths\n4002       Begum       Ayesha      English\n"
            + "4003       Carter      Mia         Science\n4004       Dziedzic    Jakub       History\n"
        XCTAssertEqual(ContentSniffer.tableDelimiter(name: "x.txt", prefix: Array(aligned.utf8)), ContentSniffer.fixedWidth)
        let prose = "Dear parents,  thank you for your support.  The trip is on Friday.\nPlease return the form.  Lunch is provided.  Thank you.\n"
            + "We leave at nine.  We return at four.  Bring a coat.\nMany thanks,  Mrs Hughes\n"
        XCTAssertNil(ContentSniffer.tableDelimiter(name: "x.txt", prefix: Array(prose.utf8)))
        let list = "Monday      Maths\nTuesday     English\nWednesday   Science\nThursday    History\n"
        XCTAssertNil(ContentSniffer.tableDelimiter(name: "x.txt", prefix: Array(list.utf8)))
        // A SIMS extract whose titles fill their columns, one space apart ("SEX DOB").
        let census = "UPN           SURNAME       FORENAME    SEX DOB        SEN PRIMARY SECOND FSM\n" + String(repeating: "-", count: 78) + "\n"
            + "M330058911060 OKONKWO       Chidera     F   2012-11-09 E   PMLD    PD     Y\n"
            + "N330996113281 HUSSAIN       Ibrahim     M   2014-02-14 E   ASD     SLCN   Y\n"
            + "X330084690956 RASHID        Zainab      F   2013-07-21 E   PMLD    MSI    Y\n"
        XCTAssertEqual(ContentSniffer.tableDelimiter(name: "x.txt", prefix: Array(census.utf8)), ContentSniffer.fixedWidth)
    }
}

extension ScanTests {
    func testOneFileSystemDoesNotCrossMounts() throws {
        guard geteuid() == 0 else { throw XCTSkip("mounting a tmpfs needs root") }
        let inner = directory.appendingPathComponent("mounted")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        guard mount("tmpfs", inner.path, "tmpfs", 0, "size=1m") == 0 else { throw XCTSkip("cannot mount tmpfs here") }
        defer { umount2(inner.path, Int32(MNT_DETACH)) }
        try Data("UPN R801200101001\n".utf8).write(to: inner.appendingPathComponent("a.txt"))
        try write("b.txt", Data("UPN R801200101001\n".utf8))
        XCTAssertEqual(try scanAll().findings.count, 2)
        let sink = try scanAll { $0.oneFileSystem = true }
        XCTAssertEqual(sink.findings.count, 1)
        XCTAssertEqual(sink.result(named: "mounted")?.reason, "another file system (--one-file-system)")
    }
}
