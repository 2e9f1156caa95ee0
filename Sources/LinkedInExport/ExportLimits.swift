/// Caps on what reading an export may unpack into memory. A real export of
/// a very busy account is well under 100 MB of CSV and compresses about
/// 10:1; a ZIP bomb is far past both. The total stays under what reading
/// may hold in memory at once (a few hundred MB).
public struct ExportLimits: Sendable, Equatable {
    /// Uncompressed bytes of all the files read, together.
    public var totalBytes: Int
    /// Uncompressed bytes of any one file.
    public var entryBytes: Int
    /// Uncompressed over compressed size of any one entry, as the archive's
    /// directory declares it, for entries of `ratioFloor` bytes or more
    /// (tiny files compress oddly); inflating may not produce more.
    public var ratio: Int
    public var ratioFloor: Int

    public init(totalBytes: Int = 128 << 20, entryBytes: Int = 112 << 20, ratio: Int = 100, ratioFloor: Int = 1 << 20) {
        self.totalBytes = totalBytes
        self.entryBytes = entryBytes
        self.ratio = ratio
        self.ratioFloor = ratioFloor
    }

    public static let standard = ExportLimits()
}
