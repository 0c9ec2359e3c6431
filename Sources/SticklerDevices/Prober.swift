import Foundation
internal import CBlkid

/// Probes a block device or an image file with libblkid (read-only, never mounts).
///
/// With a partition table, each partition is probed at its own offset; otherwise the
/// whole device is one volume. Without any signature, a high-entropy sample marks the
/// volume's encryption `unknown` (possibly VeraCrypt).
public enum Prober {
    /// Shannon entropy (bits per byte) above which signature-less content counts as encrypted.
    public static let entropyThreshold = 7.5

    /// MBR extended (container) partitions: they hold no filesystem of their own.
    public static let extendedPartitionTypes: Set<String> = ["0x5", "0xf", "0x85"]
    /// Partition types that never hold files: Microsoft Reserved (next to every Windows GPT
    /// volume), BIOS boot, extended containers and empty MBR entries (as libblkid and udev's
    /// `ID_PART_ENTRY_TYPE` name them).
    public static let noDataPartitionTypes: Set<String> = extendedPartitionTypes.union([
        "e3c9e316-0b5c-4db8-817d-f92df00215ae", "21686148-6449-6e6f-744e-656564454649", "0x0",
    ])

    public static func probe(path: String) throws -> ProbeResult {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ProbeError(path: path, message: "cannot open: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        guard let probe = blkid_new_probe() else { throw ProbeError(path: path, message: "libblkid: cannot create a probe") }
        defer { blkid_free_probe(probe) }
        guard blkid_probe_set_device(probe, fd, 0, 0) == 0 else {
            throw ProbeError(path: path, message: "libblkid: cannot read the device")
        }
        let size = Int(blkid_probe_get_size(probe))
        blkid_probe_enable_partitions(probe, 1)
        blkid_probe_set_partitions_flags(probe, Int32(BLKID_PARTS_ENTRY_DETAILS))
        enableSuperblocks(probe)
        let status = blkid_do_safeprobe(probe)
        guard status >= 0 else {
            // -2: ambivalent (several signatures); report as unknown rather than guessing.
            return ProbeResult(path: path, size: size, partitionTable: nil, volumes: [
                Volume(offset: 0, size: size, filesystem: nil, usage: nil, encryption: status == -2 ? .unknown : .none),
            ])
        }

        var table: String?
        var volumes: [Volume] = []
        if let list = blkid_probe_get_partitions(probe) {
            let count = Int(blkid_partlist_numof_partitions(list))
            if count > 0, let parttable = blkid_partlist_get_table(list), let type = blkid_parttable_get_type(parttable) {
                table = String(cString: type)
            }
            for index in 0..<max(count, 0) {
                guard let partition = blkid_partlist_get_partition(list, Int32(index)) else { continue }
                let start = Int(blkid_partition_get_start(partition)) * 512
                let length = Int(blkid_partition_get_size(partition)) * 512
                var partitionType: String?
                if let string = blkid_partition_get_type_string(partition) {
                    partitionType = String(cString: string)
                } else {
                    partitionType = "0x" + String(blkid_partition_get_type(partition), radix: 16)
                }
                if extendedPartitionTypes.contains(partitionType ?? "") { continue }
                var volume = probeVolume(fd: fd, offset: start, size: length)
                volume.partition = Int(blkid_partition_get_partno(partition))
                volume.partitionType = partitionType
                volumes.append(volume)
            }
        }
        if volumes.isEmpty {
            table = nil
            let type = value(probe, "TYPE")
            volumes = [makeVolume(probe: probe, fd: fd, offset: 0, size: size, found: type != nil)]
        }
        return ProbeResult(path: path, size: size, partitionTable: table, volumes: volumes)
    }

    static func enableSuperblocks(_ probe: blkid_probe) {
        blkid_probe_enable_superblocks(probe, 1)
        blkid_probe_set_superblocks_flags(probe, Int32(BLKID_SUBLKS_TYPE | BLKID_SUBLKS_USAGE | BLKID_SUBLKS_LABEL
                                                       | BLKID_SUBLKS_UUID | BLKID_SUBLKS_VERSION))
    }

    static func probeVolume(fd: Int32, offset: Int, size: Int) -> Volume {
        guard let probe = blkid_new_probe() else {
            return Volume(offset: offset, size: size, filesystem: nil, usage: nil, encryption: .unknown)
        }
        defer { blkid_free_probe(probe) }
        guard blkid_probe_set_device(probe, fd, blkid_loff_t(offset), blkid_loff_t(size)) == 0 else {
            return Volume(offset: offset, size: size, filesystem: nil, usage: nil, encryption: .unknown)
        }
        enableSuperblocks(probe)
        let status = blkid_do_safeprobe(probe)
        if status == -2 { return Volume(offset: offset, size: size, filesystem: nil, usage: nil, encryption: .unknown) }
        return makeVolume(probe: probe, fd: fd, offset: offset, size: size, found: status == 0)
    }

    static func makeVolume(probe: blkid_probe, fd: Int32, offset: Int, size: Int, found: Bool) -> Volume {
        let type = found ? value(probe, "TYPE") : nil
        let usage = found ? value(probe, "USAGE") : nil
        let version = found ? value(probe, "VERSION") : nil
        let highEntropy = type == nil ? entropy(fd: fd, offset: offset, size: size) > entropyThreshold : false
        return Volume(offset: offset, size: size, filesystem: type, usage: usage, version: version,
                      label: found ? value(probe, "LABEL") : nil, uuid: found ? value(probe, "UUID") : nil,
                      encryption: Encryption.classify(type: type, usage: usage, version: version, highEntropy: highEntropy))
    }

    static func value(_ probe: blkid_probe, _ name: String) -> String? {
        var data: UnsafePointer<CChar>?
        var length = 0
        guard blkid_probe_lookup_value(probe, name, &data, &length) == 0, let data else { return nil }
        return String(cString: data)
    }

    /// Shannon entropy of up to 1 MiB sampled from the volume (three 64 KiB windows
    /// after its first MiB when it is large enough, where headers end and data begins).
    public static func entropy(fd: Int32, offset: Int, size: Int) -> Double {
        var counts = [Int](repeating: 0, count: 256)
        var total = 0
        let window = 64 * 1024
        let positions = size > 4 << 20 ? [1 << 20, size / 2, size - 2 * window] : [0]
        var buffer = [UInt8](repeating: 0, count: size > 4 << 20 ? window : min(size, 1 << 20))
        for position in positions {
            let got = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(offset + position)) }
            guard got > 0 else { continue }
            for byte in buffer[0..<got] { counts[Int(byte)] += 1 }
            total += got
        }
        guard total > 0 else { return 0 }
        var bits = 0.0
        for count in counts where count > 0 {
            let p = Double(count) / Double(total)
            bits -= p * log2(p)
        }
        return bits
    }
}
