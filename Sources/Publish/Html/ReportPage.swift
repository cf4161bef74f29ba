import BriefModel
import Foundation
import Mustache

/// `index.html`: the whole report folder as one self-contained web page, written by the publish
/// stage from the values the brief is made of. The words are in `Resources/page.mustache`; this
/// type only hands the template values, each escaped by Mustache or made safe by `MarkupHTML`.
public struct ReportPage {
    /// What the brief was made from (figures, headline, quality, changes, sources, document).
    public var brief: BriefInputs
    /// The brief's template, whose cover and key findings the page repeats; nil for the bundled one.
    public var briefTemplatePath: String?
    /// Figure id → the chart as SVG, as `SVGChartRenderer` drew it.
    public var charts: [String: String]
    /// The report folder's files (relative paths), so the page links only to files that exist.
    public var files: Set<String>
    public var inputs: [Manifest.Input]
    public var programVersion: String
    public var configurationSHA256: String
    /// Tables of the monitoring section; the section is left out when there is none.
    public var monitoring: [PageTable] = []

    public init(
        brief: BriefInputs, briefTemplatePath: String?, charts: [String: String], files: Set<String>,
        inputs: [Manifest.Input], programVersion: String, configurationSHA256: String
    ) {
        self.brief = brief
        self.briefTemplatePath = briefTemplatePath
        self.charts = charts
        self.files = files
        self.inputs = inputs
        self.programVersion = programVersion
        self.configurationSHA256 = configurationSHA256
    }

    public func render() throws -> String {
        let source = String(decoding: Self.resource("page", "mustache"), as: UTF8.self)
        let template = try MustacheTemplate(string: source)
        return try template.render(context())
    }

    /// The template, stylesheet and script together: configuration of the page, hashed with the rest.
    public static var templateBytes: Data {
        resource("page", "mustache") + resource("page", "css") + resource("page", "js")
    }

    static func resource(_ name: String, _ type: String) -> Data {
        Bundle.module.path(forResource: name, ofType: type).flatMap { FileManager.default.contents(atPath: $0) } ?? Data()
    }

    func context() throws -> [String: Any] {
        let excerpt = try BriefExcerpt(brief, templatePath: briefTemplatePath)
        var c: [String: Any] = [
            "document_title": brief.document.title, "period": brief.period.description,
            "sources": brief.sources.line(for: brief.quality.map(\.export)),
            "style": String(decoding: Self.resource("page", "css"), as: UTF8.self),
            "script": String(decoding: Self.resource("page", "js"), as: UTF8.self),
        ]
        c["cover_title"] = excerpt.title
        c["cover_subtitle"] = excerpt.subtitle
        c["cover_meta"] = excerpt.meta.map { ["html": $0] }
        c["notices"] = excerpt.notices.map { ["html": $0] }
        c["findings_heading"] = excerpt.findingsHeading
        c["findings"] = excerpt.findings.map { block -> [String: Any] in
            var b: [String: Any] = [:]
            b["paragraph"] = block.paragraph
            b["callout"] = block.callout
            b["bullets"] = block.bullets?.map { ["html": $0] }
            b["is_list"] = block.bullets != nil
            return b
        }
        c["figures"] = brief.figures.map(figureContext)
        c["monitoring"] = monitoring.map { $0.context(files: files) }
        c["has_monitoring"] = !monitoring.isEmpty
        if let changes = brief.changes { c["changes"] = changesContext(changes) }
        c["exports"] = brief.quality.map(qualityContext)
        c["build"] = buildContext()
        c.merge(fileLinks()) { $1 }
        return c
    }

    /// The report's other files, for the page's links: `href_brief_pdf`, `href_quality_rejects_csv` …,
    /// present only when the folder holds the file.
    private func fileLinks() -> [String: Any] {
        let names = ["brief.pdf", "figures.json", "changes.json", "quality/report.json", "quality/rejects.csv",
            "manifest.json", "data/ammunition-samples.csv"]
        var links: [String: Any] = [:]
        for name in names where files.contains(name) {
            links["href_" + name.replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: ".", with: "_")
                .replacingOccurrences(of: "-", with: "_")] = name
        }
        return links
    }
}
