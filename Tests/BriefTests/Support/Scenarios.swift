import BriefModel
import Foundation

/// Data sets that are not the demo set, made from the bundled exports by plain, documented
/// transformations, each written into a scratch project with its own pipeline.yml.
enum Scenario: String, CaseIterable, CustomStringConvertible {
    /// The bundled demo exports and the UN file, as the default pipeline.yml reads them.
    case demo
    /// The demo incidents written as an ACLED export (ACLED's columns and categories), with the UN file.
    case acled
    /// The UN fatalities file alone.
    case unOnly
    /// The demo incidents alone: no arms, no ammunition.
    case incidentsOnly
    /// The demo incidents mirrored in time (2014 ↔ 2022): every series that rose now falls.
    case falling
    /// The demo incidents without MINUSMA's IED finds and with the UN casualty split left blank.
    case noFindsNoSplit
    /// The demo data over one year, `--period 2022-2022`.
    case oneYear

    var description: String { rawValue }

    /// Writes the scenario's inputs and pipeline.yml into `runner`'s folder; returns the build arguments.
    /// `language` is the edition's `document.language`.
    func prepare(in runner: BuildRunner, language: String = "en") throws -> [String] {
        let data = Repository.root.appendingPathComponent("data").path
        var inputs: [String] = []
        func input(_ name: String, _ path: String, format: String? = nil) {
            inputs.append("  \(name):\n    path: \(path)" + (format.map { "\n    format: \($0)" } ?? ""))
        }
        let un = "\(data)/un-fatalities.csv"
        switch self {
        case .demo, .oneYear:
            input("incidents", "\(data)/incidents.csv")
            input("arms", "\(data)/arms.csv")
            input("ammunition", "\(data)/ammunition.csv")
            input("un_fatalities", un, format: "un-fatalities")
        case .acled:
            runner.write("acled.csv", ScenarioExports.acled(try DemoFigures.dataset().incidents ?? []))
            input("incidents", "acled.csv", format: "acled")
            input("un_fatalities", un, format: "un-fatalities")
        case .unOnly:
            input("un_fatalities", un, format: "un-fatalities")
        case .incidentsOnly:
            input("incidents", "\(data)/incidents.csv")
        case .falling:
            let mirrored = (try DemoFigures.dataset().incidents ?? []).map { incident in
                var copy = incident
                copy.date = CivilDate(
                    year: 2014 + 2022 - incident.date.year, month: incident.date.month,
                    day: incident.date.day)!
                return copy
            }
            runner.write("incidents.csv", ScenarioExports.incidents(mirrored))
            input("incidents", "incidents.csv")
            input("ammunition", "\(data)/ammunition.csv")
        case .noFindsNoSplit:
            let edited = (try DemoFigures.dataset().incidents ?? []).filter { !($0.category == .iedFind && $0.party == .minusma) }
                .map { incident in
                    var copy = incident
                    copy.casualties.unMilitary = Toll()
                    copy.casualties.unAssociated = Toll()
                    return copy
                }
            runner.write("incidents.csv", ScenarioExports.incidents(edited))
            input("incidents", "incidents.csv")
        }
        runner.write(
            "pipeline.yml",
            """
            period:
              from: 2014
              to: 2022
            inputs:
            \(inputs.joined(separator: "\n"))
            validation:
              max_reject_rate: 0.05
            output:
              dir: report
              formats: [pdf]
            document:
              language: \(language)
            """)
        var arguments = ["build", "--config", runner.path("pipeline.yml"), "--quiet"]
        if self == .oneYear { arguments += ["--period", "2022-2022"] }
        return arguments
    }
}

/// Writes validated records back out as exports: the mission database's canonical columns, or ACLED's.
enum ScenarioExports {
    static func incidents(_ incidents: [Incident]) -> String {
        let header =
            "incident_id,date,region,category,party,ied_type,killed_un_military,injured_un_military,"
            + "killed_un_associated,injured_un_associated,killed_security,injured_security,killed_civilians,"
            + "injured_civilians,assailants_killed"
        let rows = incidents.map { i in
            let c = i.casualties
            let counts = [
                c.unMilitary.killed, c.unMilitary.injured, c.unAssociated.killed, c.unAssociated.injured,
                c.security.killed, c.security.injured, c.civilians.killed, c.civilians.injured, c.assailantsKilled,
            ]
            return
                ([
                    i.id, i.date.description, i.region.rawValue, i.category.rawValue, i.party.rawValue,
                    i.iedType == .unknown ? "" : i.iedType.rawValue,
                ]
                + counts.map(text)).joined(separator: ",")
        }
        return ([header] + rows).joined(separator: "\n") + "\n"
    }

    static func text(_ count: Count) -> String { if case .known(let n) = count { String(n) } else { "" } }

    /// ACLED's columns (public-data.md), with event types chosen so that its mapping gives back each
    /// category: extremists attack (JNIM as the first actor), a find is its finder's (the party as the
    /// first actor). The file ends on 31 October of the last year, as the real one does, and carries
    /// what the rules leave out: an attack by an unidentified group, one by state forces, and an IED
    /// that went off while JNIM planted it (not a find).
    static func acled(_ incidents: [Incident]) -> String {
        let header =
            "event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,assoc_actor_2,admin1,location,"
            + "latitude,longitude,source,notes,fatalities"
        let end = incidents.map(\.date).max().map { CivilDate(year: $0.year, month: 10, day: 31)! }
        let kept = incidents.filter { incident in end.map { !($0 < incident.date) } ?? true }
        var rows = kept.map { i -> String in
            let (type, sub, notes): (String, String, String) =
                switch i.category {
                case .ied:
                    i.iedType == .suicide
                        ? ("Explosions/Remote violence", "Suicide bomb", "Suicide attack.")
                        : ("Explosions/Remote violence", "Remote explosive/landmine/IED", "An IED exploded.")
                case .indirectFire: ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Mortar fire.")
                case .smallArmsFire: ("Battles", "Armed clash", "Gunmen opened fire.")
                case .complex: ("Battles", "Armed clash", "A complex attack on the camp.")
                case .iedFind: ("Strategic developments", "Disrupted weapons use", "An IED was found and defused.")
                case .other: ("Protests", "Peaceful protest", "Demonstration.")
                }
            let party =
                switch i.party {
                case .minusma: "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2023)"
                case .nationalForces: "Military Forces of Mali (2021-)"
                case .internationalForces: "Military Forces of France (2017-2022)"
                case .civilians: "Civilians (Mali)"
                default: "Unidentified Armed Group (Mali)"
                }
            let (actor1, actor2) = i.category == .iedFind ? (party, "") : ("JNIM", party)
            let killed = i.casualties.victimsKilled + i.casualties.assailantsKilled.value
            return [
                i.id, i.date.description, type, sub, actor1, actor2, "", i.region.rawValue, "", "", "", "Press", notes,
                String(killed),
            ].joined(separator: ",")
        }
        if let end {
            let day = end.description
            rows += [
                "X-UNATTRIBUTED,\(day),Violence against civilians,Attack,Unidentified Armed Group (Mali),Civilians (Mali),,Mopti,,,,Press,Villagers attacked.,2",
                "X-STATE,\(day),Violence against civilians,Attack,Military Forces of Mali (2021-),Civilians (Mali),,Mopti,,,,Press,Soldiers fired.,1",
                "X-PLANTED,\(day),Strategic developments,Disrupted weapons use,JNIM,,,Gao,,,,Press,An IED exploded while it was being planted.,2",
            ]
        }
        return ([header] + rows).joined(separator: "\n") + "\n"
    }
}
