import Foundation
import Testing

/// Every brief of the scenario matrix, built end to end and read back with pdftotext: its numbers
/// are computed values, its trends agree with the series, unknowns are never numbers, and its
/// source lines name the inputs actually read.
@Suite("The brief tells the truth on any data", .serialized)
struct BriefTruthTests {
    @Test("every number in the text is a computed value", arguments: Scenario.allCases)
    func numbersAreComputed(_ scenario: Scenario) throws {
        let brief = try BuiltBrief(scenario)
        let allowed = brief.computedNumbers()
        let strays = brief.proseNumbers().filter { !allowed.contains($0.number) }
        #expect(
            strays.isEmpty, "numbers not among the computed values: \(strays.prefix(8).map { "\($0.number) in “\($0.line)”" })")
    }

    @Test("every stated direction agrees with the numbers it cites", arguments: Scenario.allCases)
    func directionsAgree(_ scenario: Scenario) throws {
        let brief = try BuiltBrief(scenario)
        let wrong = brief.directionClaims().filter { !$0.isConsistent }
        #expect(wrong.isEmpty, "\(wrong.map(\.sentence))")
    }

    @Test("a brief over falling series says so, and never that anything rose or spread")
    func fallingSeries() throws {
        let brief = try BuiltBrief(.falling)
        // Attacks on MINUSMA are the one series that peaks between its falling ends: its shape is said.
        let peak = "Attacks on the mission rose from 58 in 2014 to a peak of 84 in 2019, then fell to 51 in 2022."
        #expect(brief.body.contains(peak))
        let rest = brief.body.replacingOccurrences(of: peak, with: "")
        for word in ["rose", "growing", "increase", "spread", "moved from the north"] {
            #expect(!rest.contains(word), "“\(word)” in a brief whose series all fall")
        }
        #expect(brief.body.contains("Their number fell from 410 in 2014 to 103 in 2022"))
        #expect(brief.body.contains("The toll fell"))
        #expect(brief.body.contains("bulk of attacks moved from the centre"))
        #expect(brief.body.contains("smaller share of the devices"))
    }

    /// The summary states directions without numbers; they are the computed ones, as the sections' are.
    @Test("the summary's directions follow the data: grew on the demo data, declined when the series fall")
    func summaryDirections() throws {
        let demo = try BuiltBrief(.demo).body, falling = try BuiltBrief(.falling).body
        #expect(
            demo.contains("Extremist attacks in Mali grew over the period, and their weight moved from the north to the centre."))
        #expect(demo.contains("Attacks on MINUSMA peaked in 2017") && demo.contains("made up a growing share of the"))
        #expect(
            falling.contains(
                "Extremist attacks in Mali declined over the period, and their weight moved from the centre to the north."))
        #expect(falling.contains("Attacks on MINUSMA peaked in 2019") && falling.contains("made up a shrinking share of the"))
    }

    @Test("a one-year brief makes no comparison over time")
    func oneYear() throws {
        let brief = try BuiltBrief(.oneYear)
        #expect(!brief.body.contains("in 2022 to"))
        #expect(!brief.body.contains("in 2022 and"))
        for word in ["rose", "fell", "about level", "deadliest year", "moved from"] {
            #expect(!brief.body.contains(word), "“\(word)” in a one-year brief")
        }
        #expect(brief.body.contains("410 extremist attacks"))
        #expect(!brief.text.contains("2022–2022"), "a one-year range is written as the year")
        #expect(brief.body.contains("In 2022, IED finds made up 45 per cent of the mission's IED incidents."))
    }

    @Test("what ACLED does not record is never a number, and ACLED is named as the source")
    func acled() throws {
        let brief = try BuiltBrief(.acled)
        #expect(!brief.text.contains("ynthetic"))
        #expect(!brief.body.contains(" 0 per cent"))
        #expect(brief.body.contains("the Armed Conflict Location & Event Data Project (ACLED) recorded"))
        #expect(brief.body.contains("how many of them were civilians is not recorded in this data"))
        #expect(brief.body.contains("How IEDs were initiated is not recorded in this data"))
        #expect(!brief.body.contains("Remote-controlled devices made up"))
        #expect(brief.text.contains("Source: Armed Conflict Location & Event Data (ACLED), acleddata.com"))
        #expect(brief.text.contains("include the attackers"))
        #expect(!brief.text.contains("Source: The mission's"))
        let figures = try brief.figures()
        #expect(figures["rcied-share-per-year"]?["available"] as? Bool == false)
        #expect(figures["minusma-fatalities-by-type"]?["available"] as? Bool == false)
        let civilians = try #require(try brief.series("victims-per-year", "killed_civilians"))
        #expect(civilians.allSatisfy { $0 is NSNull }, "ACLED's civilians must be null, not 0: \(civilians)")
        let table = try #require(brief.read("report/data/victims-per-year.csv"))
        #expect(table.split(separator: "\n").dropFirst().allSatisfy { $0.hasSuffix(",") })
    }

    @Test("no MINUSMA finds and no fatality split: said in words, not as 0 per cent")
    func noFindsNoSplit() throws {
        let brief = try BuiltBrief(.noFindsNoSplit)
        #expect(brief.body.contains("The data records no IED found by MINUSMA in the period."))
        #expect(!brief.body.contains("MINUSMA personnel were killed"))
        #expect(!brief.body.contains("Fatalities"))
        #expect(!brief.body.contains("growing share of the devices"))
        let figures = try brief.figures()
        #expect(figures["minusma-fatalities-per-year"]?["available"] as? Bool == false)
        #expect(try brief.headline()["minusma_fatalities"] is NSNull)
    }

    @Test("a UN-only brief has a key finding and its own section, and defines no attack")
    func unOnly() throws {
        let brief = try BuiltBrief(.unOnly)
        #expect(brief.body.contains("Key findings • The United Nations' own count records 292 deaths"))
        #expect(brief.body.contains("Deaths among the mission's personnel The United Nations' official count"))
        #expect(!brief.text.contains("An attack is an incident"))
        // Deaths from every cause are no measure of a threat: the summary says what the brief counts.
        #expect(brief.body.contains("This brief counts the deaths of the personnel of the United Nations Multidimensional"))
        #expect(!brief.body.contains("measures the threat"))
    }

    @Test("source lines and sections follow the inputs", arguments: Scenario.allCases)
    func sources(_ scenario: Scenario) throws {
        let brief = try BuiltBrief(scenario)
        // A run that reads any bundled demo export carries the synthetic notice; others never do.
        let readsDemo: [Scenario] = [.demo, .oneYear, .incidentsOnly, .falling]
        let synthetic = brief.text.contains("Synthetic demonstration data")
        #expect(synthetic == readsDemo.contains(scenario), "synthetic notice: \(synthetic)")
        #expect(brief.text.contains("SYNTHETIC DEMO DATA") == readsDemo.contains(scenario))
        let un = brief.text.contains("Source: United Nations, Peace and Security Data Hub")
        #expect(un == [.demo, .oneYear, .acled, .unOnly].contains(scenario))
        let mission = brief.text.contains("Source: The mission's incident and arms-monitoring database")
        #expect(mission == ![.acled, .unOnly].contains(scenario))
        #expect(brief.body.contains("Illicit arms and ammunition") == [.demo, .oneYear, .falling].contains(scenario))
        #expect(brief.body.contains("Attacks against MINUSMA") == (scenario != .unOnly))
    }

    /// Seams where sentences are put together: a word said twice ("in 6 regions regions"), an empty
    /// clause, or a finding about "one source" or "one place" that rests on a single record.
    @Test(
        "no word doubled, no empty clause, no finding on one record",
        arguments: Scenario.allCases.flatMap { s in ["en", "fr"].map { (s, $0) } })
    func seams(_ scenario: Scenario, _ language: String) throws {
        let brief = try BuiltBrief(scenario, language: language)
        // Lower case only: a heading ending in "MINUSMA" may stand before a sentence that starts with it.
        let doubled = brief.body.matches(of: /\b(\p{Ll}[\p{L}’'-]*) \1\b/).map { String($0.output.0) }
        #expect(doubled.isEmpty, "\(doubled)")
        // A space before "," or "." is a clause left empty (French spaces before ";" and ":" on purpose).
        let empty = brief.body.matches(of: /[,;:(] *[,;.)]|\( *\)|\s[,.]\s/).map { String($0.output) }
        #expect(empty.isEmpty, "\(empty)")
        #expect(!brief.body.contains(/\((1|un) (record|enregistrement)\)/), "a finding on a single record")
        // "no arms type and 40 ammunition samples … appeared": a zero is its own clause, never a subject.
        let zeroSubject = brief.body.matches(of: /\b(no|aucun|aucune) [\p{L}’ ]+? (and|et) \d/).map { String($0.output.0) }
        #expect(zeroSubject.isEmpty, "\(zeroSubject)")
    }

    /// The reason given for the gap between the mission's count and the UN's fits the two numbers: the
    /// larger one is named from the totals, never predicted by template prose.
    @Test("the two fatality counts are compared the way the numbers go", arguments: [Scenario.demo, .oneYear])
    func fatalityCounts(_ scenario: Scenario) throws {
        let brief = try BuiltBrief(scenario)
        let mission = try #require(brief.headline()["minusma_fatalities"] as? Int)
        let un = try #require(try brief.series("un-fatalities-per-year", "malicious_act"))
            .compactMap { ($0 as? NSNumber)?.intValue }.reduce(0, +)
        let missionLarger = brief.body.contains(
            "the mission's count of deaths in attacks (\(mission)) is larger than the United Nations' count of deaths from malicious acts (\(un))"
        )
        let unLarger = brief.body.contains(
            "The United Nations' count of deaths from malicious acts (\(un)) is nonetheless larger than the mission's count of deaths in attacks (\(mission))"
        )
        let equal = brief.body.contains("Both give \(mission) deaths for the period")
        #expect(missionLarger == (mission > un) && unLarger == (un > mission) && equal == (un == mission), "\(mission) vs \(un)")
        #expect(brief.body.contains("contractors such as drivers and guards included"))
    }

    /// The text says IED finds are not recorded only when Figure 9 shows none: a period the data
    /// covers in part has gaps, not unrecorded finds (the ACLED brief once said both).
    @Test("what the text says of IED finds is what Figure 9 shows", arguments: Scenario.allCases)
    func findsAsFigureNine(_ scenario: Scenario) throws {
        let brief = try BuiltBrief(scenario)
        let finds = try brief.series("minusma-ied-attacks-vs-finds", "ied_finds")?.compactMap { $0 as? Double } ?? []
        let saysNotRecorded = brief.body.contains("IED finds are not recorded in this data")
        #expect(saysNotRecorded == finds.isEmpty || !brief.body.contains("Figure 9. IED attacks"), "\(finds)")
        if finds.contains(where: { $0 > 0 }) { #expect(!saysNotRecorded) }
    }

    /// The method note defines the figures the brief shows, and no other: a UN-only brief draws no
    /// map, so it defines none.
    @Test("the method note defines only the figures the brief shows", arguments: [Scenario.demo, .unOnly])
    func methodNoteDefinesWhatIsShown(_ scenario: Scenario) throws {
        let brief = try BuiltBrief(scenario)
        let mapOne = brief.text.components(separatedBy: "Map 1. Mali: regions and zones").count - 1
        // Shown: its caption, then its definition in the method note; not shown: neither.
        #expect(mapOne == (scenario == .demo ? 2 : 0), "Map 1 named \(mapOne) times")
    }
}
