import OrderedCollections
import Synchronization

/// Maps stage names to factories. Modules register their stages; the loader looks names up.
///
/// ``shared`` is the process-wide registry the `sluice` command uses; tests can make their own.
public final class StageRegistry: Sendable {
    private let factories = Mutex<[String: StageFactory]>([:])
    private let pluginPaths = Mutex<Set<String>>([])

    /// The process-wide registry.
    public static let shared = StageRegistry()

    /// Creates an empty registry.
    public init() {}

    /// Registers a factory under its stage name.
    /// - Throws: ``RegistrationError`` if the name is taken (stages never silently replace each other).
    public func register(_ factory: StageFactory) throws(RegistrationError) {
        let existing: StageDescription? = factories.withLock { table in
            if let old = table[factory.name] { return old.description }
            table[factory.name] = factory
            return nil
        }
        if let existing {
            throw RegistrationError(
                name: factory.name,
                message: "a stage named \"\(factory.name)\" is already registered"
                    + (existing.module.isEmpty ? "" : " by \(existing.module)"))
        }
    }

    /// Registers every factory, stopping at the first duplicate.
    public func register(_ list: [StageFactory]) throws(RegistrationError) {
        for f in list { try register(f) }
    }

    /// The factory for `name`, if registered.
    public func factory(named name: String) -> StageFactory? {
        factories.withLock { $0[name] }
    }

    /// Records that the plugin at `path` registered here; false if it already had.
    func markPluginRegistered(_ path: String) -> Bool {
        pluginPaths.withLock { $0.insert(path).inserted }
    }

    /// Forgets a plugin whose registration failed.
    func unmarkPlugin(_ path: String) {
        _ = pluginPaths.withLock { $0.remove(path) }
    }

    /// Every registered name, sorted.
    public var names: [String] { factories.withLock { $0.keys.sorted() } }

    /// Every registered description, sorted by name.
    public var descriptions: [StageDescription] {
        factories.withLock { table in table.keys.sorted().map { table[$0]!.description } }
    }
}

/// A stage (or reader) could not be registered.
public struct RegistrationError: Error, Sendable, CustomStringConvertible {
    /// The name that failed.
    public var name: String
    /// Why.
    public var message: String
    public var description: String { message }
}
