extension AuditStore {
    /// Checks the whole chain; see `ChainVerifier` for what each kind of break means.
    public func verify() throws -> ChainReport {
        let key = try requireKey()
        return try read { db in try ChainVerifier(key: key).verify(db) }
    }
}
