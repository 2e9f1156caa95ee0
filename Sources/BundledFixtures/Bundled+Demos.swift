extension Bundled {
    /// Bundled demos by name (file name without `.yaml`), in menu order:
    /// the article first, then a good sequence to set against it, then the
    /// single bad habits, and the side-by-side comparison last.
    public static var demos: [(name: String, yaml: [UInt8])] {
        [
            ("the-article", PackageResources.the_article_yaml),
            ("a-good-sequence", PackageResources.a_good_sequence_yaml),
            ("cold-pitch", PackageResources.cold_pitch_yaml),
            ("nudge-storm", PackageResources.nudge_storm_yaml),
            ("fake-profile", PackageResources.fake_profile_yaml),
            ("side-by-side", PackageResources.side_by_side_yaml),
        ]
    }
}
