import SluiceCore

/// Small general-purpose stages shipped with the standard set.
public enum UtilityStages {
    /// The utility stage factories.
    public static let factories: [StageFactory] = [PassThroughStage.factory, LengthFilterStage.factory]
}

/// `passthrough`: changes nothing. Useful to measure the runner's own overhead.
public struct PassThroughStage: DocumentStage {
    /// The factory registered under `passthrough`.
    public static let factory = StageFactory(StageDescription(
        name: "passthrough", summary: "pass every document on unchanged (measures the runner's overhead)",
        readsText: false, module: "SluiceStandard")) { _ in PassThroughStage() }

    public init() {}

    public func process(_ document: inout Document, context: StageContext) throws -> Verdict { .keep }
}

/// `length_filter`: drops documents whose text is shorter or longer than given limits.
public struct LengthFilterStage: DocumentStage {
    /// The factory registered under `length_filter`.
    public static let factory = StageFactory(StageDescription(
        name: "length_filter", summary: "drop documents shorter or longer than limits (in Unicode scalars)",
        options: [
            StageOption("min_chars", .int, default: 1, "shortest text kept"),
            StageOption("max_chars", .int, "longest text kept (unset: no limit)"),
        ],
        example: "- length_filter: {min_chars: 200}", module: "SluiceStandard")) { config in
            let minChars = config.int("min_chars") ?? 1
            let maxChars = config.int("max_chars")
            if minChars < 0 { throw config.error("min_chars", "must be 0 or more") }
            if let maxChars, maxChars < minChars { throw config.error("max_chars", "must be at least min_chars (\(minChars))") }
            return LengthFilterStage(minChars: minChars, maxChars: maxChars)
        }

    let minChars: Int
    let maxChars: Int?

    public func process(_ document: inout Document, context: StageContext) throws -> Verdict {
        // Count scalars from the UTF-8 bytes (continuation bytes do not start a scalar).
        var count = 0
        for b in document.text.utf8 where b & 0xC0 != 0x80 { count += 1 }
        if count < minChars { return .drop(reason: "shorter than \(minChars) characters") }
        if let maxChars, count > maxChars { return .drop(reason: "longer than \(maxChars) characters") }
        return .keep
    }
}
