import BriefModel
import Testing

@testable import Validate

@Suite struct DateParserTests {
    let parser = DateParser(referenceDate: CivilDate(year: 2023, month: 6, day: 30)!)

    @Test(arguments: [
        "2016-09-14", "2016-09-14T07:00:00Z", "14/09/2016", "14.09.2016", "14-09-2016", "14 September 2016",
        "14 Sept 2016", "14 Sep 2016", "14 septembre 2016", "14 sept. 2016", " 14 SEPTEMBRE 2016 ",
    ])
    func acceptedForms(_ text: String) throws {
        #expect(try parser.parse(text.trimmingCharacters(in: .whitespaces)).get() == CivilDate(year: 2016, month: 9, day: 14))
    }

    @Test func frenchFirstOfTheMonthAndAccents() throws {
        #expect(try parser.parse("1er avril 2021").get() == CivilDate(year: 2021, month: 4, day: 1))
        #expect(
            try parser.parse("1ᵉʳ\u{00A0}avril 2021").get() == CivilDate(year: 2021, month: 4, day: 1),
            "as the French brief writes it")
        #expect(try parser.parse("3 février 2020").get() == CivilDate(year: 2020, month: 2, day: 3))
        #expect(try parser.parse("15 août 2019").get() == CivilDate(year: 2019, month: 8, day: 15))
    }

    @Test func dayFirstNeverMonthFirst() throws {
        #expect(try parser.parse("03/04/2016").get() == CivilDate(year: 2016, month: 4, day: 3))
        #expect(parser.parse("09/14/2016") == .failure(.impossible))
    }

    @Test func impossibleFutureAndUnreadable() {
        #expect(parser.parse("31/02/2016") == .failure(.impossible))
        #expect(parser.parse("2019-02-29") == .failure(.impossible))
        #expect(parser.parse("2023-07-01") == .failure(.afterReference(parser.referenceDate)))
        for text in ["yesterday", "2016/09/14", "14/09/16", "2016-9-14", "14 Septembur 2016", "14-09/2016"] {
            #expect(parser.parse(text) == .failure(.unreadable), "\(text)")
        }
    }

    @Test func messageSaysWhatWasExpected() {
        let message = DateParser.Failure.impossible.message(field: "date", text: "31/02/2016")
        #expect(message == "date \"31/02/2016\" is not a real date (expected YYYY-MM-DD, DD/MM/YYYY or \"14 September 2016\")")
    }
}

@Suite struct CountParserTests {
    @Test func unknownTokens() {
        for token in [nil, "", "unknown", "Inconnu", "n/a", "NA", "?", "-", " "] as [String?] {
            #expect(CountParser.parse(token) == .success(.unknown), "\(token ?? "nil")")
        }
    }

    @Test func wholeNumbersAndFaults() {
        #expect(CountParser.parse("12") == .success(.known(12)))
        #expect(CountParser.parse("3.0") == .success(.known(3)))
        #expect(CountParser.parse("-1") == .failure(.negative))
        #expect(CountParser.parse("2.5") == .failure(.fractional))
        #expect(CountParser.parse("2,5") == .failure(.fractional))
        #expect(CountParser.parse("many") == .failure(.notANumber))
    }

    /// Found by the libFuzzer pass: `Int(1e300)` trapped instead of rejecting the row.
    @Test func hugeNumbersAreRejectedNotATrap() {
        for text in ["1e300", "9e18", "99999999999999999999", "1234567890123", "1.5e10"] {
            #expect(CountParser.parse(text) == .failure(.tooLarge), "\(text)")
        }
        #expect(CountParser.parse("-1e300") == .failure(.negative))
        #expect(CountParser.parse("inf") == .failure(.notANumber))
        #expect(CountParser.parse("1000000000") == .success(.known(1_000_000_000)))
    }
}

@Suite struct CalibreAndLabelTests {
    @Test(arguments: ["7.62x39", "7.62 x 39 mm", "7,62×39", "7.62X39MM", "7.62x39mm"])
    func cartridgeSpellings(_ text: String) {
        #expect(CalibreParser.parse(text)?.description == "7.62x39mm")
    }

    @Test(arguments: ["7.62x54R", "7.62 x 54 R", "7.62x54 mm R", "7.62x54mmR"])
    func rimmedSpellings(_ text: String) {
        #expect(CalibreParser.parse(text)?.description == "7.62x54mmR")
    }

    @Test func projectilesAndRejects() {
        #expect(CalibreParser.parse("81 mm")?.description == "81mm")
        #expect(CalibreParser.parse("81")?.description == "81mm")
        #expect(CalibreParser.parse("12.7x108mm")?.millimetres == 12.7)
        #expect(CalibreParser.parse("big") == nil)
        #expect(CalibreParser.parse("81R") == nil)
        #expect(CalibreParser.parse("7.62x") == nil)
        #expect(CalibreParser.parse("7.62x999999999999999999999") == nil)
        #expect(CalibreParser.parse("99999999999999999999") == nil)
    }

    @Test func labelsFoldCaseAccentsAndSeparators() {
        #expect(LabelKey.fold("  TOMBOUCTOU ") == LabelKey.fold("tombouctou"))
        #expect(LabelKey.fold("Ménaka") == "menaka")
        #expect(LabelKey.fold("small-arms__fire") == "small arms fire")
        #expect(LabelKey.fold("site d’attaque") == "site d'attaque")
    }

    /// The byte-by-byte folding of ASCII labels gives what Foundation's folding gives, on labels made
    /// of letters of both cases, digits, separators in runs and line breaks.
    @Test func asciiLabelsFoldAsUnicodeLabelsDo() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("aZ09 -_\t\r\nMiXeD.'/()")
        for _ in 0..<2000 {
            let label = String(
                (0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            #expect(LabelKey.foldASCII(label) == LabelKey.foldUnicode(label), "\(label.debugDescription)")
        }
        #expect(LabelKey.foldASCII(" -Small_ARMS--Fire\t") == "small arms fire")
    }

    @Test func vocabulariesMatchContractLabelsAndAliases() throws {
        let words = try Vocabularies(
            aliases: AliasTable([
                .regions: ["Timbuktu": ["Tombouctou-ville"]], .categories: ["ied": ["engin piégé"]],
            ]))
        #expect(words.regions.match("TOMBOUCTOU-VILLE") == .timbuktu)
        #expect(words.regions.match("Taoudénit") == .taoudeni)
        #expect(words.regions.match("District de Bamako") == .bamako)
        #expect(words.categories.match("Engin piege") == .ied)
        #expect(words.categories.match("Rockets/Mortars") == .indirectFire)
        #expect(words.parties.match("Forces armées maliennes") == .nationalForces)
        #expect(words.iedTypes.match("Plaque de pression") == .victimOperated)
        #expect(words.countries.match("URSS")?.name == "Soviet Union")
        #expect(words.countries.match("Russian Federation")?.isoCode == "RU")
        #expect(words.countries.match("Tchécoslovaquie")?.isoCode == "CSHH")
        #expect(words.countries.match("DPRK")?.name == "North Korea")
        #expect(words.regions.match("Atlantis") == nil)
    }

    @Test func aliasToUnknownCanonicalValueIsAnError() {
        #expect(throws: AliasError.self) { try Vocabularies(aliases: AliasTable([.regions: ["Atlantis": ["x"]]])) }
    }
}
