import ArgumentParser
import BriefModel
import Configuration
import Foundation
import Localization
import Publish

/// Options shared by the commands that read pipeline.yml. Flags override the file.
struct RunOptions: ParsableArguments {
    @Option(name: .long, help: "The pipeline configuration to read.")
    var config = "pipeline.yml"

    @Option(name: .long, help: "The years to report, both included, e.g. 2019-2022 (overrides `period`).")
    var period: String?

    /// The configuration with the command-line overrides applied, and the hash of both together.
    func resolve(_ output: OutputOptions? = nil) throws -> (PipelineConfiguration, sha256: String) {
        let (out, format) = (output?.out, output?.format)
        var resolved = try ConfigurationLoader.load(path: config)
        guard !resolved.inputs.isEmpty else {
            throw ConfigurationError(
                file: config, line: nil, key: "inputs",
                message: """
                    no input to read: name at least one export under `inputs` (or put data/incidents.csv, data/arms.csv \
                    or data/ammunition.csv beside pipeline.yml)
                    """)
        }
        if let period { resolved.period = try Self.period(period) }
        let reference = ReferenceDate.resolve()
        if resolved.period.to > reference.year {
            throw BriefFailure(
                .usage,
                """
                configuration error: the period \(resolved.period) ends after the reference date, \
                \(reference.longEnglish) (today, or SOURCE_DATE_EPOCH): years still to come have no data, and \
                would read as zeros; end the period in \(reference.year) or earlier
                """)
        }
        if let out { resolved.outputDirectory = URL(fileURLWithPath: out).standardizedFileURL.path }
        if let format {
            if let unknown = resolved.setFormats(format.split(separator: ",").map(String.init)) {
                throw BriefFailure(
                    .usage, "--format: unknown format \"\(unknown)\" (expected \(PipelineConfiguration.formatNames))")
            }
        }
        // The brief template is configuration too: editing it must rebuild the report. An unreadable
        // template hashes as empty here and is reported by the brief stage.
        // So is the language's vocabulary file. An unknown language hashes as empty and is reported by the build.
        let language = resolved.document.language
        let template = resolved.document.templatePath ?? BriefRenderer.bundledTemplatePath(language: language) ?? ""
        let fileBytes = FileManager.default.contents(atPath: config) ?? Data()
        let templateBytes = FileManager.default.contents(atPath: template) ?? Data()
        let vocabularyBytes = Language.vocabularyPath(language).flatMap { FileManager.default.contents(atPath: $0) } ?? Data()
        let overrides = "\(resolved.period)|\(resolved.formats.map(\.rawValue))" + (resolved.writesPage ? "|html" : "")
        var parts = [
            Publish.Digest.sha256(fileBytes), overrides, Publish.Digest.sha256(templateBytes),
            Publish.Digest.sha256(vocabularyBytes),
        ]
        // The page's template ships with the program like the brief's; editing it rebuilds the report too.
        if resolved.writesPage { parts.append(Publish.Digest.sha256(ReportPage.templateBytes(language: language))) }
        return (resolved, Publish.Digest.sha256(Data(parts.joined(separator: "\n").utf8)))
    }

    /// `--period FROM-TO`, as every command reads it.
    static func period(_ text: String) throws -> Period {
        guard let parsed = Period(parsing: text) else {
            throw BriefFailure(.usage, "--period \"\(text)\": expected FROM-TO, e.g. 2019-2022, with FROM ≤ TO")
        }
        return parsed
    }
}

/// What `brief build` writes and how much it says.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "The report folder to write (overrides `output.dir`).")
    var out: String?

    @Option(
        name: .long,
        help:
            "Formats, comma-separated: pdf, svg, gnuplot (charts) and html (the web page index.html); overrides `output.formats`."
    )
    var format: String?

    @Flag(name: .long, help: "Print only warnings and errors.")
    var quiet = false

    @Flag(name: .long, help: "Print a line for every figure and file.")
    var verbose = false
}
