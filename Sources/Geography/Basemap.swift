import BriefModel
import Foundation

/// Mali and its seven neighbours from Natural Earth (Resources/SOURCES.md), read once.
public enum Basemap {
    public struct Country: Sendable {
        /// ISO 3166 alpha-3: MLI, DZA, NER, BFA, CIV, GIN, SEN, MRT.
        public var iso: String
        public var rings: [[GeoPoint]]
    }

    public static let countries: [Country] = {
        guard
            let url = Bundle.module.url(forResource: "mali-and-neighbours", withExtension: "geojson", subdirectory: "Resources"),
            let data = try? Data(contentsOf: url),
            let features = try? GeoJSON.features(data, file: "mali-and-neighbours.geojson")
        else { return [] }
        return features.compactMap { feature in
            feature.properties["iso_a3"].map { Country(iso: $0, rings: feature.rings) }
        }
    }()

    public static var mali: Country? { countries.first { $0.iso == "MLI" } }

    /// Whether `point` lies inside `rings` (even-odd rule, so holes are outside).
    public static func contains(_ rings: [[GeoPoint]], _ point: GeoPoint) -> Bool {
        var inside = false
        for ring in rings where ring.count > 2 {
            var previous = ring[ring.count - 1]
            for current in ring {
                if (current.latitude > point.latitude) != (previous.latitude > point.latitude) {
                    let x =
                        (previous.longitude - current.longitude) * (point.latitude - current.latitude)
                        / (previous.latitude - current.latitude) + current.longitude
                    if point.longitude < x { inside.toggle() }
                }
                previous = current
            }
        }
        return inside
    }

    /// A point inside a country to print its name at: of the points of a quarter-degree grid that lie
    /// inside the country and inside `frame` (west, east, south, north), the one nearest the middle of
    /// the country's part within the frame. Nil when none does.
    public static func labelPoint(_ rings: [[GeoPoint]], within frame: (Double, Double, Double, Double)) -> GeoPoint? {
        let all = rings.flatMap { $0 }
        guard let minLon = all.map(\.longitude).min(), let maxLon = all.map(\.longitude).max(),
            let minLat = all.map(\.latitude).min(), let maxLat = all.map(\.latitude).max()
        else { return nil }
        let west = max(minLon, frame.0), east = min(maxLon, frame.1), south = max(minLat, frame.2), north = min(maxLat, frame.3)
        guard west < east, south < north else { return nil }
        var inside: [GeoPoint] = []
        for lon in stride(from: west, through: east, by: 0.25) {
            for lat in stride(from: south, through: north, by: 0.25) {
                let point = GeoPoint(longitude: lon, latitude: lat)
                if contains(rings, point) { inside.append(point) }
            }
        }
        guard !inside.isEmpty else { return nil }
        let middleLon = inside.map(\.longitude).reduce(0, +) / Double(inside.count)
        let middleLat = inside.map(\.latitude).reduce(0, +) / Double(inside.count)
        return inside.min { a, b in
            pow(a.longitude - middleLon, 2) + pow(a.latitude - middleLat, 2) < pow(b.longitude - middleLon, 2)
                + pow(b.latitude - middleLat, 2)
        }
    }

}

/// A mission's region polygons (`maps.regions`), matched to the region vocabulary by name.
public struct RegionPolygons: Sendable {
    public var areas: [Region: [[GeoPoint]]]
    /// Names in the file that no region matches.
    public var unknownNames: [String]
    /// Regions the file has no polygon for.
    public var missing: [Region]

    /// Reads `data`, taking each feature's name from the first of `nameProperties` it has, and
    /// matching it with `match` (the region vocabulary with the configuration's aliases).
    public init(
        _ data: Data, file: String, match: (String) -> Region?,
        nameProperties: [String] = ["ADM1_FR", "ADM1_EN", "admin1Name_fr", "admin1Name", "name", "NAME_1", "nom"]
    ) throws {
        var areas: [Region: [[GeoPoint]]] = [:]
        var unknown: [String] = []
        for feature in try GeoJSON.features(data, file: file) {
            guard let name = nameProperties.lazy.compactMap({ feature.properties[$0] }).first else {
                unknown.append("(a feature without a name)")
                continue
            }
            if let region = match(name) { areas[region, default: []] += feature.rings } else { unknown.append(name) }
        }
        self.areas = areas
        unknownNames = unknown
        missing = Region.allCases.filter { areas[$0] == nil }
    }
}
