import BriefModel
import Figures
import Foundation
import Ingest

/// What moved since the report in place: per figure, the values that changed (old → new); ammunition
/// samples not in the previous tracker; rows rejected now that were not before. Written as
/// `changes.json`, summarised on the command line and in the brief.
public struct ReportChanges: Sendable {
    public struct ValueChange: Sendable, Equatable {
        public var series: String
        public var category: String
        public var old: Double?
        public var new: Double?
    }

    public struct FigureChange: Sendable {
        public var id: String
        public var title: String
        public var values: [ValueChange]
    }

    public struct NewReject: Sendable, Equatable {
        public var export: String
        public var line: Int
        public var code: String
        public var message: String
    }

    /// An ammunition sample not in the previous tracker: its tracker row's first columns.
    public struct NewSample: Sendable, Equatable {
        public var calibre: String
        public var producer: String
        public var year: String
        /// The canonical English name; empty when not recorded.
        public var country: String

        /// `7.62x39mm Factory 71 1975 (China)`, as changes.json writes it.
        public var text: String { "\(calibre) \(producer) \(year)\(country.isEmpty ? "" : " (\(country))")" }
    }

    /// Materiel this build sees for the first time: in no tracker of the previous report.
    public struct FirstSighting: Sendable, Equatable {
        public var kind: String
        public var item: String
        public var date: CivilDate
        public var region: String
    }

    public var figures: [FigureChange] = []
    public var newSamples: [NewSample] = []
    public var newRejects: [NewReject] = []
    public var firstSightings: [FirstSighting] = []

    public var isEmpty: Bool { figures.isEmpty && newSamples.isEmpty && newRejects.isEmpty && firstSightings.isEmpty }

    /// Compares the new results with the report in `previous`; nil when there is no previous report.
    public static func compare(
        previous: URL, figures: [FigureResult], tracker: [[String]], rejects: [Reject], flow: ArmsFlow? = nil
    ) -> ReportChanges? {
        guard let old = PreviousReport(folder: previous) else { return nil }
        var changes = ReportChanges()
        for figure in figures where figure.isAvailable {
            let before = old.figures[figure.id] ?? [:]
            var values: [ValueChange] = []
            for series in figure.series {
                for (i, category) in figure.categories.enumerated() {
                    let was = before[series.name]?[category] ?? nil
                    let now = series.values[i]
                    if !same(was, now) { values.append(ValueChange(series: series.name, category: category, old: was, new: now)) }
                }
            }
            if !values.isEmpty { changes.figures.append(FigureChange(id: figure.id, title: figure.title, values: values)) }
        }
        changes.newSamples = tracker.filter { !old.samples.contains($0.prefix(3).joined(separator: "|")) }
            .map { NewSample(calibre: $0[0], producer: $0[1], year: $0[2], country: $0[3]) }
        changes.newRejects = rejects.filter { !old.rejects.contains("\($0.export.rawValue)|\($0.code.rawValue)|\($0.rawRecord)") }
            .map { NewReject(export: $0.export.rawValue, line: $0.line, code: $0.code.rawValue, message: $0.message) }
        if let flow, let seen = old.sighted {
            changes.firstSightings = flow.typesAndSamples
                .filter { !seen.contains(sightingKey($0)) }
                .map {
                    FirstSighting(
                        kind: $0.kind.rawValue, item: $0.label, date: $0.sightings.first, region: $0.sightings.firstRegion.name)
                }
        }
        return changes
    }

    /// What makes materiel the same across builds: an arms type, or an ammunition sample (calibre,
    /// producer, year); the country a sample's records name may change without making it new.
    static func sightingKey(_ item: TrackedItem) -> String {
        [
            item.kind.rawValue, item.category?.rawValue ?? "", item.model ?? "", item.calibre?.description ?? "",
            item.producer ?? "", item.year.map(String.init) ?? "",
        ].joined(separator: "|")
    }

    private static func same(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case (let x?, let y?): abs(x - y) < 0.000_05
        default: false
        }
    }
}

/// The parts of the report in place that changes are measured against.
struct PreviousReport {
    var figures: [String: [String: [String: Double?]]] = [:]
    var samples: Set<String> = []
    var rejects: Set<String> = []
    /// The materiel of the previous report's `data/first-sightings.csv`; nil when it had none, so
    /// that a report from before the monitoring views does not make everything a first sighting.
    var sighted: Set<String>?

    init?(folder: URL) {
        // figures.json read back through the type that writes it.
        guard let document = FigureTables.previousDocument(folder) else { return nil }
        for figure in document.figures {
            var series: [String: [String: Double?]] = [:]
            for entry in figure.series {
                series[entry.name] = Dictionary(zip(figure.categories, entry.values)) { a, _ in a }
            }
            figures[figure.id] = series
        }
        samples = Self.keys(folder, ReportLayout.sampleTracker, fields: [0, 1, 2])
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent(ReportLayout.firstSightings).path) {
            // kind, category, model, calibre, producer, country, year: the key leaves out the country.
            sighted = Self.keys(folder, ReportLayout.firstSightings, fields: [0, 1, 2, 3, 4, 6])
        }
        rejects = Self.keys(folder, ReportLayout.rejects, fields: [0, 5, 7])
    }

    /// Per data row of a CSV file the pipeline wrote, the texts of `fields` joined by `|`; rows that
    /// do not have the header's fields are left out. Read on the bytes, without a `String` per field:
    /// the previous first sightings and rejects run to tens of thousands of rows, read on the brief's path.
    static func keys(_ folder: URL, _ path: String, fields: [Int]) -> Set<String> {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) else { return [] }
        let bytes = [UInt8](data)
        return bytes.withUnsafeBufferPointer { buffer in
            var scanner = CSVScanner(bytes: buffer, delimiter: UInt8(ascii: ","))
            var spans: [FieldSpan] = []
            guard scanner.nextRecord(fields: &spans) != nil, let last = fields.max(), last < spans.count else { return [] }
            let width = spans.count
            var keys = Set<String>(minimumCapacity: buffer.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }),
                key: [UInt8] = []
            while let record = scanner.nextRecord(fields: &spans) {
                guard record.problem == nil, spans.count == width else { continue }
                key.removeAll(keepingCapacity: true)
                for (n, field) in fields.enumerated() {
                    if n > 0 { key.append(UInt8(ascii: "|")) }
                    let span = spans[field]
                    if span.escaped {
                        appendUnguarded(CSVScanner.text(span, in: buffer)[...], to: &key)
                    } else {
                        appendUnguarded(buffer[span.start..<span.end], to: &key)
                    }
                }
                keys.insert(String(decoding: key, as: UTF8.self))
            }
            return keys
        }
    }

    /// Undoes the formula guard CSVWriter adds (`'=`, `'+`, `'-`, `'@`), so the text compares equal to
    /// the raw record.
    private static func appendUnguarded<Text: Collection<UInt8>>(_ text: Text, to key: inout [UInt8]) {
        let guarded = text.first == UInt8(ascii: "'") && text.dropFirst().first.map(CSVText.formulaStarts.contains) == true
        key.append(contentsOf: guarded ? text.dropFirst() : text[...])
    }

}
