import BriefModel
import Foundation

/// Writes the synthetic demo exports: calibrated so that the default build reproduces the totals the
/// reference brief publishes, and messy the way real exports are. Not the mission's data.
public enum DemoDataset {
    public static let defaultSeed: UInt64 = 2023

    /// The three exports' file names and bytes. The same seed always gives the same bytes.
    public static func files(seed: UInt64 = defaultSeed) -> [(name: String, bytes: Data)] {
        let plan = IncidentPlan(seed: seed)
        var rng = SeededGenerator(seed: seed &+ 10)
        let incidents = plan.incidents
        let arms = ArmsPlan(seed: seed, incidents: incidents).rows
        let ammunition = AmmunitionPlan(seed: seed, incidents: incidents, sofaraAttackID: plan.sofaraAttackID).rows
        return [
            ("incidents.csv", Data(IncidentExport.text(incidents, rng: &rng).utf8)),
            ("arms.csv", Data(MaterielExports.arms(arms, rng: &rng).utf8)),
            ("ammunition.csv", windows1252(MaterielExports.ammunition(ammunition, rng: &rng))),
        ]
    }

    /// A large uncalibrated incidents export for benchmarks: `rows` plausible rows.
    public static func largeIncidents(rows: Int, seed: UInt64 = defaultSeed) -> Data {
        var rng = SeededGenerator(seed: seed)
        var out = ExportText(header: IncidentExport.header)
        let regions = Region.allCases
        for n in 0..<rows {
            let year = rng.int(2014...2022)
            let month = rng.int(1...12)
            var incident = Incident(
                id: "L\(n)", date: CivilDate(year: year, month: month, day: rng.int(1...28))!, region: rng.pick(regions),
                category: rng.pick(IncidentCategory.allCases), party: rng.pick(Party.allCases))
            incident.casualties.civilians = Toll(killed: .known(rng.int(0...3)), injured: .known(rng.int(0...5)))
            out.add(IncidentExport.fields(incident, &rng))
        }
        return Data(out.text.utf8)
    }

    static func windows1252(_ text: String) -> Data {
        text.data(using: .windowsCP1252, allowLossyConversion: false) ?? Data(text.utf8)
    }
}
