import SluiceCore

// The two C entry points every Sluice plugin exports (see docs/writing-stages.md).

/// Writes the ABI fingerprint this plugin was compiled with; the host checks it before anything else.
@c(sluice_plugin_abi)
public func sluicePluginABI(_ buffer: UnsafeMutablePointer<CChar>, _ capacity: Int) -> Int {
    PluginABI.write(into: buffer, capacity: capacity)
}

/// Hands the plugin's stages to the host.
@c(sluice_plugin_register)
public func sluicePluginRegister() -> UnsafeMutableRawPointer {
    PluginRegistration(name: "Redact", stages: [RedactStage.factory]).retainedPointer()
}
