/// SticklerScan: walk -> extract -> detect -> summarise, with bounded concurrency.
///
/// Main types: `ScanConfiguration` (what to scan and how), `Walker` (files under the
/// roots: no symlinks unless asked, special files skipped, `--one-file-system`,
/// excludes), `Scan` (the worker pool; each worker owns a `DocumentScanner`) and
/// `ScanError` (what stops a scan as a whole). The only module that composes the others.
import SticklerCore
