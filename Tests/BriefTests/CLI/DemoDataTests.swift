import DemoData
import Foundation
import Ingest
import Testing

@testable import BriefCLI
@testable import Publish

/// `brief demo-data --seed N` and the marker that lets a build recognise its files as synthetic.
@Suite struct DemoDataTests {
    static func generate(_ arguments: [String]) throws -> URL {
        let folder = Fixtures.temporaryDirectory()
        #expect(try ProcessRunner.brief(["demo-data", "--out", "demo"] + arguments, in: folder).status == 0)
        return folder.appendingPathComponent("demo")
    }

    static func input(_ url: URL) -> Manifest.Input {
        let bytes = FileManager.default.contents(atPath: url.path) ?? Data()
        return Manifest.Input(export: "incidents", path: url.path, sha256: Digest.sha256(bytes), rowsRead: 0, rowsAccepted: 0)
    }

    /// The bundled data/ is exactly what another process writes for the default seed, marker included.
    @Test func theBundledFilesAreTheDefaultSeedsOutput() throws {
        let generated = try Self.generate([])
        let names = try FileManager.default.contentsOfDirectory(atPath: generated.path).sorted()
        #expect(names == ["ammunition.csv", "arms.csv", "demo-data.json", "incidents.csv"])
        for name in names {
            let bundled = try Data(contentsOf: Repository.url("data/\(name)"))
            #expect(bundled == (try Data(contentsOf: generated.appendingPathComponent(name))), "data/\(name) differs")
        }
    }

    @Test func anySeedIsRecognisedByItsMarkerAndOtherBytesAreNot() throws {
        let seven = try Self.generate(["--seed", "7"])
        let marker = try #require(DemoMarker.read(in: seven))
        #expect(marker.files.keys.sorted() == ["ammunition.csv", "arms.csv", "incidents.csv"])
        #expect(marker.files.values.map(\.seed) == [7, 7, 7])
        let bundled = try Data(contentsOf: Repository.url("data/incidents.csv"))
        let incidents = seven.appendingPathComponent("incidents.csv")
        #expect(try Data(contentsOf: incidents) != bundled)
        #expect(DemoDetection.isDemo([Self.input(incidents)]))
        // A user's own export in the same folder, under the same name, is not demo data.
        try Data(Fixtures.bytes("fig4-incidents.csv")).write(to: incidents)
        #expect(!DemoDetection.isDemo([Self.input(incidents)]))
        #expect(DemoDetection.isDemo([Self.input(incidents), Self.input(seven.appendingPathComponent("arms.csv"))]))
        // Without its marker a demo file is not recognised either: the marker is the only evidence.
        try FileManager.default.removeItem(at: seven.appendingPathComponent(DemoMarker.fileName))
        #expect(!DemoDetection.isDemo([Self.input(seven.appendingPathComponent("arms.csv"))]))
    }

    @Test func aLargeExportIsMarkedAndEarlierEntriesKept() throws {
        let folder = try Self.generate(["--seed", "5"])
        #expect(
            try ProcessRunner.brief(
                ["demo-data", "--out", "demo", "--incidents", "40", "--seed", "9", "--force"],
                in: folder.deletingLastPathComponent()
            ).status == 0)
        let marker = try #require(DemoMarker.read(in: folder))
        #expect(marker.files["incidents.csv"]?.seed == 9 && marker.files["arms.csv"]?.seed == 5)
        let bytes = try Data(contentsOf: folder.appendingPathComponent("incidents.csv"))
        #expect(try ExportReader.read(bytes: [UInt8](bytes), format: .csv, delimiter: nil, file: "large").rowCount == 40)
        #expect(DemoDetection.isDemo([Self.input(folder.appendingPathComponent("incidents.csv"))]))
    }

    /// The cover notice follows the marker through a whole build, for a seed other than the default.
    @Test func theBriefOfAnotherSeedCarriesTheNotice() throws {
        let seven = try Self.generate(["--seed", "7"])
        let runner = BuildRunner()
        runner.write(
            "pipeline.yml",
            """
            inputs: {incidents: {path: \(seven.path)/incidents.csv}}
            validation: {max_reject_rate: 0.2}
            output: {dir: report, formats: [svg]}
            """)
        #expect(runner.build() == 0)
        let text = try ExternalTool.run("pdftotext", [runner.path("report/brief.pdf"), "-"]).output
        #expect(text.contains("SYNTHETIC DEMO DATA"))
        var bytes = try Data(contentsOf: seven.appendingPathComponent("incidents.csv"))
        bytes.append(contentsOf: Array("X1,2016-01-01,Gao,IED,UN,0\n".utf8))
        try bytes.write(to: seven.appendingPathComponent("incidents.csv"))
        #expect(runner.build() == 0)
        let edited = try ExternalTool.run("pdftotext", [runner.path("report/brief.pdf"), "-"]).output
        #expect(!edited.contains("SYNTHETIC DEMO DATA"))
    }
}
