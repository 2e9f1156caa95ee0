/// Adds the grams of texts to a `PostingsBuilder`, folding case as
/// `CaseFolding` does. Grams never span two texts. Only triples go in per
/// byte (single symbols go in a mask, and pairs are found inside triples),
/// so each byte costs one table update.
enum GramScanner {
    static func scan(_ text: String, into postings: inout PostingsBuilder) {
        var ascii = true
        if let done = text.utf8.withContiguousStorageIfAvailable({ scan($0, foldingASCII: true, into: &postings) }) {
            ascii = done
        } else {
            ascii = Array(text.utf8).withUnsafeBufferPointer { scan($0, foldingASCII: true, into: &postings) }
        }
        guard !ascii else { return }
        // Grams already added from the ASCII prefix are in the lowered text
        // too, so starting over only adds the rest.
        let lowered = Array(text.lowercased().utf8)
        _ = lowered.withUnsafeBufferPointer { scan($0, foldingASCII: false, into: &postings) }
    }

    /// Returns false, part way, on a non-ASCII byte when folding ASCII (the
    /// symbols fold ASCII case themselves).
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, foldingASCII: Bool, into postings: inout PostingsBuilder) -> Bool {
        GramAlphabet.symbols.withUnsafeBufferPointer { symbols in
            guard postings.addTriples(of: bytes, symbols: symbols, foldingASCII: foldingASCII) else { return false }
            // The one pair no triple holds: a whole two-byte text.
            if bytes.count == 2 { postings.add(GramAlphabet.pair(Int(symbols[Int(bytes[0])]), Int(symbols[Int(bytes[1])]))) }
            return true
        }
    }
}
