/// The validated, normalised data every figure is computed from. An export that was not
/// configured is nil, so figures can tell "absent" from "empty".
public struct Dataset: Sendable {
    public var incidents: [Incident]?
    public var arms: [ArmsItem]?
    public var ammunition: [AmmunitionRecord]?
    public var unFatalities: [UNFatality]?
    /// True when the incidents came from an ACLED export (approximate categories, no UN casualty split).
    public var incidentsFromACLED = false

    public init(
        incidents: [Incident]? = nil, arms: [ArmsItem]? = nil, ammunition: [AmmunitionRecord]? = nil,
        unFatalities: [UNFatality]? = nil
    ) {
        self.incidents = incidents
        self.arms = arms
        self.ammunition = ammunition
        self.unFatalities = unFatalities
    }
}
