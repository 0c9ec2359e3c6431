/// SticklerPolicy: what a device gets, decided from facts alone.
///
/// Main types: `Policy` (loaded and validated from `Rules/policy.yaml` by `PolicyLoader`,
/// errors as `PolicyError` naming file and line), `PolicyInput` (device facts, scan
/// summary, malware status, whether the check finished), `Situation` and `Decision`
/// (the verdict, what is recorded, and the reasons).
///
/// Pure: no I/O beyond reading the policy file, no devices, no scanning.
public enum SticklerPolicyVersion {
    public static let string = "0.1.0"
}
