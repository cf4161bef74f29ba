import BriefModel
import Ingest

/// The per-distinct-value readers the columnar readers share. Each memo entry is made by the very
/// functions the row checker calls (`LabelVocabulary.match`, `DateParser`, `CountParser` …) on the
/// trimmed text, so a value read from the memo is the value the row checker would read.
struct FieldMemos: Sendable {
    let context: ValidationContext
    let encoding: TextEncoding
    private var dates = ByteMemo<Int32>()
    private var counts = ByteMemo<Int32>()

    init(context: ValidationContext, encoding: TextEncoding) {
        self.context = context
        self.encoding = encoding
    }

    func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String { TextDecoder.string(bytes, encoding) }

    /// A required date as a `DayKey`; nil when blank or faulty. The numeric forms (date-times are
    /// mostly distinct, so a memo would miss) are read straight from the bytes; the written ones
    /// (`14 septembre 2016`) through the memo.
    mutating func date(_ fields: RecordFields, _ column: Int) -> Int32? {
        guard let range = fields.text(column) else { return nil }
        if let (year, month, day) = Self.numericDate(UnsafeBufferPointer(rebasing: fields.bytes[range])) {
            guard let date = CivilDate(year: year, month: month, day: day), date <= context.dates.referenceDate else {
                return nil
            }
            return DayKey.make(date)
        }
        let context = context, encoding = encoding
        let key = dates.value(fields.bytes, range) { bytes in
            switch context.dates.parse(TextDecoder.string(bytes, encoding)) {
            case .success(let date): DayKey.make(date)
            case .failure: 0
            }
        }
        return key == 0 ? nil : key
    }

    /// `DateParser.numericComponents` without its arrays, rule for rule: `2016-09-14` (and a time
    /// after `T` or a space), `14/09/2016`, `14.09.2016`, `14-09-2016`; nil for anything else.
    @inline(__always)
    static func numericDate(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int)? {
        var numbers = (0, 0, 0), widths = (0, 0, 0), separators: (UInt8, UInt8) = (0, 0)
        var count = 0, current = 0, width = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x30, byte <= 0x39 {
                current = current * 10 + Int(byte - 0x30)
                width += 1
                guard width <= 4 else { return nil }
            } else {
                guard width > 0, count < 2, byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".")
                else { break }
                if count == 0 {
                    (numbers.0, widths.0, separators.0) = (current, width, byte)
                } else {
                    (numbers.1, widths.1, separators.1) = (current, width, byte)
                }
                count += 1
                current = 0
                width = 0
            }
            index += 1
        }
        guard width > 0, count == 2, separators.0 == separators.1 else { return nil }
        (numbers.2, widths.2) = (current, width)
        let rest = bytes.count - index
        if widths.0 == 4 {
            guard separators.0 == UInt8(ascii: "-"), widths.1 == 2, widths.2 == 2,
                rest == 0 || bytes[index] == UInt8(ascii: "T") || bytes[index] == UInt8(ascii: " ")
            else { return nil }
            return numbers
        }
        guard rest == 0, widths.0 <= 2, widths.1 <= 2, widths.2 == 4 else { return nil }
        return (numbers.2, numbers.1, numbers.0)
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
struct LabelMemo: Sendable {
    static let none: Int32 = -1, bad: Int32 = -2
    private var memo = ByteMemo<Int32>()
    let optional: Bool

    init(optional: Bool) { self.optional = optional }

    mutating func code(_ fields: RecordFields, _ column: Int, encoding: TextEncoding, _ match: (String) -> Int32?) -> Int32 {
        // Not through `code(_:_:encoding:into:_:)` with a `Void` target: every zero-sized variable
        // has the same address, so the race checker saw one variable written from every thread.
        guard let range = fields.text(column) else { return optional ? Self.none : Self.bad }
        let optional = optional
        return memo.value(fields.bytes, range) { bytes in
            let text = TextDecoder.string(bytes, encoding)
            if optional, UnknownToken.matches(text) { return Self.none }
            return match(text) ?? Self.bad
        }
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
struct TextMemo: Sendable {
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
            return dictionary.isDistinct
                ? memo.value(fields.bytes, range, read)
                : read(UnsafeBufferPointer(rebasing: fields.bytes[range]))
        }
        scratch = CSVScanner.text(span, in: fields.bytes)
        return scratch.withUnsafeBufferPointer { bytes in
            var start = 0, end = bytes.count
            while start < end, RecordFields.isSpace(bytes[start]) { start += 1 }
            while end > start, RecordFields.isSpace(bytes[end - 1]) { end -= 1 }
            guard start < end else { return 0 }
            return dictionary.isDistinct
                ? memo.value(bytes, start..<end, read) : read(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
    }
}
