import BriefModel
import Ingest

/// The per-distinct-value readers the columnar readers share. Each memo entry is made by the very
/// functions the row checker calls (`LabelVocabulary.match`, `DateParser`, `CountParser` …) on the
/// trimmed text, so a value read from the memo is the value the row checker would read.
struct FieldMemos {
    let context: ValidationContext
    let encoding: TextEncoding
    private var dates = ByteMemo<Int32>()
    private var counts = ByteMemo<Int32>()

    init(context: ValidationContext, encoding: TextEncoding) {
        self.context = context
        self.encoding = encoding
    }

    func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String { TextDecoder.string(bytes, encoding) }

    /// A required date as a `DayKey`; nil when blank or faulty.
    mutating func date(_ fields: RecordFields, _ column: Int) -> Int32? {
        guard let range = fields.text(column) else { return nil }
        let context = context, encoding = encoding
        let key = dates.value(fields.bytes, range) { bytes in
            switch context.dates.parse(TextDecoder.string(bytes, encoding)) {
            case .success(let date): DayKey.make(date)
            case .failure: 0
            }
        }
        return key == 0 ? nil : key
    }

    /// A count as `CountCode` (−1 unknown) and whether it is unknown; nil when faulty.
    mutating func count(_ fields: RecordFields, _ column: Int) -> Int32? {
        guard let range = fields.text(column) else { return CountCode.unknown }
        if let value = fields.digits(range) { return value }
        let encoding = encoding
        let code = counts.value(fields.bytes, range) { bytes in
            switch CountParser.parse(TextDecoder.string(bytes, encoding)) {
            case .success(let count): CountCode.make(count)
            case .failure: -2
            }
        }
        return code == -2 ? nil : code
    }
}

/// A memo of one label column: the code of each distinct spelling, `none` for blank and the
/// unknown tokens (optional columns), `bad` for what the row checker refuses.
struct LabelMemo {
    static let none: Int32 = -1, bad: Int32 = -2
    private var memo = ByteMemo<Int32>()
    let optional: Bool

    init(optional: Bool) { self.optional = optional }

    mutating func code(_ fields: RecordFields, _ column: Int, encoding: TextEncoding, _ match: (String) -> Int32?) -> Int32 {
        var nothing: Void = ()
        return code(fields, column, encoding: encoding, into: &nothing) { text, _ in match(text) }
    }

    /// `match` may add the value to `target` (a dictionary column) and return its code.
    mutating func code<Target>(
        _ fields: RecordFields, _ column: Int, encoding: TextEncoding, into target: inout Target,
        _ match: (String, inout Target) -> Int32?
    ) -> Int32 {
        guard let range = fields.text(column) else { return optional ? Self.none : Self.bad }
        let optional = optional
        return memo.value(fields.bytes, range) { bytes in
            let text = TextDecoder.string(bytes, encoding)
            if optional, UnknownToken.matches(text) { return Self.none }
            return match(text, &target) ?? Self.bad
        }
    }
}

/// A memo of one optional free-text column into its dictionary column's codes (0 for none). The
/// key is the field's text with doubled quotes undoubled, so one value has one spelling here. A
/// column that is not deduplicated (mostly unique text) is read without a memo.
struct TextMemo {
    private var memo = ByteMemo<UInt32>()
    private var scratch: [UInt8] = []

    mutating func code(
        _ fields: RecordFields, _ column: Int, encoding: TextEncoding, into dictionary: inout DictionaryColumn<String>
    ) -> UInt32 {
        let position = fields.positions[column]
        guard position >= 0 else { return 0 }
        let span = fields.spans[position]
        func read(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
            let text = TextDecoder.string(bytes, encoding)
            return UnknownToken.matches(text) ? 0 : dictionary.code(for: text)
        }
        guard span.escaped else {
            guard let range = fields.text(column) else { return 0 }
            return dictionary.isDistinct ? memo.value(fields.bytes, range, read)
                : read(UnsafeBufferPointer(rebasing: fields.bytes[range]))
        }
        scratch = CSVScanner.text(span, in: fields.bytes)
        return scratch.withUnsafeBufferPointer { bytes in
            var start = 0, end = bytes.count
            while start < end, RecordFields.isSpace(bytes[start]) { start += 1 }
            while end > start, RecordFields.isSpace(bytes[end - 1]) { end -= 1 }
            guard start < end else { return 0 }
            return dictionary.isDistinct ? memo.value(bytes, start..<end, read) : read(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
    }
}
