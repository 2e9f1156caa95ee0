import InboxModel

/// One input through both spellings of the fixture format. Errors are
/// expected (nearly every input is malformed); any trap, sanitizer report,
/// leak or hang is a finding. An input that decodes is also encoded and
/// decoded again, which must give the same inbox.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecoder(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let bytes = UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: count)
    for format in FixtureFormat.allCases {
        guard let inbox = try? FixtureDecoder.decode(bytes, format: format) else { continue }
        let text = FixtureEncoder.encode(inbox, format: format)
        guard let again = try? FixtureDecoder.decode(text, format: format) else {
            fatalError("a decoded inbox did not decode again after encoding")
        }
        precondition(again.events.count == inbox.events.count && again.people.count == inbox.people.count,
                     "a decoded inbox changed through encoding")
    }
    return 0
}
