/// What can go wrong with the audit store, in words a technician can act on.
public enum AuditError: Error, CustomStringConvertible {
    /// The store file does not exist and the command only reads.
    case noStore(path: String)
    case notFound(what: String, id: Int64)
    case database(path: String, message: String)
    case badDate(String)

    public var description: String {
        switch self {
        case .noStore(let path):
            return "\(path): no audit store yet (record one with `stickler scan --record`, or pass --state-dir)"
        case .notFound(let what, let id):
            return "no \(what) with id \(id) in the audit store (see `stickler audit list`)"
        case .database(let path, let message):
            return "\(path): \(message)"
        case .badDate(let text):
            return "\(text): not a date; use YYYY-MM-DD (e.g. 2026-09-01)"
        }
    }
}
