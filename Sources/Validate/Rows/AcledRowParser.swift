import BriefModel
import Ingest

/// An ACLED event export read as incidents (public-data.md). ACLED records every armed actor, no
/// weapon type and no UN casualty split: only extremists' attacks are kept, categories are
/// approximations, and `fatalities` are deaths of no recorded group.
struct AcledRowParser: RowParser {
    let context: ValidationContext
    let rules: AcledRules

    /// Rule 1 (protests, riots, strategic developments other than "Disrupted weapons use": not
    /// incidents), then the extremist rule for every event of rules 3–5: kept only when the first
    /// actor or its associate is an extremist group; an unidentified attacker is left out unless
    /// `unattributed: count`.
    func filterReason(_ row: RowChecker<AcledColumn>) -> FilterReason? {
        let subEvent = row.text(.subEventType).map(LabelKey.fold)
        if let type = row.text(.eventType), AcledMapping.notIncidents.contains(LabelKey.fold(type)),
            subEvent != AcledMapping.disruptedWeaponsUse
        {
            return .notAnIncident
        }
        guard subEvent != AcledMapping.disruptedWeaponsUse else { return nil }
        let actors = [row.optionalText(.actor1), row.optionalText(.associate1)].compactMap { $0 }
        if actors.contains(where: isExtremist) { return nil }
        if AcledMapping.isUnidentified(row.optionalText(.actor1)) { return rules.countsUnattributed ? nil : .unattributed }
        return .notExtremist
    }

    func isExtremist(_ actor: String) -> Bool { AcledMapping.names(actor, containAnyOf: rules.extremistActors) }

    func parse(_ row: inout RowChecker<AcledColumn>) -> Incident? {
        let decode = context.decoders
        let id = row.required(.eventID)
        let date = row.required(.eventDate, decode.date)
        _ = row.required(.eventType)
        let subEvent = row.required(.subEventType)
        let region = row.required(.admin1, decode.region)
        let coordinate = row.coordinate(latitude: .latitude, longitude: .longitude)
        let killed = row.count(.fatalities, decode.count)
        guard row.faults.isEmpty, let id, let date, let subEvent, let region else { return nil }
        let actor1 = row.optionalText(.actor1), associate1 = row.optionalText(.associate1)
        let byExtremist = [actor1, associate1].compactMap { $0 }.contains(where: isExtremist)
        let (category, iedType) = AcledMapping.category(
            subEventType: subEvent, notes: row.text(.notes) ?? "", actedOnByExtremist: byExtremist)
        var casualties = Casualties()
        casualties.killedUnspecified = killed ?? .unknown
        // Who was attacked; for a find, who found or cleared the device (the event's first actor).
        let party =
            category == .iedFind
            ? AcledMapping.party(actor1, associate1)
            : AcledMapping.party(row.optionalText(.actor2), row.optionalText(.associate2))
        return Incident(
            id: id, date: date, region: region, category: category, party: party,
            iedType: iedType, casualties: casualties, locality: row.optionalText(.location), coordinate: coordinate,
            perpetrator: category == .iedFind ? nil : actor1, source: row.optionalText(.source))
    }
}
