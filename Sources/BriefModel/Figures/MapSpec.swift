/// A point on the Earth in degrees (WGS 84).
public struct GeoPoint: Hashable, Sendable {
    public var longitude: Double
    public var latitude: Double

    public init(longitude: Double, latitude: Double) {
        self.longitude = longitude
        self.latitude = latitude
    }
}

/// What a map shows, independent of the output format: figures describe, the map painter draws.
/// Places are drawn at their coordinates; every label is placed by the painter's rule so that no
/// two overlap and none leaves the frame.
public struct MapSpec: Hashable, Sendable {
    /// A filled outline: Mali, a neighbour, or a region (in its zone's colour).
    public struct Area: Hashable, Sendable {
        public enum Style: Hashable, Sendable { case focus, neighbour, region(colorKey: String) }
        /// A canonical key: a neighbour's ISO code, a region's canonical name.
        public var key: String
        public var rings: [[GeoPoint]]
        public var style: Style
        /// The name printed on the map (neighbours only), put into the edition's language.
        public var label: String?
        public var labelAt: GeoPoint?

        public init(key: String, rings: [[GeoPoint]], style: Style, label: String? = nil, labelAt: GeoPoint? = nil) {
            self.key = key
            self.rings = rings
            self.style = style
            self.label = label
            self.labelAt = labelAt
        }
    }

    /// A marked and named place: a region's seat.
    public struct Place: Hashable, Sendable {
        /// The region's canonical name.
        public var key: String
        public var label: String
        public var at: GeoPoint
        public var colorKey: String

        public init(key: String, label: String, at: GeoPoint, colorKey: String) {
            self.key = key
            self.label = label
            self.at = at
            self.colorKey = colorKey
        }
    }

    /// A circle whose area is proportional to `total`, cut into slices (a pie) by category.
    public struct Circle: Hashable, Sendable {
        public var key: String
        public var label: String
        public var at: GeoPoint
        public var slices: [Slice]
        public var total: Double { slices.reduce(0) { $0 + $1.value } }

        public init(key: String, label: String, at: GeoPoint, slices: [Slice]) {
            self.key = key
            self.label = label
            self.at = at
            self.slices = slices
        }
    }

    public struct Slice: Hashable, Sendable {
        public var colorKey: String
        public var value: Double

        public init(colorKey: String, value: Double) {
            self.colorKey = colorKey
            self.value = value
        }
    }

    /// A numbered arrow from one place to another (a sample's later recovery).
    public struct Flow: Hashable, Sendable {
        public var from: GeoPoint
        public var to: GeoPoint
        public var colorKey: String
        public var number: Int

        public init(from: GeoPoint, to: GeoPoint, colorKey: String, number: Int) {
            self.from = from
            self.to = to
            self.colorKey = colorKey
            self.number = number
        }
    }

    /// One line of the map's key.
    public struct KeyEntry: Hashable, Sendable {
        public enum Symbol: Hashable, Sendable { case swatch, dot, arrow }
        public var key: String
        public var label: String
        public var colorKey: String
        public var symbol: Symbol
        /// For a flow's entry: the first recovery's date, then each numbered step's.
        public var dates: [CivilDate] = []
        /// For a flow's entry: the ammunition sample it follows, which each edition names in its words.
        public var sample: SampleName?

        public init(
            key: String, label: String, colorKey: String, symbol: Symbol, dates: [CivilDate] = [], sample: SampleName? = nil
        ) {
            self.key = key
            self.label = label
            self.colorKey = colorKey
            self.symbol = symbol
            self.dates = dates
            self.sample = sample
        }
    }

    /// What names an ammunition sample: calibre, producer (as recorded), country and year of production.
    public struct SampleName: Hashable, Sendable {
        public var calibre: Calibre?
        public var producer: String?
        public var country: Country?
        public var year: Int?

        public init(calibre: Calibre?, producer: String?, country: Country?, year: Int?) {
            (self.calibre, self.producer, self.country, self.year) = (calibre, producer, country, year)
        }
    }

    /// The frame, in degrees.
    public var west: Double, east: Double, south: Double, north: Double
    public var areas: [Area] = []
    public var places: [Place] = []
    public var circles: [Circle] = []
    public var flows: [Flow] = []
    public var key: [KeyEntry] = []
    /// Reference values drawn as circles in the key (two or three), when the map has circles.
    public var sizeReferences: [Double] = []
    /// The largest value a circle may show, which gets `maximumRadius`.
    public var largestValue: Double = 1
    /// The UN map notice, printed under the map.
    public var notice = ""
    /// "km", in the edition's language, for the scale bar.
    public var kilometres = "km"
    /// How the graticule's labels write a degree east, west, north and south (`{n}°E`; French `{n}° E`, `{n}° O`).
    public var degrees = ["E": "{n}°E", "W": "{n}°W", "N": "{n}°N", "S": "{n}°S"]

    /// The largest circle's radius, in points on a 480-point-wide map.
    public static let maximumRadius = 22.0

    public init(west: Double, east: Double, south: Double, north: Double) {
        self.west = west
        self.east = east
        self.south = south
        self.north = north
    }

    /// A circle's radius for `value`: its area is proportional to the value.
    public func radius(for value: Double) -> Double {
        guard largestValue > 0, value > 0 else { return 0 }
        return Self.maximumRadius * (value / largestValue).squareRoot()
    }

    /// The projection every map uses: equirectangular, longitudes scaled by the cosine of the
    /// frame's middle latitude (so distances are true east–west there), north up.
    public var centralLatitude: Double { (south + north) / 2 }
}
