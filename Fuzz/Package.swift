// swift-tools-version:6.1
// The decoder's libFuzzer harness, kept out of the main package so that
// `swift build` and `swift test` never need a fuzzing toolchain. See the
// README's Fuzzing section for the build and run commands.
import PackageDescription

let package = Package(
    name: "ThirstyFuzz",
    dependencies: [
        .package(name: "Thirsty", path: ".."),
    ],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(
            name: "FuzzDecoder",
            dependencies: ["FuzzDriver", .product(name: "InboxModel", package: "Thirsty")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
