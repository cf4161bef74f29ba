import BriefModel
import DemoData
import Foundation
import Testing

@testable import BriefCLI
@testable import Figures

/// The whole default build on the bundled demo data reproduces every number the reference brief
/// states (figures.md, "What the brief states"): exactly where it gives a number, within its words
/// ("some", "about", "more than") where it does not.
@Suite(.serialized) struct BriefReproductionTests {
    static let root = Repository.root

    struct Report {
        let headline: [String: Any]
        let figures: [String: [String: [Double?]]]

        func series(_ figure: String, _ name: String) -> [Double?] { figures[figure]![name]! }
        func count(_ key: String) -> Int { headline[key] as! Int }
        func fraction(_ key: String) -> Double { (headline[key] as! NSNumber).doubleValue }
    }

    static func build() throws -> Report {
        let out = Fixtures.temporaryDirectory().appendingPathComponent("report")
        let status = BuildRunner().run([
            "build", "--config", root.appendingPathComponent("pipeline.yml").path, "--out", out.path, "--quiet",
        ])
        #expect(status == 0)
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("figures.json")))
            as! [String: Any]
        var figures: [String: [String: [Double?]]] = [:]
        for figure in json["figures"] as! [[String: Any]] {
            var series: [String: [Double?]] = [:]
            for s in figure["series"] as! [[String: Any]] {
                series[s["name"] as! String] = (s["values"] as! [Any]).map { ($0 as? NSNumber)?.doubleValue }
            }
            figures[figure["id"] as! String] = series
        }
        return Report(headline: json["headline"] as! [String: Any], figures: figures)
    }

    @Test func exactNumbersOfTheBrief() throws {
        let report = try Self.build()
        #expect(report.count("attacks") == 2_327)
        #expect(report.count("attacks_first_year") == 103)
        #expect(report.count("attacks_last_year") == 410)
        #expect(report.count("attacks_last_year_central") == 221)
        #expect(report.count("minusma_attacks") == 626)
        #expect(report.series("minusma-attack-types", "attacks") == [307, 165, 108, 46])
        #expect(report.count("ammunition_samples") == 488)
        #expect(report.count("samples_china_soviet_russia") == 281)
        #expect(report.count("other_producing_countries") == 34)
        #expect(report.series("attacks-per-year", "total").first == 103)
        #expect(report.series("minusma-attacks-per-year", "attacks").compactMap { $0 }.reduce(0, +) == 626)
    }

    @Test func approximateStatementsOfTheBrief() throws {
        let r = try Self.build()
        let killed = r.series("victims-per-year", "killed").map { $0! }
        let civilians = r.series("victims-per-year", "killed_civilians").map { $0! }
        #expect((35...45).contains(killed.first!))  // "some 40" in 2014
        #expect(killed.last! > 1_000)  // "more than 1,000" in 2022
        #expect(abs(civilians.last! / killed.last! - 0.5) < 0.05)  // "about half civilians"
        #expect(abs(r.fraction("minusma_attacks_share") - 0.27) < 0.005)  // 27 per cent
        #expect(abs(r.fraction("minusma_attacks_per_year") - 70) < 1)  // about 70 a year
        #expect(r.fraction("minusma_attack_every_days").rounded() == 5)  // one every five days
        let fatalities = r.count("minusma_fatalities")
        #expect((190...210).contains(fatalities))  // "some 200"
        #expect(abs(r.fraction("minusma_fatalities_per_year") - 22) < 1)  // about 22 a year
        #expect(abs(r.fraction("minusma_fatalities_military_share") - 2.0 / 3) < 0.02)
        let shares = r.series("minusma-fatalities-by-type", "share").map { $0! }
        #expect(abs(shares[0] - 0.35) < 0.01 && abs(shares[3] - 0.35) < 0.01 && abs(shares[1] - 0.05) < 0.01)
        let saf = r.series("minusma-fatalities-per-year", "small_arms_fire").map { $0! }
        #expect(saf[3] == saf.max() && saf[3] >= 3 * saf.filter { $0 != saf[3] }.max()!)  // the 2017 spike
        let finds = r.series("minusma-ied-attacks-vs-finds", "finds_share").map { $0! }
        #expect(finds.prefix(5).allSatisfy { $0 < 0.2 })  // few until 2018
        #expect(r.fraction("minusma_ied_finds_share_last_four_years") > 1.0 / 3)
        #expect(abs(r.fraction("rcied_share_first_year") - 0.08) < 0.01)  // around 8 % in 2014
        #expect(r.fraction("rcied_share_last_year") > 0.16)  // more than 16 % in 2022
        #expect(r.fraction("rcied_share_period") < 0.20)  // under 20 % overall
    }

    @Test func raritiesAndNotableItems() throws {
        let config = try RunOptions.parse(["--config", Self.root.appendingPathComponent("pipeline.yml").path]).resolve().0
        let read = try InputStage(
            config: config, referenceDate: Fixtures.referenceDate, logger: .brief(quiet: true, verbose: false)
        ).run(InputFiles(config))
        let samples = AmmunitionSamples.inPeriod(read.dataset.ammunition!, period: config.period)
        func decades(_ country: String) -> Set<String> {
            Set(samples.filter { $0.country?.name == country }.map { "\($0.sample.year / 10 * 10)s" })
        }
        #expect(decades("Algeria") == ["2000s", "2010s"])
        #expect(decades("North Korea") == ["1960s", "1990s"])
        #expect(decades("Egypt") == ["1980s", "2010s"])
        #expect(decades("Sudan") == ["2000s", "2010s"])
        #expect(decades("Iran") == ["2000s"])
        #expect(decades("Iraq") == ["1980s"] && decades("Syria") == ["1980s"])

        // Egyptian 2015 7.62x39 mm, first recorded on 14 September 2016 at Sofara (Mopti).
        let egyptian = read.dataset.ammunition!.filter { $0.country?.name == "Egypt" && $0.year == 2015 }
        let first = try #require(egyptian.min { $0.recoveredDate < $1.recoveredDate })
        #expect(first.calibre.description == "7.62x39mm" && first.recoveredDate == CivilDate(year: 2016, month: 9, day: 14))
        let incident = read.dataset.incidents!.first { $0.id == first.incidentID }
        #expect(incident?.locality == "Sofara" && incident?.region == .mopti)

        let arms = read.dataset.arms!
        let hmg = arms.filter { $0.category == .heavyMachineGun && $0.year == 2019 }
        #expect(
            hmg.count == 1 && hmg[0].region == .menaka && hmg[0].recoveredDate.year == 2021 && hmg[0].recoveredDate.month == 11)
        let grenade = arms.filter { $0.calibre?.description == "32mm" }
        #expect(grenade.map(\.country?.name) == ["Jordan"] && grenade[0].year == 2013 && grenade[0].region == .kidal)
        #expect(grenade[0].recoveredDate.year == 2021 && grenade[0].recoveredDate.month == 8)
        let iranian = arms.filter { $0.country?.name == "Iran" && $0.calibre?.description == "81mm" }
        #expect(
            iranian.count == 1 && iranian[0].year == 2001 && iranian[0].region == .timbuktu
                && iranian[0].recoveredDate.year == 2018)
        let rockets = arms.filter { $0.calibre?.description == "57mm" }
        #expect(rockets.count == 1 && rockets[0].country?.name == "Bulgaria" && rockets[0].year == 2011)
    }

    @Test func demoDataIsDeterministicAndMatchesTheBundledFiles() throws {
        let files = DemoDataset.files(seed: DemoDataset.defaultSeed)
        for file in files {
            let bundled = try Data(contentsOf: Self.root.appendingPathComponent("data/\(file.name)"))
            #expect(bundled == file.bytes, "data/\(file.name) differs from `brief demo-data` output")
        }
    }

    @Test func theDemoQualityReportShowsRejectsUnderTheLimit() throws {
        let config = try RunOptions.parse(["--config", Self.root.appendingPathComponent("pipeline.yml").path]).resolve().0
        let read = try InputStage(
            config: config, referenceDate: Fixtures.referenceDate, logger: .brief(quiet: true, verbose: false)
        ).run(InputFiles(config))
        for quality in read.quality {
            #expect(quality.isBalanced)
            #expect(quality.rejectRate < config.maxRejectRate)
        }
        // The three synthetic exports carry a few bad rows on purpose; the real UN file has none.
        for quality in read.quality where quality.export != .unFatalities { #expect(quality.rejected > 0) }
        #expect(read.quality.first { $0.export == .incidents }!.collapsed > 0)
        #expect(read.quality.first { $0.export == .ammunition }!.encoding == "windows-1252")
    }
}
