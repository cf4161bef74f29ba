import BriefModel
import Ingest

/// The memos of one columnar reader (one per chunk, so never shared): each distinct spelling of a
/// field is decoded once, by the very decoder the row checker calls, so a value read here is the
/// value the row checker would read.
struct FieldMemos: Sendable {
    let decoders: FieldDecoders
    let encoding: TextEncoding
    private var dates = ByteMemo<Int32>()
    private var counts = ByteMemo<Int32>()

    init(decoders: FieldDecoders, encoding: TextEncoding) {
        self.decoders = decoders
        self.encoding = encoding
    }

    func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String { TextDecoder.string(bytes, encoding) }

    /// A required date as a `DayKey`; nil when blank or faulty. The numeric forms (date-times are
    /// mostly distinct, so a memo would miss) are read straight from the bytes; the written ones
    /// (`14 septembre 2016`) through the memo.
    mutating func date<Column: ExportColumn>(_ fields: RecordFields, _ column: Column) -> Int32? {
        guard let range = fields.text(column) else { return nil }
        let decoder = decoders.date.decoder, encoding = encoding
        if let direct = decoder.directly(fields.slice(range)) { return (try? direct.get()).map(DayKey.make) }
        let key = dates.value(fields.bytes, range) { bytes in
            (try? decoder.decode(bytes, encoding).get()).map(DayKey.make) ?? 0
        }
        return key == 0 ? nil : key
    }

    /// A count as `CountCode` (−1 unknown); nil when faulty.
    mutating func count<Column: ExportColumn>(_ fields: RecordFields, _ column: Column) -> Int32? {
        guard let range = fields.text(column) else { return CountCode.unknown }
        let decoder = decoders.count, encoding = encoding
        if let direct = decoder.directly(fields.slice(range)) { return (try? direct.get()).map(CountCode.make) }
        let code = counts.value(fields.bytes, range) { bytes in
            (try? decoder.decode(bytes, encoding).get()).map(CountCode.make) ?? -2
        }
        return code == -2 ? nil : code
    }
}

/// A memo of one coded column (a label, a calibre, a year): the code of each distinct spelling,
/// `none` for blank and the unknown tokens (optional columns), `bad` for what the decoder refuses.
struct CodeMemo: Sendable {
    static let none: Int32 = -1, bad: Int32 = -2
    private var memo = ByteMemo<Int32>()
    let optional: Bool

    init(optional: Bool) { self.optional = optional }

    mutating func code<Column: ExportColumn, Decoder: FieldDecoder>(
        _ fields: RecordFields, _ column: Column, _ decoder: Decoder, encoding: TextEncoding,
        _ code: (Decoder.Value) -> Int32
    ) -> Int32 {
        // Not through `code(_:_:_:encoding:into:_:)` with a `Void` target: every zero-sized variable
        // has the same address, so the race checker saw one variable written from every thread.
        guard let range = fields.text(column) else { return optional ? Self.none : Self.bad }
        let optional = optional
        return memo.value(fields.bytes, range) { bytes in
            let text = TextDecoder.string(bytes, encoding)
            if optional, UnknownToken.matches(text) { return Self.none }
            return (try? decoder.decode(text).get()).map(code) ?? Self.bad
        }
    }

    /// `code` may add the value to `target` (a dictionary column) and return its code.
    mutating func code<Column: ExportColumn, Decoder: FieldDecoder, Target>(
        _ fields: RecordFields, _ column: Column, _ decoder: Decoder, encoding: TextEncoding, into target: inout Target,
        _ code: (Decoder.Value, inout Target) -> Int32
    ) -> Int32 {
        guard let range = fields.text(column) else { return optional ? Self.none : Self.bad }
        let optional = optional
        return memo.value(fields.bytes, range) { bytes in
            let text = TextDecoder.string(bytes, encoding)
            if optional, UnknownToken.matches(text) { return Self.none }
            guard let value = try? decoder.decode(text).get() else { return Self.bad }
            return code(value, &target)
        }
    }
}

/// A memo of one optional free-text column into its dictionary column's codes (0 for none). The
/// key is the field's text with doubled quotes undoubled, so one value has one spelling here. A
/// column that is not deduplicated (mostly unique text) is read without a memo.
struct TextMemo: Sendable {
    private var memo = ByteMemo<UInt32>()
    private var scratch: [UInt8] = []

    mutating func code<Column: ExportColumn>(
        _ fields: RecordFields, _ column: Column, encoding: TextEncoding, into dictionary: inout DictionaryColumn<String>
    ) -> UInt32 {
        let position = fields.positions[column.rawValue]
        guard position >= 0 else { return 0 }
        let span = fields.spans[position]
        func read(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
            let text = TextDecoder.string(bytes, encoding)
            return UnknownToken.matches(text) ? 0 : dictionary.code(for: text)
        }
        guard span.escaped else {
            guard let range = fields.text(column) else { return 0 }
            return dictionary.isDistinct ? memo.value(fields.bytes, range, read) : read(fields.slice(range))
        }
        scratch = CSVScanner.text(span, in: fields.bytes)
        return scratch.withUnsafeBufferPointer { bytes in
            let trimmed = ASCIIText.trimmed(bytes, 0..<bytes.count)
            guard !trimmed.isEmpty else { return 0 }
            return dictionary.isDistinct
                ? memo.value(bytes, trimmed, read) : read(UnsafeBufferPointer(rebasing: bytes[trimmed]))
        }
    }
}
