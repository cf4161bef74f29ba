import BriefModel
import Foundation

/// Reading back the figures.json of the report in place, for `--only`, which replaces some
/// figures' entries and keeps the others exactly as they were.
extension FigureTables {
    /// figures.json as written, read back typed.
    struct Document: Decodable {
        struct RecordedPeriod: Decodable {
            var from: Int
            var to: Int
        }
        var period: RecordedPeriod?
        var coverage: [String: FigureEntry.PartialSpan?]?
        var figures: [FigureEntry]
        var headline: [String: Double?]?
    }

    static func previousDocument(_ report: URL) -> Document? {
        guard let data = FileManager.default.contents(atPath: report.appendingPathComponent(ReportLayout.figures).path) else {
            return nil
        }
        return try? JSONDecoder().decode(Document.self, from: data)
    }

    /// figures.json with the figures named in `redrawn` as computed now, and every other entry and the
    /// headline as the report in `report` has them; nil when that report's figures.json cannot be read.
    public static func document(
        _ figures: [FigureResult], period: Period, headline: HeadlineStatistics, keepingFrom report: URL,
        except redrawn: Set<String>
    ) -> String? {
        guard let previous = previousDocument(report) else { return nil }
        let kept = Dictionary(previous.figures.map { ($0.id, $0) }) { first, _ in first }
        let entries = figures.map { figure in
            redrawn.contains(figure.id) ? FigureEntry(figure) : kept[figure.id] ?? FigureEntry(figure)
        }
        let values = headline.values.compactMap { key, _ -> (String, JSONValue)? in
            guard let value = previous.headline?[key] else { return nil }
            return (key, value.map(JSONValue.fraction) ?? .null)
        }
        // The coverage of the build that wrote the figures kept, in the exports' order.
        let coverage = ExportKind.allCases.compactMap { export -> (String, JSONValue)? in
            guard let entry = previous.coverage?[export.rawValue] else { return nil }
            return (
                export.rawValue,
                entry.map {
                    .object([
                        ("from", $0.from.map(JSONValue.string) ?? .null),
                        ("to", $0.to.map(JSONValue.string) ?? .null),
                    ])
                } ?? .null
            )
        }
        return document(entries, period: period, headline: values, coverage: coverage)
    }
}
