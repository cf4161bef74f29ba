import BriefModel
import Foundation

/// Map 3: how diverted ammunition travels: for the samples the monitoring section names, the place of
/// the first recovery and each later one, as numbered arrows, a colour per sample. A sample seen in
/// one place only draws nothing.
public struct AmmunitionDiversionMap: MonitoringFigure {
    public init() {}
    public let id = "map-ammunition-diversion"
    public let brief = "Map 3"
    public let axis = FigureAxis.step
    public let unit = "kilometres"
    public let inputs: [ExportKind] = [.ammunition]

    /// At most this many samples, each in a colour of its own.
    static let colorKeys = ["sample_1", "sample_2", "sample_3", "sample_4", "sample_5"]

    public func compute(_ flow: ArmsFlow) -> FigureResult {
        guard flow.ammunition != nil else { return unavailable(flow.period, .noAmmunition) }
        let named = MonitoringFacts(flow).notable.map(\.item).filter { $0.kind == .ammunition && $0.sightings.regionCount > 1 }
        let samples = Array(named.prefix(Self.colorKeys.count))
        var map = MapFrame.spec()
        map.areas = MapFrame.areas(regions: [:])
        var categories: [String] = [], days: [Double?] = [], distances: [Double?] = []
        var seats: [Region] = []
        for (index, sample) in samples.enumerated() {
            let stops = sample.sightings.appearances
            let colorKey = Self.colorKeys[index]
            let label = Self.label(sample)
            map.key.append(
                MapSpec.KeyEntry(
                    key: sample.key, label: label, colorKey: colorKey, symbol: .arrow, dates: stops.map(\.date),
                    sample: MapSpec.SampleName(
                        calibre: sample.calibre, producer: sample.producer, country: sample.country, year: sample.year)))
            for (step, (from, to)) in zip(stops, stops.dropFirst()).enumerated() {
                map.flows.append(
                    MapSpec.Flow(from: from.region.seat.at, to: to.region.seat.at, colorKey: colorKey, number: step + 1))
                categories.append("\(label): \(step + 1)")
                days.append(Double(to.date.dayNumber - stops[0].date.dayNumber))
                distances.append((Self.kilometres(from.region.seat.at, to.region.seat.at) * 10).rounded() / 10)
            }
            for stop in stops where !seats.contains(stop.region) { seats.append(stop.region) }
        }
        map.places = seats.map { MapSpec.Place(key: $0.rawValue, label: $0.rawValue, at: $0.seat.at, colorKey: $0.zone.rawValue) }
        let series = [
            Series(name: "days_since_first", counts: days.map { $0.map(Int.init) }),
            Series(name: "distance_km", kind: .decimal, values: distances),
        ]
        return FigureResult(
            id: id, brief: brief, reference: reference, axis: axis, unit: unit, categories: categories, series: series,
            chart: MapFrame.chart(
                map, categories: categories,
                layers: series.map { ChartSpec.Layer(label: $0.name, colorKey: $0.name, values: $0.values) }))
    }

    /// `7.62x54mmR Factory 945, 2019 (China)`: the year set apart from the factory's number.
    static func label(_ sample: TrackedItem) -> String {
        let maker = sample.producer ?? sample.country?.name ?? "producer not recorded"
        let country = sample.country.map { $0.name == maker ? "" : " (\($0.name))" } ?? ""
        return [sample.calibre?.description, maker].compactMap { $0 }.joined(separator: " ")
            + (sample.year.map { ", \($0)" } ?? "") + country
    }

    /// The great-circle distance between two points (haversine, Earth radius 6,371 km).
    static func kilometres(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        let radians = Double.pi / 180
        let dLat = (b.latitude - a.latitude) * radians, dLon = (b.longitude - a.longitude) * radians
        let h =
            sin(dLat / 2) * sin(dLat / 2)
            + cos(a.latitude * radians) * cos(b.latitude * radians) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * 6371 * asin(min(1, h.squareRoot()))
    }
}
