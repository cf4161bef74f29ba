import Foundation
import Testing

/// index.html in headless Chromium: measured from the rendered page, not read from the HTML text.
/// One browser at a time: each run takes a few seconds and the machine has two cores.
@Suite(.serialized) struct ReportPageBrowserTests {
    @Test func theDemoReportIsWholeInABrowserAtPhoneAndLaptopWidth() throws {
        let runner = try BuildRunner.demo()
        #expect(runner.build() == 0)
        let available = try availableFigures(runner, "output")
        #expect(available == 19)
        let report = try Browser.inspect(reportIn: runner.folder, report: "output")
        report.expectSound(availableFigures: available)
        let page = report.wide
        #expect(page.notice.contains("SYNTHETIC DEMO DATA"))
        #expect(
            page.sources.contains("The mission's incident and arms-monitoring database")
                && page.sources.contains("DPPADPOSS-FATALITIES"))
        // The brief's own summary and first finding, with the computed numbers.
        #expect(page.findings.first?.contains("This brief measures the threat") == true)
        #expect(page.findings.contains { $0.contains("recorded 2,327 extremist attacks in Mali: 103 in 2014 and 410 in 2022") })
        #expect(page.quality.contains("INC-BAD-10") || page.quality.contains("incident_id"))
        #expect(page.quality.contains("windows-1252"))
        #expect(page.changes.isEmpty && !page.sections.contains("changes") && page.sections.contains("monitoring"))
    }

    @Test func theFrenchDemoReportIsWholeInABrowserToo() throws {
        let runner = try BuildRunner.demo()
        runner.write("pipeline.yml", runner.read("pipeline.yml")! + "\ndocument:\n  language: fr\n")
        #expect(runner.build() == 0)
        let available = try availableFigures(runner, "output")
        #expect(available == 19)
        let report = try Browser.inspect(reportIn: runner.folder, report: "output")
        report.expectSound(availableFigures: available)
        let page = report.wide
        #expect(page.headings.first { $0.level == 2 }?.text == "Résumé")
        #expect(
            page.headings.contains { $0.text == "Qualité des données" }
                && page.headings.contains { $0.text == "Le suivi des flux d’armes" })
        #expect(page.notice.contains("DONNÉES DE DÉMONSTRATION SYNTHÉTIQUES"))
        #expect(page.sources.hasPrefix("Source\u{00A0}: La base de données de la mission"))
        #expect(
            page.findings.contains {
                $0.contains("a enregistré 2\u{202F}327 attaques extrémistes au Mali, 103 en 2014 et 410 en 2022")
            })
        #expect(page.quality.contains("Lignes lues") && page.quality.contains("windows-1252"))
    }

    @Test func anACLEDBuildAndThenAChangedExportShowTheirSourcesAndWhatMoved() throws {
        let runner = BuildRunner.acled(period: "{from: 2020, to: 2020}", formats: "[pdf, svg, html]")
        #expect(runner.build() == 0)
        var report = try Browser.inspect(reportIn: runner.folder)
        report.expectSound(availableFigures: try availableFigures(runner, "report"))
        #expect(
            report.wide.sources == "Source: Armed Conflict Location & Event Data (ACLED), acleddata.com "
                + "(categories mapped as the method note says).")
        #expect(report.wide.notice.isEmpty)
        #expect(report.wide.charts.contains { $0.id == "rcied-share-per-year" && $0.unavailable && !$0.hasChart })
        #expect(!report.wide.sections.contains("changes"))

        // The export changes overnight: one more IED attack on MINUSMA and a row with an impossible date.
        let unit = "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2023)"
        runner.write(
            "acled.csv",
            runner.read("acled.csv")! + """
                15,MLI16,2020-11-16,2020,Explosions/Remote violence,Remote explosive/landmine/IED,JNIM,,\(unit),,Gao,Gao,16.27,-0.04,AFP,IED on a convoy.,0
                16,MLI17,2020-02-30,2020,Explosions/Remote violence,Remote explosive/landmine/IED,JNIM,,\(unit),,Gao,Gao,16.27,-0.04,AFP,IED.,0

                """)
        #expect(runner.build() == 0)
        report = try Browser.inspect(reportIn: runner.folder)
        report.expectSound(availableFigures: try availableFigures(runner, "report"))
        #expect(report.wide.sections.contains("changes"))
        #expect(report.wide.changes.contains("Since the previous build"))
        #expect(report.wide.changes.contains("Figure 4. Annual numbers of extremist attacks against MINUSMA"))
        #expect(report.wide.changes.contains("Newly rejected row"))
        #expect(report.wide.changes.contains("\"2020-02-30\" is not a real date"))
    }

    @Test func textFromTheDataAndTheConfigurationCannotInjectMarkupOrScript() throws {
        let runner = BuildRunner.fig4()
        let script = "<script>window.__injected=true</script>"
        let attribute = "\"><img src=x data-injected onerror=\"window.__injected=true\">"
        func field(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        runner.write(
            "data/incidents.csv",
            runner.read("data/incidents.csv")!
                + "A20,2015-06-06,\(field(script)),IED,UN,0\nA21,2015-06-07,Gao,\(field(attribute)),UN,0\n")
        runner.write(
            "pipeline.yml",
            """
            period: {from: 2014, to: 2016}
            inputs:
              incidents: {path: data/incidents.csv}
            validation: {max_reject_rate: 0.5}
            output: {dir: report, formats: [svg, html]}
            document:
              title: 'The "<script>window.__injected=true</script>" & <b>brief</b>'
              source: 'the <i>"quoted"</i> database <script>window.__injected=true</script>'

            """)
        #expect(runner.build() == 0)
        let html = try #require(runner.read("report/index.html"))
        #expect(!html.contains(script) && !html.contains("<img src=x") && !html.contains("<i>\"quoted\""))
        let report = try Browser.inspect(reportIn: runner.folder)
        report.expectSound(availableFigures: try availableFigures(runner, "report"))
        // Shown as the text it is, in the rejects, the sources line and the key findings.
        #expect(report.wide.quality.contains("region \"\(script)\" is not a known region"))
        #expect(report.wide.quality.contains("category \"\(attribute)\" is not a known incident category"))
        #expect(report.wide.sources.contains("The <i>\"quoted\"</i> database \(script)"))
        #expect(report.wide.findings.contains { $0.contains("the <i>\"quoted\"</i> database \(script) recorded") })
    }

    @Test func thePrintoutIsTheReportWithoutTheScreenOnlyParts() throws {
        let runner = try BuildRunner.demo()
        #expect(runner.build() == 0)
        let pdf = runner.folder.appendingPathComponent("page.pdf")
        let run = try Browser.chromium(
            [
                "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)",
                runner.folder.appendingPathComponent("output/index.html").absoluteString,
            ], in: runner.folder)
        #expect(run.status == 0)
        let text = try ExternalTool.run("pdftotext", ["-layout", pdf.path, "-"]).output
        #expect(text.contains("Key findings") && text.contains("Figure 1. Extremist attacks in Mali by zone, 2014–2022"))
        #expect(text.contains("Data quality") && text.contains("Inputs and program"))
        for screenOnly in ["Skip to the report", "Data table:", "Files:"] {
            #expect(!text.contains(screenOnly), "\(screenOnly) is printed")
        }
        let info = try ExternalTool.run("pdfinfo", [pdf.path]).output
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last!) }
        #expect((8...30).contains(pages ?? 0), "\(pages ?? 0) pages")
    }

    private func availableFigures(_ runner: BuildRunner, _ report: String) throws -> Int {
        let figures = try #require(try runner.json("\(report)/figures.json")["figures"] as? [[String: Any]])
        return figures.filter { $0["available"] as? Bool == true }.count
    }
}
