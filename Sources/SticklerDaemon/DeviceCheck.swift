import Foundation
import SticklerCore
import SticklerDevices

/// One check of one volume, run off the daemon's queue: probe, stage, scan in the
/// worker, unstage. Cancellable at any point (removal, shutdown).
final class DeviceCheck: @unchecked Sendable {
    struct Outcome {
        var probe: ProbeResult?
        var encryption: [String] = []
        var mount: StagedMount?
        var worker: WorkerResult?
        var incomplete: String?
    }

    let id = UUID()
    let devnode: String
    let name: String
    let fsType: String?
    /// The daemon's own probe of the device for the same event, if it made one.
    let probed: ProbeResult?
    let stager: Stager
    let worker: ScanWorker
    let lock = NSLock()
    var cancelled: String?

    init(devnode: String, name: String, fsType: String?, probe: ProbeResult? = nil, stager: Stager, worker: ScanWorker) {
        self.devnode = devnode
        self.name = name
        self.fsType = fsType
        self.probed = probe
        self.stager = stager
        self.worker = worker
    }

    func cancel(_ reason: String) {
        lock.lock()
        if cancelled == nil { cancelled = reason }
        lock.unlock()
        worker.kill(because: reason)
    }

    var cancelReason: String? {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }

    /// Whether every byte of a device of at most 256 MiB is 0x00 (or every one 0xFF, as
    /// flash erases); a larger one is read as not blank (too long to read in a check).
    static func isBlank(_ devnode: String, size: Int) -> Bool {
        guard size > 0, size <= 256 << 20 else { return false }
        let fd = open(devnode, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var filler: UInt8?
        var offset = 0
        while offset < size {
            let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, min($0.count, size - offset), off_t(offset)) }
            guard count > 0 else { return false }
            let first = filler ?? buffer[0]
            guard first == 0 || first == 0xFF, !buffer[0..<count].contains(where: { $0 != first }) else { return false }
            filler = first
            offset += count
        }
        return true
    }

    /// The type a check is started with for media udev found no filesystem on.
    static let noFilesystem = "unknown"

    func run() -> Outcome {
        var outcome = Outcome()
        let probe: ProbeResult
        do {
            probe = try probed ?? Prober.probe(path: devnode)
        } catch {
            outcome.incomplete = cancelReason ?? "cannot probe: \(error)"
            return outcome
        }
        outcome.probe = probe
        outcome.encryption = probe.volumes.map(\.encryption.rawValue)
        if probe.volumes.allSatisfy({ $0.encryption.isRecognised }) || probe.encryption == .unknown { return outcome }
        if let reason = cancelReason { outcome.incomplete = reason; return outcome }
        // A blank volume (a partition never formatted, an installer's zero-filled gap): nothing
        // on it, so nothing to check. Only where udev saw no filesystem either: a device that
        // claims one and reads back as zeros is not trusted to be empty.
        if fsType == Self.noFilesystem, probe.volumes.allSatisfy({ $0.filesystem == nil && $0.usage == nil }),
           Self.isBlank(devnode, size: probe.size) {
            var blank = WorkerResult()
            blank.summary = ScanSummary()
            outcome.worker = blank
            return outcome
        }
        guard let volume = probe.volumes.first, probe.volumes.count == 1, let type = volume.filesystem ?? fsType,
              volume.usage == "filesystem" else {
            outcome.incomplete = "no single filesystem to check (\(probe.volumes.count) volume(s))"
            return outcome
        }
        let mount: StagedMount
        do {
            mount = try stager.mount(devnode: devnode, fsType: type, id: name, owner: worker.settings.owner)
        } catch {
            outcome.incomplete = cancelReason ?? "cannot mount read-only: \(error)"
            return outcome
        }
        outcome.mount = mount
        // A FAT or exFAT stick's deleted files are recovered and scanned too: a class list
        // deleted after copying is still there until it is overwritten.
        let result = worker.run(root: mount.mountPoint, dropPrivileges: mount.readableByOwner,
                                deletedFrom: DeletedFiles.filesystems.contains(type) ? devnode : nil)
        let reason = cancelReason
        stager.unmount(mount.mountPoint, lazy: reason != nil)
        outcome.worker = result
        if let reason { outcome.incomplete = reason } else if let failure = result.failure { outcome.incomplete = failure }
        return outcome
    }
}
