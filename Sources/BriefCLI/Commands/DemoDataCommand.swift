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

    @Flag(help: "Overwrite files that already exist in the folder (without it, existing files are never replaced).")
    var force = false

    @Flag(help: "With --incidents: French-Excel exports (`;`, Windows-1252, CRLF) with bad rows and repeats, and a pipeline.yml.")
    var messy = false

    func run() throws {
        try BriefCommand.guarded {
            let folder = URL(fileURLWithPath: out).standardizedFileURL
            try checkFlags()
            let files = try planned(into: folder)
            try refuseOverwriting(files, in: folder)
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                for file in files {
                    try file.bytes.write(to: folder.appendingPathComponent(file.name))
                    print("wrote \(folder.path)/\(file.name)")
                }
            } catch {
                throw BriefFailure(.cannotWrite, "cannot write demo data into \(folder.path): \(error.localizedDescription)")
            }
        }
    }

    /// Flags that the chosen kind of data would silently ignore are refused.
    private func checkFlags() throws {
        if messy, (incidents ?? 0) <= 0, ammunition <= 0 {
            throw BriefFailure(.usage, "--messy: give the sizes with --incidents N and/or --ammunition N")
        }
        if !messy, ammunition != 0 {
            throw BriefFailure(
                .usage, "--ammunition is read only with --messy (the calibrated demo data has its own ammunition.csv)")
        }
        if let incidents, incidents <= 0, !messy {
            throw BriefFailure(.usage, "--incidents \(incidents): expected a number of rows above 0")
        }
        if incidents ?? 0 < 0 || ammunition < 0 {
            throw BriefFailure(.usage, "--incidents and --ammunition: expected numbers of rows of 0 or more")
        }
    }

    /// The files this run would write, with their bytes.
    private func planned(into folder: URL) throws -> [(name: String, bytes: Data)] {
        if messy {
            return ScaledExport.files(incidents: incidents ?? 0, ammunition: ammunition, seed: seed).map { ($0.name, $0.bytes) }
                + [("pipeline.yml", Data(ScaledExport.pipeline.utf8))]
        }
        let written: [(name: String, bytes: Data)] =
            incidents.map { [("incidents.csv", DemoDataset.largeIncidents(rows: $0, seed: seed))] }
            ?? DemoDataset.files(seed: seed)
        // The marker lets a build recognise these exact files as synthetic (see DemoMarker); it is
        // brief's own file, updated in place.
        var marker = DemoMarker.read(in: folder) ?? DemoMarker(files: [:])
        for file in written { marker.files[file.name] = .init(seed: seed, sha256: Digest.sha256(file.bytes)) }
        return written + [(DemoMarker.fileName, marker.json)]
    }

    /// Existing files are replaced only with --force; the marker is brief's and always updated. A
    /// file already holding exactly the bytes to be written is no loss and is not named.
    private func refuseOverwriting(_ files: [(name: String, bytes: Data)], in folder: URL) throws {
        guard !force else { return }
        let existing = files.filter { file in
            let path = folder.appendingPathComponent(file.name).path
            guard FileManager.default.fileExists(atPath: path) else { return false }
            if file.name == DemoMarker.fileName { return DemoMarker.read(in: folder) == nil }
            return FileManager.default.contents(atPath: path) != file.bytes
        }.map(\.name)
        guard !existing.isEmpty else { return }
        throw BriefFailure(
            .cannotWrite,
            """
            demo-data: \(folder.path) already holds \(existing.joined(separator: ", ")); nothing was written \
            (choose another folder with --out, or replace them with --force)
            """)
    }
}
