import CSQLite
import Foundation
import SticklerCore
import SticklerTesting
import XCTest

/// Databases found on a drive: an in-house app's SQLite file, each table read under its
/// column names; the device is never written (no journal or WAL file appears beside it).
final class DatabaseFormatTests: FormatTestCase {
    /// Writes an SQLite database at `name` with `statements`.
    func database(_ name: String, _ statements: [String]) throws {
        var handle: OpaquePointer?
        let path = directory.appendingPathComponent(name).path
        guard sqlite3_open(path, &handle) == SQLITE_OK, let db = handle else { throw XCTSkip("sqlite3_open failed") }
        defer { sqlite3_close(db) }
        for statement in statements {
            XCTAssertEqual(sqlite3_exec(db, statement, nil, nil, nil), SQLITE_OK, statement)
        }
    }

    func testSQLiteTablesAreReadUnderTheirColumnNames() throws {
        var ids = Identifiers(seed: 71)
        let pupils = (0..<4).map { _ in (upn: ids.upn(), born: ids.dateOfBirth(), phone: ids.mobile()) }
        var statements = ["CREATE TABLE pupils (id INTEGER PRIMARY KEY, upn TEXT, surname TEXT, forename TEXT, dob TEXT, photo BLOB)",
                          "CREATE TABLE incidents (id INTEGER PRIMARY KEY, pupil_id INTEGER, note TEXT, parent_phone TEXT)"]
        for (index, pupil) in pupils.enumerated() {
            let dob = String(format: "%02d/%02d/%04d", pupil.born.day, pupil.born.month, pupil.born.year)
            statements.append("INSERT INTO pupils (upn, surname, forename, dob, photo) VALUES ('\(pupil.upn)', '\(Names.family[index])', '\(Names.given[index])', '\(dob)', x'00FF10')")
            statements.append("INSERT INTO incidents (pupil_id, note, parent_phone) VALUES (\(index + 1), 'Left lesson without permission', '\(pupil.phone)')")
        }
        try database("behaviour.db", statements)
        // The same in write-ahead-log mode, as an app leaves it.
        try database("rewards.sqlite", ["PRAGMA journal_mode=WAL", "CREATE TABLE students (name TEXT, upn TEXT)",
                                         "INSERT INTO students VALUES ('\(Names.given[5]) \(Names.family[5])', '\(pupils[0].upn)')"])
        try database("library.db", ["CREATE TABLE books (isbn TEXT, title TEXT, author TEXT)", "INSERT INTO books VALUES ('9780141439518', 'Pride and Prejudice', 'Jane Austen')"])
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: directory.path))
        let result = try scan()
        XCTAssertEqual(Set(try FileManager.default.contentsOfDirectory(atPath: directory.path)), before, "nothing written beside the databases")
        XCTAssertEqual(result.file("behaviour.db")?.format, "sqlite")
        for (index, pupil) in pupils.enumerated() {
            XCTAssertEqual(result.found(pupil.upn, in: "behaviour.db")?.location.cell, "pupils!B\(index + 2)")
            XCTAssertEqual(result.found(pupil.phone, in: "behaviour.db")?.location.cell, "incidents!D\(index + 2)")
        }
        XCTAssertEqual(result.findings(in: "behaviour.db").filter { $0.finding.detector == "person_name" }.count, 4, "surname and forename columns")
        XCTAssertEqual(result.findings(in: "behaviour.db").filter { $0.finding.detector == "date_of_birth" }.count, 4, "under dob")
        XCTAssertNotNil(result.found(pupils[0].upn, in: "rewards.sqlite"), "a WAL database is read too")
        XCTAssertEqual(result.file("library.db")?.risk.level, RiskLevel.none)
    }

    /// A dBase III table as an old MIS left it: fields by name, a date field, a deleted record.
    static func dbf(fields: [(name: String, type: Character, length: Int)], records: [(deleted: Bool, values: [String])]) -> [UInt8] {
        let recordLength = 1 + fields.reduce(0) { $0 + $1.length }, headerLength = 32 + 32 * fields.count + 1
        func u16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
        var bytes: [UInt8] = [0x03, 104, 3, 14] + u16(records.count) + [0, 0] + u16(headerLength) + u16(recordLength) + [UInt8](repeating: 0, count: 20)
        for field in fields {
            var descriptor = Array(field.name.utf8.prefix(10)) + [UInt8](repeating: 0, count: 11 - min(10, field.name.utf8.count))
            descriptor += [field.type.asciiValue!, 0, 0, 0, 0, UInt8(field.length), 0] + [UInt8](repeating: 0, count: 14)
            bytes += descriptor
        }
        bytes.append(0x0D)
        for record in records {
            bytes.append(record.deleted ? 0x2A : 0x20)
            for (field, value) in zip(fields, record.values) {
                let raw = Array(value.utf8.prefix(field.length))
                bytes += field.type == "N" ? [UInt8](repeating: 32, count: field.length - raw.count) + raw : raw + [UInt8](repeating: 32, count: field.length - raw.count)
            }
        }
        return bytes + [0x1A]
    }

    func testDBaseTablesAreReadUnderTheirFieldNames() throws {
        var ids = Identifiers(seed: 72)
        let fields: [(name: String, type: Character, length: Int)] = [("UPN", "C", 13), ("SURNAME", "C", 20), ("FORENAME", "C", 20), ("DOB", "D", 8), ("YEAR", "N", 2)]
        let rows = (0..<3).map { index -> [String] in
            let born = ids.dateOfBirth()
            return [ids.upn(), Names.family[index], Names.given[index], String(format: "%04d%02d%02d", born.year, born.month, born.day), "7"]
        }
        try write("PUPILS.DBF", Self.dbf(fields: fields, records: rows.enumerated().map { (deleted: $0.offset == 2, values: $0.element) }))
        let result = try scan()
        XCTAssertEqual(result.file("PUPILS.DBF")?.format, "dbf")
        for (index, row) in rows.enumerated() {
            XCTAssertEqual(result.found(row[0], in: "PUPILS.DBF")?.location.cell, "PUPILS!A\(index + 2)", "a deleted record too")
            let date = "\(row[3].suffix(2))/\(row[3].dropFirst(4).prefix(2))/\(row[3].prefix(4))"
            XCTAssertEqual(result.found(date, in: "PUPILS.DBF")?.detector, "date_of_birth", "a D field as dd/mm/yyyy under DOB")
        }
        XCTAssertEqual(result.findings(in: "PUPILS.DBF").filter { $0.finding.detector == "person_name" }.count, 3)
    }

    func testADamagedDatabaseIsAnErrorOfItsOwn() throws {
        var bytes = Array("SQLite format 3".utf8) + [0]
        bytes += [UInt8](repeating: 0xFF, count: 4000)
        try write("broken.db", bytes)
        try write("note.txt", Array("nothing here".utf8))
        // A dBase table cut short, whose header promises more records, longer, than it holds.
        var table = Self.dbf(fields: [("SURNAME", "C", 20), ("DOB", "D", 8)], records: [(deleted: false, values: ["Hughes", "20150314"])])
        table[4] = 0xFF; table[5] = 0xFF // a million records claimed
        try write("CUT.DBF", Array(table.prefix(table.count - 10)))
        // A report in aligned columns with one line of 100,000 characters.
        let long = "Surname     Forename    DOB\nHughes      Olivia      14/03/2015\nBegum       Ayesha      03/09/2014\n"
            + "Nowak       Jakub       07/05/2015\n" + String(repeating: "x ", count: 50_000) + "\nKhan        Amir        01/01/2015\n"
        try write("report.txt", Array(long.utf8))
        let result = try scan()
        XCTAssertEqual(result.file("broken.db")?.status, .error)
        XCTAssertEqual(result.file("note.txt")?.status, .scanned)
        XCTAssertEqual(result.file("CUT.DBF")?.status, .scanned, "what it holds is read")
        XCTAssertEqual(result.file("report.txt")?.format, "utf-8/fixed-width")
        XCTAssertNotNil(result.found("Khan Amir", in: "report.txt"), "after the long line, the columns still hold")
    }

    /// Dumps in SQL, as mysqldump, pg_dump, SQLite's `.dump` and SQL Server's scripts write
    /// them: each table's rows under the column names its CREATE TABLE or INSERT gives,
    /// located by table and cell on the dump's own line; the rest read as text.
    func testSQLDumpsAreReadAsTablesUnderTheirColumnNames() throws {
        var ids = Identifiers(seed: 73)
        let upns = (0..<3).map { _ in ids.upn() }
        let phones = (0..<2).map { _ in ids.mobile() }
        let mysql = """
        -- MySQL dump 10.13  Distrib 8.0.35, for Linux (x86_64)
        /*!40101 SET NAMES utf8mb4 */;
        DROP TABLE IF EXISTS `pupils`;
        CREATE TABLE `pupils` (
          `id` int NOT NULL AUTO_INCREMENT,
          `upn` varchar(13) DEFAULT NULL,
          `forename` varchar(64) NOT NULL,
          `surname` varchar(64) NOT NULL,
          `dob` date DEFAULT NULL,
          `notes` text,
          PRIMARY KEY (`id`),
          KEY `idx_surname` (`surname`)
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
        LOCK TABLES `pupils` WRITE;
        INSERT INTO `pupils` VALUES (1,'\(upns[0])','\(Names.given[0])','\(Names.family[0])','2013-05-14','it\\'s a (tricky), note'),(2,'\(upns[1])','\(Names.given[1])','\(Names.family[1])','2012-11-02',NULL);
        INSERT INTO `pupils` VALUES (3,'\(upns[2])','\(Names.given[2])','\(Names.family[2])','2013-01-27','');
        UNLOCK TABLES;
        """
        try write("mis_export.sql", Array(mysql.utf8))
        let postgres = """
        --
        -- PostgreSQL database dump
        --
        CREATE TABLE public.contacts (
            contact_id integer NOT NULL,
            first_name character varying(50),
            last_name character varying(50),
            mobile text
        );
        COPY public.contacts (contact_id, first_name, last_name, mobile) FROM stdin;
        1\t\(Names.given[3])\t\(Names.family[3])\t\(phones[0])
        2\t\(Names.given[4])\t\(Names.family[4])\t\\N
        \\.
        """
        try write("contacts.sql", Array(postgres.utf8))
        let sqlServer = """
        USE [SchoolMIS]
        GO
        SET IDENTITY_INSERT [dbo].[Contacts] ON
        INSERT [dbo].[Contacts] ([ContactID], [Forename], [Surname], [Mobile]) VALUES (1, N'\(Names.given[5])', N'\(Names.family[5])', N'\(phones[1])')
        SET IDENTITY_INSERT [dbo].[Contacts] OFF
        GO
        """
        try write("contacts_mssql.sql", Array(sqlServer.utf8))
        // A project's tuck shop, and a dump's INSERTs in a file not named .sql: text as before.
        try write("tuckshop.sql", Array("CREATE TABLE products (id INTEGER, name TEXT, price REAL);\nINSERT INTO products VALUES (1, 'Crisps', 0.5), (2, 'Flapjack', 0.65);\n".utf8))
        try write("notes.txt", Array("INSERT INTO pupils VALUES (1,'\(upns[0])');\n".utf8))
        let result = try scan()
        XCTAssertEqual(result.file("mis_export.sql")?.format, "sql")
        for (index, upn) in upns.enumerated() {
            XCTAssertEqual(result.found(upn, in: "mis_export.sql")?.location.cell, "pupils!B\(index + 2)")
        }
        XCTAssertEqual(result.found(upns[2], in: "mis_export.sql")?.location.line, 16, "the dump's own line")
        XCTAssertEqual(result.findings(in: "mis_export.sql").filter { $0.finding.detector == "person_name" }.count, 3, "forename and surname columns")
        XCTAssertEqual(result.findings(in: "mis_export.sql").filter { $0.finding.detector == "date_of_birth" }.count, 3, "under dob")
        XCTAssertEqual(result.found(phones[0], in: "contacts.sql")?.location.cell, "contacts!D2")
        XCTAssertEqual(result.findings(in: "contacts.sql").filter { $0.finding.detector == "person_name" }.count, 2, "COPY's rows")
        XCTAssertEqual(result.found(phones[1], in: "contacts_mssql.sql")?.location.cell, "Contacts!D2")
        XCTAssertNotNil(result.found("\(Names.given[5]) \(Names.family[5])", in: "contacts_mssql.sql"))
        XCTAssertEqual(result.file("tuckshop.sql")?.risk.level, RiskLevel.none)
        XCTAssertEqual(result.file("notes.txt")?.format, "utf-8")
        XCTAssertNotNil(result.found(upns[0], in: "notes.txt"))
    }

    /// A dump cut short, or hostile: an unterminated string, a tuple never closed, a COPY with
    /// no end, brackets without end. Read to its end without hanging, the rest as text.
    func testBrokenSQLDumpsAreReadToTheirEnd() throws {
        var ids = Identifiers(seed: 74)
        let upn = ids.upn()
        try write("cut.sql", Array("CREATE TABLE t (upn TEXT, name TEXT);\nINSERT INTO t VALUES ('\(upn)', 'unterminated".utf8))
        try write("open.sql", Array("CREATE TABLE t (upn TEXT\nINSERT INTO t (upn) VALUES ('\(upn)'\n((((((((\n".utf8))
        try write("copy.sql", Array("COPY t (upn) FROM stdin;\n\(upn)\n".utf8))
        try write("junk.sql", Array(String(repeating: "(('\\\\`[\"/*", count: 5000).utf8))
        let result = try scan()
        for name in ["cut.sql", "open.sql", "copy.sql", "junk.sql"] {
            XCTAssertEqual(result.file(name)?.status, .scanned, name)
        }
        XCTAssertNotNil(result.found(upn, in: "cut.sql"))
        XCTAssertNotNil(result.found(upn, in: "open.sql"))
        XCTAssertNotNil(result.found(upn, in: "copy.sql"))
    }
}
