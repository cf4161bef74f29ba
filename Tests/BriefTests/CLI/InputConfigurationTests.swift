import BriefModel
import Foundation
import Logging
import Testing

@testable import BriefCLI

/// pipeline.yml's `inputs`: format, delimiter and column mapping reach the readers through the
/// input stage, as a build reads them.
@Suite struct InputConfigurationTests {
    static func read(_ runner: BuildRunner) throws -> InputStage.Output {
        let config = try RunOptions.parse(["--config", runner.path("pipeline.yml")]).resolve().0
        let stage = InputStage(config: config, referenceDate: Fixtures.referenceDate, logger: Logger(label: "test"))
        return try stage.run(InputFiles(config))
    }

    static let mapping = """
        columns: {incident_id: ID, date: "Date de l'incident", region: Region, category: Type}
        """

    @Test func jsonLinesWithAColumnMapping() throws {
        let runner = BuildRunner()
        runner.copyFixture("renamed-headers.jsonl", to: "exports/incidents.jsonl")
        runner.write("pipeline.yml", "inputs:\n  incidents:\n    path: exports/incidents.jsonl\n    \(Self.mapping)\n")
        let output = try Self.read(runner)
        let quality = try #require(output.quality.first)
        #expect([quality.read, quality.accepted, quality.rejected] as [Int] == [4, 3, 1])
        #expect(output.dataset.incidents?.map(\.id) == ["J-1", "J-2", "J-3"])
        #expect(output.dataset.incidents?.map(\.category) == [IncidentCategory.ied, .iedFind, .complex])
    }

    /// `format: json` on a file whose extension says nothing; one element that is not an object.
    @Test func aJSONArrayNamedByFormat() throws {
        let runner = BuildRunner()
        runner.write(
            "export.txt",
            """
            {"rows": [
              {"ID": "K-1", "Date de l'incident": "2016-09-14", "Region": "Gao", "Type": "IED", "party": "UN"},
              [1, 2],
              {"ID": "K-3", "Date de l'incident": "2017-01-02", "Region": "Kidal", "Type": "SAF", "party": "UN"}
            ]}
            """)
        runner.write("pipeline.yml", "inputs:\n  incidents:\n    path: export.txt\n    format: json\n    \(Self.mapping)\n")
        let output = try Self.read(runner)
        let quality = try #require(output.quality.first)
        #expect([quality.read, quality.accepted, quality.rejected] as [Int] == [3, 2, 1])
        #expect(quality.rejects.map(\.line) == [3])
        #expect(output.dataset.incidents?.map(\.id) == ["K-1", "K-3"])
    }

    /// A header with more commas than semicolons: detection alone would split on `,`.
    @Test func theConfiguredDelimiterWinsOverDetection() throws {
        let runner = BuildRunner()
        runner.write(
            "incidents.csv",
            """
            incident_id;date;region;category;party;"notes, with, many, commas, in, it"
            X-1;14/09/2016;Gao;IED;UN;a, b
            X-2;2016-09-15;Mopti;complex;UN;
            """)
        runner.write("pipeline.yml", "inputs:\n  incidents: {path: incidents.csv, delimiter: \";\"}\n")
        let output = try Self.read(runner)
        #expect(output.dataset.incidents?.map(\.id) == ["X-1", "X-2"])
        runner.write("pipeline.yml", "inputs:\n  incidents: {path: incidents.csv, delimiter: \",\"}\n")
        #expect(throws: (any Error).self) { try Self.read(runner) }
    }

    @Test func validatePrintsTheCountsReasonsAndRowsAndWritesNothing() throws {
        let runner = BuildRunner.fig4()
        runner.write(
            "data/incidents.csv",
            runner.read("data/incidents.csv")! + "B1,2015-13-01,Gao,IED,UN,0\nB2,2015-01-01,Narnia,IED,UN,0\n")
        let result = try ProcessRunner.brief(["validate", "--show", "1"], in: runner.folder)
        #expect(result.status == 0)
        #expect(
            result.text == """
                incidents (incidents.csv, utf-8): 11 read, 9 accepted, 0 collapsed, 2 rejected (18.2%)
                  by reason: bad-date 1, unknown-region 1
                  incidents.csv:11: date "2015-13-01" is not a real date (expected YYYY-MM-DD, DD/MM/YYYY or "14 September 2016")
                  … 1 more in the full list (brief build writes quality/rejects.csv)

                """)
        #expect(!FileManager.default.fileExists(atPath: runner.path("report")))
    }
}

/// Exports are read largest first, on both cores; when several cannot be read, the error reported
/// is still the first export's in the fixed order (incidents, arms, ammunition, UN), whatever the sizes.
@Suite struct InputErrorOrderTests {
    @Test func theFirstExportsErrorIsReportedWhateverTheSizes() throws {
        let runner = BuildRunner()
        runner.write("incidents.csv", "not,the,columns\n1,2,3\n")
        runner.write("ammunition.csv", "neither,are,these\n" + String(repeating: "4,5,6\n", count: 5_000))
        runner.write("pipeline.yml", "inputs:\n  incidents: {path: incidents.csv}\n  ammunition: {path: ammunition.csv}\n")
        let error = #expect(throws: (any Error).self) { try InputConfigurationTests.read(runner) }
        let message = "\(error.map { String(describing: $0) } ?? "")"
        #expect(message.contains("incidents.csv") && !message.contains("ammunition.csv"), "\(message)")
    }
}
