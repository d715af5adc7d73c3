/// The fingerprint that decides whether a plugin can be loaded into this `sluice`.
///
/// A plugin built against a different core (other sources, compiler or build configuration) can crash the
/// host as soon as it touches a shared type, so the loader compares fingerprints before calling anything else
/// in the plugin. Every member is `@_alwaysEmitIntoClient`: the plugin carries the values it was *compiled*
/// with, not the host's.
///
/// ``coreDigest`` is a digest of the core's plugin-facing sources (`Sources/SluiceCore/Model`, `Stage` and
/// `Plugin/PluginRegistration.swift`, not the `StageConformance` test helper); a test recomputes it and fails, naming the new value, when those files
/// change — so it cannot be forgotten.
public enum PluginABI {
    /// Digest of the core's plugin-facing sources (checked by `PluginABITests`).
    @_alwaysEmitIntoClient
    public static var coreDigest: String { "3ceefadbada7d678" }

    /// The compiler that built the core.
    @_alwaysEmitIntoClient
    public static var compiler: String {
        #if compiler(>=6.5)
        "swift>=6.5"
        #elseif compiler(>=6.4)
        "swift-6.4"
        #elseif compiler(>=6.3)
        "swift-6.3"
        #else
        "swift<6.3"
        #endif
    }

    /// The build configuration (`debug` or `release`).
    @_alwaysEmitIntoClient
    public static var configuration: String {
        #if DEBUG
        "debug"
        #else
        "release"
        #endif
    }

    /// The whole fingerprint, e.g. `sluice-plugin-abi/1 core=… swift-6.3 debug`.
    @_alwaysEmitIntoClient
    public static var fingerprint: String { "sluice-plugin-abi/1 core=\(coreDigest) \(compiler) \(configuration)" }

    /// Copies ``fingerprint`` as a NUL-terminated string into `buffer`; returns its length in bytes.
    ///
    /// What a plugin's `sluice_plugin_abi` entry point calls (see ``PluginRegistration``).
    @_alwaysEmitIntoClient
    public static func write(into buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int {
        let bytes = Array(fingerprint.utf8)
        let n = min(bytes.count, max(0, capacity - 1))
        for k in 0..<n { buffer[k] = CChar(bitPattern: bytes[k]) }
        if capacity > 0 { buffer[n] = 0 }
        return bytes.count
    }
}
