import BriefModel
import Foundation
import Testing

@testable import BriefCLI
@testable import Publish

@Suite(.serialized) struct BriefDocumentTests {
    static let root = Repository.root

    /// Builds the default pipeline into a fresh folder and returns the report folder.
    static func build(_ extra: [String] = []) -> URL {
        let out = Fixtures.temporaryDirectory().appendingPathComponent("report")
        let status = BuildRunner().run(
            ["build", "--config", root.appendingPathComponent("pipeline.yml").path, "--out", out.path, "--quiet"] + extra)
        #expect(status == 0)
        return out
    }

    @Test func theBriefIsAValidA4PDFWithItsFactsInExtractableText() throws {
        let brief = Self.build().appendingPathComponent("brief.pdf").path
        #expect(try ExternalTool.run("qpdf", ["--check", brief]).status == 0)
        let info = try ExternalTool.run("pdfinfo", [brief]).output
        #expect(info.contains("Page size:       595.28 x 841.89 pts (A4)"))
        let pages = Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }!.split(separator: " ").last!)!
        #expect((8...24).contains(pages), "wrapped table rows take room; a brief of more pages has lost its layout")
        #expect(info.contains("Title:           Peacekeeping in hostile environments"))
        #expect(info.contains("Author:          Mission analysis centre"))
        let text = try ExternalTool.run("pdftotext", ["-layout", brief, "-"]).output
        // Captions carry the reference brief's numbers; charts beyond it take a letter.
        for number in ["1", "2", "3", "3a", "4", "5", "6", "7", "8", "8a", "9"] {
            #expect(text.contains("Figure \(number). "), "caption Figure \(number)")
        }
        #expect(text.contains("Box 7. Remote-controlled IEDs"))
        #expect(text.contains("165 deaths from malicious acts"))  // the real UN count, 2014–2022
        for fact in [
            "2,327 extremist attacks", "MINUSMA was the target of 626 attacks", "488 distinct ammunition samples",
            "34 other countries", "SYNTHETIC DEMO DATA", "Method note", "Data quality",
        ] {
            #expect(text.contains(fact), "\(fact)")
        }
        // Figure 3a's full list is its data table, not a table of the brief repeating the chart.
        #expect(text.contains("Figure 3a. Ammunition samples by producing country"))
        #expect(!text.contains("Producing country"), "the producers' table header")
        #expect(text.contains("Table 1. Materiel to watch"))
    }

    @Test func rebuildsAreByteIdenticalInAnotherFolder() throws {
        let first = Self.build(), second = Self.build()
        let files = try FileManager.default.subpathsOfDirectory(atPath: first.path).filter { $0.contains(".") }.sorted()
        #expect(files.contains("brief.pdf") && files.contains("svg/attacks-per-year.svg"))
        for file in files where file != "manifest.json" {
            let a = try Data(contentsOf: first.appendingPathComponent(file))
            let b = try Data(contentsOf: second.appendingPathComponent(file))
            #expect(a == b, "\(file) differs between two builds")
        }
    }

    @Test func sourceDateEpochSetsThePrintedDate() throws {
        let date = try BriefDate(dataset: Dataset(), environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(date.line == "Published 14 November 2023")
        #expect(date.pdfDate == "2023-11-14T00:00:00Z")
        let incidents = [Build.incident("a", "2021-03-04"), Build.incident("b", "2022-12-30")]
        #expect(try BriefDate(dataset: Dataset(incidents: incidents), environment: [:]).line == "Data as of 30 December 2022")
    }

    @Test func analystsCanRewordTheBriefInTheirOwnTemplate() throws {
        let runner = BuildRunner()
        runner.copyFixture("fig4-incidents.csv", to: "data/incidents.csv")
        runner.write(
            "my-brief.mustache",
            """
            {{% CONTENT_TYPE: TEXT}}
            !title Custom title
            # Summary
            We counted {{minusma_attacks}} attacks on the mission in {{period}}.
            [figure: minusma-attacks-per-year]
            """)
        runner.write(
            "pipeline.yml",
            """
            period: {from: 2014, to: 2016}
            inputs: {incidents: {path: data/incidents.csv}}
            validation: {max_reject_rate: 0.5}
            document: {template: my-brief.mustache}
            output: {dir: report}
            """)
        #expect(runner.run(["build", "--config", runner.path("pipeline.yml"), "--quiet"]) == 0)
        let text = try ExternalTool.run("pdftotext", [runner.path("report/brief.pdf"), "-"]).output
        #expect(text.contains("We counted 4 attacks on the mission in 2014–2016."))
        #expect(text.contains("Figure 4. Annual numbers of extremist attacks against MINUSMA"))
        #expect(!text.contains("SYNTHETIC"))
    }

    @Test func markupParsesEveryBlockKind() {
        let blocks = BriefBlock.parse(
            """
            !title T
            # One
            first line
            second line

            - bullet
            > note
            [figure: attacks-per-year]
            [table: quality]
            [method]
            [pagebreak]
            ## Two
            """)
        #expect(
            blocks == [
                .coverTitle("T"), .heading("One", level: 1), .paragraph("first line second line"), .bullet("bullet"),
                .callout("note"), .figure(id: "attacks-per-year"), .table("quality"), .method, .pageBreak,
                .heading("Two", level: 2),
            ])
    }
}

@Suite struct NumberTextTests {
    @Test func fourDecimalSharesAndHugeValuesDoNotTrap() {
        #expect(String(format4: 0.49038) == "0.4904")
        #expect(String(format4: 1) == "1.0000")
        #expect(String(format4: 0) == "0.0000")
        #expect(String(format4: 1e300) == "1e+300")
        #expect(NumberText.count(2_327) == "2,327" && NumberText.count(-1_000) == "-1,000")
        #expect(NumberText.percent(0.2701) == "27%" && NumberText.percent(0.0833, decimals: 1) == "8.3%")
    }
}
