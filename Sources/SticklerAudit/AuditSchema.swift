import GRDB

/// The store's tables, created by numbered migrations (never edit a shipped one; add the
/// next). Every chained table has `seq` (position in the one chain across all tables),
/// `prev_mac` and `mac`; `chain_head` (not chained) holds the last position, keyed, so
/// that cutting rows off the end shows. Tables are STRICT, so a value is stored exactly
/// as it was MACed.
enum AuditSchema {
    /// The chained tables, in no particular order; the chain is ordered by `seq`.
    static let chainedTables = ["devices", "scans", "verdicts", "incidents", "remediations", "actors", "files",
                                "findings", "purges", "purge_gaps"]

    /// Details that retention removes: who acted and where, file names, redacted findings.
    static let detailTables = ["actors", "files", "findings"]

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: chained audit trail") { db in
            let chain = "id INTEGER PRIMARY KEY, seq INTEGER NOT NULL UNIQUE, prev_mac TEXT NOT NULL, mac TEXT NOT NULL"
            try db.execute(sql: """
                CREATE TABLE chain_head (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL,
                    mac TEXT NOT NULL, head_mac TEXT NOT NULL) STRICT;
                CREATE TABLE devices (\(chain), identity_key TEXT NOT NULL, first_seen TEXT NOT NULL,
                    vendor TEXT, model TEXT, serial TEXT, bus TEXT, size_bytes INTEGER,
                    volume_uuids TEXT NOT NULL, labels TEXT NOT NULL) STRICT;
                CREATE INDEX devices_key ON devices(identity_key);
                CREATE TABLE scans (\(chain), time TEXT NOT NULL, source TEXT NOT NULL, device_id INTEGER,
                    encryption TEXT, rule_versions TEXT NOT NULL, files INTEGER NOT NULL, scanned INTEGER NOT NULL,
                    encrypted INTEGER NOT NULL, skipped INTEGER NOT NULL, errors INTEGER NOT NULL,
                    bytes INTEGER NOT NULL, findings INTEGER NOT NULL, files_with_findings INTEGER NOT NULL,
                    subjects INTEGER NOT NULL, highest_risk TEXT NOT NULL, findings_by_detector TEXT NOT NULL,
                    elapsed_ms INTEGER NOT NULL, virus_checked INTEGER NOT NULL, malware_found INTEGER NOT NULL) STRICT;
                CREATE INDEX scans_time ON scans(time);
                CREATE INDEX scans_device ON scans(device_id);
                CREATE TABLE verdicts (\(chain), scan_id INTEGER NOT NULL, time TEXT NOT NULL,
                    verdict TEXT NOT NULL, reasons TEXT NOT NULL) STRICT;
                CREATE INDEX verdicts_scan ON verdicts(scan_id);
                CREATE TABLE incidents (\(chain), scan_id INTEGER NOT NULL, device_id INTEGER, time TEXT NOT NULL,
                    verdict TEXT NOT NULL, category TEXT NOT NULL, categories TEXT NOT NULL,
                    severity TEXT NOT NULL) STRICT;
                CREATE INDEX incidents_scan ON incidents(scan_id);
                CREATE TABLE remediations (\(chain), scan_id INTEGER NOT NULL, incident_id INTEGER,
                    device_id INTEGER, time TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL,
                    outcome TEXT NOT NULL, files INTEGER NOT NULL) STRICT;
                CREATE TABLE actors (\(chain), scan_id INTEGER NOT NULL, user TEXT, host TEXT NOT NULL,
                    session TEXT, roots TEXT NOT NULL) STRICT;
                CREATE INDEX actors_scan ON actors(scan_id);
                CREATE TABLE files (\(chain), scan_id INTEGER NOT NULL, path TEXT NOT NULL, status TEXT NOT NULL,
                    reason TEXT, encryption TEXT, format TEXT, bytes INTEGER NOT NULL, findings INTEGER NOT NULL,
                    risk TEXT NOT NULL, subjects INTEGER NOT NULL, categories TEXT NOT NULL,
                    risk_reasons TEXT NOT NULL, virus_check TEXT, malware TEXT) STRICT;
                CREATE INDEX files_scan ON files(scan_id);
                CREATE TABLE findings (\(chain), scan_id INTEGER NOT NULL, path TEXT NOT NULL,
                    detector TEXT NOT NULL, category TEXT NOT NULL, subcategory TEXT, confidence TEXT NOT NULL,
                    location TEXT NOT NULL, redacted TEXT NOT NULL, fingerprint TEXT NOT NULL,
                    validator TEXT, context TEXT) STRICT;
                CREATE INDEX findings_scan ON findings(scan_id);
                CREATE TABLE purges (\(chain), time TEXT NOT NULL, before TEXT NOT NULL, scans INTEGER NOT NULL,
                    actors INTEGER NOT NULL, files INTEGER NOT NULL, findings INTEGER NOT NULL,
                    gaps INTEGER NOT NULL) STRICT;
                CREATE TABLE purge_gaps (\(chain), purge_time TEXT NOT NULL, from_seq INTEGER NOT NULL,
                    to_seq INTEGER NOT NULL, rows INTEGER NOT NULL, before_mac TEXT NOT NULL,
                    last_mac TEXT NOT NULL) STRICT;
                """)
        }
        return migrator
    }
}
