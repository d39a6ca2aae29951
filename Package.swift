// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "ctg",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ctg", targets: ["ctg"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/leaf.git", from: "4.5.2"),
        .package(url: "https://github.com/yaslab/CSV.swift.git", from: "2.5.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", exact: "0.9.20"),
        .package(url: "https://github.com/CoreOffice/XMLCoder.git", exact: "0.18.2"),
        .package(url: "https://github.com/JohnSundell/Ink.git", exact: "0.6.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
    ],
    targets: [
        // Pure domain logic: no Vapor, no Fluent, so it is tested in milliseconds.
        .target(name: "CTGCore"),
        // XLSX files (Office Open XML) to and from CTGCore's `SheetTable`: its own target, so that
        // CTGCore keeps no third-party dependency and only the spreadsheet code links the ZIP and XML libraries.
        .target(
            name: "Workbook",
            dependencies: [
                "CTGCore",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "XMLCoder", package: "XMLCoder"),
            ]
        ),
        .target(
            name: "App",
            dependencies: [
                "CTGCore",
                "Workbook",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Leaf", package: "leaf"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Ink", package: "Ink"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Metrics", package: "swift-metrics"),
            ]
        ),
        .executableTarget(name: "ctg", dependencies: ["App"]),
        // bench/reader: the document reader timed in process, with CTGCore alone (a short release build).
        .executableTarget(name: "reader-bench", dependencies: ["CTGCore"], path: "bench/ReaderBench"),
        .testTarget(
            name: "CTGCoreTests",
            dependencies: ["CTGCore", "Workbook", .product(name: "PropertyBased", package: "swift-property-based"),
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "AppTests",
            dependencies: [
                "App",
                .product(name: "VaporTesting", package: "vapor"),
            ]
        ),
    ]
)
