/// What a plugin hands to the host: its name and its stage factories.
///
/// A plugin is a shared library that links the `SluiceKit` product and exports two C entry points:
///
/// ```swift
/// import SluiceCore
///
/// @c(sluice_plugin_abi)
/// public func sluicePluginABI(_ buffer: UnsafeMutablePointer<CChar>, _ capacity: Int) -> Int {
///     PluginABI.write(into: buffer, capacity: capacity)
/// }
///
/// @c(sluice_plugin_register)
/// public func sluicePluginRegister() -> UnsafeMutableRawPointer {
///     PluginRegistration(name: "Redact", stages: [RedactStage.factory]).retainedPointer()
/// }
/// ```
///
/// The host calls `sluice_plugin_abi` first and `sluice_plugin_register` only if the fingerprints match.
public final class PluginRegistration: Sendable {
    /// The plugin's name, used in messages and as the stages' module when they do not set one.
    public let name: String
    /// The stages the plugin adds.
    public let stages: [StageFactory]

    /// Describes a plugin.
    public init(name: String, stages: [StageFactory]) {
        self.name = name
        self.stages = stages
    }

    /// Passes a +1 reference to the host (which takes ownership with `takeRetainedValue`).
    public func retainedPointer() -> UnsafeMutableRawPointer {
        Unmanaged.passRetained(self).toOpaque()
    }
}
