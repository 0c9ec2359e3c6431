/// SticklerDetection: rule packs, validators, context scoring and the chunk -> findings loop.
///
/// Main types: `RulePack` (YAML decoded into `RawDetector`s, then validated into
/// `Detector`s), `Validators` (the fixed registry of checksum and structure checks),
/// `Engine` (every detector compiled once into Vectorscan databases; immutable,
/// shared between threads), `DocumentScanner` (per-worker: turns a stream of bytes
/// into `Finding`s) and `RiskScorer`.
///
/// A raw value exists only inside `DocumentScanner` while a candidate is checked; it is
/// redacted and fingerprinted before a `Finding` is made, and handed out separately only
/// when the caller asked to reveal values. This module never opens files and never logs.
