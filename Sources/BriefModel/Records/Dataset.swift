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
    /// Each read export's first and last accepted date.
    public var coverage: [ExportKind: Coverage] = [:]
    /// Exports that were configured and read but give nothing to count in the period: left out of the
    /// dataset (their figures are unavailable, never zeros) and named by the brief.
    public var withoutData: [ExportKind: NoDataInPeriod] = [:]
    /// The regions' polygons of `maps.regions`, when pipeline.yml names a regions file.
    public var regionAreas: [Region: [[GeoPoint]]] = [:]

    public init(
        incidents: [Incident]? = nil, arms: [ArmsItem]? = nil, ammunition: [AmmunitionRecord]? = nil,
        unFatalities: [UNFatality]? = nil
    ) {
        self.init(
            incidentColumns: incidents.map(IncidentColumns.init), arms: arms,
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

/// Why a configured export gives nothing to count in the period.
public struct NoDataInPeriod: Sendable, Equatable {
    public enum Why: Sendable, Equatable {
        /// Not one row: an empty file, or a header alone.
        case noRows
        /// Rows, but every one rejected (or filtered).
        case noneAccepted(rows: Int)
        /// Accepted records, all dated outside the period.
        case outsidePeriod(Coverage)
    }

    public var export: ExportKind
    public var file: String
    public var why: Why

    public init(export: ExportKind, file: String, why: Why) {
        self.export = export
        self.file = file
        self.why = why
    }
}

extension Dataset {
    /// Leaves out of the dataset every read export with no accepted record dated in `period`,
    /// recording why in `withoutData`: what the data does not cover is not zero.
    public mutating func leaveOutExportsWithoutData(in period: Period, quality: [ExportQuality]) {
        for export in quality {
            let why: NoDataInPeriod.Why
            if let span = export.coverage {
                coverage[export.export] = span
                guard !span.overlaps(period) else { continue }
                why = .outsidePeriod(span)
            } else {
                why = export.read == 0 ? .noRows : .noneAccepted(rows: export.read)
            }
            withoutData[export.export] = NoDataInPeriod(export: export.export, file: export.file, why: why)
            switch export.export {
            case .incidents: incidentColumns = nil
            case .arms: arms = nil
            case .ammunition: ammunitionColumns = nil
            case .unFatalities: unFatalities = nil
            }
        }
    }

    /// The first and last accepted date of one export's records, as read.
    public func recordedCoverage(of export: ExportKind) -> Coverage? {
        switch export {
        case .incidents: incidentColumns.flatMap { Coverage(dayKeys: $0.day) }
        case .arms: arms.flatMap { Coverage(dates: $0.lazy.map(\.recoveredDate)) }
        case .ammunition: ammunitionColumns.flatMap { Coverage(dayKeys: $0.day) }
        case .unFatalities: unFatalities.flatMap { Coverage(dates: $0.lazy.map(\.date)) }
        }
    }
}
