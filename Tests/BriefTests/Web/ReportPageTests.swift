import BriefModel
import Configuration
import Foundation
import Testing

@testable import Publish

/// index.html as the publish stage writes it: reproducible, listed in the manifest, switched by
/// the `html` format, with markup from templates and data reduced to what is safe.
@Suite struct ReportPageTests {
    @Test func theBriefsMarkupBecomesSafeHTML() {
        #expect(MarkupHTML.html("<b>2,327 attacks</b> &amp; <i>more</i>") == "<b>2,327 attacks</b> &amp; <i>more</i>")
        #expect(MarkupHTML.html("<span foreground=\"red\">red</span>") == "red")
        #expect(MarkupHTML.html("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(MarkupHTML.html("<b onclick=\"x\">x</b>") == "&lt;b onclick=&quot;x&quot;&gt;x</b>")
        #expect(MarkupHTML.html("AT&T &#233; &bogus; 'q'") == "AT&amp;T &#233; &amp;bogus; &#39;q&#39;")
    }

    @Test func chartsInlinedTogetherKeepTheirOwnGlyphsAndTitles() {
        let svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg role="img" aria-labelledby="chart-title chart-desc" width="480pt" viewBox="0 0 480 300">
            <title id="chart-title">T</title><desc id="chart-desc">D</desc>
            <symbol id="glyph0-1"/><clipPath id="clip1"/><use xlink:href="#glyph0-1"/><g clip-path="url(#clip1)"/></svg>
            """
        let inline = InlineSVG.html(svg, prefix: "fig-a")
        #expect(inline.hasPrefix("<svg class=\"chart\""))
        #expect(inline.contains("aria-labelledby=\"fig-a--chart-title fig-a--chart-desc\""))
        #expect(inline.contains("id=\"fig-a--glyph0-1\"") && inline.contains("xlink:href=\"#fig-a--glyph0-1\""))
        #expect(inline.contains("url(#fig-a--clip1)") && !inline.contains("\"#glyph") && !inline.contains("<?xml"))
    }

    /// The page's charts are written at markers the template printed; only this page's markers are
    /// replaced, never text that merely looks like one (a label from the data, say).
    @Test func chartsGoWhereTheTemplatePutThemAndNowhereElse() {
        let svg = Data(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg role="img" aria-labelledby="chart-title"><title id="chart-title">T</title><use xlink:href="#glyph0-1"/></svg>
            """.utf8)
        let marker = ChartMarker()
        let lookalike = "\u{1}chart-00000000-0000-0000-0000-000000000000:fig-a\u{1}"
        let page = "<p>\(lookalike)</p><figure>\(marker.text("fig-a"))</figure><figure>\(marker.text("fig-b"))</figure>"
        let spliced = String(decoding: marker.splice(page, charts: ["fig-a": svg]), as: UTF8.self)
        let inline = InlineSVG.html(String(decoding: svg, as: UTF8.self), prefix: "fig-a")
        #expect(spliced == "<p>\(lookalike)</p><figure>\(inline)</figure><figure></figure>")
        #expect(inline.contains("id=\"fig-a--chart-title\"") && inline.contains("href=\"#fig-a--glyph0-1\""))
        // A marker's text is this page's own: another page's marker is left as it is.
        let other = ChartMarker().text("fig-a")
        #expect(String(decoding: marker.splice(other, charts: ["fig-a": svg]), as: UTF8.self) == other)
    }

    @Test func theHTMLKeywordOfOutputFormats() throws {
        func formats(_ yaml: String) throws -> PipelineConfiguration {
            let folder = Fixtures.temporaryDirectory()
            let path = folder.appendingPathComponent("pipeline.yml").path
            try yaml.write(toFile: path, atomically: true, encoding: .utf8)
            return try ConfigurationLoader.load(path: path)
        }
        let withPage = try formats("output: {formats: [pdf, html]}\n")
        #expect(withPage.formats == [.pdf] && withPage.writesPage)
        #expect(try !formats("output: {formats: [pdf, svg]}\n").writesPage)
        #expect(try formats("period: {from: 2014, to: 2022}\n").writesPage)
        let error = #expect(throws: ConfigurationError.self) { try formats("output: {formats: [pdf, htm]}\n") }
        #expect(error?.message.contains("\"htm\"") == true && error?.message.contains("html") == true)
        let bundled = try ConfigurationLoader.load(path: Repository.url("pipeline.yml").path)
        #expect(bundled.writesPage && bundled.formats == [.pdf, .svg])
    }

    @Test func thePageIsReproducibleListedInTheManifestAndLeftOutWithoutHTML() throws {
        let first = try BuildRunner.demo(), second = try BuildRunner.demo()
        #expect(first.build() == 0 && second.build() == 0)
        let page = try #require(first.read("output/index.html"))
        #expect(page == second.read("output/index.html"))
        let files = try #require(try first.json("output/manifest.json")["files"] as? [[String: Any]])
        let entry = try #require(files.first { $0["path"] as? String == "index.html" })
        #expect(entry["sha256"] as? String == Digest.sha256(Data(page.utf8)))
        // Without `html` among the formats there is no page, and a stale one does not survive.
        #expect(first.build(["--format", "pdf,svg"]) == 0)
        #expect(first.read("output/index.html") == nil)
    }

    @Test func theMonitoringSectionAppearsOnlyWithTables() throws {
        let inputs = BriefInputs(
            figures: [], headline: HeadlineStatistics([]), quality: [], period: Period(from: 2020, to: 2021)!,
            document: DocumentInfo(), dateLine: "Data as of 1 May 2021", pdfDate: "2021-05-01T00:00:00Z", isSyntheticDemo: false)
        var page = ReportPage(
            brief: inputs, briefTemplatePath: nil, charts: [:], files: ["monitoring/sightings.csv"], inputs: [],
            programVersion: "0.0.0", configurationSHA256: "abc")
        #expect(!(try page.render()).contains("id=\"monitoring\""))
        page.monitoring = [
            PageTable(
                id: "sightings", title: "First <sightings>", paths: ["monitoring/sightings.csv", "monitoring/absent.csv"],
                header: ["calibre", "first seen"], rows: [["7.62x39mm", "2021-03-01"]])
        ]
        let html = try page.render()
        #expect(
            html.contains("<section id=\"monitoring\"")
                && html.contains("<h3 id=\"sightings-heading\">First &lt;sightings&gt;</h3>"))
        #expect(
            html.contains("<a href=\"monitoring/sightings.csv\">") && html.contains("<td data-label=\"calibre\">7.62x39mm</td>"))
        // Only the files the folder holds are linked, under a label that counts them.
        #expect(
            html.contains("File: <a href=\"monitoring/sightings.csv\">monitoring/sightings.csv</a></p>")
                && !html.contains("absent.csv"))
        page.files.insert("monitoring/absent.csv")
        #expect(
            try page.render().contains(
                "Files: <a href=\"monitoring/sightings.csv\">monitoring/sightings.csv</a> <a href=\"monitoring/absent.csv\">"))
        #expect(html.contains("<a href=\"#monitoring\">"))
    }
}

/// The page titles each figure once: its caption; the chart inlined under it is cut below the title
/// its SVG file draws (`data-title-band`), which the file itself keeps.
@Suite struct PageChartTitleTests {
    @Test func everyInlinedChartIsCutBelowItsTitle() throws {
        let runner = try BuildRunner.demo()
        #expect(runner.build() == 0)
        let page = try #require(runner.read("output/index.html"))
        let roots = page.matches(of: /<svg class="chart"[^>]*>/).map { String($0.output) }
        #expect(roots.count >= 19)
        for root in roots {
            let id = try #require(root.firstMatch(of: /aria-labelledby="([a-z0-9-]+)--chart-title/)?.output.1)
            #expect(!root.contains("data-title-band"))
            // The phone's drawing, narrower, is the page's alone; its title band is its own.
            if id.hasSuffix("--narrow") {
                let top = try #require(root.firstMatch(of: #/viewBox="0 ([0-9.]+) /#)?.output.1)
                #expect((Double(top) ?? 0) > 20, "\(id): \(root.suffix(120))")
                continue
            }
            let file = try #require(runner.read("output/svg/\(id).svg"))
            let band = try #require(file.firstMatch(of: /data-title-band="([0-9.]+)"/)?.output.1)
            #expect(root.contains("viewBox=\"0 \(band) "), "\(id): \(root.suffix(120))")
            #expect(file.contains("viewBox=\"0 0 "), "the file keeps the whole chart")
        }
        #expect(roots.filter { $0.contains("--narrow--chart-title") }.count * 2 == roots.count, "a narrow drawing each")
    }
}
