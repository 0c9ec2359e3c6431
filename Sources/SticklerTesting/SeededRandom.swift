/// SplitMix64: small, fast and reproducible from a seed.
public struct SeededRandom: RandomNumberGenerator {
    var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func digits(_ count: Int) -> String {
        String((0..<count).map { _ in Character(String(Int.random(in: 0...9, using: &self))) })
    }

    public mutating func letters(_ count: Int, from alphabet: String = "ABCDEFGHIJKLMNOPQRSTUVWXYZ") -> String {
        let characters = Array(alphabet)
        return String((0..<count).map { _ in characters.randomElement(using: &self)! })
    }

    public mutating func pick<T>(_ items: [T]) -> T { items.randomElement(using: &self)! }

    public mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }
}
