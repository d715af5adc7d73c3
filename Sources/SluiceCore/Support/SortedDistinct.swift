extension Array where Element: Comparable {
    /// Sorts the array and removes repeated elements in place (no hashing, no second array).
    public mutating func sortAndRemoveDuplicates() {
        sort()
        var kept = 0
        for i in indices where kept == 0 || self[i] != self[kept - 1] {
            self[kept] = self[i]
            kept += 1
        }
        removeLast(count - kept)
    }
}
