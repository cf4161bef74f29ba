import BriefModel
import Figures
import Foundation
import Localization
import Testing

@testable import Publish

/// The nightly flag: a build that sees materiel for the first time says so in changes.json and in
/// the summary, and only then.
@Suite struct FirstSightingFlagTests {
    static let armsHeader =
        "item_id,incident_id,recovered_date,region,context,category,model,calibre,country,producer,year,quantity,notes\n"
    static let arms =
        armsHeader + """
            A1,,2016-06-30,Gao,attack_site,mortar round,O-832,81mm,Soviet Union,,1975,5,
            A2,,2017-02-12,Gao,attack_site,rocket,S-5 type,57mm,Bulgaria,,2011,4,

            """
    static let grenade = "A3,,2018-08-23,Kidal,attack_site,grenade,RPG-32 type anti-tank grenade,32mm,Jordan,JADARA,2013,2,\n"
    static let ammunition = """
        record_id,incident_id,recovered_date,region,calibre,headstamp,producer,country,year,quantity
        M1,,2016-09-14,Mopti,7.62x39mm,10E / 15,Factory 10E,Egypt,2015,55

        """

    static func project() -> BuildRunner {
        let runner = BuildRunner()
        runner.write("data/arms.csv", arms)
        runner.write("data/ammunition.csv", ammunition)
        runner.write(
            "pipeline.yml",
            """
            period: {from: 2016, to: 2018}
            inputs:
              arms: {path: data/arms.csv}
              ammunition: {path: data/ammunition.csv}
            output: {dir: report, formats: [svg]}

            """)
        return runner
    }

    @Test func aNewArmsTypeBetweenTwoBuildsIsFlaggedOnce() throws {
        let runner = Self.project()
        #expect(runner.build() == 0)
        #expect(runner.read("report/changes.json") == nil)  // a first build has nothing to compare with
        #expect(runner.read("report/data/first-sightings.csv")?.contains("Factory 10E") == true)

        runner.write("data/arms.csv", Self.arms + Self.grenade)
        #expect(runner.build() == 0)
        let changes = try runner.json("report/changes.json")
        let sightings = try #require(changes["first_sightings"] as? [[String: Any]])
        #expect(sightings.count == 1)
        #expect(sightings.first?["kind"] as? String == "arms")
        #expect(sightings.first?["item"] as? String == "RPG-32 type anti-tank grenade, 32mm")
        #expect(sightings.first?["first_recovered"] as? String == "2018-08-23")
        #expect(sightings.first?["region"] as? String == "Kidal")
        #expect((changes["summary"] as? [String: Any])?["first_sightings"] as? Int == 1)

        // Seen once, it is no longer new.
        #expect(runner.build(["--force"]) == 0)
        let again = try runner.json("report/changes.json")
        #expect((again["first_sightings"] as? [Any])?.isEmpty == true)
    }

    @Test func theNightlySummaryNamesTheFirstSighting() throws {
        var changes = ReportChanges()
        changes.firstSightings = [
            .init(
                kind: "arms", item: "RPG-32 type anti-tank grenade, 32mm",
                date: CivilDate(year: 2021, month: 8, day: 23)!, region: "Kidal")
        ]
        let lines = try changes.summaryLines()
        #expect(lines[0] == "1 first sighting.", "\(lines[0])")
        #expect(lines.contains("  first sighting: RPG-32 type anti-tank grenade, 32mm (arms), Kidal 23 August 2021"))
        // With the build's monitoring views the item is named in the edition's words, as the brief names
        // it (the model is the export's own text; the country is a word of the vocabulary).
        changes.firstSightings.append(
            .init(
                kind: "ammunition", item: "7.62x39mm Factory 10E 2015 (Egypt)",
                date: CivilDate(year: 2016, month: 9, day: 14)!, region: "Mopti"))
        let french = try changes.summaryLines(language: Language.load("fr"), flow: ArmsFlowFixture.flow())
        #expect(french[0] == "2 premières observations.", "\(french[0])")
        #expect(
            french.contains(
                "  première observation\u{00A0}: grenade antichar de type RPG-32, 32\u{00A0}mm (armes), Kidal 23\u{00A0}août 2021"
            ))
        #expect(
            french.contains(
                "  première observation\u{00A0}: 7,62\u{00A0}×\u{00A0}39\u{00A0}mm Factory 10E, 2015 (Égypte) (munitions), Mopti 14\u{00A0}septembre 2016"
            ),
            "\(french)")
    }

    @Test func aPreviousReportWithoutFirstSightingsFlagsNothing() throws {
        let folder = Fixtures.temporaryDirectory()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(#"{"figures": []}"#.utf8).write(to: folder.appendingPathComponent("figures.json"))
        let changes = try #require(
            ReportChanges.compare(
                previous: folder, figures: [], tracker: [], rejects: [],
                flow: ArmsFlowFixture.flow()))
        #expect(changes.firstSightings.isEmpty)
    }

    @Test func theTableRoundTripsSoNothingSeenBeforeIsFlagged() throws {
        let folder = Fixtures.temporaryDirectory()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("data"), withIntermediateDirectories: true)
        try Data(#"{"figures": []}"#.utf8).write(to: folder.appendingPathComponent("figures.json"))
        try Data(MonitoringTables.firstSightings(ArmsFlowFixture.flow(withGrenade: false)).utf8)
            .write(to: folder.appendingPathComponent("data/first-sightings.csv"))
        let changes = try #require(
            ReportChanges.compare(
                previous: folder, figures: [], tracker: [], rejects: [],
                flow: ArmsFlowFixture.flow()))
        #expect(changes.firstSightings.map(\.item) == ["RPG-32 type anti-tank grenade, 32mm"])
    }
}
