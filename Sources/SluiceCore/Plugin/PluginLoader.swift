import Synchronization
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// One plugin that was loaded and registered.
public struct LoadedPlugin: Sendable, Hashable {
    /// The plugin's own name (from its registration).
    public var name: String
    /// The shared library.
    public var path: String
    /// The stage names it added.
    public var stages: [String]
}

/// Loads run-time plugins (shared libraries) and registers their stages.
///
/// Steps, each with its own error naming the plugin: find the file (``PluginLocator``), `dlopen` it, check its
/// ABI fingerprint (``PluginABI``) *before* calling anything else in it, check that this host shares the core
/// library with plugins, take its ``PluginRegistration`` and register its stages — all or none, and never over
/// an existing name. Libraries are never closed (`dlclose` would unmap Swift metadata the runtime still uses);
/// each file is opened once per process.
public final class PluginLoader: Sendable {
    /// The process-wide loader.
    public static let shared = PluginLoader()

    private let opened = Mutex<[String: Result<PluginRegistration, PluginLoadError>]>([:])

    /// Creates a loader (normally use ``shared``).
    public init() {}

    /// Finds, opens, checks and registers the plugin named by `entry` into `registry`.
    public func load(_ entry: String, locator: PluginLocator, into registry: StageRegistry) throws(PluginLoadError) -> LoadedPlugin {
        let path = try locator.locate(entry).get()
        let registration = try open(entry, path: path)
        return try Self.register(registration, entry: entry, path: path, into: registry)
    }

    /// Registers a plugin's stages: all of them, or none if any name is taken.
    public static func register(
        _ registration: PluginRegistration, entry: String, path: String, into registry: StageRegistry
    ) throws(PluginLoadError) -> LoadedPlugin {
        let loaded = LoadedPlugin(name: registration.name, path: path, stages: registration.stages.map(\.name))
        guard registry.markPluginRegistered(path) else { return loaded }  // this registry already has it
        var seen: Set<String> = []
        for factory in registration.stages {
            if !seen.insert(factory.name).inserted {
                registry.unmarkPlugin(path)
                throw PluginLoadError(plugin: entry, path: path, reason: "it registers the stage name \"\(factory.name)\" twice")
            }
            if let existing = registry.factory(named: factory.name) {
                registry.unmarkPlugin(path)
                let owner = existing.description.module.isEmpty ? "" : " by \(existing.description.module)"
                throw PluginLoadError(
                    plugin: entry, path: path,
                    reason: "it registers the stage \"\(factory.name)\", which is already registered\(owner); stage names must be unique (rename one of them)")
            }
        }
        for var factory in registration.stages {
            if factory.description.module.isEmpty { factory.description.module = registration.name }
            do {
                try registry.register(factory)
            } catch {
                throw PluginLoadError(plugin: entry, path: path, reason: error.message)
            }
        }
        return loaded
    }

    /// Opens the library once per process and checks it; later calls return the first outcome.
    private func open(_ entry: String, path: String) throws(PluginLoadError) -> PluginRegistration {
        let key = Self.realPath(path)
        let result = opened.withLock { table in
            if let done = table[key] { return done }
            let outcome = Self.openChecked(entry, path: path)
            table[key] = outcome
            return outcome
        }
        switch result {
        case .success(let registration): return registration
        case .failure(var error):
            error.plugin = entry
            throw error
        }
    }

    private static func openChecked(_ entry: String, path: String) -> Result<PluginRegistration, PluginLoadError> {
        func failure(_ reason: String) -> Result<PluginRegistration, PluginLoadError> {
            .failure(PluginLoadError(plugin: entry, path: path, reason: reason))
        }
        guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
            return failure("cannot load the library: \(lastDLError())")
        }
        // Never dlclose(handle): see the type's documentation.
        guard let abiSymbol = dlsym(handle, "sluice_plugin_abi") else {
            return failure("not a Sluice plugin: it exports no sluice_plugin_abi function (see docs/writing-stages.md)")
        }
        typealias ABIFunction = @convention(c) (UnsafeMutablePointer<CChar>, Int) -> Int
        let abi = unsafeBitCast(abiSymbol, to: ABIFunction.self)
        var buffer = [CChar](repeating: 0, count: 512)
        let length = buffer.withUnsafeMutableBufferPointer { abi($0.baseAddress!, $0.count) }
        let theirs = String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let ours = PluginABI.fingerprint
        guard length == theirs.utf8.count, theirs == ours else {
            return failure("built against a different Sluice core (plugin ABI \"\(theirs)\", this sluice \"\(ours)\"); "
                + "rebuild the plugin from clean (`swift package clean && swift build`) against this Sluice revision, with the same toolchain and configuration")
        }
        guard PluginHost.sharesCoreLibrary else {
            return failure("this sluice executable has the core linked in statically, so plugin types would not be "
                + "its own; run the pipeline with `sluice-host` (built by `swift build`, see docs/writing-stages.md)")
        }
        guard let registerSymbol = dlsym(handle, "sluice_plugin_register") else {
            return failure("it exports no sluice_plugin_register function")
        }
        typealias RegisterFunction = @convention(c) () -> UnsafeMutableRawPointer?
        guard let raw = unsafeBitCast(registerSymbol, to: RegisterFunction.self)() else {
            return failure("sluice_plugin_register returned nothing")
        }
        let object = Unmanaged<AnyObject>.fromOpaque(raw).takeRetainedValue()
        guard let registration = object as? PluginRegistration else {
            return failure("its registration is not a PluginRegistration of this core (link the SluiceKit product, not SluiceCore)")
        }
        return .success(registration)
    }

    private static func lastDLError() -> String {
        dlerror().map { String(cString: $0) } ?? "unknown error"
    }

    private static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
