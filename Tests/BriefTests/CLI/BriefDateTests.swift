import BriefModel
import Foundation
import Testing

@testable import BriefCLI

/// The date on the brief is never invented: SOURCE_DATE_EPOCH's day, else the latest record's
/// (the UN's fatalities included), else none at all.
@Suite struct BriefDateTests {
    static let unFatality = UNFatality(
        id: "1", date: CivilDate(year: 2023, month: 6, day: 30)!, mission: "MINUSMA", incidentType: .illness)

    @Test func withoutAnyDatedRecordTheBriefIsUndated() throws {
        let date = try BriefDate(dataset: Dataset(incidents: [], arms: []), environment: [:])
        #expect(date.line == "No dated records" && date.pdfDate == "")
        let runner = BuildRunner()
        runner.write("incidents.csv", "incident_id,date,region,category,party\n")
        runner.write("pipeline.yml", "inputs: {incidents: {path: incidents.csv}}\noutput: {dir: report}\n")
        #expect(runner.build() == 0)
        let info = try ExternalTool.run("pdfinfo", [runner.path("report/brief.pdf")]).output
        #expect(!info.contains("CreationDate") && !info.contains("ModDate"))
        #expect(try ExternalTool.run("pdftotext", [runner.path("report/brief.pdf"), "-"]).output.contains("No dated records"))
    }

    @Test func theUNsFatalitiesDateTheBriefToo() throws {
        let incidents = [Build.incident("A", "2022-12-30")]
        let date = try BriefDate(dataset: Dataset(incidents: incidents, unFatalities: [Self.unFatality]), environment: [:])
        #expect(date.line == "Data as of 30 June 2023" && date.pdfDate == "2023-06-30T00:00:00Z")
    }

    @Test func sourceDateEpochWins() throws {
        let date = try BriefDate(
            dataset: Dataset(unFatalities: [Self.unFatality]), environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(date.line == "Published 14 November 2023" && date.pdfDate == "2023-11-14T00:00:00Z")
    }
}
