import Foundation
import SticklerCore
import SticklerExtraction
import SticklerTesting
import XCTest

final class ArchiveTests: FormatTestCase {
    /// Mail saved from Outlook or Thunderbird has CRLF line endings (as the standard
    /// says): still e-mail, its attachment opened.
    func testEmailWithCRLFLineEndings() throws {
        var fixtures = OfficeFixtures(seed: 5)
        var documents = Documents(seed: 5)
        let list = documents.classList(pupils: 3)
        let mail = fixtures.eml(attachment: Array(list.utf8), name: "class list.csv")
        let crlf = String(decoding: mail.bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\n", with: "\r\n")
        try write("saved.eml", Array(crlf.utf8))
        let result = try scan()
        XCTAssertEqual(result.file("saved.eml")?.format, "email")
        let upn = String(list.split(separator: "\n")[1].split(separator: ",")[0])
        XCTAssertNotNil(result.found(upn, in: "saved.eml!class list.csv"), "the attachment of a CRLF message")
    }

    func testNestedMembersEmailAttachmentInsideZip() throws {
        var fixtures = OfficeFixtures(seed: 4)
        var documents = Documents(seed: 4)
        let list = documents.classList(pupils: 3)
        let mail = fixtures.eml(attachment: Array(list.utf8), name: "class list.csv")
        let doc = fixtures.docx()
        var inner = ZipWriter()
        inner.add("letters/letter.docx", doc.bytes)
        var outer = ZipWriter()
        outer.add("mail/referral.eml", mail.bytes)
        outer.add("inner.zip", inner.finish())
        outer.add("notes.txt", "nothing here\n")
        try write("outer.zip", outer.finish())
        let result = try scan()
        XCTAssertEqual(result.file("outer.zip")?.status, .scanned)
        XCTAssertEqual(result.file("outer.zip!mail/referral.eml")?.format, "email")
        XCTAssertNotNil(result.found(mail.nino, in: "outer.zip!mail/referral.eml"), "quoted-printable body")
        let upn = String(list.split(separator: "\n")[1].split(separator: ",")[0])
        let attachment = result.found(upn, in: "outer.zip!mail/referral.eml!class list.csv")
        XCTAssertNotNil(attachment, "UPN in a base64 CSV attachment of an e-mail inside a zip")
        XCTAssertEqual(attachment?.location.column, "UPN")
        XCTAssertNotNil(result.found(doc.nhs, in: "outer.zip!inner.zip!letters/letter.docx"), "nesting adds '!'")
        XCTAssertEqual(result.file("outer.zip!notes.txt")?.status, .scanned)
    }

    /// A member's name beyond ASCII, flagged UTF-8 in the zip, is reported as written (in the
    /// C locale libarchive gives none: `useUTF8Names` sets a UTF-8 one, as `stickler` does).
    func testMemberNamesBeyondASCII() throws {
        useUTF8Names()
        var fixtures = OfficeFixtures(seed: 6)
        let doc = fixtures.docx()
        var zip = ZipWriter()
        zip.add("Reports 2024/Wiśniewska_Zofia.docx", doc.bytes)
        try write("reports.zip", zip.finish())
        let result = try scan()
        XCTAssertNotNil(result.found(doc.nhs, in: "reports.zip!Reports 2024/Wiśniewska_Zofia.docx"))
    }

    func testEncryptedMembersAreReportedWithTheirKind() throws {
        var fixtures = OfficeFixtures(seed: 5)
        let doc = fixtures.docx()
        var zip = ZipWriter()
        zip.add("secret.docx", doc.bytes, method: .zipCrypto(password: "pupil"))
        zip.add("aes.csv", "UPN,Name\n", method: .aes)
        zip.add("open.txt", "NHS number \(doc.nhs)\n")
        try write("mixed.zip", zip.finish())
        let result = try scan()
        XCTAssertEqual(result.file("mixed.zip!secret.docx")?.status, .encrypted)
        XCTAssertEqual(result.file("mixed.zip!secret.docx")?.encryption, "zip-zipcrypto")
        XCTAssertEqual(result.file("mixed.zip!aes.csv")?.status, .encrypted)
        XCTAssertEqual(result.file("mixed.zip!aes.csv")?.encryption, "zip-aes")
        XCTAssertNil(result.found(doc.nhs, in: "mixed.zip!secret.docx"), "never read")
        XCTAssertNotNil(result.found(doc.nhs, in: "mixed.zip!open.txt"), "the plaintext beside it is scanned")
    }

    func testTarGzipAndBareGzip() throws {
        var documents = Documents(seed: 6)
        let letter = documents.parentLetter()
        try write("backup.tar.gz", OfficeFixtures.gzip(OfficeFixtures.tar([("home/letter.txt", Array(letter.utf8))])))
        try write("letter.txt.gz", OfficeFixtures.gzip(Array(letter.utf8)))
        let result = try scan()
        XCTAssertGreaterThan(result.findings(in: "backup.tar.gz!home/letter.txt").count, 0)
        XCTAssertGreaterThan(result.findings(in: "letter.txt.gz!letter.txt").count, 0)
    }

    func testSevenZipPlainAndEncrypted() throws {
        var documents = Documents(seed: 7)
        try write("src/list.csv", Array(documents.classList(pupils: 2).utf8))
        let work = directory.appendingPathComponent("src")
        try tool("7z", ["a", "-bd", "../plain.7z", "list.csv"], in: work)
        try tool("7z", ["a", "-bd", "-psecret", "-mhe=on", "../hidden.7z", "list.csv"], in: work)
        try tool("7z", ["a", "-bd", "-psecret", "../names.7z", "list.csv"], in: work)
        try FileManager.default.removeItem(at: work)
        let result = try scan()
        XCTAssertGreaterThan(result.findings(in: "plain.7z!list.csv").count, 0)
        XCTAssertEqual(result.file("hidden.7z")?.status, .encrypted, "\(String(describing: result.file("hidden.7z")))")
        XCTAssertEqual(result.file("names.7z!list.csv")?.status, .encrypted,
                       "\(result.files.filter { $0.path.contains("names.7z") })")
    }

    func testEncryptedContainersBySignature() throws {
        var pgp: [UInt8] = [0x85, 0x01, 0x0C, 0x03] + [UInt8](repeating: 0x41, count: 300)
        pgp[1] = 0x01
        try write("message.gpg", pgp)
        try write("armoured.asc", Array("-----BEGIN PGP MESSAGE-----\n\nhQEMA5xyz\n-----END PGP MESSAGE-----\n".utf8))
        try write("backup.age", Array("age-encryption.org/v1\n-> X25519 abc\n".utf8) + [UInt8](repeating: 7, count: 64))
        try write("volume.img", Array("LUKS".utf8) + [0xBA, 0xBE, 0, 2] + [UInt8](repeating: 0, count: 4096))
        var random = SeededRandom(seed: 9)
        try write("container.hc", (0..<(2 << 20)).map { _ in UInt8.random(in: 0...255, using: &random) })
        let result = try scan()
        XCTAssertEqual(result.file("message.gpg")?.encryption, "openpgp")
        XCTAssertEqual(result.file("armoured.asc")?.encryption, "openpgp")
        XCTAssertEqual(result.file("backup.age")?.encryption, "age")
        XCTAssertEqual(result.file("volume.img")?.encryption, "luks")
        XCTAssertEqual(result.file("container.hc")?.status, .encrypted)
        XCTAssertEqual(result.file("container.hc")?.encryption, "unknown")
        XCTAssertTrue(result.file("container.hc")?.reason?.contains("possibly") ?? false)
    }

    func testRealGpgOutputIsEncrypted() throws {
        try write("plain.txt", Array("hello\n".utf8))
        // gpg's home (keyrings, the agent's sockets) lives outside the scanned folder: the
        // agent removes its sockets as it stops, which raced with cleaning them up here.
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("stickler-gnupg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer {
            try? tool("gpgconf", ["--homedir", home.path, "--kill", "all"], in: directory)
            try? FileManager.default.removeItem(at: home)
        }
        try tool("gpg", ["--batch", "--yes", "--homedir", home.path, "--passphrase", "x", "--pinentry-mode", "loopback",
                         "-c", "--output", "plain.txt.gpg", "plain.txt"], in: directory)
        try FileManager.default.removeItem(at: directory.appendingPathComponent("plain.txt"))
        let result = try scan()
        XCTAssertEqual(result.file("plain.txt.gpg")?.encryption, "openpgp")
    }
}
