import BriefModel

/// Every field decoder of the mission's exports, built once per validator from its vocabularies and
/// reference date, so that a column is read by the same decoder on either path. A class: the readers
/// hold it for every row, and one reference is cheaper to pass around than eleven.
final class FieldDecoders: Sendable {
    let date: Memoized<DateParser>
    let count = CountParser()
    let year: YearParser
    let calibre = Memoized(CalibreParser())
    let region: LabelDecoder<Region>
    let category: LabelDecoder<IncidentCategory>
    let party: LabelDecoder<Party>
    let iedType: LabelDecoder<IEDType>
    let armsCategory: LabelDecoder<ArmsCategory>
    let recoveryContext: LabelDecoder<RecoveryContext>
    let country: LabelDecoder<Country>

    init(_ words: Vocabularies, referenceDate: CivilDate) {
        date = Memoized(DateParser(referenceDate: referenceDate))
        year = YearParser(referenceYear: referenceDate.year)
        region = LabelDecoder(vocabulary: words.regions, code: .unknownRegion, expected: "region of Mali")
        category = LabelDecoder(vocabulary: words.categories, code: .unknownCategory, expected: "incident category")
        party = LabelDecoder(vocabulary: words.parties, code: .unknownParty, expected: "party")
        iedType = LabelDecoder(vocabulary: words.iedTypes, code: .unknownIEDType, expected: "IED type")
        armsCategory = LabelDecoder(vocabulary: words.armsCategories, code: .unknownCategory, expected: "arms category")
        recoveryContext = LabelDecoder(vocabulary: words.contexts, code: .unknownContext, expected: "recovery context")
        country = LabelDecoder(vocabulary: words.countries, code: .unknownCountry, expected: "country")
    }
}
