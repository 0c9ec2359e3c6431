import Foundation
import SticklerCore
import SticklerDevices
import SticklerPolicy

/// The glue: device events -> hold -> check -> policy -> record, notify, release.
/// All state lives on one serial queue; checks run on their own threads.
final class Daemon: @unchecked Sendable {
    struct Settings {
        var runtimeDirectory: URL
        var stateDirectory: URL
        var policy: Policy
        var worker: ScanWorker.Settings
        var notifier: Notifier
        var udevadm: String? = "/usr/bin/udevadm"
    }

    let settings: Settings
    let events: DeviceEvents
    let recorder: VerdictRecorder
    let stager: Stager
    let verdictFiles: VerdictFiles
    let systemDisks = SystemDisks.current()
    let queue = DispatchQueue(label: "stickler.daemon")
    var devices: [String: DeviceStatus] = [:]
    var checks: [String: DeviceCheck] = [:]
    var lastEvents: [String: DeviceEvent] = [:]
    /// Per device, the number of its latest event: a probe's answer for an older one is dropped.
    var eventSerials: [String: Int] = [:]
    /// Where devices are read (libblkid) before an event is decided: never `queue`, so that a
    /// failing stick's retries do not hold up other devices' events and removals.
    let probeQueue = DispatchQueue(label: "stickler.daemon.probe", attributes: .concurrent)

    init(settings: Settings, events: DeviceEvents, recorder: VerdictRecorder) throws {
        self.settings = settings
        self.events = events
        self.recorder = recorder
        stager = Stager(runtimeDirectory: settings.runtimeDirectory)
        verdictFiles = try VerdictFiles(runtimeDirectory: settings.runtimeDirectory)
    }

    func start() throws {
        for item in stager.cleanStale() { log("cleaned up after a previous run: \(item)") }
        try events.start { [weak self] event in
            guard let self else { return }
            self.queue.async { self.handle(event) }
        }
    }

    func stop() {
        events.stop()
        queue.sync { for check in checks.values { check.cancel("the daemon is stopping") } }
        // Let cancelled checks kill their workers and unmount (bounded wait).
        for _ in 0..<100 where !queue.sync(execute: { checks.isEmpty }) { usleep(50_000) }
    }

    func log(_ message: String) {
        print("sticklerd: \(message)")
        fflush(stdout)
    }

    // MARK: events (on `queue`)

    func handle(_ event: DeviceEvent) {
        let name = event.name
        if event.action == .remove {
            lastEvents[name] = nil
            if let check = checks[name] {
                check.cancel("the device was removed during the check")
            } else if devices[name] != nil {
                devices[name]?.state = .removed
                verdictFiles.remove(name)
            }
            return
        }
        guard let devnode = event.devnode, event.isRemovable else { return }
        if systemDisks.contains(event) {
            log("\(name): part of the running system, never touched")
            return
        }
        lastEvents[name] = event
        eventSerials[name, default: 0] += 1
        if event.filesystemType == nil, Prober.noDataPartitionTypes.contains(event.properties["ID_PART_ENTRY_TYPE"]?.lowercased() ?? "") {
            return // a Microsoft Reserved, BIOS boot or extended partition: nothing to check
        }
        // What libblkid reads now decides a disk with a partition table, and media without a
        // filesystem udev knows: read off this queue, then decided here if still the latest.
        let partitioned = event.devtype == "disk" && event.partitionTable != nil
        let medium = event.filesystemType == nil && Self.hasMedium(name)
        guard partitioned || medium else {
            decide(event, devnode: devnode, medium: medium, probed: nil)
            return
        }
        let serial = eventSerials[name]
        probeQueue.async { [self] in
            let probed = Self.probeFacts(devnode)
            queue.async { [self] in
                guard eventSerials[name] == serial else { return } // a later event superseded it
                decide(event, devnode: devnode, medium: medium, probed: probed)
            }
        }
    }

    /// What libblkid reads from a device now: its partitions (0 for an empty table, or a
    /// damaged FAT boot sector udev took for one) and whether any signature is there at all
    /// (an event from before the medium was readable, a loop device's `add` before its
    /// backing file, says "no filesystem" about a device that has one). Nil when unreadable.
    /// The probe itself is handed to the check it starts, which then does not read the
    /// device again.
    struct ProbedFacts {
        var partitions: Int
        var signature: Bool
        var probe: ProbeResult
    }

    static func probeFacts(_ devnode: String) -> ProbedFacts? {
        guard let probe = try? Prober.probe(path: devnode) else { return nil }
        // (Partitions that never hold files, a lone Microsoft Reserved one, do not count: a
        // disk with no other is checked as a whole, not held waiting for one.)
        let data = probe.volumes.filter { $0.partition != nil && !Prober.noDataPartitionTypes.contains($0.partitionType?.lowercased() ?? "") }
        return ProbedFacts(partitions: data.count,
                           signature: probe.partitionTable != nil || probe.volumes.contains { $0.filesystem != nil || $0.usage != nil },
                           probe: probe)
    }

    /// `medium`: whether the device read as holding media when its event arrived (asked only
    /// where udev named no filesystem).
    func decide(_ event: DeviceEvent, devnode: String, medium: Bool, probed: ProbedFacts?) {
        let name = event.name
        // A disk with partitions is checked partition by partition, even when a stale
        // signature makes udev name a filesystem for the whole disk too (a stick once written
        // with a Linux ISO and repartitioned since; a hybrid ISO).
        let partitions = event.devtype == "disk" && event.partitionTable != nil ? probed?.partitions : nil
        if event.filesystemType != nil, let partitions, partitions > 0 {
            if devices[name]?.state != .partitioned { holdPartitioned(event, devnode: devnode) }
            return
        }
        guard let fsType = event.filesystemType else {
            if event.devtype == "disk", event.partitionTable != nil, partitions != 0 {
                if devices[name]?.state != .partitioned { holdPartitioned(event, devnode: devnode) }
            } else if medium, partitions != nil || !(probed?.signature ?? false) {
                // (An empty partition table, too: there is no partition to wait for.)
                // Media with no filesystem udev knows: random bytes (a VeraCrypt volume), a
                // zeroed or damaged boot sector. Held and probed like any other: the policy
                // decides (unknown encryption, or nothing that could be checked).
                let signature = Self.signature(event, fsType: "none")
                // A repeat (our own hold's change event) is ignored; a medium that was another
                // before (a card swapped during its check) supersedes that check.
                if let known = devices[name], known.signature == signature, known.state != .removed { return }
                startCheck(event, devnode: devnode, fsType: DeviceCheck.noFilesystem, signature: signature, probe: probed?.probe)
            } else if let check = checks[name] {
                check.cancel("the filesystem disappeared during the check (medium removed)")
            } else if let status = devices[name], status.state != .removed {
                devices[name]?.state = .removed
                verdictFiles.remove(name)
                if status.held { try? Hold.setReadOnly(devnode, false) }
            }
            return
        }
        let signature = Self.signature(event, fsType: fsType)
        if let known = devices[name], known.signature == signature, known.state != .removed {
            return // a repeat, or the change event of our own trigger
        }
        if event.action == .coldplug {
            let saved = verdictFiles.read(name)
            if saved["STICKLER_RELEASED"] == "1", saved["STICKLER_FS_UUID"] == event.properties["ID_FS_UUID"],
               let verdict = saved["STICKLER_VERDICT"].flatMap(Verdict.init(rawValue:)) {
                var status = makeStatus(event, devnode: devnode, signature: signature)
                status.state = .decided
                status.held = false
                status.readOnly = false
                status.verdict = verdict
                status.reasons = ["released before the daemon restarted"]
                devices[name] = status
                if let parent = status.parent { updateParent(parent) } // the disk, held by its own coldplug
                return
            }
        }
        startCheck(event, devnode: devnode, fsType: fsType, signature: signature)
    }

    func rescan(_ name: String) -> Bool {
        guard let event = lastEvents[name], let devnode = event.devnode, let fsType = event.filesystemType, checks[name] == nil else {
            return false
        }
        startCheck(event, devnode: devnode, fsType: fsType, signature: Self.signature(event, fsType: fsType))
        return true
    }


    /// Whether the block device holds media (a card reader without its card, or a stick
    /// being pulled out, reads 0 sectors).
    static func hasMedium(_ name: String) -> Bool {
        guard let text = try? String(contentsOfFile: "/sys/class/block/\(name)/size", encoding: .utf8),
              let sectors = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) else { return false }
        return sectors > 0
    }

    static func signature(_ event: DeviceEvent, fsType: String) -> String {
        [fsType, event.properties["ID_FS_UUID"] ?? "", event.properties["ID_FS_VERSION"] ?? "",
         event.properties["ID_PART_ENTRY_OFFSET"] ?? ""].joined(separator: "|")
    }

    func makeStatus(_ event: DeviceEvent, devnode: String, signature: String) -> DeviceStatus {
        let p = event.properties
        let identity = DeviceIdentity(vendor: p["ID_VENDOR"], model: p["ID_MODEL"], serial: p["ID_SERIAL_SHORT"] ?? p["ID_SERIAL"],
                                      bus: p["ID_BUS"], sizeBytes: nil, volumeUUIDs: [p["ID_FS_UUID"]].compactMap { $0 },
                                      labels: [p["ID_FS_LABEL"]].compactMap { $0 })
        return DeviceStatus(id: event.name, devnode: devnode, parent: event.parent, state: .checking, held: true, readOnly: false,
                            filesystem: event.filesystemType, label: p["ID_FS_LABEL"], uuid: p["ID_FS_UUID"], encryption: nil,
                            identity: identity, signature: signature)
    }

    func hold(_ status: inout DeviceStatus) {
        do {
            try Hold.setReadOnly(status.devnode, true)
            status.readOnly = true
        } catch {
            log("\(status.id): could not set read-only: \(error)")
        }
        status.held = true
        verdictFiles.write(status.id, verdict: nil, released: false, uuid: status.uuid)
    }

    func holdPartitioned(_ event: DeviceEvent, devnode: String) {
        var status = makeStatus(event, devnode: devnode, signature: "table|\(event.partitionTable ?? "")")
        status.state = .partitioned
        status.reasons = ["partition table \(event.partitionTable ?? "?"): each partition is checked on its own"]
        hold(&status)
        devices[event.name] = status
        log("\(event.name): held (partition table \(event.partitionTable ?? "?"))")
        updateParent(event.name) // partitions decided before the disk's event was (its probe ran off the queue)
    }

    /// `probe`: libblkid's reading of the device for this event, if the daemon made one.
    func startCheck(_ event: DeviceEvent, devnode: String, fsType: String, signature: String, probe: ProbeResult? = nil) {
        // Never switch a filesystem that is mounted outside the staging area to read-only
        // under its user (e.g. a released stick reformatted while mounted): leave it be.
        if Hold.isClaimed(devnode) {
            log("\(event.name): in use (mounted or claimed by another driver); not held or checked while in use")
            return
        }
        checks[event.name]?.cancel("superseded by a new event")
        var status = makeStatus(event, devnode: devnode, signature: signature)
        hold(&status)
        devices[event.name] = status
        log("\(event.name): held, checking \(fsType) volume")
        let check = DeviceCheck(devnode: devnode, name: event.name, fsType: fsType, probe: probe, stager: stager,
                                worker: ScanWorker(settings: settings.worker))
        checks[event.name] = check
        let thread = Thread { [self] in
            let outcome = check.run()
            queue.async { self.finish(event.name, check: check, outcome: outcome) }
        }
        thread.name = "stickler-check-\(event.name)"
        thread.start()
    }

    // MARK: decisions (on `queue`)

    func finish(_ name: String, check: DeviceCheck, outcome: DeviceCheck.Outcome) {
        guard checks[name]?.id == check.id, var status = devices[name] else { return }
        checks[name] = nil
        let removed = outcome.incomplete != nil && check.cancelReason != nil && check.cancelReason != "superseded by a new event"
        status.encryption = outcome.probe?.encryption.rawValue
        status.identity.encryption = status.encryption
        status.identity.sizeBytes = outcome.probe?.size
        status.mountMethod = outcome.mount?.method
        let summary = outcome.worker?.summary
        status.summary = summary
        let root = outcome.mount?.mountPoint ?? ""
        var files: [FileResult] = []
        var recoverable = 0
        for var file in outcome.worker?.files ?? [] where file.findings > 0 || file.malware != nil {
            if file.path.hasPrefix(root + "/") { file.path = String(file.path.dropFirst(root.count + 1)) }
            // A recovered deleted file: "deleted/<its path>".
            if file.path.hasPrefix(ScanWorker.deletedDescriptor + "!") {
                file.path = String(file.path.dropFirst(ScanWorker.deletedDescriptor.count + 1))
                if file.findings > 0 { recoverable += 1 }
            }
            files.append(file)
            if file.findings > 0 { status.filesWithFindings[file.path] = file.findings }
        }
        let input = PolicyInput(device: status.identity, volumeEncryption: outcome.encryption.isEmpty ? ["none"] : outcome.encryption,
                                summary: summary, incompleteReason: outcome.incomplete,
                                malware: outcome.worker?.malware ?? .notChecked, recoverableDeletedFiles: recoverable)
        let decision = settings.policy.decide(input)
        status.verdict = decision.verdict
        status.recorded = decision.recorded
        status.situation = decision.situation.rawValue
        status.reasons = decision.reasons
        status.decidedAt = ISO8601DateFormatter().string(from: Date())
        status.state = removed ? .removed : .decided
        status.held = !decision.releases

        do {
            try recorder.record(VerdictRecord(source: "daemon", device: status.identity, roots: [status.devnode], verdict: decision.recorded,
                                              reasons: decision.reasons, ruleVersions: [settings.policy.versionString],
                                              host: ProcessInfo.processInfo.hostName, summary: summary ?? ScanSummary(), files: files,
                                              findings: outcome.worker?.findings ?? []))
        } catch {
            log("\(name): could not record the verdict: \(error)")
        }
        log("\(name): \(decision.recorded.rawValue) -> \(decision.verdict.rawValue) (\(decision.situation.rawValue)); "
            + "\(summary?.findings ?? 0) finding(s) in \(files.count) file(s); \(decision.reasons.first ?? "")")

        if removed {
            verdictFiles.remove(name)
            devices[name] = status
            return
        }
        if decision.releases && decision.verdict != .readOnly {
            do {
                try Hold.setReadOnly(status.devnode, false)
                status.readOnly = false
            } catch {
                log("\(name): could not clear read-only: \(error)")
            }
        }
        devices[name] = status
        verdictFiles.write(name, verdict: decision.verdict, released: decision.releases, uuid: status.uuid)
        trigger(status.devnode)
        settings.notifier.notify(status, decision)
        if let parent = status.parent { updateParent(parent) }
    }

    /// A partitioned disk takes its partitions' strongest verdict and is released only when all are.
    func updateParent(_ parent: String) {
        guard var disk = devices[parent], disk.state == .partitioned else { return }
        let children = devices.values.filter { $0.parent == parent && $0.state == .decided }
        guard !children.isEmpty, !devices.values.contains(where: { $0.parent == parent && $0.state == .checking }) else { return }
        let strongest = children.compactMap(\.verdict).max() ?? .allow
        let released = children.allSatisfy { !$0.held }
        disk.verdict = strongest
        disk.recorded = children.compactMap(\.recorded).max()
        disk.held = !released
        disk.reasons = children.sorted { $0.id < $1.id }.map { "\($0.id): \($0.verdict?.rawValue ?? "?")" }
        if released, disk.readOnly {
            try? Hold.setReadOnly(disk.devnode, false)
            disk.readOnly = false
        }
        devices[parent] = disk
        verdictFiles.write(parent, verdict: strongest, released: released, uuid: nil)
        trigger(disk.devnode)
    }

    func trigger(_ devnode: String) {
        guard let udevadm = settings.udevadm, FileManager.default.isExecutableFile(atPath: udevadm) else { return }
        let result = Subprocess.run([udevadm, "trigger", "--action=change", devnode])
        if result.code != 0 { log("udevadm trigger \(devnode) failed: \(result.output.prefix(200))") }
    }

    // MARK: control requests

    func list() -> [DeviceStatus] { queue.sync { devices.values.sorted { $0.id < $1.id } } }
    func show(_ name: String) -> DeviceStatus? { queue.sync { devices[name] } }
    func requestRescan(_ name: String) -> Bool { queue.sync { rescan(name) } }
}
