import Foundation

/// Reads JSON exports: an array of objects, an object holding one array, or JSON Lines.
/// Each element is parsed on its own, so one bad element is one malformed row, not a lost file.
public struct JSONReader {
    public enum Layout: Sendable { case document, lines }

    public let layout: Layout

    public init(layout: Layout) { self.layout = layout }

    public func read(_ bytes: [UInt8], file: String, encoding: TextEncoding) throws -> RawTable {
        let elements = layout == .lines ? Self.lineElements(bytes) : try JSONElementScanner.elements(of: bytes, file: file)
        var builder = Builder()
        for element in elements {
            let raw = String(decoding: bytes[element.range], as: UTF8.self)
            do {
                builder.add(line: element.line, object: try Self.object(bytes[element.range]), raw: raw)
            } catch {
                builder.malformed.append(MalformedRecord(line: element.line, reason: error.reason, raw: raw))
            }
        }
        return builder.table(file: file, encoding: encoding)
    }

    struct ElementProblem: Error { let reason: String }

    static func object(_ bytes: ArraySlice<UInt8>) throws(ElementProblem) -> [(String, String?)] {
        let object: [String: JSONField]
        do {
            object = try JSONDecoder().decode([String: JSONField].self, from: Data(bytes))
        } catch DecodingError.typeMismatch(let type, _) where type != JSONField.self {
            throw ElementProblem(reason: "not a JSON object")
        } catch DecodingError.dataCorrupted(let context) where !context.codingPath.isEmpty {
            throw ElementProblem(
                reason: "field \"\(context.codingPath[0].stringValue)\" holds a list or object, expected text or a number")
        } catch {
            throw ElementProblem(reason: "not valid JSON")
        }
        // Key order is lost in decoding; the raw text keeps it, and order only matters for display.
        return object.keys.sorted().map { ($0, object[$0]!.text) }
    }

    static func lineElements(_ bytes: [UInt8]) -> [JSONElementScanner.Element] {
        var result: [JSONElementScanner.Element] = []
        var start = 0, line = 1
        for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "\n") {
            var end = index
            if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            if bytes[start..<end].contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) {
                result.append(.init(line: line, range: start..<end))
            }
            start = index + 1
            line += 1
        }
        return result
    }

    /// Collects rows whose keys may differ: the headers are every key seen, in first-seen order.
    struct Builder {
        var headers: [String] = []
        var index: [String: Int] = [:]
        var rows: [(line: Int, pairs: [(String, String?)], raw: String)] = []
        var malformed: [MalformedRecord] = []

        mutating func add(line: Int, object: [(String, String?)], raw: String) {
            for (key, _) in object where index[key] == nil {
                index[key] = headers.count
                headers.append(key)
            }
            rows.append((line, object, raw))
        }

        func table(file: String, encoding: TextEncoding) -> RawTable {
            let records = rows.map { row in
                var values = [String?](repeating: nil, count: headers.count)
                for (key, value) in row.pairs { values[index[key]!] = value }
                return RawRecord(line: row.line, values: values, raw: row.raw)
            }
            return RawTable(file: file, encoding: encoding, headers: headers, records: records, malformed: malformed)
        }
    }
}

/// One field of a JSON record: text, a number, a boolean or null; lists and objects are refused.
enum JSONField: Decodable {
    case text(String?)

    init(from decoder: Decoder) throws {
        let value = try decoder.singleValueContainer()
        if value.decodeNil() {
            self = .text(nil)
        } else if let string = try? value.decode(String.self) {
            self = .text(string)
        } else if let bool = try? value.decode(Bool.self) {
            self = .text(bool ? "true" : "false")
        } else if let int = try? value.decode(Int.self) {
            self = .text(String(int))
        } else if let double = try? value.decode(Double.self) {
            self = .text(double == double.rounded() && abs(double) < 1e15 ? String(Int(double)) : String(double))
        } else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a scalar"))
        }
    }

    var text: String? {
        switch self {
        case .text(let value): value
        }
    }
}
