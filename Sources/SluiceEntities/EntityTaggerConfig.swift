/// Options of the ``EntityTagger``.
public struct EntityTaggerConfig: Sendable {
    /// Labels to emit; mentions with other labels are dropped. Default: all labels.
    public var labels: Set<EntityLabel>
    /// Whether to use the built-in gazetteer (``Gazetteer/builtIn``).
    public var useBuiltInGazetteer: Bool
    /// Paths of user gazetteers (TSV `surface<TAB>label[<TAB>canonical]`, or YAML); their entries win over
    /// built-in ones on identical spans.
    public var gazetteerPaths: [String]
    /// Extra in-memory gazetteer entries (added after the files).
    public var extraEntries: [Gazetteer.Entry]
    /// Path of a trained ``EntityModel``; when set, the model finds the name entities (PERSON, ORG, LOC, …)
    /// and the rules still find dates, times and amounts. `nil` (default): rules and gazetteers only.
    public var modelPath: String?
    /// An already loaded model (takes precedence over `modelPath`).
    public var model: EntityModel?
    /// Document-level consistency: later mentions of a surname or of an already labelled name get the same
    /// label and canonical name.
    public var consistency: Bool

    /// Creates a configuration.
    public init(
        labels: Set<EntityLabel> = Set(EntityLabel.allCases),
        useBuiltInGazetteer: Bool = true,
        gazetteerPaths: [String] = [],
        extraEntries: [Gazetteer.Entry] = [],
        modelPath: String? = nil,
        model: EntityModel? = nil,
        consistency: Bool = true
    ) {
        self.labels = labels
        self.useBuiltInGazetteer = useBuiltInGazetteer
        self.gazetteerPaths = gazetteerPaths
        self.extraEntries = extraEntries
        self.modelPath = modelPath
        self.model = model
        self.consistency = consistency
    }
}
