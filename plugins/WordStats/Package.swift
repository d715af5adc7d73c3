// swift-tools-version: 6.2
// A compiled-in Sluice stage: `word_stats`, built into its own sluice-compatible executable, `sluice-wordstats`.
// Build and run: `swift run sluice-wordstats run pipeline.yaml` here.
import PackageDescription

let package = Package(
    name: "WordStats",
    products: [
        .executable(name: "sluice-wordstats", targets: ["WordStatsSluice"]),
        .library(name: "WordStats", targets: ["WordStats"]),
    ],
    dependencies: [
        // Sluice itself; a path here, `.package(url: …, from: …)` in your own package.
        .package(name: "sluice", path: "../.."),
    ],
    targets: [
        // The stage: depends on the core only. Prefix target names: they must be unique across the package graph.
        .target(name: "WordStats", dependencies: [.product(name: "SluiceCore", package: "sluice")]),
        // The executable: the standard command line plus this package's stages.
        .executableTarget(name: "WordStatsSluice", dependencies: ["WordStats", .product(name: "SluiceCLI", package: "sluice")]),
        .testTarget(name: "WordStatsTests", dependencies: ["WordStats", .product(name: "SluiceCore", package: "sluice")]),
    ]
)
