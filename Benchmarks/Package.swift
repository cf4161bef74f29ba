// swift-tools-version:6.1
import PackageDescription

// Speed and memory of ingest and validation on large generated exports (ordo-one/benchmark).
// Run: swift package --package-path Benchmarks benchmark
let package = Package(
    name: "BriefBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(name: "MissionBrief", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "IngestBenchmark",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "BriefPipeline", package: "MissionBrief"),
            ],
            path: "IngestBenchmark",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
