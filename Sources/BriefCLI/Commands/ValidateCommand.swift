import ArgumentParser
import BriefModel
import Foundation
import Logging

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Read and validate the exports; print the quality summary and write nothing.",
        discussion: """
            For an analyst checking a data fix: every export is read and validated as `brief build` would, \
            the counts and the first rejected rows are printed, and the report folder is not touched. \
            Exits 65 when an export rejects more rows than validation.max_reject_rate allows.
            """)

    @OptionGroup var options: RunOptions

    @Option(help: "How many rejected rows to print per export.")
    var show = 10

    func run() throws {
        try BriefCommand.guarded {
            let logger = Logger.brief(quiet: true, verbose: false)
            let (config, _) = try options.resolve()
            let stage = InputStage(config: config, referenceDate: ReferenceDate.resolve(), logger: logger)
            let read = try stage.run(InputFiles(config))
            for quality in read.quality { print(Self.summary(quality, show: show)) }
            try stage.checkRejectRates(read.quality)
        }
    }

    static func summary(_ q: ExportQuality, show: Int) -> String {
        var lines = [
            "\(q.export.rawValue) (\(q.file), \(q.encoding)): \(NumberText.count(q.read)) read, "
                + "\(NumberText.count(q.accepted)) accepted, \(NumberText.count(q.collapsed)) collapsed, \(NumberText.count(q.rejected)) rejected "
                + "(\(NumberText.percent(q.rejectRate, decimals: 1)))"
        ]
        let codes = RejectCode.allCases.compactMap { code in
            q.rejectedByCode[code].map { "\(code.rawValue) \(NumberText.count($0))" }
        }
        if !codes.isEmpty { lines.append("  by reason: " + codes.joined(separator: ", ")) }
        for reject in q.rejects.prefix(show) { lines.append("  " + reject.diagnostic) }
        if q.rejects.count > show {
            lines.append(
                "  … \(NumberText.count(q.rejects.count - show)) more in the full list (brief build writes quality/rejects.csv)")
        }
        return lines.joined(separator: "\n")
    }
}
