/// Each region's seat (its capital) with coordinates from a public gazetteer (GeoNames, rounded to
/// 0.01°): where a map marks and names the region when no region polygons are given.
extension Region {
    public var seat: (name: String, at: GeoPoint) {
        let (name, latitude, longitude): (String, Double, Double) =
            switch self {
            case .gao: ("Gao", 16.27, -0.04)
            case .kidal: ("Kidal", 18.44, 1.41)
            case .menaka: ("Ménaka", 15.92, 2.40)
            case .timbuktu: ("Tombouctou", 16.77, -3.01)
            case .taoudeni: ("Taoudéni", 22.68, -3.98)
            case .bandiagara: ("Bandiagara", 14.35, -3.61)
            case .douentza: ("Douentza", 15.00, -2.95)
            case .mopti: ("Mopti", 14.49, -4.19)
            case .san: ("San", 13.30, -4.90)
            case .segou: ("Ségou", 13.43, -6.26)
            case .bamako: ("Bamako", 12.64, -8.00)
            case .bougouni: ("Bougouni", 11.42, -7.48)
            case .dioila: ("Dioïla", 12.49, -6.79)
            case .kayes: ("Kayes", 14.45, -11.44)
            case .kita: ("Kita", 13.03, -9.49)
            case .koulikoro: ("Koulikoro", 12.86, -7.56)
            case .koutiala: ("Koutiala", 12.39, -5.46)
            case .nara: ("Nara", 15.17, -7.29)
            case .nioro: ("Nioro du Sahel", 15.23, -9.59)
            case .sikasso: ("Sikasso", 11.32, -5.67)
            }
        return (name, GeoPoint(longitude: longitude, latitude: latitude))
    }
}
