import BriefModel
import Foundation
import Publish
import Testing

@testable import BriefCLI

/// Messages a newcomer can act on: what is wrong, where (an absolute path, a line), and what to do.
/// The real executable, in a scratch project with a scratch HOME.
@Suite struct MessageTests {
    @Test func aMissingConfigurationSaysWhereItWasLookedFor() throws {
        let sandbox = try Sandbox()
        try FileManager.default.removeItem(at: sandbox.project.appendingPathComponent("pipeline.yml"))
        let result = try sandbox.brief(["build"])
        #expect(result.status == 2)
        let absolute = sandbox.project.appendingPathComponent("pipeline.yml").path
        #expect(result.errors.contains("\(absolute): does not exist"), "\(result.errors)")
        #expect(result.errors.contains("name another with --config PATH"))
    }

    @Test(arguments: [
        ("period: {from: 2014, to: 2016}\ninputs: {}\n", 2, "no input to read"),
        (
            "period: {from: 1850, to: 2016}\ninputs: {incidents: {path: data/incidents.csv}}\n", 2,
            "pipeline.yml:1: period.from: the year 1850 is out of range"
        ),
        ("inputs: {incidents: {path: data/nowhere.csv}}\n", 2, "/data/nowhere.csv does not exist"),
        ("inputs: {incidents: {path: data/picture.csv}}\n", 65, "is not a text export: it starts like a PNG image"),
        ("inputs: {incidents: {path: data/pipes.csv}}\n", 65, "one column found"),
    ])
    func aConfigurationOrExportProblemIsNamed(yaml: String, status: Int32, message: String) throws {
        let sandbox = try Sandbox()
        try sandbox.write("data/picture.csv", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]))
        try sandbox.write("data/pipes.csv", Data("incident_id|date|region|category|party\nA1|2015-01-01|Gao|IED|UN\n".utf8))
        try sandbox.write("pipeline.yml", Data((yaml + "output: {dir: report}\n").utf8))
        let result = try sandbox.brief(["build", "--quiet"])
        #expect(result.status == status, "\(result.errors)")
        #expect(result.errors.contains(message), "\(result.errors)")
    }

    @Test func aConfigurationThatIsNotUTF8NamesItsLine() throws {
        let sandbox = try Sandbox()
        try sandbox.write("pipeline.yml", Data("period:\n  from: 2014\n# caf".utf8) + Data([0xE9, 0x0A]))
        let result = try sandbox.brief(["build"])
        #expect(result.status == 2 && result.errors.contains("pipeline.yml:3: this line is not UTF-8"), "\(result.errors)")
    }

    @Test func versionAndMistypedCommands() throws {
        let sandbox = try Sandbox()
        let version = try sandbox.brief(["--version"])
        #expect(version.status == 0)
        #expect(version.text.hasPrefix("brief \(ProgramIdentity.version) (commit "), "\(version.text)")
        let typo = try sandbox.brief(["biuld"])
        #expect(typo.status == 2 && typo.errors.contains("unknown command \"biuld\"; did you mean \"build\"?"), "\(typo.errors)")
        let far = try sandbox.brief(["publish-everything"])
        #expect(far.status == 2 && !far.errors.contains("did you mean"))
    }

    /// Each command's help lists its own options only: `validate` writes nothing, so no --out.
    @Test func eachCommandsHelpListsItsOwnOptions() throws {
        let sandbox = try Sandbox()
        let validate = try sandbox.brief(["validate", "--help"]).text
        #expect(validate.contains("--config") && validate.contains("--show"))
        #expect(!validate.contains("--out") && !validate.contains("--format") && !validate.contains("--only"))
        let build = try sandbox.brief(["build", "--help"]).text
        #expect(build.contains("--out") && build.contains("--only") && !build.contains("--show"))
    }

    /// A one-megabyte field is echoed as its first 120 characters and its length, never whole.
    @Test func aHugeValueIsCutInMessages() throws {
        let sandbox = try Sandbox()
        let huge = String(repeating: "9", count: 1_000_000)
        try sandbox.write(
            "data/incidents.csv",
            Data(
                "incident_id,date,region,category,party,killed_un_military\nA1,\(huge),Gao,IED,UN,0\nA2,2015-01-01,Gao,IED,UN,0\n"
                    .utf8))
        let result = try sandbox.brief(["validate"])
        #expect(result.text.count < 2_000, "the output is \(result.text.count) characters long")
        #expect(
            result.text.contains(String(repeating: "9", count: 120) + "… (1,000,000 characters)"), "\(result.text.prefix(400))")
    }

    @Test func anErrorThatIsNoneOfOursIsAnInternalError() {
        struct Surprise: Error {}
        let failure = BriefFailure.from(Surprise())
        #expect(failure.status == .internal && failure.status.rawValue == 70)
        #expect(failure.message.hasPrefix("internal error (a bug in brief"))
    }
}
