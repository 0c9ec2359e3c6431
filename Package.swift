// swift-tools-version:6.0
//
// Stickler: a data-protection compliance scanner for storage devices.
// Dependencies point down: executables -> SticklerScan -> feature targets -> SticklerCore.
// Each C library enters through exactly one Swift target (see ../shared/STYLE.md).
import PackageDescription

let swift5: [SwiftSetting] = [.swiftLanguageMode(.v5)]

let package = Package(
    name: "Stickler",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "stickler", targets: ["SticklerCLI"]),
        .executable(name: "sticklerd", targets: ["SticklerDaemon"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // C libraries, through pkg-config with their Debian providers.
        .systemLibrary(name: "CVectorscan", pkgConfig: "libhs", providers: [.apt(["libvectorscan-dev"])]),
        .systemLibrary(name: "COpenSSL", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CBlkid", pkgConfig: "blkid", providers: [.apt(["libblkid-dev"])]),
        .systemLibrary(name: "CUdev", pkgConfig: "libudev", providers: [.apt(["libudev-dev"])]),
        .systemLibrary(name: "CArchive", pkgConfig: "libarchive", providers: [.apt(["libarchive-dev"])]),
        .systemLibrary(name: "CPoppler", pkgConfig: "poppler-glib", providers: [.apt(["libpoppler-glib-dev"])]),
        // SQLite databases found on a drive are read through Debian's libsqlite3 (the audit
        // trail's SQLite, through GRDB, is the same library).
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        // No library: the compiler's SSE2 intrinsics, for phase one's word pass.
        .systemLibrary(name: "CSIMD"),

        // Wrappers: the only importers of their C module.
        .target(name: "Vectorscan", dependencies: ["CVectorscan"], swiftSettings: swift5),
        .target(name: "SticklerCrypto", dependencies: ["COpenSSL"], swiftSettings: swift5),

        // Pure values.
        .target(name: "SticklerCore", swiftSettings: swift5),

        // Features.
        .target(
            name: "SticklerDetection",
            dependencies: ["SticklerCore", "SticklerCrypto", "Vectorscan", "CSIMD", .product(name: "Yams", package: "Yams")],
            swiftSettings: swift5),
        .target(name: "SticklerExtraction", dependencies: ["SticklerCore", "CArchive", "CPoppler", "CSQLite"], swiftSettings: swift5),
        .target(name: "SticklerReport", dependencies: ["SticklerCore"], swiftSettings: swift5),
        .target(name: "SticklerMalware", dependencies: ["SticklerCore", "SticklerCrypto"], swiftSettings: swift5),
        // The only writer to a scanned device, on explicit request: move files off, wipe free space.
        .target(name: "SticklerRemediation", dependencies: ["SticklerCrypto"], swiftSettings: swift5),
        // The audit trail: SQLite through GRDB (its SQLite from Debian's libsqlite3-dev), HMAC-chained rows.
        .target(
            name: "SticklerAudit",
            dependencies: ["SticklerCore", "SticklerCrypto", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swift5),
        // Governors' and technicians' reports over the audit store: one writer file per format.
        .target(name: "SticklerAuditReport", dependencies: ["SticklerCore", "SticklerAudit"], swiftSettings: swift5),
        // Block devices: libblkid probe, libudev events, private read-only mounts, hold/release.
        .target(name: "SticklerDevices", dependencies: ["SticklerCore", "CBlkid", "CUdev"], swiftSettings: swift5),
        // Pure: device facts + scan summary -> verdict with reasons.
        .target(
            name: "SticklerPolicy",
            dependencies: ["SticklerCore", .product(name: "Yams", package: "Yams")],
            swiftSettings: swift5),

        // The composer.
        .target(
            name: "SticklerScan",
            dependencies: ["SticklerCore", "SticklerDetection", "SticklerExtraction", "SticklerCrypto", "SticklerDevices"],
            swiftSettings: swift5),

        // Synthetic data for tests, the demo and the benchmark. Never real personal data.
        .target(name: "SticklerTesting", dependencies: ["SticklerCore", "SticklerDetection", "CSQLite"], swiftSettings: swift5),

        // Glue.
        .executableTarget(
            name: "SticklerCLI",
            dependencies: [
                "SticklerCore", "SticklerDetection", "SticklerScan", "SticklerReport", "SticklerTesting", "SticklerMalware",
                "SticklerCrypto", "SticklerAudit", "SticklerAuditReport", "SticklerDevices", "SticklerPolicy", "SticklerRemediation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swift5),
        .executableTarget(
            name: "SticklerDaemon",
            dependencies: [
                "SticklerCore", "SticklerDevices", "SticklerPolicy", "SticklerCrypto", "SticklerAudit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swift5),

        .testTarget(name: "VectorscanTests", dependencies: ["Vectorscan"], swiftSettings: swift5),
        .testTarget(name: "SticklerCryptoTests", dependencies: ["SticklerCrypto"], swiftSettings: swift5),
        .testTarget(
            name: "SticklerDetectionTests",
            dependencies: ["SticklerDetection", "SticklerTesting", "SticklerCrypto"],
            swiftSettings: swift5),
        .testTarget(
            name: "SticklerScanTests",
            dependencies: ["SticklerScan", "SticklerTesting", "SticklerExtraction"],
            swiftSettings: swift5),
        .testTarget(
            name: "SticklerMalwareTests",
            dependencies: ["SticklerMalware", "SticklerScan", "SticklerTesting"],
            swiftSettings: swift5),
        .testTarget(
            name: "SticklerAuditTests",
            dependencies: ["SticklerAudit", "SticklerAuditReport", "SticklerTesting", "SticklerScan", "SticklerCrypto",
                           .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swift5),
        .testTarget(
            name: "SticklerExtractionTests",
            dependencies: ["SticklerExtraction", "SticklerScan", "SticklerTesting", "SticklerDetection", "SticklerCore", "CSQLite"],
            swiftSettings: swift5),
        .testTarget(
            name: "SticklerCLITests",
            dependencies: ["SticklerTesting", "SticklerCLI", "SticklerDevices", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swift5),
        .testTarget(name: "SticklerDevicesTests", dependencies: ["SticklerDevices", "SticklerTesting"], swiftSettings: swift5),
        .testTarget(name: "SticklerPolicyTests", dependencies: ["SticklerPolicy", "SticklerTesting"], swiftSettings: swift5),
        .testTarget(
            name: "IntegrationTests",
            dependencies: ["SticklerDevices", "SticklerTesting", "SticklerCLI", "SticklerDaemon", "SticklerAudit"],
            swiftSettings: swift5),
    ]
)
