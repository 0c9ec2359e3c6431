/// SticklerRemediation: the only writer to a scanned device, and only on explicit request.
///
/// `Remediation.move(_:)` takes one file off a volume to school storage: a copy made and
/// checked (SHA-256 of what was read and of what was written back), then the original
/// overwritten in place, truncated and unlinked. `Remediation.wipeFreeSpace()` fills the
/// volume's free space with zeros and deletes the filler, so that the clusters of files
/// deleted earlier (still recoverable on FAT and exFAT) are overwritten.
///
/// It decides nothing (which files to move is the caller's scan's and policy's) and scans
/// nothing. On flash media overwriting is best effort: a stick's controller may keep old
/// blocks where no file system can reach them (wear levelling), so encrypting a stick, or
/// destroying it, is the only certain end for personal data on it.
enum SticklerRemediationModule {}
