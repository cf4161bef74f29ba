import BriefModel
import Ingest

struct AmmunitionRowParser: RowParser {
    let context: ValidationContext
    var schema: ExportSchema { .ammunition }

    func parse(_ row: inout RowChecker) -> AmmunitionRecord? {
        let words = context.vocabularies
        let id = row.required("record_id")
        let date = row.date("recovered_date", context)
        let region = row.label("region", words.regions, .unknownRegion, expected: "region of Mali")
        let calibre = row.calibre("calibre", required: true, memo: context.calibreMemo)
        let country = row.optionalLabel("country", words.countries, .unknownCountry, expected: "country")
        if country == nil, row.optionalText("country") == nil { row.noteUnknown("country") }
        let year = row.year("year", referenceYear: context.referenceYear)
        let quantity = row.count("quantity")

        guard row.faults.isEmpty, let id, let date, let region, let calibre else { return nil }
        return AmmunitionRecord(
            id: id, recoveredDate: date, region: region, calibre: calibre,
            incidentID: row.optionalText("incident_id"), headstamp: row.optionalText("headstamp"),
            producer: row.optionalText("producer"), country: country, year: year,
            quantity: ArmsRowParser.quantity(quantity))
    }
}
