import BriefModel
import Ingest

struct ArmsRowParser: RowParser {
    let context: ValidationContext
    var schema: ExportSchema { .arms }

    func parse(_ row: inout RowChecker) -> ArmsItem? {
        let words = context.vocabularies
        let id = row.required("item_id")
        let date = row.date("recovered_date", context)
        let region = row.label("region", words.regions, .unknownRegion, expected: "region of Mali")
        let recovery = row.optionalLabel("context", words.contexts, .unknownContext, expected: "recovery context")
        let category = row.label("category", words.armsCategories, .unknownCategory, expected: "arms category")
        let calibre = row.calibre("calibre", required: false, memo: context.calibreMemo)
        let country = row.optionalLabel("country", words.countries, .unknownCountry, expected: "country")
        let year = row.year("year", referenceYear: context.referenceYear)
        let quantity = row.count("quantity")

        guard row.faults.isEmpty, let id, let date, let region, let category else { return nil }
        return ArmsItem(
            id: id, recoveredDate: date, region: region, category: category,
            incidentID: row.optionalText("incident_id"), context: recovery, model: row.optionalText("model"),
            calibre: calibre, country: country, producer: row.optionalText("producer"), year: year,
            quantity: Self.quantity(quantity), notes: row.optionalText("notes"))
    }

    /// A batch size: unknown or zero means one documented item.
    static func quantity(_ count: Count?) -> Int { max(1, count?.value ?? 1) }
}
