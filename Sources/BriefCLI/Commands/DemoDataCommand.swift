import ArgumentParser
import DemoData
import Foundation
import Publish

struct DemoDataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo-data",
        abstract: "Write the synthetic demo exports (calibrated to the brief's published totals).",
        discussion: """
            The demo data is synthetic: generated from a seed so that the default build reproduces the totals \
            the reference brief publishes. It is not the mission's data. With --incidents N, writes only a large \
            uncalibrated incidents.csv of N rows, for benchmarks. With --messy (and --incidents N, --ammunition M), \
            writes the benchmark's French-Excel exports and a pipeline.yml that builds them (Benchmarks/run). \
            Beside the calibrated files it writes demo-data.json (the seed and each file's sha256): a build \
            reading these exact bytes says on the brief's cover that the data is synthetic.
            """)

    @Option(help: "The seed; the same seed always gives the same files.")
    var seed: UInt64 = DemoDataset.defaultSeed

    @Option(help: "The folder to write incidents.csv, arms.csv and ammunition.csv into.")
    var out = "data"

    @Option(help: "Write only a large incidents.csv with this many rows (for benchmarks).")
    var incidents: Int?

    @Option(help: "With --messy: this many ammunition records too.")
    var ammunition = 0

    @Flag(help: "With --incidents: French-Excel exports (`;`, Windows-1252, CRLF) with bad rows and repeats, and a pipeline.yml.")
    var messy = false

    func run() throws {
        try BriefCommand.guarded {
            let folder = URL(fileURLWithPath: out)
            if messy, (incidents ?? 0) <= 0, ammunition <= 0 {
                throw BriefFailure(.usage, "--messy: give the sizes with --incidents N and/or --ammunition N")
            }
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                if messy {
                    try writeScaled(into: folder, incidents: incidents ?? 0)
                    return
                }
                let written: [(name: String, bytes: Data)] = incidents.map { [("incidents.csv", DemoDataset.largeIncidents(rows: $0, seed: seed))] }
                    ?? DemoDataset.files(seed: seed)
                // The marker lets a build recognise these exact files as synthetic (see DemoMarker).
                var marker = DemoMarker.read(in: folder) ?? DemoMarker(files: [:])
                for file in written { marker.files[file.name] = .init(seed: seed, sha256: Digest.sha256(file.bytes)) }
                for file in written + [(DemoMarker.fileName, marker.json)] {
                    try file.bytes.write(to: folder.appendingPathComponent(file.name))
                    print("wrote \(folder.path)/\(file.name)")
                }
            } catch {
                throw BriefFailure(.cannotWrite, "cannot write demo data into \(folder.path): \(error.localizedDescription)")
            }
        }
    }

    /// The benchmark's exports (Benchmarks/run): see `ScaledExport`.
    private func writeScaled(into folder: URL, incidents: Int) throws {
        for file in ScaledExport.files(incidents: incidents, ammunition: ammunition, seed: seed) {
            try file.bytes.write(to: folder.appendingPathComponent(file.name))
            print("wrote \(folder.path)/\(file.name)")
        }
        try Data(ScaledExport.pipeline.utf8).write(to: folder.appendingPathComponent("pipeline.yml"))
    }
}
