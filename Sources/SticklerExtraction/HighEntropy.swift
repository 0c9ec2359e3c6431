import Foundation

/// "Unknown high-entropy container": no known signature, size a multiple of 512, at
/// least 1 MiB, and samples at the start, middle and end all near 8 bits per byte. That
/// is how a VeraCrypt volume looks, but so does random or unknown compressed data: the
/// reason says "possibly", and the confidence is low.
enum HighEntropy {
    static let minimumSize = 1 << 20

    static func check(file: FileSource) -> String? {
        guard file.size >= minimumSize, file.size % 512 == 0 else { return nil }
        let sample = 64 << 10
        for offset in [0, file.size / 2 - sample / 2, file.size - sample] {
            var bytes = [UInt8](repeating: 0, count: sample)
            let got = bytes.withUnsafeMutableBytes { pread(file.fd, $0.baseAddress, sample, off_t(offset)) }
            guard got == sample, entropy(bytes) > 7.99 else { return nil }
        }
        return "possibly encrypted: unknown high-entropy container (no signature, ~8 bits/byte, size a multiple of 512; low confidence)"
    }

    static func entropy(_ bytes: [UInt8]) -> Double {
        var counts = [Int](repeating: 0, count: 256)
        for byte in bytes { counts[Int(byte)] += 1 }
        let total = Double(bytes.count)
        var bits = 0.0
        for count in counts where count > 0 {
            let p = Double(count) / total
            bits -= p * log2(p)
        }
        return bits
    }
}
