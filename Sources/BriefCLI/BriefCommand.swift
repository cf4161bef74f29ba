import ArgumentParser
import BriefModel
import Foundation
import Publish

/// `brief`: regenerate the statistics, charts and PDF brief from a mission's exports.
public struct BriefCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Turn incident, arms and ammunition exports into figures, charts and a PDF brief.",
        discussion: """
            Exit status: 0 success; 2 usage or configuration error; 65 data error (too many rejects, \
            a required column missing); 70 an internal error (a bug); 73 the report folder cannot be written \
            or is not brief's to replace; 75 another run holds the lock.
            """,
        version: "brief \(ProgramIdentity.version) (\(SourceCommit.describe))",
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
        // The command line's own mistakes (an unknown flag, a bad value) are usage errors, said as
        // ArgumentParser words them.
        if !(error is BriefFailure), exitCode(for: error) == .validationFailure {
            FileHandle.standardError.write(Data("brief: \(fullMessage(for: error))\n".utf8))
            return ExitCode(BriefFailure.Status.usage.rawValue)
        }
        let failure = BriefFailure.from(error)
        FileHandle.standardError.write(Data("brief: \(failure.message)\n".utf8))
        return ExitCode(failure.status.rawValue)
    }
}

extension BriefCommand {
    /// The program's entry point: ArgumentParser's own usage errors exit 64; outputs.md says 2.
    public static func runFromCommandLine() -> Never { run(Array(CommandLine.arguments.dropFirst())) }

    /// Runs `brief` on `arguments`; a build swaps its report in as `swap` says (the defaults but for
    /// the kill tests' probe, which holds the swap open).
    public static func run(_ arguments: [String], swap: SwapOptions = SwapOptions()) -> Never {
        if let message = unknownCommand(arguments) {
            FileHandle.standardError.write(Data("brief: \(message)\n".utf8))
            Foundation.exit(BriefFailure.Status.usage.rawValue)
        }
        do {
            var command = try parseAsRoot(arguments)
            if var build = command as? BuildCommand {
                build.swap = swap
                command = build
            }
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

extension BriefCommand {
    /// A first word that is no command and no option: named, with the command it most looks like
    /// (`biuld` → `build`). Without this, `build` being the default, it reads as a stray argument.
    static func unknownCommand(_ arguments: [String]) -> String? {
        guard let word = arguments.first, !word.hasPrefix("-"), word != "help" else { return nil }
        let names = configuration.subcommands.compactMap { $0.configuration.commandName }
        guard !names.contains(word) else { return nil }
        let close = names.map { ($0, EditDistance.between(word.lowercased(), $0)) }.filter { $0.1 <= 2 }.min { $0.1 < $1.1 }
        let suggestion = close.map { "; did you mean \"\($0.0)\"?" } ?? ""
        return
            "unknown command \"\(TextSnippet.cut(word))\"\(suggestion) (commands: \(names.joined(separator: ", ")); brief --help)"
    }
}

/// Levenshtein distance, for suggesting a command.
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
