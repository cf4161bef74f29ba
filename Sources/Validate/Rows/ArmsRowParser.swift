import BriefModel
import Ingest

struct ArmsRowParser: RowParser {
    let context: ValidationContext

    func parse(_ row: inout RowChecker<ArmsColumn>) -> ArmsItem? {
        let decode = context.decoders
        let id = row.required(.itemID)
        let date = row.required(.recoveredDate, decode.date)
        let region = row.required(.region, decode.region)
        let recovery = row.optional(.context, decode.recoveryContext)
        let category = row.required(.category, decode.armsCategory)
        let calibre = row.optional(.calibre, decode.calibre)
        let country = row.optional(.country, decode.country)
        let year = row.noted(.year, decode.year)
        let quantity = row.count(.quantity, decode.count)

        guard row.faults.isEmpty, let id, let date, let region, let category else { return nil }
        return ArmsItem(
            id: id, recoveredDate: date, region: region, category: category, incidentID: row.optionalText(.incidentID),
            context: recovery, model: row.optionalText(.model), calibre: calibre, country: country,
            producer: row.optionalText(.producer), year: year, quantity: Self.quantity(quantity),
            notes: row.optionalText(.notes))
    }

    /// A batch size: unknown or zero means one documented item.
    static func quantity(_ count: Count?) -> Int { max(1, count?.value ?? 1) }
}
