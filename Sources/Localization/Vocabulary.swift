import Foundation
import Yams

/// The words of one language, read from `Resources/languages/<code>.yml`: nested mappings of
/// texts, looked up by their dotted path (`figures.attacks-per-year.title`). Lookups are strict:
/// a key that is absent is an error naming it.
public struct Vocabulary: Sendable {
    public let language: String
    public let file: String
    private let texts: [String: String]
    private let lists: [String: [String]]

    init(language: String, file: String, yaml: String) throws(LanguageError) {
        self.language = language
        self.file = file
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, .basic)  // every value is text: no tags to resolve
        } catch {
            throw .unreadable(file: file, message: "not valid YAML: \(error)")
        }
        guard let mapping = root?.mapping else { throw .unreadable(file: file, message: "expected a mapping of texts") }
        var texts: [String: String] = [:], lists: [String: [String]] = [:]
        try Self.flatten(mapping, prefix: "", file: file, texts: &texts, lists: &lists)
        self.texts = texts
        self.lists = lists
    }

    private static func flatten(
        _ mapping: Node.Mapping, prefix: String, file: String, texts: inout [String: String],
        lists: inout [String: [String]]
    ) throws(LanguageError) {
        for (keyNode, value) in mapping {
            guard let name = keyNode.string else { throw .unreadable(file: file, message: "a key is not text") }
            let key = prefix.isEmpty ? name : prefix + "." + name
            if let nested = value.mapping {
                try flatten(nested, prefix: key, file: file, texts: &texts, lists: &lists)
            } else if let sequence = value.sequence {
                lists[key] = sequence.compactMap(\.string)
            } else if let text = value.string {
                texts[key] = text
            } else {
                throw .unreadable(file: file, message: "\(key): expected text")
            }
        }
    }

    /// Every key the file defines, for the completeness test.
    public var keys: Set<String> { Set(texts.keys).union(lists.keys) }

    public func has(_ key: String) -> Bool { texts[key] != nil }

    /// The text under `key` with its `{placeholders}` filled from `parameters`.
    public func text(_ key: String, _ parameters: [String: String] = [:]) throws(LanguageError) -> String {
        guard let template = texts[key] else { throw .missingKey(language: language, key: key, file: file) }
        return try fill(template, key: key, parameters)
    }

    /// The list under `key` (month names).
    public func list(_ key: String, count: Int) throws(LanguageError) -> [String] {
        guard let list = lists[key], list.count == count else { throw .missingKey(language: language, key: key, file: file) }
        return list
    }

    /// The key under `prefix` whose text is exactly `text`: used to find an English phrase's key.
    public func key(under prefix: String, withText text: String) -> String? {
        texts.first { $0.key.hasPrefix(prefix + ".") && $0.value == text }?.key
    }

    private func fill(_ template: String, key: String, _ parameters: [String: String]) throws(LanguageError) -> String {
        var out = "", rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            guard let value = parameters[name] else {
                throw .missingParameter(language: language, key: key, parameter: name)
            }
            out += value
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
