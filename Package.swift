// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "CellKiosk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kiosk", targets: ["KioskApp"]),
        .executable(name: "kiosk-torture", targets: ["KioskTorture"]),
        .executable(name: "kiosk-bench", targets: ["KioskBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            path: "Sources/CNcurses"
            // No pkgConfig: Debian's ncursesw.pc adds -D flags SwiftPM refuses with a warning on
            // every build; the module map links ncursesw and `make` installs libncurses-dev.
        ),
        // The lockdown signals' state, once in the process (see its header for why it is C).
        .target(name: "CKioskSignals", linkerSettings: [.linkedLibrary("ncursesw")]),
        .systemLibrary(name: "CGumbo", path: "Sources/CGumbo"),
        // The pseudo-terminal calls Swift's Glibc module hides (posix_openpt…), for kiosk-bench.
        .systemLibrary(name: "CPty", path: "Sources/CPty"),
        // GitHub's CommonMark parser with its table extension (Debian libcmark-gfm-dev and
        // libcmark-gfm-extensions-dev); only KioskWeb imports it.
        .systemLibrary(name: "CCmarkGFM", path: "Sources/CCmarkGFM"),
        .target(name: "KioskCore"),
        .target(name: "Widgets", dependencies: ["KioskCore"]),
        .target(
            name: "KioskStore",
            dependencies: [
                "KioskCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "KioskRuntime",
            dependencies: [
                "KioskCore", "Widgets",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .target(name: "KioskWeb", dependencies: ["KioskCore", "CGumbo", "CCmarkGFM"]),
        .target(
            name: "KioskContent",
            dependencies: [
                "KioskCore", "KioskWeb",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .target(name: "ScreenScript", dependencies: ["KioskCore", "Widgets", "KioskRuntime"]),
        // The live adapters wired to the core's ports: shared by the kiosk, its torture suite
        // and its benchmarks, so all three run the same code.
        .target(name: "KioskLive", dependencies: ["KioskCore", "KioskRuntime", "KioskStore", "KioskWeb"]),
        .executableTarget(
            name: "KioskApp",
            dependencies: [
                "KioskCore", "Widgets", "KioskStore", "KioskRuntime", "KioskWeb", "KioskContent", "ScreenScript", "KioskLive", "CNcurses", "CKioskSignals",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the torture suite and the benchmarks share: the seeded generator.
        .target(name: "KioskHarness"),
        // `kiosk-torture`: hostile input and faults against the real reducer, renderer and store
        // (`make torture`, a fast subset in `make test`). Never linked into the kiosk.
        .executableTarget(
            name: "KioskTorture",
            dependencies: [
                "KioskCore", "Widgets", "KioskStore", "KioskRuntime", "KioskWeb", "KioskContent", "KioskLive", "KioskHarness",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                // Read-only checks of the database files the fault categories leave behind.
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // `kiosk-bench`: the figures of `make bench`, against peers on the same machine.
        .executableTarget(
            name: "KioskBench",
            dependencies: [
                "KioskCore", "Widgets", "KioskStore", "KioskRuntime", "KioskWeb", "KioskContent", "KioskLive", "KioskHarness", "CPty",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "KioskCoreTests", dependencies: ["KioskCore", "KioskHarness"]),
        .testTarget(name: "WidgetsTests", dependencies: ["Widgets", "KioskCore"]),
        .testTarget(name: "KioskStoreTests", dependencies: ["KioskStore", "KioskCore"]),
        .testTarget(name: "KioskRuntimeTests", dependencies: ["KioskRuntime", "KioskCore", "Widgets"]),
        .testTarget(name: "KioskWebTests", dependencies: ["KioskWeb", "KioskCore", "KioskStore", "KioskHarness"]),
        .testTarget(name: "KioskContentTests", dependencies: ["KioskContent", "KioskCore"]),
        .testTarget(name: "ScreenScriptTests", dependencies: ["ScreenScript", "KioskRuntime", "KioskStore", "KioskCore", "Widgets"]),
    ],
    swiftLanguageModes: [.v6]
)
