/// One documented weapon or item of heavy materiel (or a batch of identical ones).
public struct ArmsItem: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var incidentID: String?
    public var recoveredDate: CivilDate
    public var region: Region
    public var context: RecoveryContext?
    public var category: ArmsCategory
    public var model: String?
    public var calibre: Calibre?
    public var country: Country?
    public var producer: String?
    public var year: Int?
    public var quantity: Int
    public var notes: String?

    public init(
        id: String, recoveredDate: CivilDate, region: Region, category: ArmsCategory, incidentID: String? = nil,
        context: RecoveryContext? = nil, model: String? = nil, calibre: Calibre? = nil, country: Country? = nil,
        producer: String? = nil, year: Int? = nil, quantity: Int = 1, notes: String? = nil
    ) {
        self.id = id
        self.recoveredDate = recoveredDate
        self.region = region
        self.category = category
        self.incidentID = incidentID
        self.context = context
        self.model = model
        self.calibre = calibre
        self.country = country
        self.producer = producer
        self.year = year
        self.quantity = quantity
        self.notes = notes
    }
}
