extension EventCalendar {
    /// Checks the heap property of the calendar: no entry precedes its parent.
    ///
    /// Tests call this after sequences of operations; it traps when the invariant is broken.
    /// - Complexity: O(*n*).
    public func _checkInvariants() {
        for index in heap.indices.dropFirst() {
            let parent = (index - 1) >> 1
            precondition(!heap[index].precedes(heap[parent]), "calendar heap order broken at \(index)")
        }
    }
}
