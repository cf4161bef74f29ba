import BriefModel
import Ingest

/// Reads one field kind (a date, a count, a label, a calibre, a year). Each rule is written once,
/// here, and both readers drive it: the row checker with a record's text, the columnar reader with
/// the file's bytes (through a `ByteMemo` where values repeat).
protocol FieldDecoder: Sendable {
    associatedtype Value: Sendable
    /// The value of a field's trimmed, non-blank text, or why it is not one.
    func decode(_ text: String) -> Result<Value, FieldFault>
    /// The value when the bytes alone decide it (plain digits, a numeric date), without making
    /// text; nil when the text is needed. A fast path of `decode`, never a different rule.
    func directly(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Value, FieldFault>?
}

extension FieldDecoder {
    func directly(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Value, FieldFault>? { nil }

    /// A field's trimmed bytes in the export's encoding.
    func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ encoding: TextEncoding) -> Result<Value, FieldFault> {
        directly(bytes) ?? decode(TextDecoder.string(bytes, encoding))
    }
}

/// Why a field's text is not a value of its kind: the reject code and the problem, said after the
/// field's name and text ("date \"31/02/2016\" is not a real date (…)").
struct FieldFault: Error, Equatable, Sendable {
    let code: RejectCode
    let problem: String

    init(_ code: RejectCode, _ problem: String) {
        self.code = code
        self.problem = problem
    }

    func message(field: String, text: String) -> String { "\(field) \(TextSnippet.quoted(text)) \(problem)" }
}

/// A decoder that reads each distinct text once: exports repeat the same few thousand dates and a
/// few dozen calibre spellings. Shared by the copies of a context, so guarded.
final class Memoized<Decoder: FieldDecoder>: FieldDecoder {
    let decoder: Decoder
    private let decoded = Locked<[String: Result<Decoder.Value, FieldFault>]>([:])

    init(_ decoder: Decoder) { self.decoder = decoder }

    func decode(_ text: String) -> Result<Decoder.Value, FieldFault> {
        if let known = decoded.withLock({ $0[text] }) { return known }
        let result = decoder.decode(text)
        decoded.withLock { $0[text] = result }
        return result
    }

    func directly(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Decoder.Value, FieldFault>? { decoder.directly(bytes) }
}
