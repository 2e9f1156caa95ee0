import Dispatch

/// Result slots that concurrent workers fill, each index by exactly one
/// worker, so no two threads ever touch the same slot. Unchecked because
/// that discipline, not a lock, keeps it safe: a lock per slot would cost
/// more than the work in the policy's inner loops.
public final class ParallelSlots<T>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<T?>
    public let count: Int

    public init(count: Int) {
        self.count = count
        base = UnsafeMutablePointer<T?>.allocate(capacity: max(count, 1))
        base.initialize(repeating: nil, count: count)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// Takes `value` over: a verdict handed in is moved into its slot,
    /// not copied (a copy retains every array and string it holds).
    public func set(_ i: Int, _ value: consuming T) {
        precondition(i >= 0 && i < count, "slot out of range")
        base[i] = consume value
    }

    /// Every slot, filled or not, in index order; call after the workers are done.
    public func all() -> [T?] {
        var out: [T?] = []
        out.reserveCapacity(count)
        for i in 0..<count { out.append(base[i]) }
        return out
    }

    /// The filled slots in index order, moved out (the slots are empty
    /// after); call after the workers are done.
    public func takeValues() -> [T] {
        var out: [T] = []
        out.reserveCapacity(count)
        for i in 0..<count {
            // `consume`: appending the binding would copy the value and
            // then destroy it, retaining and releasing all it holds.
            if let v = (base + i).move() { out.append(consume v) }
            (base + i).initialize(to: nil)
        }
        return out
    }

    /// The filled slots in index order; call after the workers are done.
    public func values() -> [T] {
        var out: [T] = []
        out.reserveCapacity(count)
        for i in 0..<count { if let v = base[i] { out.append(v) } }
        return out
    }
}

/// Runs `work(i)` for `0..<iterations`, on all cores when `parallel`.
public func forEachIndex(_ iterations: Int, parallel: Bool, _ work: @Sendable (Int) -> Void) {
    if parallel && iterations > 1 {
        DispatchQueue.concurrentPerform(iterations: iterations, execute: work)
    } else {
        for i in 0..<iterations { work(i) }
    }
}
