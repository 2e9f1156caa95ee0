import Testing
import Shared

@Suite("Concurrency helpers")
struct ConcurrencyTests {
    @Test func backgroundWorkHandsOverItsResult() {
        let job = BackgroundWork { (1...1000).reduce(0, +) }
        #expect(job.value == 500_500)
        #expect(job.isReady)
        #expect(job.wait(seconds: 0))
        #expect(job.take() == 500_500)
    }

    @Test func finishedJob() {
        let job = BackgroundWork(finished: "done")
        #expect(job.isReady)
        #expect(job.value == "done")
    }

    @Test("forEachIndex fills every slot exactly once, in parallel or not", arguments: [true, false])
    func slots(_ parallel: Bool) {
        let slots = ParallelSlots<Int>(count: 257)
        forEachIndex(257, parallel: parallel) { i in slots.set(i, i * i) }
        #expect(slots.values() == (0..<257).map { $0 * $0 })
        #expect(slots.takeValues().count == 257)
        #expect(slots.values().isEmpty)
    }
}
