import Foundation
import Testing

/// Headless Chromium (Debian's `chromium`, installed by scripts/install-deps) looking at a report's
/// index.html the way a reader's browser does: the harness page (Fixtures/web/harness.html) loads it
/// in a 390 px frame, a 1280 px frame and a 1280 px frame with scripts off, measures the rendered
/// page and writes what it found as JSON, which `--dump-dom` prints.
enum Browser {
    static let executable = URL(fileURLWithPath: "/usr/bin/chromium")

    /// What the harness measured in each frame, and what the page wrote to the browser's console.
    struct Report {
        var narrow: Frame
        var wide: Frame
        var noscript: Frame
        var console: [String]
    }

    struct Frame: Decodable {
        struct Chart: Decodable {
            var id: String
            var unavailable: Bool
            var hasChart: Bool
            var width, height, drawnWidth, drawnHeight: Double
            var glyphs: Int
            var smallestText: Double?
        }
        struct Heading: Decodable {
            var level: Int
            var text: String
        }
        struct Links: Decodable {
            var count: Int
            var broken: [String]
            var external: [String]
        }
        var viewport: Double
        var scrollWidth: Double
        var bodyFontSize: Double
        var charts: [Chart]
        var headings: [Heading]
        var images: [String]
        var links: Links
        var scripts: Int
        var injected: Bool
        var sortButtons: Int
        var findings: [String]
        var sections: [String]
        var sources: String
        var notice: String
        var changes: String
        var quality: String
        var overflowing: [String]
        var tableHiddenBefore: Bool?
        var tableShownAfterClick: Bool?
        var hiddenHeaders: [String]
    }

    /// Opens `report/index.html` under `folder` in the harness.
    static func inspect(reportIn folder: URL, report: String = "report") throws -> Report {
        let harness = folder.appendingPathComponent("harness.html")
        let template = String(decoding: Data(Fixtures.bytes("web/harness.html")), as: UTF8.self)
        try template.replacingOccurrences(of: "__PAGE__", with: "\(report)/index.html").write(
            to: harness, atomically: true, encoding: .utf8)
        let run = try chromium(
            [
                "--allow-file-access-from-files", "--enable-logging=stderr", "--v=0", "--window-size=1400,1000",
                "--dump-dom", harness.absoluteString,
            ], in: folder)
        let dom = String(decoding: run.output, as: UTF8.self)
        guard let start = dom.range(of: "<pre id=\"results\">"),
            let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex)
        else {
            Issue.record("the harness wrote no results; chromium said: \(run.errors.suffix(2000))")
            throw BrowserError.noResults
        }
        let json = dom[start.upperBound..<end.lowerBound].replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&nbsp;", with: "\u{A0}").replacingOccurrences(of: "&amp;", with: "&")
        let frames = try JSONDecoder().decode([String: Frame].self, from: Data(json.utf8))
        return Report(
            narrow: try #require(frames["narrow"]), wide: try #require(frames["wide"]),
            noscript: try #require(frames["noscript"]), console: consoleMessages(run.errors, page: "/\(report)/index.html"))
    }

    /// The report page's console lines (every level is logged as INFO:CONSOLE). The scripts-off frame's
    /// notice that its script was blocked is the harness's doing, not the page's.
    static func consoleMessages(_ log: String, page: String) -> [String] {
        log.split(separator: "\n").map(String.init).filter { line in
            line.contains(":CONSOLE")
                && !line.contains("the document's frame is sandboxed and the 'allow-scripts' permission is not set")
        }
    }

    /// Runs chromium headless with a profile of its own, stopping it if it hangs.
    static func chromium(_ arguments: [String], in folder: URL) throws -> ProcessRunner.Result {
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            Issue.record("chromium is not installed: run scripts/install-deps (Debian package `chromium`)")
            throw BrowserError.missing
        }
        let profile = folder.appendingPathComponent("chromium-profile").path
        let common = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
            "--user-data-dir=\(profile)", "--timeout=60000",
        ]
        return try ProcessRunner.run(executable, common + arguments, in: folder, environment: ["HOME": folder.path])
    }

    enum BrowserError: Error { case missing, noResults }
}
