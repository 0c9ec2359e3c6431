internal import CVectorscan
#if canImport(Glibc)
import Glibc
#endif

/// Which of the library's scan routines runs, and the platform databases are compiled for.
///
/// Debian 12's Vectorscan 5.4.9 is a "fat" build: `hs_scan` picks a routine for the CPU
/// (`avx512_hs_scan` on a machine with AVX-512). That routine misses matches depending on
/// where the text lies in memory: a person's initials found or not from one run to the next
/// as the heap's layout changed, a window's text copied to 64 offsets finding the match at
/// 41 of them (the AVX-512 tail masking bugs fixed upstream after 5.4.9). So on a machine
/// with AVX-512, databases are compiled for the same CPU without AVX-512 and scanned with
/// the library's own `avx2_hs_scan`, which finds the same matches wherever the text lies.
/// Elsewhere, `hs_scan` and the host's platform as before.
enum Runtime {
    typealias ScanFunction = @convention(c) (OpaquePointer?, UnsafePointer<CChar>?, UInt32, UInt32, OpaquePointer?,
                                             match_event_handler?, UnsafeMutableRawPointer?) -> hs_error_t

    /// On a host with AVX-512 whose library exports `avx2_hs_scan`: that routine and the
    /// host's platform without AVX-512, to compile for (one decision, so that a database is
    /// never scanned by a routine it was not compiled for). nil: `hs_scan` and the host's.
    static let avx2: (scan: ScanFunction, platform: hs_platform_info_t)? = {
        var platform = hs_platform_info_t()
        let avx512 = UInt64(HS_CPU_FEATURES_AVX512 | HS_CPU_FEATURES_AVX512VBMI)
        guard hs_populate_platform(&platform) == HS_SUCCESS, platform.cpu_features & avx512 != 0,
              platform.cpu_features & UInt64(HS_CPU_FEATURES_AVX2) != 0,
              let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "avx2_hs_scan") else { return nil } // RTLD_DEFAULT
        platform.cpu_features &= ~avx512
        return (unsafeBitCast(symbol, to: ScanFunction.self), platform)
    }()

    /// A word for the compile cache's key: databases compiled for one platform are not
    /// loaded for the other.
    static var name: String { avx2 == nil ? "host" : "avx2" }
}

/// The routine `Database.scan` calls ("avx2" or "host"), for the compile cache's key.
public var scanRoutine: String { Runtime.name }
