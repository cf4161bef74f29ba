/// One documented cartridge case, or a batch of identical cases from one incident.
public struct AmmunitionRecord: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var incidentID: String?
    public var recoveredDate: CivilDate
    public var region: Region
    public var calibre: Calibre
    public var headstamp: String?
    public var producer: String?
    public var country: Country?
    public var year: Int?
    public var quantity: Int

    public init(
        id: String, recoveredDate: CivilDate, region: Region, calibre: Calibre, incidentID: String? = nil,
        headstamp: String? = nil, producer: String? = nil, country: Country? = nil, year: Int? = nil,
        quantity: Int = 1
    ) {
        self.id = id
        self.recoveredDate = recoveredDate
        self.region = region
        self.calibre = calibre
        self.incidentID = incidentID
        self.headstamp = headstamp
        self.producer = producer
        self.country = country
        self.year = year
        self.quantity = quantity
    }

    /// The sample this record belongs to: a distinct (calibre, producer, year), the country standing in
    /// for a blank producer. Nil when the record has no year, or neither producer nor country.
    public var sample: AmmunitionSample? {
        guard let year else { return nil }
        let maker: String
        if let producer { maker = producer } else if let country { maker = country.name } else { return nil }
        return AmmunitionSample(calibre: calibre, producer: maker, year: year)
    }
}

/// A distinct (calibre, producer, year of production) combination.
public struct AmmunitionSample: Hashable, Sendable, Codable {
    public var calibre: Calibre
    public var producer: String
    public var year: Int

    public init(calibre: Calibre, producer: String, year: Int) {
        self.calibre = calibre
        self.producer = producer
        self.year = year
    }
}
