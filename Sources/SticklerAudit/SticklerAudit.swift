/// SticklerAudit: the tamper-evident audit trail, an embedded SQLite store through GRDB.
///
/// Main types: `AuditStore` (opens `audit.sqlite` in WAL mode, runs the migrations, and
/// is the `VerdictRecorder` the daemon, `stickler scan --record` and remediation write
/// through), `ChainAppender` (every row carries an HMAC-SHA256 over its canonical content
/// and the previous row's MAC), `ChainVerifier` (finds the first broken link: an edited,
/// deleted or reordered row, or a cut-off tail), `Retention` (purges expired details and
/// anchors the gaps so that the chain stays verifiable), `AuditQueries` (scans, devices,
/// technician detail) and `GovernorsQuery` (the anonymised figures).
///
/// It stores only what `Finding` holds: redacted forms and keyed fingerprints, never a raw
/// value. It renders nothing (see SticklerAuditReport) and never touches a scanned device.
import SticklerCore
