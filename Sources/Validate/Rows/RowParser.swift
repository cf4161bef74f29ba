import BriefModel
import Ingest
import Synchronization

/// Turns one checked raw record into a validated value of one export. Returns nil when the
/// checker collected a fault.
protocol RowParser {
    associatedtype Value: Hashable & Sendable & Identifiable where Value.ID == String
    var schema: ExportSchema { get }
    func parse(_ row: inout RowChecker) -> Value?
    /// Why a row is outside the report by definition (ACLED protests, an attack by a non-extremist
    /// actor, another mission's deaths): counted as filtered, by reason, neither accepted nor rejected.
    func filterReason(_ row: RowChecker) -> FilterReason?
}

extension RowParser {
    func filterReason(_ row: RowChecker) -> FilterReason? { nil }
}

/// What validation needs besides the row: the vocabularies and the reference date.
public struct ValidationContext: Sendable {
    public let vocabularies: Vocabularies
    public let dates: DateParser
    /// Exports repeat the same few thousand dates; each distinct text is parsed once.
    let dateMemo = DateMemo()
    /// And a few dozen calibre spellings: each parsed once.
    let calibreMemo = CalibreMemo()

    public init(vocabularies: Vocabularies, referenceDate: CivilDate) {
        self.vocabularies = vocabularies
        self.dates = DateParser(referenceDate: referenceDate)
    }

    var referenceYear: Int { dates.referenceDate.year }
}

/// Each distinct date text parsed once. Shared by every copy of a context, so guarded: a validator
/// may be used from several threads (the fuzz properties do).
final class DateMemo: Sendable {
    private let parsed = Mutex<[String: Result<CivilDate, DateParser.Failure>]>([:])

    func parse(_ text: String, with parser: DateParser) -> Result<CivilDate, DateParser.Failure> {
        if let known = parsed.withLock({ $0[text] }) { return known }
        let result = parser.parse(text)
        parsed.withLock { $0[text] = result }
        return result
    }
}

/// Each distinct calibre spelling parsed once; guarded like `DateMemo`.
final class CalibreMemo: Sendable {
    private let parsed = Mutex<[String: Calibre?]>([:])

    func parse(_ text: String) -> Calibre? {
        if let known = parsed.withLock({ $0[text] }) { return known }
        let calibre = CalibreParser.parse(text)
        parsed.withLock { $0[text] = calibre }
        return calibre
    }
}
