import BriefModel
import Configuration
import Testing

@Suite struct ConfigurationLoaderTests {
    func parse(_ yaml: String) throws -> PipelineConfiguration {
        try ConfigurationLoader.parse(yaml, file: "pipeline.yml", baseDirectory: "/srv/brief")
    }

    @Test func readsEveryContractKey() throws {
        let config = try parse(
            """
            period: {from: 2019, to: 2022}
            inputs:
              incidents:
                path: data/incidents.csv
                delimiter: ";"
                columns: {date: "Date de l'incident", category: Type}
              ammunition:
                path: /data/ammo.jsonl
            aliases:
              regions: {Timbuktu: [Tombouctou-ville]}
              categories: {ied: ["engin piégé"]}
            validation: {max_reject_rate: 0.1}
            output: {dir: reports/nightly, formats: [pdf, gnuplot]}
            """)
        #expect(config.period == Period(from: 2019, to: 2022))
        #expect(config.inputs[.incidents]?.path == "/srv/brief/data/incidents.csv")
        #expect(config.inputs[.incidents]?.delimiter == ";")
        #expect(config.inputs[.incidents]?.columns["date"] == "Date de l'incident")
        #expect(config.inputs[.ammunition]?.format == .jsonl)
        #expect(config.aliases[.regions]["Timbuktu"] == ["Tombouctou-ville"])
        #expect(config.maxRejectRate == 0.1)
        #expect(config.outputDirectory == "/srv/brief/reports/nightly")
        #expect(config.formats == [.pdf, .gnuplot])
    }

    @Test func unknownKeyNamesTheKeyAndItsLine() {
        let error = #expect(throws: ConfigurationError.self) { try parse("period:\n  from: 2014\n  untill: 2022\n") }
        #expect(error?.key == "period.untill" && error?.line == 3)
        #expect(error?.message == "unknown key (known keys here: from, to)")
    }

    @Test func unknownTopLevelKeyIsAnError() {
        #expect(throws: ConfigurationError.self) { try parse("outputs:\n  dir: x\n") }
    }

    @Test func wrongTypeNamesTheKey() {
        let error = #expect(throws: ConfigurationError.self) { try parse("validation:\n  max_reject_rate: lots\n") }
        #expect(error?.key == "validation.max_reject_rate" && error?.line == 2 && error?.message == "expected a number")
    }

    @Test func periodMustRunForward() {
        let error = #expect(throws: ConfigurationError.self) { try parse("period: {from: 2022, to: 2014}") }
        #expect(error?.key == "period")
    }

    @Test func unknownFormatIsRefused() {
        let error = #expect(throws: ConfigurationError.self) { try parse("output: {formats: [pdf, png]}") }
        #expect(error?.key == "output.formats" && error?.message.contains("\"png\"") == true)
    }

    @Test func inputNeedsAPath() {
        #expect(throws: ConfigurationError.self) { try parse("inputs: {incidents: {format: csv}}") }
    }

    @Test func emptyFileGivesDefaults() throws {
        let config = try parse("")
        #expect(config.period == Period(from: 2014, to: 2022))
        #expect(config.formats == [.pdf, .svg])
        #expect(config.maxRejectRate == 0.05)
    }
}
