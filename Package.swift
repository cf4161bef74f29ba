// swift-tools-version:6.1
import PackageDescription

// The stages of the pipeline are the targets: Ingest → Validate → Figures → Render → Publish,
// all speaking the types of BriefModel; BriefCLI wires them and `brief` is a thin executable.
let package = Package(
    name: "MissionBrief",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "brief", targets: ["brief"]),
        // The stages as a library, for the fuzzer package in Fuzz/ and for benchmarks.
        .library(
            name: "BriefPipeline",
            targets: ["BriefModel", "Configuration", "Ingest", "Validate", "Figures", "DemoData", "FuzzTargets"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .target(name: "BriefModel"),
        .target(name: "Configuration", dependencies: ["BriefModel", .product(name: "Yams", package: "Yams")]),
        .target(name: "Ingest", dependencies: ["BriefModel"]),
        .target(name: "Validate", dependencies: ["BriefModel", "Ingest"]),
        // Outlines and places for the maps: Natural Earth's Mali and neighbours, a regions file's polygons.
        .target(name: "Geography", dependencies: ["BriefModel"], resources: [.copy("Resources")]),
        .target(name: "Figures", dependencies: ["BriefModel", "Geography"]),
        .target(name: "DemoData", dependencies: ["BriefModel"]),
        // The words of each edition: one vocabulary file per language, number and date formats.
        .target(
            name: "Localization", dependencies: ["BriefModel", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/languages")]),
        // The properties every fuzz target checks, shared by libFuzzer (Fuzz/) and the test suite.
        .target(name: "FuzzTargets", dependencies: ["BriefModel", "Configuration", "Ingest", "Validate"]),
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        .target(name: "Drawing", dependencies: ["CCairo"], resources: [.copy("Resources/fonts.conf")]),
        .target(name: "Render", dependencies: ["BriefModel", "Drawing"]),
        .target(name: "CLinuxFiles"),
        .target(
            name: "Publish",
            dependencies: [
                "BriefModel", "Figures", "Ingest", "Render", "Drawing", "CLinuxFiles", "Localization",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [
                .copy("Resources/brief.mustache"), .copy("Resources/brief.fr.mustache"), .copy("Resources/page.mustache"),
                .copy("Resources/page.fr.mustache"),
                .copy("Resources/page.css"), .copy("Resources/page.js"),
            ]
        ),
        .target(
            name: "BriefCLI",
            dependencies: [
                "BriefModel", "Configuration", "Ingest", "Validate", "Figures", "Render", "Publish", "DemoData", "Localization",
                "Geography",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "brief", dependencies: ["BriefCLI"]),
        // `brief` with its report swap held open, for the kill tests of atomic publishing only.
        .executableTarget(name: "brief-swap-probe", dependencies: ["BriefCLI", "Publish"], path: "Tests/SwapProbe"),
        .testTarget(
            name: "BriefTests",
            dependencies: [
                "BriefModel", "Configuration", "Ingest", "Validate", "Figures", "Drawing", "Render", "Publish",
                "DemoData", "BriefCLI", "FuzzTargets", "Localization", "Geography",
            ],
            resources: [.copy("Fixtures")]
        ),
    ]
)
