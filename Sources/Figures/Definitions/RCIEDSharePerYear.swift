import BriefModel

/// Box 7: the share of radio-controlled IEDs among IED incidents whose type is known.
public struct RCIEDSharePerYear: FigureDefinition {
    public init() {}
    public let id = "rcied-share-per-year"
    public let brief = "Box 7"
    public let axis = FigureAxis.year
    public let unit = "IED incidents"

    public func compute(_ data: Dataset, period: Period) -> FigureResult {
        guard let cube = data.incidentCube else { return unavailable(period, .noIncidents) }
        if let missing = IEDInitiation.unrecorded(in: data) { return unavailable(period, missing) }
        let all = cube.perYear(period, where: \.isIdentifiedIED)
        let rcied = cube.perYear(period) { $0.isIdentifiedIED && $0.iedType == .rcied }
        let shares = zip(rcied, all).map { Tally.share($0, of: $1) }
        let categories = yearCategories(period)
        return FigureResult(
            id: id, brief: brief, reference: reference, axis: axis, unit: unit, categories: categories,
            series: [
                Series(name: "rcied", counts: rcied), Series(name: "identified", counts: all),
                Series(name: "share", kind: .share, values: shares),
            ],
            chart: ChartSpec(
                kind: .lineShare, source: "", categories: categories,
                layers: [.init(colorKey: "neutral", values: shares)]))
    }
}

/// Whether the data can tell remote-controlled IEDs apart at all (public-data.md: ACLED names suicide
/// bombs but never a remote-controlled device, and an export whose IEDs all have an unknown type says
/// nothing about initiation). Unknown is not zero: such data gives no RCIED share rather than 0 %.
enum IEDInitiation {
    static func unrecorded(in data: Dataset) -> Unavailable? {
        if data.incidentsFromACLED {
            return .acledInitiation
        }
        guard let cube = data.incidentCube, cube.contains(where: \.isIdentifiedIED) else {
            return .noInitiation
        }
        return nil
    }
}
