import BriefModel
import Drawing
import Foundation
import Geography
import Ingest
import Localization
import Testing

@testable import Figures
@testable import Render

/// The maps: one projection that puts places where they are, circles whose area follows the count,
/// labels that never overlap each other or a mark nor leave the frame (read from the painter's own
/// record), the regions file matched by name, the maps unavailable without their data.
@Suite struct MapTests {
    static let plot = (x: 20.0, y: 60.0, w: 440.0, h: 480.0)

    static func layout(_ figure: FigureResult) throws -> MapPainter.Layout {
        let map = try #require(figure.chart.map, "\(figure.id) has no map")
        let canvas = Canvas(format: .svg, width: 480, height: 600)
        return MapPainter.layout(map, plot: plot, canvas: canvas)
    }

    @Test func everySeatLiesInsideMaliAndThePlacesKeepTheirBearings() throws {
        let mali = try #require(Basemap.mali, "Natural Earth's Mali is bundled")
        for region in Region.allCases {
            #expect(Basemap.contains(mali.rings, region.seat.at), "\(region.seat.name) outside Mali's outline")
        }
        #expect(Basemap.countries.map(\.iso).sorted() == ["BFA", "CIV", "DZA", "GIN", "MLI", "MRT", "NER", "SEN"])
        let layout = try Self.layout(MaliMap().compute(Dataset(), period: Period(from: 2022, to: 2022)!))
        let (tombouctou, mopti) = (layout.project(Region.timbuktu.seat.at), layout.project(Region.mopti.seat.at))
        let (kayes, bamako) = (layout.project(Region.kayes.seat.at), layout.project(Region.bamako.seat.at))
        #expect(tombouctou.1 < mopti.1, "Tombouctou is north of Mopti: higher on the page")
        #expect(kayes.0 < bamako.0, "Kayes is west of Bamako")
        // Equirectangular with the middle latitude's cosine: a degree east is cos(17.5°) of a degree north.
        let north =
            layout.project(GeoPoint(longitude: 0, latitude: 16)).1 - layout.project(GeoPoint(longitude: 0, latitude: 17)).1
        let east = layout.project(GeoPoint(longitude: 1, latitude: 16)).0 - layout.project(GeoPoint(longitude: 0, latitude: 16)).0
        #expect(abs(east / north - cos(17.5 * Double.pi / 180)) < 1e-9)
    }

    /// A neighbour's name lies wholly on its own land: none printed across a border onto Mali.
    @Test func neighboursAreNamedOnTheirOwnLand() throws {
        // Named in words, as the edition prints them ("Senegal", not its ISO code).
        let figure = try FigureText(language: .english, parameters: ["period": "2022", "last_year": "2022"])
            .localize(MaliMap().compute(Dataset(), period: Period(from: 2022, to: 2022)!))
        let map = try #require(figure.chart.map)
        let layout = try Self.layout(figure)
        var named = 0
        for area in map.areas {
            guard let name = area.label, let label = layout.labels.first(where: { $0.text == name }) else { continue }
            named += 1
            let land = area.rings.map { $0.map(layout.project) }
            let b = label.placement.box
            for corner in [(b.x, b.y), (b.x + b.width, b.y), (b.x, b.y + b.height), (b.x + b.width, b.y + b.height)] {
                #expect(NeighbourLabel.inside(land, corner), "“\(name)” leaves its land at \(corner)")
            }
        }
        #expect(named >= 4, "Algeria, Mauritania, Niger, Burkina Faso and Guinea have room for their names")
    }

    @Test func aCirclesAreaIsProportionalToItsValue() {
        var map = MapSpec(west: 0, east: 1, south: 0, north: 1)
        map.largestValue = 90
        #expect(map.radius(for: 90) == MapSpec.maximumRadius)
        for (a, b) in [(9.0, 90.0), (45, 90), (1, 4)] {
            let ratio = pow(map.radius(for: a), 2) / pow(map.radius(for: b), 2)
            #expect(abs(ratio - a / b) < 1e-12, "area ratio for \(a) and \(b)")
        }
        #expect(map.radius(for: 0) == 0)
        #expect(AttacksByGroupMap.references(90) == [9, 45, 90])
    }

    @Test func labelsNeverOverlapNorLeaveTheFrame() throws {
        let data = try DemoFigures.dataset()
        let period = Period(from: 2014, to: 2022)!
        let figures = [
            MaliMap().compute(data, period: period), AttacksByGroupMap().compute(data, period: period),
            AmmunitionDiversionMap().compute(ArmsFlow(data, period: period)),
        ]
        for figure in figures {
            let layout = try Self.layout(figure)
            #expect(!layout.labels.isEmpty)
            for (i, label) in layout.labels.enumerated() {
                let box = label.placement.box
                #expect(label.placement.fits, "\(figure.id): “\(label.text)” found no free place")
                #expect(box.isInside(layout.mapBox), "\(figure.id): “\(label.text)” leaves the frame")
                for other in layout.labels[..<i] {
                    #expect(!box.overlaps(other.placement.box), "\(figure.id): “\(label.text)” overlaps “\(other.text)”")
                }
                for mark in layout.marks {
                    #expect(!box.overlaps(mark), "\(figure.id): “\(label.text)” covers a mark")
                }
            }
        }
    }

    @Test func theRegionsFileIsMatchedByNameAndAMisspeltNameIsReported() throws {
        func feature(_ name: String) -> String {
            """
            {"type": "Feature", "properties": {"ADM1_FR": "\(name)"},
             "geometry": {"type": "Polygon", "coordinates": [[[-3, 16], [-2, 16], [-2, 17], [-3, 17], [-3, 16]]]}}
            """
        }
        let text =
            "{\"type\": \"FeatureCollection\", \"features\": [\(["Tombouctou", "GAO", "Tombuktu"].map(feature).joined(separator: ","))]}"
        let regions = try RegionPolygons(Data(text.utf8), file: "regions.geojson") { name in
            Fixtures.validator().context.vocabularies.regions.match(name)
        }
        #expect(Set(regions.areas.keys) == [.timbuktu, .gao])
        #expect(regions.unknownNames == ["Tombuktu"])
        #expect(regions.missing.count == Region.allCases.count - 2 && !regions.missing.contains(.gao))
        #expect(throws: GeoJSONError.self) { try RegionPolygons(Data("[1, 2]".utf8), file: "x.geojson") { _ in nil } }
        // On the map: the regions drawn in their zones' colours.
        var data = Dataset()
        data.regionAreas = regions.areas
        let map = try #require(MaliMap().compute(data, period: Period(from: 2022, to: 2022)!).chart.map)
        #expect(map.areas.contains { $0.key == "Timbuktu" && $0.style == .region(colorKey: "northern") })
    }

    @Test func aMapWithoutItsDataIsUnavailableAndASampleSeenOnceDrawsNothing() throws {
        let period = ArmsFlowFixture.period
        #expect(!AttacksByGroupMap().compute(Dataset(), period: period).isAvailable)
        #expect(!AmmunitionDiversionMap().compute(ArmsFlow(Dataset(), period: period)).isAvailable)
        #expect(MaliMap().compute(Dataset(), period: period).isAvailable, "Map 1 needs no export")
        let map = try #require(AmmunitionDiversionMap().compute(ArmsFlowFixture.flow()).chart.map)
        // S1 went from Mopti to Timbuktu; S2 from Gao to Kidal; no other sample was seen in two regions.
        #expect(map.flows.count == 2)
        #expect(
            Set(map.flows.map { [$0.from, $0.to] }) == [
                [Region.mopti.seat.at, Region.timbuktu.seat.at], [Region.gao.seat.at, Region.kidal.seat.at],
            ])
        #expect(map.flows.allSatisfy { $0.number == 1 })
    }

    @Test func perpetratorsAreGroupedThroughAliases() {
        #expect(PerpetratorGroup.classify("JNIM: Group for Support of Islam and Muslims") == .jnim)
        #expect(PerpetratorGroup.classify("Katiba Macina") == .jnim)
        #expect(PerpetratorGroup.classify("Islamic State (Greater Sahara)") == .islamicState)
        #expect(PerpetratorGroup.classify("ISGS") == .islamicState)
        #expect(PerpetratorGroup.classify("inconnu") == .unattributed && PerpetratorGroup.classify(nil) == .unattributed)
        #expect(PerpetratorGroup.classify("Dozo Militia") == .otherGroup)
        #expect(PerpetratorGroup.classify("JNIMX") == .otherGroup, "a whole word, not a part of one")
    }

    /// An ACLED export's events (with their coordinates) give Map 2 by ACLED's actor names.
    @Test func aMapFromACLEDData() throws {
        let table = try ExportReader.read(
            bytes: Fixtures.bytes("acled-mali.csv"), format: .acled, delimiter: nil, file: "acled.csv")
        let incidents = try Fixtures.validator().incidents(table, format: .acled).values
        var data = Dataset(incidents: incidents)
        data.incidentsFromACLED = true
        let figure = AttacksByGroupMap().compute(data, period: Period(from: 2020, to: 2020)!)
        #expect(figure.isAvailable)
        let total = try #require(figure.series(named: "total")?.values)
        let jnim = try #require(figure.series(named: "jnim")?.values)
        let state = try #require(figure.series(named: "islamic_state")?.values)
        #expect(total.compactMap { $0 }.reduce(0, +) == 6, "the six extremist attacks kept")
        #expect(jnim.compactMap { $0 }.reduce(0, +) == 4 && state.compactMap { $0 }.reduce(0, +) == 1)
        #expect(figure.categories.contains("Kidal") && figure.categories.contains("Gao"))
        // The key names the groups drawn, and no colour without a slice.
        let keyed = try #require(figure.chart.map?.key.map(\.key))
        let drawn = PerpetratorGroup.allCases.filter { group in
            (figure.series(named: group.rawValue)?.values.compactMap { $0 }.reduce(0, +) ?? 0) > 0
        }
        #expect(keyed == drawn.map(\.rawValue) && keyed.count < PerpetratorGroup.allCases.count)
    }

    /// Map 2 reports one year: when the data does not cover it (ACLED's fixture runs from October to
    /// November 2020), it is unavailable with the reason, never a map without circles; a year covered in
    /// part is marked.
    @Test func map2OfAYearTheDataDoesNotCoverIsUnavailable() throws {
        let table = try ExportReader.read(
            bytes: Fixtures.bytes("acled-mali.csv"), format: .acled, delimiter: nil, file: "acled.csv")
        let incidents = try Fixtures.validator().incidents(table, format: .acled).values
        var data = Dataset(incidents: incidents)
        data.coverage[.incidents] = try #require(Coverage(dates: incidents.map(\.date)))
        func map(_ period: Period) -> FigureResult {
            CoverageRule(data, period: period).apply(AttacksByGroupMap().compute(data, period: period), inputs: [.incidents])
        }
        let uncovered = map(Period(from: 2014, to: 2022)!)
        #expect(!uncovered.isAvailable)
        #expect(uncovered.unavailableKey?.key == "reasons.year_not_covered")
        #expect(uncovered.unavailableKey?.parameters["year"] == "2022")
        let partial = map(Period(from: 2020, to: 2020)!)
        #expect(partial.isAvailable && partial.partialYears["2020"] != nil)
    }
}

extension MapTests {
    /// Map 2's circles never hide one another: at seats close together (Mopti, Douentza, Bandiagara)
    /// they are moved just apart, each staying near its seat and inside the frame.
    @Test func circlesAtNearbySeatsAreMovedApart() throws {
        let figure = AttacksByGroupMap().compute(try DemoFigures.dataset(), period: Period(from: 2014, to: 2022)!)
        let map = try #require(figure.chart.map)
        let layout = try Self.layout(figure)
        let circles = map.circles.map { circle in
            (seat: layout.project(circle.at), at: layout.circleCenters[circle.key]!, r: map.radius(for: circle.total))
        }
        #expect(circles.count >= 10)
        var moved = 0
        for (i, a) in circles.enumerated() {
            let offset = ((a.at.0 - a.seat.0) * (a.at.0 - a.seat.0) + (a.at.1 - a.seat.1) * (a.at.1 - a.seat.1)).squareRoot()
            if offset > 0.5 { moved += 1 }
            #expect(offset <= 2 * max(a.r, 3) + 12, "a circle drawn far from its seat")
            #expect(a.at.0 - a.r >= layout.mapBox.x - 0.01 && a.at.0 + a.r <= layout.mapBox.x + layout.mapBox.width + 0.01)
            for b in circles[(i + 1)...] {
                let distance = ((a.at.0 - b.at.0) * (a.at.0 - b.at.0) + (a.at.1 - b.at.1) * (a.at.1 - b.at.1)).squareRoot()
                #expect(distance >= max(a.r, 3) + max(b.r, 3) - 0.01, "two circles overlap")
            }
        }
        #expect(moved > 0, "the demo's central seats need moving")
    }
}
