/// The validated, normalised data every figure is computed from. An export that was not
/// configured is nil, so figures can tell "absent" from "empty". Incidents and ammunition records
/// are held as columns (a million rows each at scale); `incidents` and `ammunition` are their row views.
public struct Dataset: Sendable {
    public var incidentColumns: IncidentColumns? {
        didSet { incidentCube = incidentColumns.map(IncidentCube.init) }
    }
    /// The incidents aggregated once, for the figures and the headline.
    public private(set) var incidentCube: IncidentCube?
    public var ammunitionColumns: AmmunitionColumns?
    public var arms: [ArmsItem]?
    public var unFatalities: [UNFatality]?
    /// True when the incidents came from an ACLED export (approximate categories, no UN casualty split).
    public var incidentsFromACLED = false

    public init(
        incidents: [Incident]? = nil, arms: [ArmsItem]? = nil, ammunition: [AmmunitionRecord]? = nil,
        unFatalities: [UNFatality]? = nil
    ) {
        self.init(incidentColumns: incidents.map(IncidentColumns.init), arms: arms,
            ammunitionColumns: ammunition.map(AmmunitionColumns.init), unFatalities: unFatalities)
    }

    public init(
        incidentColumns: IncidentColumns?, arms: [ArmsItem]? = nil, ammunitionColumns: AmmunitionColumns?,
        unFatalities: [UNFatality]? = nil
    ) {
        self.incidentColumns = incidentColumns
        incidentCube = incidentColumns.map(IncidentCube.init)
        self.ammunitionColumns = ammunitionColumns
        self.arms = arms
        self.unFatalities = unFatalities
    }

    /// The incidents as rows, built from the columns (for tests and small exports, not the hot path).
    public var incidents: [Incident]? {
        get { incidentColumns?.rows }
        set { incidentColumns = newValue.map(IncidentColumns.init) }
    }

    /// The ammunition records as rows, built from the columns.
    public var ammunition: [AmmunitionRecord]? {
        get { ammunitionColumns?.rows }
        set { ammunitionColumns = newValue.map(AmmunitionColumns.init) }
    }
}
