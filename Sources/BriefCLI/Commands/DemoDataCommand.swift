import ArgumentParser
import DemoData
import Foundation

struct DemoDataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo-data",
        abstract: "Write the synthetic demo exports (calibrated to the brief's published totals).",
        discussion: """
            The demo data is synthetic: generated from a seed so that the default build reproduces the totals \
            the reference brief publishes. It is not the mission's data. With --incidents N, writes only a large \
            uncalibrated incidents.csv of N rows, for benchmarks. With --messy (and --incidents N, --ammunition M), \
            writes the benchmark's French-Excel exports and a pipeline.yml that builds them (Benchmarks/run).
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
                if let incidents {
                    try DemoDataset.largeIncidents(rows: incidents, seed: seed)
                        .write(to: folder.appendingPathComponent("incidents.csv"))
                    print("wrote \(folder.path)/incidents.csv (\(incidents) rows)")
                    return
                }
                for file in DemoDataset.files(seed: seed) {
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
