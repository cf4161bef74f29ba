/// The published totals of the reference brief (figures.md, "What the brief states") and the
/// plausible yearly shapes chosen around them. The generator builds rows that add up to these;
/// the pipeline knows nothing of them and computes every figure from the rows.
enum Calibration {
    static let years = Array(2014...2022)

    /// All attacks per year: 103 in 2014, 410 in 2022, 2,327 in all.
    static let attacks = [103, 165, 210, 250, 290, 320, 270, 309, 410]
    /// Attacks in the central zone per year: 221 in 2022.
    static let central = [10, 30, 50, 80, 120, 150, 130, 160, 221]
    static let southern = [2, 3, 4, 6, 8, 10, 9, 12, 15]

    /// Attacks on MINUSMA per year: 626 in all, about 70 a year.
    static let minusmaAttacks = [51, 60, 68, 84, 80, 78, 72, 75, 58]
    /// Attacks on MINUSMA by type over the period: IED, indirect fire, small arms fire, complex.
    static let minusmaByType = [307, 165, 108, 46]

    /// MINUSMA fatalities per type (rows in attack-type order) and year: some 200, 35 % IED,
    /// 35 % complex, 5 % indirect fire, small arms the rest, with the 2017 small-arms spike.
    static let fatalities: [[Int]] = [
        [6, 9, 8, 7, 9, 8, 7, 9, 7],  // ied: 70
        [1, 1, 1, 2, 1, 1, 1, 1, 1],  // indirect_fire: 10
        [2, 4, 3, 24, 4, 4, 3, 3, 3],  // small_arms_fire: 50
        [3, 8, 10, 6, 12, 14, 3, 9, 5],  // complex: 70
    ]
    /// Two thirds of MINUSMA fatalities are uniformed personnel.
    static let militaryShare = 2.0 / 3.0

    /// Everyone killed in attacks per year: some 40 in 2014, more than 1,000 in 2022.
    static let killed = [41, 120, 180, 260, 420, 610, 540, 620, 1_080]
    /// Civilians among the killed: about half in 2022.
    static let civilianShare = [0.30, 0.30, 0.35, 0.35, 0.40, 0.45, 0.45, 0.45, 0.50]

    /// IED finds by MINUSMA: few until 2018, more than a third of its IED incidents from 2019.
    static let minusmaFinds = [2, 3, 4, 5, 8, 22, 25, 28, 24]
    static let otherFinds = [5, 8, 10, 12, 15, 18, 20, 22, 25]
    /// Incidents that are not attacks (kidnapping, arson …).
    static let otherIncidents = [12, 15, 18, 20, 24, 26, 22, 25, 30]

    /// Share of IED incidents whose type is identified (70 %), and RCIED among them: about 8 % in 2014,
    /// more than 16 % in 2022, under 20 % overall.
    static let identifiedShare = 0.7
    static let rciedShare = [0.08, 0.09, 0.10, 0.11, 0.12, 0.13, 0.14, 0.15, 0.17]
}
