/// Turns a `plugins:` entry into a shared-library path.
///
/// - An entry with a `/` or ending in `.so` is a path, relative to the pipeline's folder. A folder is taken as
///   a plugin package and its build product `.build/<configuration>/lib<FolderName>.so` is used.
/// - Any other entry is a name, looked up in each search folder as `lib<Name>.so`, `<Name>.so`, and
///   `<Name>/.build/<configuration>/lib<Name>.so` (a plugin package inside the folder).
///
/// `<configuration>` is this `sluice`'s own (`debug` or `release`): plugins must be built the same way.
public struct PluginLocator: Sendable {
    /// Folders searched for plugins named without a path, in order.
    public var searchPath: [String]
    /// Folder that relative paths resolve against.
    public var baseDirectory: String

    /// Creates a locator.
    public init(searchPath: [String], baseDirectory: String) {
        self.searchPath = searchPath
        self.baseDirectory = baseDirectory
    }

    /// The library for `entry`, or an error listing every place that was tried.
    public func locate(_ entry: String) -> Result<String, PluginLoadError> {
        var tried: [String] = []
        if entry.contains("/") || entry.hasSuffix(".so") {
            let path = FilePaths.resolve(entry, against: baseDirectory)
            switch FileIO.kind(of: path) {
            case .file: return .success(path)
            case .directory:
                let product = Self.packageProduct(in: path, name: FilePaths.fileName(of: path))
                if FileIO.kind(of: product) == .file { return .success(product) }
                tried.append(product)
            default:
                tried.append(path)
            }
        } else {
            for folder in searchPath {
                let candidates = [
                    FilePaths.join(folder, "lib\(entry).so"), FilePaths.join(folder, "\(entry).so"),
                    Self.packageProduct(in: FilePaths.join(folder, entry), name: entry),
                ]
                if let found = candidates.first(where: { FileIO.kind(of: $0) == .file }) { return .success(found) }
                tried += candidates
            }
        }
        let hint = tried.isEmpty ? " (the search path is empty: add plugin_path)" : "; looked for " + tried.joined(separator: ", ")
        return .failure(PluginLoadError(plugin: entry, reason: "no such plugin file" + hint + " (is the plugin built? `swift build` in its package)"))
    }

    /// `<package>/.build/<configuration>/lib<name>.so`.
    static func packageProduct(in package: String, name: String) -> String {
        FilePaths.join(package, ".build/\(PluginABI.configuration)/lib\(name).so")
    }
}
