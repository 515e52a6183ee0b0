/// The memory of a slab of records (cases, persons): slots that grow by doubling and are freed
/// with the process.
///
/// The process reaches the slots through the pointer it keeps (``PretrialProcess/cases``,
/// ``PretrialProcess/persons``): an element of a `ContiguousArray` costs a uniqueness check of
/// the array's buffer at every write (several per event), a raw slot does not. This class only
/// owns the memory; which slots are free is the process's business.
final class Slab<Record> {
    /// The first slot.
    private(set) var base: UnsafeMutablePointer<Record>
    /// Slots allocated.
    private(set) var capacity: Int
    /// Slots in use or on the free list (initialised).
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = Self.allocate(self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// Room for `capacity` slots, aligned to a cache line.
    private static func allocate(_ capacity: Int) -> UnsafeMutablePointer<Record> {
        UnsafeMutableRawPointer.allocate(byteCount: capacity * MemoryLayout<Record>.stride, alignment: 64)
            .bindMemory(to: Record.self, capacity: capacity)
    }

    /// Appends a new slot holding `record` and returns its index; the caller must reload
    /// ``base``, which moves when the slab grows.
    func append(_ record: Record) -> Int {
        if count == capacity {
            let larger = Self.allocate(capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }
        (base + count).initialize(to: record)
        count += 1
        return count - 1
    }
}
