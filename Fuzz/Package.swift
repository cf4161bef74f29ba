// swift-tools-version:6.1
import PackageDescription

// libFuzzer harness for the readers and validators. Built by scripts/fuzz with -sanitize=fuzzer;
// a package of its own because libFuzzer supplies `main`.
let package = Package(
    name: "BriefFuzz",
    dependencies: [.package(name: "MissionBrief", path: "..")],
    targets: [
        .executableTarget(
            name: "IngestFuzz",
            dependencies: [.product(name: "BriefPipeline", package: "MissionBrief")],
            path: "IngestFuzz",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)
