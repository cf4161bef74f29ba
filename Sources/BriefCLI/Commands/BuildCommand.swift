import ArgumentParser
import BriefModel
import Figures
import Foundation
import Logging
import Publish

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Read the exports, compute every figure and write the report folder.",
        discussion: """
            Reads the inputs named in pipeline.yml, validates them (rejected rows go to quality/rejects.csv), \
            computes every figure and writes charts, data tables, figures.json and manifest.json into the report \
            folder. The report is built beside the folder and swapped in only when complete.
            """)

    @OptionGroup var options: RunOptions

    func run() throws {
        try BriefCommand.guarded {
            let logger = Logger.brief(quiet: options.quiet, verbose: options.verbose)
            let (config, configHash) = try options.resolve()
            let clock = StageClock()
            let input = InputStage(config: config, referenceDate: ReferenceDate.resolve(), logger: logger)
            let read = try clock.measure("ingest+validate") { try input.run() }
            try input.checkRejectRates(read.quality)
            let figures = clock.measure("figures") {
                FigureRegistry.all.map { $0.compute(read.dataset, period: config.period) }
            }
            let headline = Headline.compute(read.dataset, period: config.period)
            let date = BriefDate(dataset: read.dataset)
            let brief = BriefInputs(
                figures: figures, headline: headline, quality: read.quality, period: config.period,
                document: config.document, dateLine: date.line, pdfDate: date.pdfDate,
                isSyntheticDemo: DemoDetection.isDemo(read.inputs))
            try clock.measure("render+publish") {
                try PublishStage(config: config, logger: logger).run(
                    figures: figures, quality: read.quality, headline: headline, brief: brief, inputs: read.inputs,
                    configurationSHA256: configHash, stageSeconds: clock.laps)
            }
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
}
