import ArgumentParser
import Foundation

/// `brief`: regenerate the statistics, charts and PDF brief from a mission's exports.
public struct BriefCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Turn incident, arms and ammunition exports into figures, charts and a PDF brief.",
        discussion: """
            Exit status: 0 success; 2 usage or configuration error; 65 data error (too many rejects, \
            a required column missing); 73 the report folder cannot be written; 75 another run holds the lock.
            """,
        subcommands: [BuildCommand.self, ValidateCommand.self, FiguresCommand.self, DemoDataCommand.self],
        defaultSubcommand: BuildCommand.self)

    public init() {}

    /// Runs a command body, turning any failure into its message on standard error and its exit status.
    static func guarded(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw failureExit(for: error)
        }
    }

    static func failureExit(for error: Error) -> ExitCode {
        let failure = BriefFailure.from(error)
        FileHandle.standardError.write(Data("brief: \(failure.message)\n".utf8))
        return ExitCode(failure.status.rawValue)
    }
}

extension BriefCommand {
    /// The program's entry point: ArgumentParser's own usage errors exit 64; outputs.md says 2.
    public static func runFromCommandLine() -> Never {
        do {
            var command = try parseAsRoot()
            try command.run()
            Foundation.exit(0)
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data("brief: \(fullMessage(for: error))\n".utf8))
                Foundation.exit(BriefFailure.Status.usage.rawValue)
            }
            exit(withError: error)
        }
    }
}
