/// How a duplicate was recognised.
public enum DuplicateKind: String, Sendable, Hashable, Codable {
    /// The normalized text hashes equal (128-bit).
    case exact
    /// MinHash/LSH near duplicate confirmed by Jaccard similarity.
    case near
}

/// The verdict on one document.
///
/// A cluster is named by the ID of its first document in input order; it never changes once given.
public enum DedupDecision: Sendable, Hashable {
    /// Keep the document. `cluster` is its cluster's name (its own ID when it starts a new cluster).
    case unique(cluster: String)
    /// Drop the document: it duplicates the kept document `of`.
    /// `similarity` is the Jaccard similarity (estimated or exact, per configuration) to `of`'s
    /// side of the match (1 for exact duplicates).
    case duplicate(of: String, cluster: String, similarity: Double, kind: DuplicateKind)

    /// Whether the document should be removed.
    public var isDuplicate: Bool {
        if case .duplicate = self { return true }
        return false
    }

    /// The cluster name.
    public var cluster: String {
        switch self {
        case .unique(let c): return c
        case .duplicate(_, let c, _, _): return c
        }
    }

    /// The kept document this one duplicates, or `nil` when it is kept.
    public var duplicateOf: String? {
        if case .duplicate(let of, _, _, _) = self { return of }
        return nil
    }
}
