import BriefModel
import Ingest

struct AmmunitionRowParser: RowParser {
    let context: ValidationContext

    func parse(_ row: inout RowChecker<AmmunitionColumn>) -> AmmunitionRecord? {
        let decode = context.decoders
        let id = row.required(.recordID)
        let date = row.required(.recoveredDate, decode.date)
        let region = row.required(.region, decode.region)
        let calibre = row.required(.calibre, decode.calibre)
        let country = row.noted(.country, decode.country)
        let year = row.noted(.year, decode.year)
        let quantity = row.count(.quantity, decode.count)

        guard row.faults.isEmpty, let id, let date, let region, let calibre else { return nil }
        return AmmunitionRecord(
            id: id, recoveredDate: date, region: region, calibre: calibre, incidentID: row.optionalText(.incidentID),
            headstamp: row.optionalText(.headstamp), producer: row.optionalText(.producer), country: country,
            year: year, quantity: ArmsRowParser.quantity(quantity))
    }
}
