extension Bundled {
    /// Bundled demos by name (file name without `.yaml`), in menu order.
    public static var demos: [(name: String, yaml: [UInt8])] { [] }
}
