/// Fixtures compiled into the binary, so `thirsty` works from any directory.
/// The files themselves live in the package's `Fixtures/` folder.
public enum Bundled {
    /// The source article's scenario: the built-in inbox.
    public static var seedInbox: [UInt8] { PackageResources.seed_inbox_yaml }
    public static let seedInboxName = "seed-inbox.yaml"
}
