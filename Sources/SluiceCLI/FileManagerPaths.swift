import Foundation

/// The working directory, for turning relative paths into absolute ones (scripts run elsewhere).
enum FileManagerPaths {
    static var currentDirectory: String { FileManager.default.currentDirectoryPath }
}
