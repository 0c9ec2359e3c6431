/// SticklerTesting: synthetic data for tests, the demo and the benchmark. Never real
/// personal data: every name comes from short lists of common words, every identifier
/// is random with check characters chosen by the real validators, and every decoy is
/// made to fail them.
///
/// Main types: `SeededRandom` (reproducible), `Identifiers` (valid values of every kind),
/// `Decoys` (near-misses that must not be reported), `Documents` (class lists, letters,
/// registers, lesson plans) and `SampleStick` / `BenchCorpus` (whole folders).
import SticklerCore
