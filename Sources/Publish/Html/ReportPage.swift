import BriefModel
import Foundation
import Localization
import Mustache

/// `index.html`: the whole report folder as one self-contained web page, written by the publish
/// stage from the values the brief is made of, in the brief's language. The page's sentences are in
/// the language's page template (`Resources/page.mustache` in English, `page.<code>.mustache`
/// otherwise), the names of figures' series, categories and places in its vocabulary; this type only
/// hands the template values, each escaped by Mustache or made safe by `MarkupHTML`.
public struct ReportPage {
    /// What the brief was made from (figures, headline, quality, changes, sources, document).
    public var brief: BriefInputs
    /// The brief's template, whose cover and key findings the page repeats; nil for the bundled one.
    public var briefTemplatePath: String?
    /// Figure id → the chart's SVG file, as `SVGChartRenderer` drew it.
    public var charts: [String: Data]
    /// The report folder's files (relative paths), so the page links only to files that exist.
    public var files: Set<String>
    public var inputs: [Manifest.Input]
    public var programVersion: String
    public var configurationSHA256: String
    /// Tables of the monitoring section; the section is left out when there is none.
    public var monitoring: [PageTable] = []
    /// The brief's template as the brief rendered it (`BriefText.blocks`), when the caller has it:
    /// the page's cover and key findings are taken from it rather than rendered again.
    public var briefBlocks: [BriefBlock]?

    public init(
        brief: BriefInputs, briefTemplatePath: String?, charts: [String: Data], files: Set<String>,
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

    /// The edition's language: the page template's, and that of every name and number in it.
    var language: Language { brief.language }

    public func render() throws -> String { String(decoding: try renderBytes(), as: UTF8.self) }

    /// The page's bytes. The charts (nine tenths of the page) do not go through Mustache: the
    /// template is rendered with a marker in each chart's place, and each chart is written at its
    /// marker straight from its SVG file's bytes (as `InlineSVG` makes it fit the page). Through
    /// Mustache, two megabytes were copied five times over into ever larger strings, most of the
    /// page's time. The marker holds a number drawn for this page, which no value can contain.
    public func renderBytes() throws -> Data {
        let marker = ChartMarker()
        let text = try Self.parsedTemplate(language: language.code).render(context(marker: marker))
        return Data(marker.splice(text, charts: charts))
    }

    static func parsedTemplate(language code: String) throws -> ChunkedTemplate {
        try ParsedTemplates.template(String(decoding: try template(language: code), as: UTF8.self))
    }

    /// The file of the page template of `language`, when there is one.
    public static func templatePath(language code: String) -> String? {
        Bundle.module.path(forResource: code == "en" ? "page" : "page.\(code)", ofType: "mustache")
    }

    /// The template of `language`, stylesheet and script together: configuration of the page,
    /// hashed with the rest. Empty for a language without a page template (the build reports it).
    public static func templateBytes(language: String) -> Data {
        ((try? template(language: language)) ?? Data()) + resource("page", "css") + resource("page", "js")
    }

    /// The page template of `language`; none is an error naming the file a translator adds, never English.
    static func template(language code: String) throws(LanguageError) -> Data {
        let name = code == "en" ? "page" : "page.\(code)"
        guard Bundle.module.path(forResource: name, ofType: "mustache") != nil else {
            throw .missingTemplate(language: code, expected: "Sources/Publish/Resources/\(name).mustache")
        }
        return resource(name, "mustache")
    }

    static func resource(_ name: String, _ type: String) -> Data {
        Bundle.module.path(forResource: name, ofType: type).flatMap { FileManager.default.contents(atPath: $0) } ?? Data()
    }

    func context(marker: ChartMarker = ChartMarker()) throws -> [String: Any] {
        let excerpt = try briefBlocks.map(BriefExcerpt.init(blocks:)) ?? BriefExcerpt(brief, templatePath: briefTemplatePath)
        var c: [String: Any] = [
            "document_title": brief.document.title, "period": brief.period.description,
            "sources": brief.sources.line(for: brief.quality.map(\.export)),
            "decimal_separator": language.numbers.decimalSeparator,
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
        c["figures"] = try brief.figures.map { try figureContext($0, marker: marker) }
        c["monitoring"] = monitoring.map { $0.context(files: files) }
        c["has_monitoring"] = !monitoring.isEmpty
        if let changes = brief.changes { c["changes"] = try changesContext(changes) }
        c["exports"] = try brief.quality.map(qualityContext)
        c["build"] = buildContext()
        c.merge(fileLinks()) { $1 }
        return c
    }

    /// The report's other files, for the page's links: `href_brief_pdf`, `href_quality_rejects_csv` …,
    /// present only when the folder holds the file.
    private func fileLinks() -> [String: Any] {
        let names = [
            ReportLayout.brief, ReportLayout.figures, ReportLayout.changes, ReportLayout.qualityReport, ReportLayout.rejects,
            ReportLayout.manifest, ReportLayout.sampleTracker,
        ]
        var links: [String: Any] = [:]
        for name in names where files.contains(name) {
            links[
                "href_"
                    + name.replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: ".", with: "_")
                    .replacingOccurrences(of: "-", with: "_")] = name
        }
        return links
    }
}
