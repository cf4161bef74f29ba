/// One validated incident: an attack, an IED find or another event.
public struct Incident: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var date: CivilDate
    public var region: Region
    public var locality: String?
    public var coordinate: Coordinate?
    public var category: IncidentCategory
    public var party: Party
    public var iedType: IEDType
    public var casualties: Casualties
    public var perpetrator: String?
    public var caseFile: String?
    public var source: String?

    public init(
        id: String, date: CivilDate, region: Region, category: IncidentCategory, party: Party,
        iedType: IEDType = .unknown, casualties: Casualties = Casualties(), locality: String? = nil,
        coordinate: Coordinate? = nil, perpetrator: String? = nil, caseFile: String? = nil, source: String? = nil
    ) {
        self.id = id
        self.date = date
        self.region = region
        self.category = category
        self.party = party
        self.iedType = iedType
        self.casualties = casualties
        self.locality = locality
        self.coordinate = coordinate
        self.perpetrator = perpetrator
        self.caseFile = caseFile
        self.source = source
    }

    public var year: Int { date.year }
    public var isAttack: Bool { category.isAttack }

    /// An attack whose party attacked is MINUSMA (Figures 4–8, figures.md).
    public var isAttackOnMINUSMA: Bool { isAttack && party == .minusma }

    /// An IED attack or find whose initiation type is known: the denominator of Box 7.
    public var isIdentifiedIED: Bool { (category == .ied || category == .iedFind) && iedType != .unknown }
}

/// WGS84 decimal degrees.
public struct Coordinate: Hashable, Sendable, Codable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }
}
