// swift-tools-version: 6.2
// libFuzzer harnesses for Sluice's parsers and text stages. Build and run with `fuzz/run.sh NAME SECONDS`
// (see docs/reliability.md); this package is separate so the main build never carries sanitizer flags.
import PackageDescription

let package = Package(
    name: "sluice-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "sluice", path: "..")],
    targets: [
        .executableTarget(
            name: "sluice-fuzz",
            dependencies: [
                .product(name: "SluiceCore", package: "sluice"),
                .product(name: "SluiceStandard", package: "sluice"),
                .product(name: "SluiceDedup", package: "sluice"),
            ],
            path: "Harnesses"
        )
    ]
)
