/// The zones the brief groups Mali's regions into.
public enum Zone: String, CaseIterable, Sendable, Codable {
    case northern, central, southern

    /// `Central Mali`.
    public var displayName: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() + " Mali" }
}

/// A region of Mali under its canonical name, with the zone it belongs to.
public enum Region: String, CaseIterable, Sendable, Codable {
    case gao = "Gao", kidal = "Kidal", menaka = "Ménaka", timbuktu = "Timbuktu", taoudeni = "Taoudeni"
    case bandiagara = "Bandiagara", douentza = "Douentza", mopti = "Mopti", san = "San", segou = "Ségou"
    case bamako = "Bamako", bougouni = "Bougouni", dioila = "Dioïla", kayes = "Kayes", kita = "Kita"
    case koulikoro = "Koulikoro", koutiala = "Koutiala", nara = "Nara", nioro = "Nioro", sikasso = "Sikasso"

    public var name: String { rawValue }

    public var zone: Zone {
        switch self {
        case .gao, .kidal, .menaka, .timbuktu, .taoudeni: .northern
        case .bandiagara, .douentza, .mopti, .san, .segou: .central
        default: .southern
        }
    }
}
