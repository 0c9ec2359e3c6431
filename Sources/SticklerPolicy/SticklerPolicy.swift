public enum SticklerPolicyVersion { public static let string = "0.1.0" }
