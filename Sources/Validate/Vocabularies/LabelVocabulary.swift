import BriefModel

/// Matches free-text labels to canonical values by their folded form, with a memo so that a
/// million rows with a dozen distinct labels fold each label once. The memo is guarded, so a
/// vocabulary may be shared between threads; each reader still takes a copy with a memo of its own.
public final class LabelVocabulary<Value: Sendable>: Sendable {
    private let table: [String: Value]
    private let memo = Locked<[String: Value?]>([:])

    /// `labels`: canonical value and the labels that mean it. `extra`: pipeline.yml aliases keyed by
    /// the canonical value's key, resolved with `canonical`.
    public init(
        _ labels: [(Value, [String])], extra: [String: [String]] = [:], canonical: (String) -> Value? = { _ in nil }
    ) throws(AliasError) {
        var table: [String: Value] = [:]
        for (value, names) in labels {
            for name in names { table[LabelKey.fold(name)] = value }
        }
        for (key, names) in extra {
            guard let value = canonical(key) else { throw AliasError(canonical: key) }
            for name in names { table[LabelKey.fold(name)] = value }
        }
        self.table = table
    }

    /// The same table with a memo of its own, for another thread (the memo is not shared).
    init(copying other: LabelVocabulary) { table = other.table }

    public func match(_ label: String) -> Value? {
        if let known = memo.withLock({ $0[label] }) { return known }
        let value = table[LabelKey.fold(label)]
        memo.withLock { $0[label] = value }
        return value
    }
}

/// An alias in pipeline.yml names a canonical value that does not exist.
public struct AliasError: Error, CustomStringConvertible {
    public let canonical: String
    public var vocabulary = ""
    public var description: String {
        "aliases.\(vocabulary): \(TextSnippet.quoted(canonical)) is not a canonical value of this vocabulary"
    }
}
