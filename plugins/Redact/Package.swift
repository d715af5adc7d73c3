// swift-tools-version: 6.2
// A run-time Sluice plugin: the `redact` stage as a shared library that `sluice-host` loads with dlopen.
// Build: `swift build` here (the same configuration as sluice-host: debug with debug, release with release).
import PackageDescription

let package = Package(
    name: "Redact",
    products: [
        // `.dynamic`: the plugin is a shared library, libRedact.so.
        .library(name: "Redact", type: .dynamic, targets: ["Redact"]),
        // The same stage compiled into an executable (over the shared core): for benchmarks/plugins/run.sh.
        .executable(name: "sluice-redact", targets: ["RedactSluice"]),
    ],
    dependencies: [
        // Sluice itself; a path here, `.package(url: …, from: …)` in your own plugin.
        .package(name: "sluice", path: "../.."),
    ],
    targets: [
        // Link SluiceKit (the dynamic core), never SluiceCore: host and plugin must share one copy of the core.
        .target(name: "Redact", dependencies: [.product(name: "SluiceKit", package: "sluice")]),
        .executableTarget(name: "RedactSluice", dependencies: ["Redact", .product(name: "SluiceKit", package: "sluice")]),
        .testTarget(name: "RedactTests", dependencies: ["Redact", .product(name: "SluiceKit", package: "sluice")]),
    ]
)
