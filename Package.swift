// swift-tools-version: 6.2
// Sluice: a text-processing pipeline framework. See README.md and docs/.
import PackageDescription

/// Settings shared by every Swift target (Swift 6 language mode is the default at tools 6.2).
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// The standard stage modules. Each depends only on `SluiceCore` (the core never imports them).
let stageModules: [(name: String, extra: [Target.Dependency])] = [
    ("SluiceDecode", ["CLibXML2"]),
    ("SluiceBoilerplate", []),
    ("SluiceSentences", []),
    ("SluiceEntities", []),
    ("SluiceDedup", ["CSluiceMinHash"]),
    ("SluiceExport", ["CSluiceZlib", "CSluiceZstd", .product(name: "GRDB", package: "GRDB.swift")]),
    ("SluiceExternal", []),
]

var targets: [Target] = [
    .systemLibrary(name: "CSluiceZlib", path: "Sources/CSluiceZlib"),
    .systemLibrary(name: "CSluiceZstd", path: "Sources/CSluiceZstd", providers: [.apt(["libzstd-dev"])]),
    // The MinHash inner loop, built for AVX-512, AVX2 and baseline x86-64 and chosen at load time.
    .target(name: "CSluiceMinHash", path: "Sources/CSluiceMinHash"),
    // Allocator settings for long runs (see RunCommand).
    .target(name: "CSluiceRuntime", path: "Sources/CSluiceRuntime"),
    .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    .target(
        name: "SluiceCore",
        dependencies: [
            "CSluiceZlib",
            .product(name: "Yams", package: "Yams"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "OrderedCollections", package: "swift-collections"),
        ],
        swiftSettings: swiftSettings
    ),
    .target(
        name: "SluiceStandard",
        dependencies: ["SluiceCore"] + stageModules.map { .target(name: $0.name) },
        swiftSettings: swiftSettings
    ),
    .target(
        name: "SluiceCLI",
        dependencies: [
            "SluiceCore", "SluiceStandard", "SluiceEntities", "CSluiceRuntime",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "OrderedCollections", package: "swift-collections"),
            .product(name: "Logging", package: "swift-log"),
        ],
        swiftSettings: swiftSettings
    ),
    .executableTarget(name: "sluice", dependencies: ["SluiceCLI"], swiftSettings: swiftSettings),
    // The plugin-capable host: links nothing, loads libSluiceKit.so at run time (see docs/writing-stages.md).
    .executableTarget(name: "SluiceHost", swiftSettings: swiftSettings),
    .testTarget(
        name: "SluiceCoreTests",
        dependencies: ["SluiceCore", .product(name: "OrderedCollections", package: "swift-collections")],
        swiftSettings: swiftSettings),
    .testTarget(
        name: "SluiceCLITests",
        dependencies: [
            "SluiceCLI", "SluiceCore", "SluiceStandard",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ],
        swiftSettings: swiftSettings
    ),
]
for module in stageModules {
    let testExtras: [Target.Dependency] = module.name == "SluiceExport"
        ? ["CSluiceZlib", "CSluiceZstd", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "OrderedCollections", package: "swift-collections")]
        : []
    targets.append(.testTarget(
        name: module.name + "Tests", dependencies: [.target(name: module.name), "SluiceCore"] + testExtras,
        exclude: module.name == "SluiceDecode" ? ["Fixtures"] : [], swiftSettings: swiftSettings))
    targets.append(.target(
        name: module.name,
        dependencies: [
            "SluiceCore",
            .product(name: "OrderedCollections", package: "swift-collections"),
            .product(name: "Logging", package: "swift-log"),
        ] + module.extra,
        swiftSettings: swiftSettings))
}

let allLibraryTargets = ["SluiceCore"] + stageModules.map(\.name) + ["SluiceStandard", "SluiceCLI"]

let package = Package(
    name: "sluice",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "sluice", targets: ["sluice"]),
        .executable(name: "sluice-host", targets: ["SluiceHost"]),
        .library(name: "SluiceCore", targets: ["SluiceCore"]),
        .library(name: "SluiceStandard", targets: ["SluiceStandard"]),
        .library(name: "SluiceCLI", targets: ["SluiceCLI"]),
        // One shared library holding the core and every standard stage: what run-time plugins link against,
        // so host and plugin share one copy of the core's types (see docs/writing-stages.md).
        .library(name: "SluiceKit", type: .dynamic, targets: allLibraryTargets),
    ] + stageModules.map { .library(name: $0.name, targets: [$0.name]) },
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: targets
)
