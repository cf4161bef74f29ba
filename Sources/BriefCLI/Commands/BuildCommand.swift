import ArgumentParser
import Foundation
import Logging
import Publish

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Read the exports, compute every figure and write the report folder.",
        discussion: """
            Reads the inputs named in pipeline.yml, validates them (rejected rows go to quality/rejects.csv), \
            computes every figure and writes charts, data tables, figures.json, brief.pdf and manifest.json. \
            The report is built beside the folder and swapped in only when complete; a second run on the same \
            folder exits 75. When inputs, configuration and program are unchanged since the report in place, \
            nothing is rewritten (--force rebuilds). With --only, only the named figures are re-rendered into \
            the existing report.
            """)

    @OptionGroup var options: RunOptions
    @OptionGroup var output: OutputOptions

    @Option(name: .long, parsing: .upToNextOption, help: "Re-render only these figures (ids from `brief figures`).")
    var only: [String] = []

    @Flag(name: .long, help: "Rebuild even when nothing changed since the report in place.")
    var force = false

    /// Not a flag: set by a caller that runs the command itself (the kill tests' probe).
    var swap = SwapOptions()

    enum CodingKeys: CodingKey { case options, output, only, force }

    func run() throws {
        try BriefCommand.guarded {
            let logger = Logger.brief(quiet: output.quiet, verbose: output.verbose)
            let (config, configHash) = try options.resolve(output)
            try BuildRun(
                config: config, configurationSHA256: configHash, logger: logger, configurationPath: options.config, only: only,
                force: force,
                quiet: output.quiet, swap: swap
            ).run()
        }
    }
}

/// Wall-clock seconds per stage, for the manifest and the log.
final class StageClock {
    private(set) var laps: [(String, Double)] = []

    func measure<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        let start = Date()
        defer { laps.append((stage, Date().timeIntervalSince(start))) }
        return try body()
    }

    func seconds(_ stage: String) -> String {
        let value = laps.first { $0.0 == stage }?.1 ?? 0
        return String(format: "%.2f", value)
    }
}
