import BriefModel

/// Map 1: Mali, its neighbours, each region's seat in its zone's colour (or its polygon, from
/// `maps.regions`), the zones named in the key.
public struct MaliMap: FigureDefinition {
    public init() {}
    public let id = "map-mali"
    public let brief = "Map 1"
    public let axis = FigureAxis.region
    public let unit = "degrees"
    public let inputs: [ExportKind] = []

    public func compute(_ data: Dataset, period: Period) -> FigureResult {
        var map = MapFrame.spec()
        map.areas = MapFrame.areas(regions: data.regionAreas)
        map.places = Region.allCases.map { region in
            MapSpec.Place(key: region.rawValue, label: region.rawValue, at: region.seat.at, colorKey: region.zone.rawValue)
        }
        map.key = Zone.allCases.map { zone in
            MapSpec.KeyEntry(
                key: zone.rawValue, label: zone.rawValue, colorKey: zone.rawValue,
                symbol: data.regionAreas.isEmpty ? .dot : .swatch)
        }
        let categories = Region.allCases.map(\.rawValue)
        let series = [
            Series(name: "latitude", kind: .decimal, values: Region.allCases.map { $0.seat.at.latitude }),
            Series(name: "longitude", kind: .decimal, values: Region.allCases.map { $0.seat.at.longitude }),
        ]
        return FigureResult(
            id: id, brief: brief, reference: reference, axis: axis, unit: unit, categories: categories, series: series,
            chart: MapFrame.chart(
                map, categories: categories,
                layers: series.map { ChartSpec.Layer(label: $0.name, colorKey: $0.name, values: $0.values) }))
    }
}
