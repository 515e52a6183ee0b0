extension EventCalendar {
    /// Checks the heap property of the calendar: no entry precedes its parent.
    ///
    /// Tests call this after sequences of operations; it traps when the invariant is broken.
    /// - Complexity: O(*n*).
    public func _checkInvariants() {
        precondition(
            size <= heap.count && (_isPOD(Entry.self) || size == heap.count), "calendar size \(size) out of step")
        for index in heap.indices.prefix(size).dropFirst() {
            let parent = (index - 1) >> 1
            precondition(!heap[index].precedes(heap[parent]), "calendar heap order broken at \(index)")
        }
    }
}
