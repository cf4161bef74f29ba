import BriefModel
import DemoData
import Ingest
import Testing

@testable import Validate

/// Each field rule is written once; its byte fast path (what the columnar reader takes for plain
/// digits and numeric dates) must agree with the text rule on every input, or the two readers drift.
@Suite struct FieldDecoderTests {
    let date = DateParser(referenceDate: CivilDate(year: 2023, month: 6, day: 30)!)

    /// Texts near the fast paths' edges: digits and separators in every arrangement, a few letters.
    static func texts(count: Int, alphabet: [Character], length: ClosedRange<Int>, seed: UInt64) -> [String] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            String((0..<Int.random(in: length, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
        }
    }

    func direct<Decoder: FieldDecoder>(_ decoder: Decoder, _ text: String) -> Result<Decoder.Value, FieldFault>? {
        var text = text
        return text.withUTF8 { decoder.directly($0) }
    }

    @Test func theNumericDatePathIsTheDateRule() {
        // Three numbers of one to five digits, mixed separators, sometimes a tail: mostly near-dates.
        var generator = SeededGenerator(seed: 7)
        let separators = ["-", "/", ".", "-", "/", " ", "x"], tails = ["", "", "", "T07:00", " 07:00", "Z", "/"]
        let generated = (0..<40_000).map { _ in
            let parts = Self.texts(count: 3, alphabet: Array("0123456789"), length: 1...5, seed: generator.next())
            let first = separators.randomElement(using: &generator)!
            let second = Bool.random(using: &generator) ? first : separators.randomElement(using: &generator)!
            return parts[0] + first + parts[1] + second + parts[2] + tails.randomElement(using: &generator)!
        }
        var taken = 0
        for text in generated + ["2016-09-14", "14/09/2016", "31/02/2016", "2024-01-01", "1.2.2016", "2016-9-14"] {
            guard let fast = direct(date, text) else { continue }
            taken += 1
            #expect(fast == date.decode(text), "\(text.debugDescription)")
        }
        #expect(taken > 200)
    }

    @Test func theDigitsPathIsTheCountRule() {
        let counts = CountParser()
        var taken = 0
        let texts =
            Self.texts(count: 20_000, alphabet: Array("0123456789"), length: 1...20, seed: 11)
            + ["0", "1000000000", "1000000001", "000000000000000012", "0000000000000000012"]
        for text in texts {
            guard let fast = direct(counts, text) else { continue }
            taken += 1
            #expect(fast == counts.decode(text), "\(text.debugDescription)")
        }
        #expect(taken > 1_000)
        #expect(direct(counts, "1000000001") == nil)
    }

    @Test func aFaultCarriesItsCodeAndTheRowCheckersMessage() {
        #expect(
            date.decode("31/02/2016")
                == .failure(FieldFault(.badDate, "is not a real date (expected YYYY-MM-DD, DD/MM/YYYY or \"14 September 2016\")"))
        )
        if case .failure(let problem) = CountParser().decode("-3") {
            #expect(problem.code == .badCount)
            #expect(problem.message(field: "quantity", text: "-3").hasPrefix("quantity \"-3\" is negative"))
        } else {
            Issue.record("-3 read as a count")
        }
    }

    @Test func everyExportColumnHasOneNameAndItsRequiredColumnsAreItsOwn() {
        func check<Column: ExportColumn>(_: Column.Type) {
            let names = Column.allCases.map(\.name)
            #expect(Set(names).count == names.count, "\(Column.self)")
            #expect(Column.allCases.map(\.rawValue) == Array(0..<names.count))
            #expect(Column.schema.columns == names)
            #expect(Column.schema.required.isSubset(of: Set(names)))
            #expect(names.count <= 32, "the unknown-field mask holds 32 columns")
        }
        check(IncidentColumn.self)
        check(ArmsColumn.self)
        check(AmmunitionColumn.self)
        check(AcledColumn.self)
        check(UNFatalityColumn.self)
    }

    /// A label built from a calibre's key (`57mm rocket`) gives the calibre back, to be written the
    /// UN's way; any other text gives none.
    @Test func aCalibresKeyReadsBack() throws {
        for text in ["7.62x39mm", "7.62x54mmR", "57mm", "12.7x108mm", "81mm", "5.45x39mm"] {
            let calibre = try #require(CalibreParser.parse(text))
            #expect(Calibre(description: calibre.description) == calibre, "\(text)")
        }
        for text in ["57", "mm", "7.62x", "x39mm", "57mmR", "7.62x39mmRR", "57 mm", "big"] {
            #expect(Calibre(description: text) == nil, "\(text)")
        }
        #expect(Calibre(description: "7.62x54mmR")?.written(.english) == "7.62\u{00A0}×\u{00A0}54R\u{00A0}mm")
    }
}
