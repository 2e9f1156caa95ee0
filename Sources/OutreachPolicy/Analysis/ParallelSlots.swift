import Dispatch

/// Result slots that concurrent workers fill, each index by exactly one
/// worker, so no two threads ever touch the same slot.
final class ParallelSlots<T>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<T?>
    let count: Int

    init(count: Int) {
        self.count = count
        base = UnsafeMutablePointer<T?>.allocate(capacity: max(count, 1))
        base.initialize(repeating: nil, count: count)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func set(_ i: Int, _ value: T) {
        precondition(i >= 0 && i < count, "slot out of range")
        base[i] = value
    }

    /// Every slot, filled or not, in index order; call after the workers are done.
    func all() -> [T?] {
        var out: [T?] = []
        out.reserveCapacity(count)
        for i in 0..<count { out.append(base[i]) }
        return out
    }

    /// The filled slots in index order, moved out (the slots are empty
    /// after); call after the workers are done.
    func takeValues() -> [T] {
        var out: [T] = []
        out.reserveCapacity(count)
        for i in 0..<count {
            if let v = (base + i).move() { out.append(v) }
            (base + i).initialize(to: nil)
        }
        return out
    }

    /// The filled slots in index order; call after the workers are done.
    func values() -> [T] {
        var out: [T] = []
        out.reserveCapacity(count)
        for i in 0..<count { if let v = base[i] { out.append(v) } }
        return out
    }
}

/// Runs `work(i)` for `0..<iterations`, on all cores when `parallel`.
func forEachIndex(_ iterations: Int, parallel: Bool, _ work: @Sendable (Int) -> Void) {
    if parallel && iterations > 1 {
        DispatchQueue.concurrentPerform(iterations: iterations, execute: work)
    } else {
        for i in 0..<iterations { work(i) }
    }
}
