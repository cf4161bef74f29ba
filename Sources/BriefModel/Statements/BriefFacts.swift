/// The statements of the brief that are more than a number: trends, ranks, superlatives and what
/// the data does not record. Computed from the figures' series (so text and charts always agree)
/// and handed to the template, which only chooses its wording from them.
public struct BriefFacts: Sendable {
    /// The fewest records a share, a rate or a ranking the brief states may rest on: two attacks
    /// out of six are counted, not said to be "33 per cent" or "one every eight days".
    public static let minimumBase = 10

    /// False for a one-year period: then no comparison over time is made.
    public var multiYear = false

    /// Attacks on all parties, first year → last year.
    public var attacks: Trend?
    /// People killed in attacks, first year → last year.
    public var killed: Trend?
    /// The zone with most attacks in the first and in the last year, with its share of that year's attacks.
    public var leadingZoneFirst: Ranked?
    public var leadingZoneLast: Ranked?
    /// The central zone's share of attacks, first year → last year.
    public var centralShare: Trend?

    /// Attacks on MINUSMA per year, first year → last year.
    public var minusmaAttacks: Trend?
    /// Attack types on MINUSMA, most frequent first.
    public var minusmaAttackTypes: [Ranked] = []
    /// MINUSMA fatalities by attack type, deadliest first; empty when not recorded.
    public var fatalityTypes: [Ranked] = []
    /// An attack type whose share of fatalities is at least twice its share of attacks (and 10 % or more).
    public var outsizedType: (type: String, attackShare: Double, fatalityShare: Double)?
    /// The year(s) with most MINUSMA fatalities (none when there were none).
    public var deadliestYears: [String] = []
    public var deadliestTotal: Int = 0
    /// The attack type that caused most of the deaths of the deadliest year, when one year and one type lead.
    public var deadliestYearType: Ranked?

    public var finds = Finds.notRecorded
    /// RCIED share of identified IEDs, first year → last year; nil when either year has none identified.
    public var rcied: Trend?

    /// Production decades spanned by the ammunition samples, earliest and latest.
    public var sampleDecades: (count: Int, first: String, last: String)?
    /// Producing countries represented by a single sample.
    public var singleSampleCountries = 0

    public init() {}

    /// One entry of a ranking: a category key, its value and share; `tiedWithPrevious` when equal to the one before.
    public struct Ranked: Sendable, Equatable {
        public var key: String
        public var value: Int
        public var share: Double?
        public var tiedWithPrevious: Bool

        public init(key: String, value: Int, share: Double?, tiedWithPrevious: Bool = false) {
            self.key = key
            self.value = value
            self.share = share
            self.tiedWithPrevious = tiedWithPrevious
        }
    }

    /// What the data says about IED finds by MINUSMA.
    public enum Finds: Sendable, Equatable {
        /// The export records no IED finds at all.
        case notRecorded
        /// Finds are recorded, none of them by MINUSMA in the period.
        case noneByMinusma
        /// Finds' share of MINUSMA IED incidents over the last four years, and over the years before
        /// them when the period has any, with the trend between the two.
        case recorded(lastFour: Double?, earlier: Double?, trend: Trend?)
    }
}
