import BriefModel

/// Every label vocabulary of the contract, with pipeline.yml's aliases added. Built once per run.
public final class Vocabularies: Sendable {
    public let categories: LabelVocabulary<IncidentCategory>
    public let parties: LabelVocabulary<Party>
    public let iedTypes: LabelVocabulary<IEDType>
    public let regions: LabelVocabulary<Region>
    public let armsCategories: LabelVocabulary<ArmsCategory>
    public let contexts: LabelVocabulary<RecoveryContext>
    public let countries: LabelVocabulary<Country>

    public init(aliases: AliasTable = AliasTable()) throws(AliasError) {
        func build<T>(
            _ labels: [(T, [String])], _ vocabulary: AliasTable.Vocabulary, _ canonical: @escaping (String) -> T?
        )
            throws(AliasError) -> LabelVocabulary<T>
        {
            do {
                return try LabelVocabulary(labels, extra: aliases[vocabulary], canonical: canonical)
            } catch var error {
                error.vocabulary = vocabulary.rawValue
                throw error
            }
        }
        let regionTable = try LabelVocabulary(IncidentLabels.regions)
        categories = try build(IncidentLabels.categories, .categories) { IncidentCategory(rawValue: $0) }
        parties = try build(IncidentLabels.parties, .parties) { Party(rawValue: $0) }
        iedTypes = try build(IncidentLabels.iedTypes, .iedTypes) { IEDType(rawValue: $0) }
        regions = try build(IncidentLabels.regions, .regions) { regionTable.match($0) }
        armsCategories = try build(MaterielLabels.armsCategories, .armsCategories) { ArmsCategory(rawValue: $0) }
        contexts = try build(MaterielLabels.contexts, .contexts) { RecoveryContext(rawValue: $0) }
        let countryTable = try LabelVocabulary(CountryTable.labels)
        countries = try build(CountryTable.labels, .countries) { countryTable.match($0) }
    }

    /// The same vocabularies with memos of their own, for another thread: folding every label of
    /// the contract again would cost more than reading a small export.
    public init(copying other: Vocabularies) {
        categories = LabelVocabulary(copying: other.categories)
        parties = LabelVocabulary(copying: other.parties)
        iedTypes = LabelVocabulary(copying: other.iedTypes)
        regions = LabelVocabulary(copying: other.regions)
        armsCategories = LabelVocabulary(copying: other.armsCategories)
        contexts = LabelVocabulary(copying: other.contexts)
        countries = LabelVocabulary(copying: other.countries)
    }
}
