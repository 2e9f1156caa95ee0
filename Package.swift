// swift-tools-version:6.1
import PackageDescription

// Layers, each importing only those below it:
//   Shared -> InboxModel -> OutreachPolicy -> Practice -> InboxUI -> TerminalBackend / thirsty
//   InboxModel -> InboxSearch (the search index) -> InboxUI
//   InboxModel -> InboxGenerator (synthetic inboxes of any size) -> thirsty
//   InboxModel -> LinkedInExport (reads exports into the model) -> thirsty
// Shared (the escape rule, JSON writing, did-you-mean, hashing, the
// concurrency helpers) sits under every layer and imports nothing of ours.
// Only TerminalBackend and the executable see ncurses (CNCursesW).
let strict: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "Thirsty",
    products: [
        .executable(name: "thirsty", targets: ["thirsty"]),
        // For the fuzzing harness in Fuzz/, a package of its own.
        .library(name: "InboxModel", targets: ["InboxModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .target(
            name: "Shared",
            swiftSettings: strict
        ),
        .target(
            name: "InboxModel",
            dependencies: ["Shared", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict
        ),
        // Synthetic inboxes of any size, the same for the same seed, for
        // `thirsty generate`, benchmarks and tests.
        .target(
            name: "InboxGenerator",
            dependencies: ["InboxModel"],
            swiftSettings: strict
        ),
        // The fixtures that ship inside the binary (built-in inbox, demos,
        // exercises). The files live in Fixtures/; this target links to them.
        .target(
            name: "BundledFixtures",
            resources: [
                .embedInCode("seed-inbox.yaml"),
                .embedInCode("demos"),
                .embedInCode("exercises"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "OutreachPolicy",
            dependencies: ["Shared", "InboxModel", .product(name: "Yams", package: "Yams")],
            resources: [.embedInCode("Rules"), .embedInCode("Learned/model.tsv")],
            swiftSettings: strict
        ),
        // Terminal-free drawing primitives: the cell grid, display width,
        // key names.
        .target(
            name: "ScreenKit",
            dependencies: ["Shared"],
            swiftSettings: strict
        ),
        // The whole-inbox search index: which people's text may hold a
        // query, so a search reads only candidates.
        .target(
            name: "InboxSearch",
            dependencies: ["Shared", "InboxModel"],
            swiftSettings: strict
        ),
        // Practice exercises, the checks each one sets its answers beyond
        // the article's three rules, and the learner's saved progress.
        .target(
            name: "Practice",
            dependencies: ["Shared", "InboxModel", "InboxJournal", "OutreachPolicy", "ScreenKit", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict
        ),
        .target(
            name: "InboxUI",
            dependencies: ["Shared", "InboxModel", "InboxSearch", "OutreachPolicy", "Practice", "ScreenKit", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict
        ),
        // The per-inbox journal of the user's actions (accept, ignore, sent
        // replies, drafts), so nothing confirmed on screen is ever lost.
        .target(
            name: "InboxJournal",
            dependencies: ["Shared", "InboxModel"],
            swiftSettings: strict
        ),
        // Reads a LinkedIn data export (a ZIP of CSV files, or its unzipped
        // folder) into an inbox, and writes synthetic ones of each era.
        .target(
            name: "LinkedInExport",
            dependencies: [
                "Shared", "InboxModel",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            swiftSettings: strict
        ),
        .systemLibrary(
            name: "CNCursesW",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(
            name: "TerminalBackend",
            dependencies: ["Shared", "ScreenKit", "CNCursesW"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "thirsty",
            dependencies: [
                "Shared", "InboxModel", "OutreachPolicy", "ScreenKit", "InboxUI", "TerminalBackend", "BundledFixtures", "InboxJournal", "LinkedInExport", "Practice", "InboxGenerator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "SharedTests",
            dependencies: ["Shared"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "InboxModelTests",
            dependencies: [
                "Shared", "InboxModel", "BundledFixtures", "InboxGenerator",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "InboxGeneratorTests",
            dependencies: ["InboxModel", "InboxGenerator"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "OutreachPolicyTests",
            dependencies: [
                "Shared", "InboxModel", "OutreachPolicy", "BundledFixtures", "InboxGenerator",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Goldens"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "LinkedInExportTests",
            dependencies: ["InboxModel", "OutreachPolicy", "ScreenKit", "InboxUI", "LinkedInExport", "InboxGenerator"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "InboxJournalTests",
            dependencies: ["Shared", "InboxModel", "InboxJournal"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "PracticeTests",
            dependencies: ["Shared", "InboxModel", "InboxJournal", "OutreachPolicy", "Practice", "BundledFixtures"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ScreenKitTests",
            dependencies: ["Shared", "ScreenKit"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "InboxUITests",
            dependencies: ["Shared", "InboxModel", "InboxSearch", "OutreachPolicy", "Practice", "ScreenKit", "InboxUI", "BundledFixtures", "InboxGenerator"],
            exclude: ["Goldens"],
            swiftSettings: strict
        ),
        // Drives the real binary in tmux; depending on the executable makes
        // `swift test` build it first.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["thirsty", "LinkedInExport", "Shared"],
            exclude: ["Screenshots"],
            swiftSettings: strict
        ),
    ]
)
