import BriefModel

/// Figure 7: MINUSMA fatalities over the period by attack category, with shares.
public struct MinusmaFatalitiesByType: FigureDefinition {
    public init() {}
    public let id = "minusma-fatalities-by-type"
    public let brief = "Figure 7"
    public let axis = FigureAxis.type
    public let unit = "fatalities"
    public let definition = "MINUSMA fatalities (killed_un_military + killed_un_associated in attacks on MINUSMA) over the period, by category; share = fatalities of the type / all MINUSMA fatalities."

    public func title(_ period: Period) -> String { "MINUSMA fatalities by type of attack, \(period)" }

    public func compute(_ data: Dataset, period: Period) -> FigureResult {
        guard let incidents = data.incidents else { return unavailable(period, reason: "no incidents export configured") }
        let attacks = MinusmaFatalities.attacks(incidents)
        if MinusmaFatalities.allUnknown(attacks) {
            return unavailable(period, reason: "the incidents export records no MINUSMA casualties (all unknown)")
        }
        let counts = IncidentCategory.attackTypes.map { type in
            attacks.filter { $0.category == type && period.contains($0.year) }.reduce(0) { $0 + $1.casualties.unKilled }
        }
        return TypeShareFigure.result(self, period: period, counts: counts, seriesName: "fatalities",
            subtitle: "Peacekeepers and civilian staff killed in attacks on MINUSMA, by type of attack")
    }
}

/// What Figures 7 and 8 share: attacks on MINUSMA, and whether their casualty counts are known at all.
enum MinusmaFatalities {
    static func attacks(_ incidents: [Incident]) -> [Incident] {
        incidents.filter { $0.isAttack && $0.party == .minusma }
    }

    /// Unknown is not zero: with no known UN casualty count at all, the figures are unavailable.
    static func allUnknown(_ attacks: [Incident]) -> Bool {
        !attacks.isEmpty && attacks.allSatisfy {
            $0.casualties.unMilitary.killed.isUnknown && $0.casualties.unAssociated.killed.isUnknown
        }
    }
}
