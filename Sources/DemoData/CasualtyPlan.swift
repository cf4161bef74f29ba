import BriefModel

/// Victims of one year's attacks: MINUSMA fatalities exactly as calibrated per attack type,
/// two thirds of them uniformed; then civilians and security forces up to the year's killed total.
enum CasualtyPlan {
    static func assign(_ attacks: inout [Incident], index: Int, rng: inout SeededGenerator) {
        for i in attacks.indices { attacks[i].casualties = zeroed() }
        var unDeaths: [Int] = []
        for (t, type) in IncidentCategory.attackTypes.enumerated() {
            let pool = attacks.indices.filter { attacks[$0].party == .minusma && attacks[$0].category == type }
            unDeaths += spread(Calibration.fatalities[t][index], over: pool, rng: &rng)
        }
        rng.shuffle(&unDeaths)
        let military = Int((Double(unDeaths.count) * Calibration.militaryShare).rounded())
        for (rank, i) in unDeaths.enumerated() {
            if rank < military {
                attacks[i].casualties.unMilitary.killed = .known(attacks[i].casualties.unMilitary.killed.value + 1)
            } else {
                attacks[i].casualties.unAssociated.killed = .known(attacks[i].casualties.unAssociated.killed.value + 1)
            }
        }
        let others = Calibration.killed[index] - unDeaths.count
        let civilians = Int((Double(Calibration.killed[index]) * Calibration.civilianShare[index]).rounded())
        let civilianPool = attacks.indices.filter { attacks[$0].party != .minusma }
        for i in spread(civilians, over: civilianPool, rng: &rng) { bump(&attacks[i].casualties.civilians.killed) }
        let forces = attacks.indices.filter { [.nationalForces, .internationalForces].contains(attacks[$0].party) }
        for i in spread(others - civilians, over: forces.isEmpty ? civilianPool : forces, rng: &rng) {
            bump(&attacks[i].casualties.security.killed)
        }
        for i in attacks.indices { addInjuredAndAssailants(&attacks[i], rng: &rng) }
    }

    /// `deaths` deaths over a random subset of the attacks (about one fatal attack per two deaths),
    /// as a list with one attack index per death.
    static func spread(_ deaths: Int, over pool: [Int], rng: inout SeededGenerator) -> [Int] {
        guard deaths > 0, !pool.isEmpty else { return [] }
        var candidates = pool
        rng.shuffle(&candidates)
        let fatal = Array(candidates.prefix(max(1, min(pool.count, (deaths + 1) / 2))))
        return (0..<deaths).map { _ in rng.pick(fatal) }
    }

    private static func bump(_ count: inout Count) { count = .known(count.value + 1) }

    static func zeroed() -> Casualties {
        var c = Casualties()
        c.unMilitary = Toll(killed: 0, injured: 0)
        c.unAssociated = Toll(killed: 0, injured: 0)
        c.security = Toll(killed: 0, injured: 0)
        c.civilians = Toll(killed: 0, injured: 0)
        c.assailantsKilled = 0
        return c
    }

    private static func addInjuredAndAssailants(_ incident: inout Incident, rng: inout SeededGenerator) {
        var c = incident.casualties
        if incident.party == .minusma {
            c.unMilitary.injured = .known(rng.chance(0.4) ? rng.int(1...4) + c.unMilitary.killed.value : 0)
            c.unAssociated.injured = .known(rng.chance(0.1) ? 1 : 0)
        } else {
            c.security.injured = .known(c.security.killed.value > 0 ? rng.int(0...c.security.killed.value * 2) : 0)
            c.civilians.injured = .known(c.civilians.killed.value > 0 ? rng.int(0...c.civilians.killed.value) : 0)
        }
        c.assailantsKilled = .known(rng.chance(0.2) ? rng.int(1...6) : 0)
        incident.casualties = c
    }
}
