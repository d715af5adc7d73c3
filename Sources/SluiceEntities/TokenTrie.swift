/// A trie over token hashes: each edge is (parent node, case-folded token hash) → child node.
///
/// Edges live in one open-addressing hash table, so a lookup is one multiply-and-probe regardless of
/// the number of entries; matching cost grows with the match length, not with the dictionary size.
struct TokenTrie: Sendable {
    /// One edge; a slot with `parent == -1` is empty. Parent, hash and child share one 16-byte slot, so a probe
    /// touches one cache line.
    private struct Edge {
        var hash: UInt64 = 0
        var parent: Int32 = -1
        var child: Int32 = -1
    }

    private var edges: [Edge]
    private var mask: Int
    private(set) var edgeCount = 0
    /// Number of nodes; node 0 is the root.
    private(set) var nodeCount = 1
    /// Per node: index of the first payload in the gazetteer's payload list, or -1.
    private(set) var firstPayload: [Int32] = [-1]

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        edges = Array(repeating: Edge(), count: size)
        mask = size - 1
    }

    @inline(__always)
    private func slot(_ parent: Int32, _ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash ^ (UInt64(UInt32(bitPattern: parent)) &* 0x9E37_79B9_7F4A_7C15)) &* 0xD6E8_FEB8_6659_FD93 >> 20)
    }

    /// The child of `node` along `hash`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ hash: UInt64) -> Int32 {
        edges.withUnsafeBufferPointer { e in
            var s = slot(node, hash) & mask
            while true {
                let p = e[s].parent
                if p == -1 { return -1 }
                if p == node && e[s].hash == hash { return e[s].child }
                s = (s + 1) & mask
            }
        }
    }

    /// Returns the child of `node` along `hash`, creating it if needed.
    mutating func childOrInsert(_ node: Int32, _ hash: UInt64) -> Int32 {
        let existing = child(node, hash)
        if existing >= 0 { return existing }
        if (edgeCount + 1) * 2 > edges.count { grow() }
        let new = Int32(nodeCount)
        nodeCount += 1
        firstPayload.append(-1)
        insertEdge(node, hash, new)
        edgeCount += 1
        return new
    }

    mutating func setFirstPayload(_ node: Int32, _ index: Int32) {
        firstPayload[Int(node)] = index
    }

    private mutating func insertEdge(_ node: Int32, _ hash: UInt64, _ childNode: Int32) {
        var s = slot(node, hash) & mask
        while edges[s].parent != -1 { s = (s + 1) & mask }
        edges[s] = Edge(hash: hash, parent: node, child: childNode)
    }

    private mutating func grow() {
        let old = edges
        edges = Array(repeating: Edge(), count: old.count * 2)
        mask = edges.count - 1
        for e in old where e.parent != -1 { insertEdge(e.parent, e.hash, e.child) }
    }
}
