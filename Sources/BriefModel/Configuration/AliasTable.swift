/// Extra accepted labels from pipeline.yml, per vocabulary: canonical value → more labels.
public struct AliasTable: Sendable, Equatable {
    public enum Vocabulary: String, Sendable, CaseIterable {
        case categories, parties, regions
        case iedTypes = "ied_types"
        case countries, contexts
        case armsCategories = "arms_categories"
    }

    public var entries: [Vocabulary: [String: [String]]]

    public init(_ entries: [Vocabulary: [String: [String]]] = [:]) {
        self.entries = entries
    }

    public subscript(vocabulary: Vocabulary) -> [String: [String]] { entries[vocabulary] ?? [:] }
}
