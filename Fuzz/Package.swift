// swift-tools-version:6.1
import PackageDescription

// libFuzzer harness for every fuzz target of Sources/FuzzTargets (the readers, the validators and
// pipeline.yml). Built by scripts/fuzz with -sanitize=fuzzer; a package of its own because libFuzzer
// supplies `main`.
let package = Package(
    name: "BriefFuzz",
    dependencies: [.package(name: "MissionBrief", path: "..")],
    targets: [
        .executableTarget(
            name: "BriefFuzz",
            dependencies: [.product(name: "BriefPipeline", package: "MissionBrief")],
            path: "BriefFuzz",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)
