extension Bundled {
    /// Bundled practice exercises by name (file name without `.yaml`).
    public static var exercises: [(name: String, yaml: [UInt8])] { [] }
}
