import BriefModel
import Foundation

/// Reading back the figures.json of the report in place, for `--only`, which replaces some
/// figures' entries and keeps the others exactly as they were.
extension FigureTables {
    /// The previous entries by figure id, in the key order figures.json is written in.
    public static func previousEntries(in report: URL) -> [String: JSONValue] {
        guard let json = previousDocument(report), let figures = json["figures"] as? [[String: Any]] else { return [:] }
        var entries: [String: JSONValue] = [:]
        for figure in figures {
            guard let id = figure["id"] as? String else { continue }
            entries[id] = JSONValue(any: figure, order: ["id", "title", "brief", "axis", "unit", "available", "reason",
                "categories", "series", "name", "values"])
        }
        return entries
    }

    /// The previous headline values in the current program's key order.
    public static func previousHeadline(in report: URL, order: HeadlineStatistics) -> [(String, JSONValue)] {
        guard let headline = previousDocument(report)?["headline"] as? [String: Any] else { return order.json }
        return order.values.compactMap { key, _ in headline[key].map { (key, JSONValue(any: $0, order: [])) } }
    }

    /// figures.json with the figures named in `except` new and the others as `keeping` has them.
    public static func document(
        _ figures: [FigureResult], period: Period, headline: [(String, JSONValue)], keeping: [String: JSONValue],
        except: Set<String>
    ) -> String {
        let entries = figures.map { except.contains($0.id) ? json($0) : keeping[$0.id] ?? json($0) }
        return JSONValue.object([
            ("period", .object([("from", .int(period.from)), ("to", .int(period.to))])),
            ("figures", .array(entries)),
            ("headline", .object(headline)),
        ]).text() + "\n"
    }

    private static func previousDocument(_ report: URL) -> [String: Any]? {
        guard let data = FileManager.default.contents(atPath: report.appendingPathComponent("figures.json").path) else {
            return nil
        }
        return try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    }
}

extension JSONValue {
    /// A value read by JSONSerialization, with object keys in `order` first and any others sorted after.
    init(any value: Any, order: [String]) {
        switch value {
        case let object as [String: Any]:
            let keys = order.filter { object[$0] != nil } + object.keys.filter { !order.contains($0) }.sorted()
            self = .object(keys.map { ($0, JSONValue(any: object[$0]!, order: order)) })
        case let array as [Any]: self = .array(array.map { JSONValue(any: $0, order: order) })
        case let string as String: self = .string(string)
        case is NSNull: self = .null
        case let bool as Bool where type(of: value) == Bool.self: self = .bool(bool)
        case let number as NSNumber:
            let double = number.doubleValue
            self = double == double.rounded() && abs(double) < 1e15 ? .int(Int(double)) : .fraction(double)
        default: self = .null
        }
    }
}
