import OrderedCollections
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Loads and checks YAML pipeline files.
///
/// Every problem is reported with `file:line:column`, misspelled names get a "did you mean" suggestion, and all
/// problems are collected before failing. See `docs/pipeline-format.md` for the format.
public struct PipelineLoader: Sendable {
    /// Top-level keys of a pipeline file.
    public static let topLevelKeys = [
        "name", "description", "input", "output", "workers", "on_error", "rejects", "batch", "limits", "plugins", "plugin_path",
        "stages",
    ]
    /// Keys of the `input` mapping handled by the core (formats add their own).
    public static let inputKeys = ["paths", "format", "exclude", "max_record_bytes"]

    /// Stages available to pipelines.
    public var registry: StageRegistry
    /// Input formats available to pipelines.
    public var formats: InputFormatRegistry
    /// Variables for `${VAR}` substitution; `SLUICE_PLUGIN_PATH` adds plugin search folders.
    public var environment: [String: String]
    /// Loads the plugins a pipeline names (`plugins:`) into ``registry`` before its stages are resolved.
    public var plugins: PluginLoader

    /// Creates a loader.
    public init(registry: StageRegistry = .shared, formats: InputFormatRegistry = .shared, environment: [String: String]? = nil,
                plugins: PluginLoader = .shared) {
        self.registry = registry
        self.plugins = plugins
        self.formats = formats
        self.environment = environment ?? Self.processEnvironment()
    }

    /// Loads a pipeline file.
    public func load(file path: String) throws(PipelineDefinitionError) -> PipelineSpec {
        let text: String
        do {
            text = try FileIO.readText(path)
        } catch {
            throw PipelineDefinitionError([Diagnostic(SourceLocation(file: path), .error, "cannot read pipeline: \(error)")])
        }
        return try load(yaml: text, file: path, baseDirectory: FilePaths.directory(of: path))
    }

    /// Loads a pipeline from YAML text; `file` names it in messages, `baseDirectory` anchors relative paths.
    public func load(yaml: String, file: String, baseDirectory: String) throws(PipelineDefinitionError) -> PipelineSpec {
        var reader = YAMLReader(file: file, environment: environment)
        let root = reader.read(yaml)
        var checker = Checker(file: file, baseDirectory: baseDirectory, registry: registry, formats: formats)
        checker.pluginLoader = plugins
        checker.pluginSearchEnvironment = environment["SLUICE_PLUGIN_PATH"]
        checker.diagnostics = reader.diagnostics
        let spec = root.flatMap { checker.check($0) }
        let errors = checker.diagnostics.filter { $0.severity == .error }
        guard let spec, errors.isEmpty else {
            throw PipelineDefinitionError(checker.diagnostics.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) })
        }
        return spec
    }

    private static func processEnvironment() -> [String: String] {
        var env: [String: String] = [:]
        var p = environ
        while let entry = p.pointee {
            let s = String(cString: entry)
            if let eq = s.firstIndex(of: "=") { env[String(s[..<eq])] = String(s[s.index(after: eq)...]) }
            p += 1
        }
        return env
    }
}

/// Walks the YAML tree and builds a ``PipelineSpec``, collecting diagnostics.
private struct Checker {
    let file: String
    let baseDirectory: String
    let registry: StageRegistry
    let formats: InputFormatRegistry
    var diagnostics: [Diagnostic] = []
    var pluginLoader = PluginLoader.shared
    var pluginSearchEnvironment: String?
    /// Plugins named by the pipeline that could not be loaded (to explain unknown stage names).
    var failedPlugins: [String] = []

    init(file: String, baseDirectory: String, registry: StageRegistry, formats: InputFormatRegistry) {
        self.file = file
        self.baseDirectory = baseDirectory
        self.registry = registry
        self.formats = formats
    }

    mutating func error(_ at: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(at, .error, message))
    }

    mutating func check(_ root: ConfigNode) -> PipelineSpec? {
        guard case .mapping(let pairs) = root.value else {
            error(root.location, "a pipeline must be a mapping with keys such as name, input and stages")
            return nil
        }
        var fields: [String: ConfigNode] = [:]
        var keyLocations: [String: SourceLocation] = [:]
        for p in pairs {
            if !PipelineLoader.topLevelKeys.contains(p.key) {
                error(p.keyLocation, "unknown key \"\(p.key)\"" + Suggestions.hint(for: p.key, in: PipelineLoader.topLevelKeys))
                continue
            }
            fields[p.key] = p.value
            keyLocations[p.key] = p.keyLocation
        }
        let rootStart = SourceLocation(file: file, line: 1, column: 1)

        var name = FilePaths.fileName(of: file)
        if let dot = name.lastIndex(of: ".") { name = String(name[..<dot]) }
        if let n = fields["name"] { if let s = string(n) { name = s } }

        let input = checkInput(fields["input"], keyLocation: keyLocations["input"] ?? rootStart)

        var outputDirectory = baseDirectory
        if let o = fields["output"], let s = string(o) { outputDirectory = FilePaths.resolve(s, against: baseDirectory) }

        var workers: Int?
        if let w = fields["workers"] {
            if w.scalar == "auto" {
                workers = nil
            } else if let s = w.scalar, let n = Int(s), n >= 1, n <= 1024 {
                workers = n
            } else {
                error(w.location, "workers must be \"auto\" or a whole number from 1 to 1024, got \(w.scalar.map { "\"\($0)\"" } ?? w.kindDescription)")
            }
        }

        var onError = ErrorPolicy.quarantine
        if let e = fields["on_error"], let s = string(e) {
            if let p = ErrorPolicy(rawValue: s) {
                onError = p
            } else {
                let names = ErrorPolicy.allCases.map(\.rawValue)
                error(e.location, "on_error must be one of \(names.joined(separator: ", ")), got \"\(s)\"" + Suggestions.hint(for: s, in: names))
            }
        }

        var rejectsPath: String? = FilePaths.join(outputDirectory, "rejects.jsonl")
        if let r = fields["rejects"] {
            switch r.json {
            case .bool(false): rejectsPath = nil
            case .bool(true): break
            case .string(let s): rejectsPath = FilePaths.resolve(s, against: outputDirectory)
            default: error(r.location, "rejects must be a file path or false")
            }
        }

        var batchDocuments = 256
        var batchBytes = 1 << 20
        if let b = fields["batch"] {
            let values = checkMapping(b, options: [
                StageOption("documents", .int, default: 256, "documents per batch"),
                StageOption("bytes", .int, default: .int(1 << 20), "bytes per batch"),
            ], context: "batch")
            batchDocuments = max(1, values["documents"]?.intValue ?? batchDocuments)
            batchBytes = max(1024, values["bytes"]?.intValue ?? batchBytes)
        }

        // Plugins first: their stages must be registered before stage names are resolved.
        let plugins = checkPlugins(fields["plugins"], searchPath: fields["plugin_path"])
        var limits = ResourceLimits()
        if let l = fields["limits"] {
            limits = ResourceLimits(values: checkMapping(l, options: ResourceLimits.options, context: "limits"))
        }

        var stages: [StageSpec] = []
        if let s = fields["stages"] {
            stages = checkStages(s, outputDirectory: outputDirectory)
        } else {
            error(rootStart, "the pipeline has no \"stages\" list")
        }
        guard let input else { return nil }
        return PipelineSpec(
            file: file, baseDirectory: baseDirectory, name: name, input: input, outputDirectory: outputDirectory,
            workers: workers, onError: onError, rejectsPath: rejectsPath, batchDocuments: batchDocuments,
            batchBytes: batchBytes, stages: stages, plugins: plugins, limits: limits)
    }

    mutating func string(_ node: ConfigNode) -> String? {
        guard let s = node.scalar, !node.isNull else {
            error(node.location, "expected a string, got \(node.kindDescription)")
            return nil
        }
        return s
    }

    mutating func checkInput(_ node: ConfigNode?, keyLocation: SourceLocation) -> InputSpec? {
        guard let node else {
            // No input: allowed, `--input` may give it on the command line.
            return InputSpec(paths: [], pathLocations: [], format: "auto", exclude: [], options: [:], maxRecordBytes: 64 << 20)
        }
        // Shorthand: `input: corpus/` or `input: [a, b]`.
        if case .mapping = node.value {} else {
            let paths = checkPaths(node)
            return InputSpec(paths: paths.map(\.0), pathLocations: paths.map(\.1), format: "auto", exclude: [], options: [:], maxRecordBytes: 64 << 20)
        }
        let formatOptions = formats.allOptions
        let options = [
            StageOption("paths", .list(.path), "files, folders or glob patterns"),
            StageOption("format", .choice(["auto"] + formats.names), default: "auto", "input format"),
            StageOption("exclude", .list(.string), default: [], "glob patterns of files to skip"),
            StageOption("max_record_bytes", .int, default: .int(64 << 20), "longest record accepted"),
        ] + formatOptions
        let values = checkMapping(node, options: options, context: "input")
        var paths: [(String, SourceLocation)] = []
        if case .mapping(let pairs) = node.value, let p = pairs.first(where: { $0.key == "paths" }) {
            paths = checkPaths(p.value)
        }
        var readerOptions = JSONObject()
        for o in formatOptions { readerOptions[o.name] = values[o.name] ?? o.defaultValue }
        return InputSpec(
            paths: paths.map(\.0), pathLocations: paths.map(\.1), format: values["format"]?.stringValue ?? "auto",
            exclude: values["exclude"]?.arrayValue?.compactMap(\.stringValue) ?? [], options: readerOptions,
            maxRecordBytes: max(1, values["max_record_bytes"]?.intValue ?? (64 << 20)))
    }

    mutating func checkPaths(_ node: ConfigNode) -> [(String, SourceLocation)] {
        let items: [ConfigNode]
        switch node.value {
        case .sequence(let list): items = list
        case .scalar: items = node.isNull ? [] : [node]
        case .mapping:
            error(node.location, "paths must be a path or a list of paths")
            return []
        }
        var out: [(String, SourceLocation)] = []
        for i in items {
            if let s = string(i) { out.append((FilePaths.resolve(s, against: baseDirectory), i.location)) }
        }
        return out
    }

    /// Checks a mapping against declared options; returns values with defaults filled.
    mutating func checkMapping(_ node: ConfigNode, options: [StageOption], context: String) -> JSONObject {
        let checked = checkOptions(node, options: options, context: context)
        return checked.values
    }

    mutating func checkOptions(_ node: ConfigNode, options: [StageOption], context: String)
        -> (values: JSONObject, locations: [String: SourceLocation])
    {
        var values = JSONObject()
        var locations: [String: SourceLocation] = [:]
        let names = options.map(\.name)
        if node.isNull {
            // `- stage:` with nothing after it: all defaults.
        } else if case .mapping(let pairs) = node.value {
            for p in pairs {
                guard let option = options.first(where: { $0.name == p.key }) else {
                    let valid = names.isEmpty ? " (it takes no options)" : Suggestions.hint(for: p.key, in: names)
                    error(p.keyLocation, "unknown option \"\(p.key)\" for \(context)" + valid)
                    continue
                }
                switch OptionCoercion.coerce(p.value, to: option.type) {
                case .success(let v):
                    values[p.key] = v
                    locations[p.key] = p.value.location
                case .failure(let f):
                    error(f.location, "\(context) option \"\(p.key)\": \(f.message)")
                }
            }
        } else {
            error(node.location, "options of \(context) must be a mapping (key: value), got \(node.kindDescription)")
        }
        for o in options where values[o.name] == nil {
            if o.isRequired {
                error(node.location, "\(context) needs option \"\(o.name)\" (\(o.summary))")
            } else if let d = o.defaultValue {
                values[o.name] = d
            }
        }
        return (values, locations)
    }

    /// Loads the `plugins:` entries, searching `plugin_path:` folders, then `SLUICE_PLUGIN_PATH`, then the
    /// pipeline's folder. Each failure is reported at its entry.
    mutating func checkPlugins(_ node: ConfigNode?, searchPath: ConfigNode?) -> [LoadedPlugin] {
        var folders = searchPath.map { checkPaths($0).map(\.0) } ?? []
        if let extra = pluginSearchEnvironment {
            folders += extra.split(separator: ":").map { FilePaths.resolve(String($0), against: baseDirectory) }
        }
        folders.append(baseDirectory)
        guard let node else { return [] }
        let items: [ConfigNode]
        switch node.value {
        case .sequence(let list): items = list
        case .scalar: items = node.isNull ? [] : [node]
        case .mapping:
            error(node.location, "plugins must be a plugin name or path, or a list of them")
            return []
        }
        let locator = PluginLocator(searchPath: folders, baseDirectory: baseDirectory)
        var loaded: [LoadedPlugin] = []
        for item in items {
            guard let entry = string(item) else { continue }
            do {
                loaded.append(try pluginLoader.load(entry, locator: locator, into: registry))
            } catch {
                failedPlugins.append(entry)
                self.error(item.location, error.description)
            }
        }
        return loaded
    }

    mutating func checkStages(_ node: ConfigNode, outputDirectory: String) -> [StageSpec] {
        guard case .sequence(let items) = node.value else {
            error(node.location, "stages must be a list (each item `- name` or `- name: {options}`)")
            return []
        }
        if items.isEmpty { error(node.location, "the stages list is empty") }
        var stages: [StageSpec] = []
        for item in items {
            let name: String
            let nameLocation: SourceLocation
            var optionsNode = ConfigNode(value: .scalar("", plain: true), location: item.location)
            switch item.value {
            case .scalar(let s, _):
                name = s
                nameLocation = item.location
            case .mapping(let pairs) where pairs.count == 1:
                name = pairs[0].key
                nameLocation = pairs[0].keyLocation
                optionsNode = pairs[0].value
            case .mapping(let pairs):
                error(item.location, "a stage entry has one key, the stage name; found \(pairs.count) keys (indent the options under the name)")
                continue
            case .sequence:
                error(item.location, "a stage entry is `- name` or `- name: {options}`, not a list")
                continue
            }
            guard let factory = registry.factory(named: name) else {
                let known = registry.names
                var message = "unknown stage \"\(name)\"" + Suggestions.hint(for: name, in: known)
                if !failedPlugins.isEmpty {
                    let list = failedPlugins.map { "\"\($0)\"" }.joined(separator: ", ")
                    message += " (it may come from plugin \(list), which could not be loaded)"
                } else if Suggestions.closest(to: name, in: known) == nil {
                    message += " (available: \(known.joined(separator: ", ")); plugins add more)"
                }
                error(nameLocation, message)
                continue
            }
            let checked = checkOptions(optionsNode, options: factory.description.options, context: "stage \"\(name)\"")
            let configuration = StageConfiguration(
                stageName: name, values: checked.values, optionLocations: checked.locations, location: nameLocation,
                baseDirectory: baseDirectory, outputDirectory: outputDirectory)
            stages.append(StageSpec(name: name, index: stages.count, configuration: configuration, factory: factory))
        }
        return stages
    }
}
