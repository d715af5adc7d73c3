#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Writing to the terminal.
enum Terminal {
    /// Prints a line to stderr.
    static func printError(_ text: String) {
        fputs(text.hasSuffix("\n") ? text : text + "\n", stderr)
    }

    /// True if stderr is a terminal.
    static var stderrIsTerminal: Bool { isatty(2) != 0 }
}
