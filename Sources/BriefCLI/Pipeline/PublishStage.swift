import BriefModel
import Figures
import Foundation
import Logging
import Publish
import Render

/// Everything one build computed, ready to be written.
struct BuildResults {
    var figures: [FigureResult]
    var headline: HeadlineStatistics
    var quality: [ExportQuality]
    var tracker: [[String]]
    var brief: BriefInputs
    var inputs: [Manifest.Input]
    var configurationSHA256: String
}

/// Render every figure and write the report folder through staging, then swap it in.
struct PublishStage {
    let config: PipelineConfiguration
    let logger: Logger
    let progress: Progress

    var target: URL { URL(fileURLWithPath: config.outputDirectory) }

    /// The whole report. Returns what changed against the report it replaces (nil on a first build).
    func run(_ results: BuildResults, stageSeconds: [(String, Double)]) throws -> ReportChanges? {
        let rejects = results.quality.flatMap(\.rejects)
        let changes = ReportChanges.compare(previous: target, figures: results.figures, tracker: results.tracker, rejects: rejects)
        let staging = try ReportStaging(target: target)
        do {
            let brief = results.brief.with(changes: changes)
            try writeFigures(results.figures, to: staging, brief: { try renderBrief(brief) })
            try staging.write("data/ammunition-samples.csv", CSVWriter.table(header: SampleTracker.header, rows: results.tracker))
            try staging.write("figures.json",
                FigureTables.document(results.figures, period: config.period, headline: results.headline.json))
            progress.step("brief")
            try staging.write("quality/rejects.csv", QualityFiles.rejectsCSV(results.quality))
            try staging.write("quality/report.json", QualityFiles.reportJSON(results.quality))
            if let changes { try staging.write("changes.json", changes.json) }
            try finish(staging, results, stageSeconds: stageSeconds)
        } catch {
            staging.discard()
            throw error
        }
        logger.info("report written to \(config.outputDirectory) (\(staging.written.count) files)")
        return changes
    }

    /// `--only`: the named figures' tables and charts into a copy of the report in place; the rest,
    /// the brief and the quality files stay as they were.
    func runOnly(_ ids: [String], _ results: BuildResults, stageSeconds: [(String, Double)]) throws {
        let staging = try ReportStaging(target: target)
        do {
            try staging.seedFromTarget()
            let chosen = results.figures.filter { ids.contains($0.id) }
            try writeFigures(chosen, to: staging)
            let previous = FigureTables.previousEntries(in: target)
            try staging.write("figures.json", FigureTables.document(
                results.figures, period: config.period, headline: FigureTables.previousHeadline(in: target, order: results.headline),
                keeping: previous, except: Set(ids)))
            try finish(staging, results, stageSeconds: stageSeconds, recordAllFiles: true)
        } catch {
            staging.discard()
            throw error
        }
        logger.info("re-rendered \(ids.joined(separator: ", ")) in \(config.outputDirectory)")
    }

    /// Every figure's data table and its chart in every format, and the brief when given, drawn and
    /// written on all cores (the brief first: it takes longest). Each file is written (and synced) by
    /// the job that drew it, so the writes overlap the drawing.
    private func writeFigures(_ figures: [FigureResult], to staging: ReportStaging, brief: (() throws -> Data)? = nil)
        throws
    {
        let renderers = Renderers.forFormats(config.formats)
        for folder in ["data"] + renderers.map(\.format.rawValue) {
            try? FileManager.default.createDirectory(
                at: staging.staging.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        var jobs: [() throws -> Void] = []
        if let brief { jobs.append { try staging.write("brief.pdf", try brief()) } }
        for figure in figures {
            jobs.append { try staging.write("data/\(figure.id).csv", FigureTables.csv(figure)) }
            guard figure.isAvailable else { continue }
            for renderer in renderers {
                jobs.append {
                    try staging.write("\(renderer.format.rawValue)/\(figure.id).\(renderer.fileExtension)",
                        try renderer.render(figure.chart))
                }
            }
        }
        _ = try Parallel.map(jobs.count) { try jobs[$0]() }
        for figure in figures {
            progress.step("figure \(figure.id)")
            logger.debug("figure \(figure.id): \(figure.isAvailable ? "rendered" : "unavailable, data table only")")
        }
    }

    private func renderBrief(_ inputs: BriefInputs) throws -> Data {
        do {
            return try BriefRenderer.render(inputs, templatePath: config.document.templatePath)
        } catch let error as BriefTemplateError {
            throw BriefFailure(.usage, "brief template: \(error)")
        }
    }

    private func finish(_ staging: ReportStaging, _ results: BuildResults, stageSeconds: [(String, Double)],
        recordAllFiles: Bool = false) throws
    {
        if recordAllFiles { try staging.recordExistingFiles() }
        var manifest = Manifest(
            programVersion: ProgramIdentity.version, configurationSHA256: results.configurationSHA256,
            period: config.period, inputs: results.inputs, files: staging.written.filter { $0.path != "manifest.json" },
            stageSeconds: stageSeconds)
        manifest.partial = recordAllFiles
        try staging.write("manifest.json", manifest.json)
        try staging.commit()
        for file in staging.written { logger.debug("wrote \(file.path) (sha256 \(file.sha256.prefix(12)))") }
    }
}
