/// SticklerDevices: block devices as the daemon and `stickler probe` meet them.
///
/// Main types: `Prober` (libblkid: partition table, per-volume filesystem, label, UUID
/// and `Encryption`), `DeviceEvents` (a stream of `DeviceEvent`s: `UdevEvents` over a
/// real libudev monitor with coldplug enumeration, `ScriptedEvents` for unit tests),
/// `DeviceFacts` (what udev says about a device: removable? system disk?), `Stager`
/// (private read-only mounts with a FUSE fallback, verified in mountinfo), `Hold`
/// (BLKROSET read-only switch) and `DeletedFiles` (a FAT or exFAT volume's deleted files,
/// recovered read-only the way an undelete tool would).
///
/// It never scans file content (it hands recovered bytes to SticklerScan) and never decides
/// a verdict: that is SticklerScan's and SticklerPolicy's job. It never writes to a device.
public enum SticklerDevicesVersion {
    public static let string = "0.1.0"
}
