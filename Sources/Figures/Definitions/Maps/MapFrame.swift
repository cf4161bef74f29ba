import BriefModel
import Geography

/// What the three maps share: the frame (Mali and a margin of its neighbours), the outlines, the
/// region seats or polygons in their zones' colours.
enum MapFrame {
    static let west = -13.0, east = 5.0, south = 9.5, north = 25.5

    static func spec() -> MapSpec { MapSpec(west: west, east: east, south: south, north: north) }

    /// The neighbours (named by ISO code: the edition names them), Mali, and the regions' polygons
    /// when a regions file was given, each in its zone's colour.
    static func areas(regions: [Region: [[GeoPoint]]]) -> [MapSpec.Area] {
        var areas = Basemap.countries.filter { $0.iso != "MLI" }.map { country in
            MapSpec.Area(
                key: country.iso, rings: country.rings, style: .neighbour, label: country.iso,
                labelAt: Basemap.labelPoint(country.rings, within: (west + 0.5, east - 0.5, south + 0.5, north - 0.5)))
        }
        if let mali = Basemap.mali { areas.append(MapSpec.Area(key: "MLI", rings: mali.rings, style: .focus)) }
        for region in Region.allCases {
            guard let rings = regions[region] else { continue }
            areas.append(MapSpec.Area(key: region.rawValue, rings: rings, style: .region(colorKey: region.zone.rawValue)))
        }
        return areas
    }

    /// The chart a map draws on: its categories and layers carry the numbers, for the text alternative.
    static func chart(_ map: MapSpec, categories: [String], layers: [ChartSpec.Layer]) -> ChartSpec {
        var chart = ChartSpec(
            kind: .map, title: "", source: "", categories: categories, layers: layers)
        chart.map = map
        return chart
    }
}
