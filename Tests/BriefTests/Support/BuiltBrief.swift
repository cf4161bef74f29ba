import Foundation
import Synchronization
import Testing

/// A scenario built end to end by the real command, with its brief read back by pdftotext.
/// Builds are cached per scenario, so the matrix's tests share one build each.
struct BuiltBrief: Sendable {
    let runner: BuildRunner
    /// The whole text, pages separated by form feeds.
    let text: String
    /// The prose between the front matter and the method note, whitespace folded into single spaces.
    let body: String
    /// The lines of every page but the cover, as pdftotext gives them.
    let lines: [String]

    private static let cache = Mutex<[String: BuiltBrief]>([:])

    /// The scenario's brief in the edition of `language` (`en`, `fr`).
    init(_ scenario: Scenario, language: String = "en") throws {
        let key = "\(scenario)-\(language)"
        if let built = Self.cache.withLock({ $0[key] }) {
            self = built
            return
        }
        let runner = BuildRunner()
        let status = runner.run(try scenario.prepare(in: runner, language: language))
        try #require(status == 0, "the \(scenario) build exited \(status)")
        let extracted = try ExternalTool.run("pdftotext", [runner.path("report/brief.pdf"), "-"])
        try #require(extracted.status == 0)
        self.runner = runner
        text = extracted.output
        let pages = text.components(separatedBy: "\u{0C}").dropFirst()
        lines = pages.flatMap { $0.split(separator: "\n").map(String.init) }
        let method = language == "fr" ? "\nNote méthodologique\n" : "\nMethod note\n"
        // The page after the cover (contents, abbreviations, citation) is front matter, not prose.
        let contents = language == "fr" ? "Table des matières\n" : "Contents\n"
        let text = pages.first?.hasPrefix(contents) == true ? pages.dropFirst() : pages
        let prose = text.joined(separator: "\n").components(separatedBy: method)[0]
        body = prose.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let built = self
        Self.cache.withLock { $0[key] = built }
    }

    func read(_ path: String) -> String? { runner.read(path) }

    func json(_ path: String) throws -> [String: Any] {
        let data = try #require(read(path)).data(using: .utf8)!
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// figures.json's figures by id.
    func figures() throws -> [String: [String: Any]] {
        let list = try #require(try json("report/figures.json")["figures"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: list.map { ($0["id"] as! String, $0) })
    }

    func headline() throws -> [String: Any] { try #require(try json("report/figures.json")["headline"] as? [String: Any]) }

    func series(_ id: String, _ name: String) throws -> [Any]? {
        let series = try figures()[id]?["series"] as? [[String: Any]]
        return series?.first { $0["name"] as? String == name }?["values"] as? [Any]
    }

    /// Numbers standing in lines that hold words (tick labels and category rows hold none).
    func proseNumbers() -> [(number: String, line: String)] {
        let number = /\d[\d,]*(?:\.\d+)?/
        return lines.filter { $0.contains(/[A-Za-z]{3}/) }.flatMap { line in
            line.matches(of: number).map { (String($0.output).replacingOccurrences(of: ",", with: ""), line) }
        }
    }
}
