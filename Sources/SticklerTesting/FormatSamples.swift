import CSQLite
import Foundation

/// A folder with one synthetic file of every format `stickler scan` reads, for the
/// demo and a person checking the scanner by hand (`stickler generate formats DIR`).
public enum FormatSamples {
    /// Writes the files; returns their names.
    @discardableResult
    public static func write(to directory: URL, seed: UInt64 = 2024) throws -> [String] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var fixtures = OfficeFixtures(seed: seed)
        var documents = Documents(seed: seed)
        var files: [(String, [UInt8])] = []
        files.append(("letter.docx", fixtures.docx().bytes))
        files.append(("macros.docm", fixtures.docx(macro: true).bytes))
        files.append(("pupils.xlsx", fixtures.xlsx().bytes))
        files.append(("assembly.pptx", fixtures.pptx().bytes))
        files.append(("referral.odt", fixtures.odf("odt").bytes))
        files.append(("register.ods", fixtures.odf("ods").bytes))
        files.append(("talk.odp", fixtures.odf("odp").bytes))
        files.append(("report.pdf", OfficeFixtures.pdf(pages: ["Pupil report", "NHS number \(fixtures.ids.nhs())", "NI number \(fixtures.ids.nino())"])))
        files.append(("note.rtf", fixtures.rtf().bytes))
        files.append(("page.html", fixtures.html().bytes))
        files.append(("lol.xml", OfficeFixtures.billionLaughs()))
        // A DfE Common Transfer File: pupil records as XML elements.
        let ctf = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CTfile><Header><DocumentName>Common Transfer File</DocumentName></Header>"
            + "<CTFpupilData><Pupil><UPN>\(fixtures.ids.upn())</UPN><Surname>Hughes</Surname><Forename>Olivia</Forename>"
            + "<DOB>2015-03-14</DOB><Contacts><Contact><Surname>Hughes</Surname><Forename>Sarah</Forename>"
            + "<Phones><Phone><TelephoneType>M</TelephoneType><PhoneNo>\(fixtures.ids.mobile())</PhoneNo></Phone></Phones>"
            + "</Contact></Contacts></Pupil><Pupil><UPN>\(fixtures.ids.upn())</UPN><Surname>Okafor</Surname><Forename>Chidi</Forename>"
            + "<DOB>2014-11-02</DOB></Pupil></CTFpupilData></CTfile>\n"
        files.append(("transfer.xml", Array(ctf.utf8)))
        let list = Array(documents.classList(pupils: 4).utf8)
        let mail = fixtures.eml(attachment: list, name: "class list.csv").bytes
        files.append(("referral.eml", mail))
        files.append(("inbox.mbox", Array("From office@example.org Mon Nov  2 09:00:00 2026\n".utf8) + mail))
        var msg = CompoundFileWriter()
        msg.add("__properties_version1.0", [UInt8](repeating: 0, count: 32))
        msg.add("__substg1.0_0037001F", CompoundFileWriter.utf16("Pupil record"))
        msg.add("__substg1.0_1000001F", CompoundFileWriter.utf16("NI number \(fixtures.ids.nino())"))
        msg.add("__attach_version1.0_#00000000/__substg1.0_3707001F", CompoundFileWriter.utf16("list.csv"))
        msg.add("__attach_version1.0_#00000000/__substg1.0_37010102", list)
        files.append(("outlook.msg", msg.finish()))
        let doc = WordBinaryWriter([.paragraph("Referral to the school nurse."),
                                    .table([["Pupil name", "Date of birth", "NHS number"],
                                            ["Olivia Hughes", "14/03/2015", fixtures.ids.nhs()],
                                            ["Jack Wilson", "02/11/2014", fixtures.ids.nhs()]]),
                                    .paragraph("Seen in clinic; inhaler kept in the office.")])
        files.append(("legacy.doc", doc.document()))
        files.append(("legacy.xls", fixtures.xls().bytes))
        var protected = CompoundFileWriter()
        protected.add("EncryptionInfo", [4, 0, 4, 0, 0x40, 0, 0, 0])
        protected.add("EncryptedPackage", [UInt8](repeating: 0xA7, count: 8000))
        files.append(("protected.xlsx", protected.finish()))
        var mixed = ZipWriter()
        mixed.add("secret/pupils.xlsx", fixtures.xlsx().bytes, method: .zipCrypto(password: "pupil"))
        mixed.add("secret/aes.csv", list, method: .aes)
        mixed.add("open/class list.csv", list)
        files.append(("mixed.zip", mixed.finish()))
        var inner = ZipWriter()
        inner.add("mail/referral.eml", mail)
        var outer = ZipWriter()
        outer.add("archive/inner.zip", inner.finish())
        files.append(("nested.zip", outer.finish()))
        files.append(("backup.tar.gz", OfficeFixtures.gzip(OfficeFixtures.tar([("home/letter.txt", Array(documents.parentLetter().utf8))]))))
        files.append(("letter.txt.gz", OfficeFixtures.gzip(Array(documents.parentLetter().utf8))))
        files.append(("message.asc", Array("-----BEGIN PGP MESSAGE-----\n\nhQEMA5xyzabc\n-----END PGP MESSAGE-----\n".utf8)))
        files.append(("backup.age", Array("age-encryption.org/v1\n-> X25519 abc\n".utf8) + [UInt8](repeating: 7, count: 64)))
        files.append(("volume.luks", Array("LUKS".utf8) + [0xBA, 0xBE, 0, 2] + [UInt8](repeating: 0, count: 4096)))
        var random = SeededRandom(seed: seed)
        files.append(("container.hc", (0..<(1 << 20)).map { _ in UInt8.random(in: 0...255, using: &random) }))
        // Nested bomb: ten copies of a zip holding 128 MiB of text, 1.25 GiB in all.
        var layer = ZipWriter()
        layer.add("text.txt", [], method: .repeated(65, 128 << 20))
        let layerBytes = layer.finish()
        var bomb = ZipWriter()
        for index in 0..<10 { bomb.add("copy\(index).zip", layerBytes) }
        files.append(("bomb.zip", bomb.finish()))
        files.append(("empty.docx", []))
        files.append(("class list.csv", list))
        for (name, bytes) in files { try Data(bytes).write(to: directory.appendingPathComponent(name)) }
        // An in-house app's SQLite database: a pupils table.
        let database = directory.appendingPathComponent("behaviour.db")
        try? FileManager.default.removeItem(at: database)
        var handle: OpaquePointer?
        if sqlite3_open(database.path, &handle) == SQLITE_OK, let db = handle {
            let dob = fixtures.ids.dateOfBirth()
            for statement in ["CREATE TABLE pupils (upn TEXT, surname TEXT, forename TEXT, dob TEXT)",
                              "INSERT INTO pupils VALUES ('\(fixtures.ids.upn())', 'Hughes', 'Olivia', '\(String(format: "%02d/%02d/%04d", dob.day, dob.month, dob.year))')"] {
                sqlite3_exec(db, statement, nil, nil, nil)
            }
        }
        sqlite3_close(handle)
        return files.map(\.0) + ["behaviour.db"]
    }
}
