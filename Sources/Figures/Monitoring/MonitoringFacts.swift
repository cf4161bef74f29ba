import BriefModel

/// What the brief's "Monitoring arms flows" section and the headline say about the `ArmsFlow`
/// views: every item it names is chosen here by a computed rule, never by the template.
public struct MonitoringFacts: Sendable {
    /// An item the brief's tracker table lists, with the rule that chose it.
    public struct Notable: Sendable {
        /// Found in the most regions; the latest year of production; made after the cutoff year and
        /// found in more than one zone (the flow Box 4 describes), most recently spread first.
        public enum Reason: String, Sendable { case widespread, newest, spread }
        public var item: TrackedItem
        public var reasons: [Reason]
    }

    public let flow: ArmsFlow
    public let notable: [Notable]
    /// Arms types and ammunition samples first recovered in the period's last year.
    public let firstSightingsLastYear: [TrackedItem]
    /// Arms types first recovered after the first year the data covers (in which everything is
    /// new), the most recent first; and that first year.
    public let newArmsTypes: [TrackedItem]
    public let firstDataYear: Int?
    /// The arms item and the ammunition samples first recovered soonest after production.
    public let fastest: [TrackedItem]
    /// Items found in more than one zone, the one that most recently entered a new zone first.
    public let spread: [TrackedItem]
    public let postCutoffItems: [TrackedItem]

    static let perRule: [Notable.Reason: Int] = [.widespread: 3, .newest: 3, .spread: 5]

    public init(_ flow: ArmsFlow) {
        self.flow = flow
        let items = flow.items
        spread = items.filter { $0.spread != nil }.ordered { ($0.spread!, $0.key) > ($1.spread!, $1.key) }
        let widespread = items.filter { $0.sightings.regionCount > 1 }.first(Self.perRule[.widespread]!) {
            ($0.sightings.regionCount, $0.sightings.records, $1.key) > ($1.sightings.regionCount, $1.sightings.records, $0.key)
        }
        let newest = items.filter { $0.year != nil }.first(Self.perRule[.newest]!) {
            ($0.year!, $1.sightings.first, $1.key) > ($1.year!, $0.sightings.first, $0.key)
        }
        var notable: [Notable] = []
        let newSpread = spread.filter { ($0.year ?? Int.min) > flow.producedAfter }
        for (reason, chosen) in [(Notable.Reason.widespread, widespread), (.newest, newest), (.spread, newSpread)] {
            for item in chosen.prefix(Self.perRule[reason]!) {
                if let i = notable.firstIndex(where: { $0.item.key == item.key }) {
                    notable[i].reasons.append(reason)
                } else {
                    notable.append(Notable(item: item, reasons: [reason]))
                }
            }
        }
        self.notable = notable
        let last = flow.period.to
        firstSightingsLastYear = flow.typesAndSamples.filter { $0.sightings.first.year == last }
        let firstYear = flow.typesAndSamples.first?.sightings.first.year
        firstDataYear = firstYear
        newArmsTypes = (flow.armsTypes ?? []).filter { $0.sightings.first.year != firstYear }.reversed()
        // The quickest arms item and the two quickest samples, said quickest first.
        fastest = (LagBands.fastest(flow.arms ?? [], limit: 1) + LagBands.fastest(flow.ammunition ?? [], limit: 2))
            .enumerated().sorted { ($0.element.lag!, $0.offset) < ($1.element.lag!, $1.offset) }.map(\.element)
        postCutoffItems = items.filter { ($0.year ?? Int.min) > flow.producedAfter }
            .ordered { ($0.year!, $0.sightings.first, $0.key) > ($1.year!, $1.sightings.first, $1.key) }
    }

    /// The program's own headline keys (README, "Headline statistics"); null where unknown.
    public var headline: [(key: String, value: Statistic)] {
        let arms = flow.arms, ammunition = flow.ammunition
        let cutoffArms = flow.postCutoff.total(.arms), cutoffAmmunition = flow.postCutoff.total(.ammunition)
        func share(_ year: PostCutoffCounts.Year?) -> Statistic { .fraction(year?.share) }
        let last = flow.period.to
        return [
            ("arms_items_tracked", .count(arms?.count)),
            ("ammunition_samples_tracked", .count(ammunition?.count)),
            ("arms_types_first_seen_last_year", .count(flow.armsTypes?.filter { $0.sightings.first.year == last }.count)),
            ("ammunition_samples_first_seen_last_year", .count(ammunition?.filter { $0.sightings.first.year == last }.count)),
            ("items_spread_across_zones", .count(arms == nil && ammunition == nil ? nil : spread.count)),
            ("median_lag_years_arms", .number(arms.flatMap(LagBands.median))),
            ("median_lag_years_ammunition", .number(ammunition.flatMap(LagBands.median))),
            ("recovered_within_5_years_arms", .fraction(arms.flatMap { LagBands.shareWithin(5, $0) })),
            ("recovered_within_5_years_ammunition", .fraction(ammunition.flatMap { LagBands.shareWithin(5, $0) })),
            ("produced_after", .count(flow.producedAfter)),
            ("post_cutoff_arms", share(cutoffArms)),
            ("post_cutoff_ammunition", share(cutoffAmmunition)),
        ]
    }
}
