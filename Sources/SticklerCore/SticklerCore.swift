/// SticklerCore: the values every other module shares.
///
/// Main types: `Finding` (what was found, where, how sure, in redacted and
/// fingerprinted form), `Confidence`, `Category`, `Location`, `FileResult`,
/// `RiskLevel`, `ScanSummary` and `Verdict`.
///
/// No I/O, no C, and no field anywhere for a raw personal-data value: a value is
/// redacted and fingerprinted before a `Finding` exists (see SticklerDetection).
public enum SticklerCoreVersion {
    public static let string = "0.1.0"
}
