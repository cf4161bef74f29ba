import Foundation
import Logging
import Testing

@testable import BriefCLI
@testable import Publish

extension Scenario {
    /// The scenario's brief as the build would lay it out, with the layout's own record of its pages.
    func laidOutBrief(language: String = "en") throws -> BriefLayout {
        let runner = BuildRunner()
        let command = try #require(try BriefCommand.parseAsRoot(try prepare(in: runner, language: language)) as? BuildCommand)
        let (config, hash) = try command.options.resolve(command.output)
        let run = BuildRun(
            config: config, configurationSHA256: hash, logger: Logger(label: "test"), configurationPath: command.options.config)
        return try BriefRenderer.laidOut(try run.results().brief).layout
    }
}
