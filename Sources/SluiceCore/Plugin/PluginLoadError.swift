/// A plugin could not be used: missing, not a plugin, built against another core, or clashing names.
public struct PluginLoadError: Error, Sendable, CustomStringConvertible {
    /// The plugin as the pipeline named it (a path or a name).
    public var plugin: String
    /// The file that was tried, if one was found.
    public var path: String?
    /// What went wrong and what to do about it.
    public var reason: String

    /// Creates an error.
    public init(plugin: String, path: String? = nil, reason: String) {
        self.plugin = plugin
        self.path = path
        self.reason = reason
    }

    public var description: String {
        let at = path.map { $0 == plugin ? "" : " (\($0))" } ?? ""
        return "plugin \"\(plugin)\"\(at): \(reason)"
    }
}
