import BriefModel
import Figures
import Foundation
import Logging
import Publish
import Render
import Synchronization

/// Everything one build computed, ready to be written.
struct BuildResults: Sendable {
    var figures: [FigureResult]
    var headline: HeadlineStatistics
    var quality: [ExportQuality]
    var tracker: [[String]]
    var flow: ArmsFlow
    var brief: BriefInputs
    var inputs: [Manifest.Input]
    var configurationSHA256: String
    /// The executable's sha256, for the manifest.
    var programIdentity: String
}

/// Render every figure and write the report folder through staging, then swap it in.
struct PublishStage: Sendable {
    let config: PipelineConfiguration
    /// The report folder, its links resolved (`ReportDestination`).
    let target: URL
    let logger: Logger
    let progress: Progress
    /// How the report is swapped in (the kill tests hold the swap open).
    var swap = SwapOptions()

    /// The whole report. Returns what changed against the report it replaces (nil on a first build).
    ///
    /// Every file is made and written by a job of its own, on both cores, in two phases with an
    /// explicit order: first the brief (with what changed since the report in place, which it
    /// reports: together they take longest), the long data tables and the SVG charts, which the web
    /// page is made from; then the page, beside the other charts and the small files.
    func run(_ results: BuildResults, stageSeconds: [(String, Double)]) throws -> ReportChanges? {
        let rejects = results.quality.flatMap(\.rejects)
        let staging = try ReportStaging(target: target)
        let changes: ReportChanges?
        do {
            let renderers = Renderers.forFormats(config.formats)
            var first: [PublishJob] = [
                PublishJob(paths: [ReportLayout.brief]) { [self] in
                    let changes = ReportChanges.compare(
                        previous: target, figures: results.figures, tracker: results.tracker, rejects: rejects, flow: results.flow
                    )
                    if let changes { try staging.write(ReportLayout.changes, changes.json) }
                    let inputs = results.brief.with(changes: changes)
                    let blocks = try briefTemplate { try BriefText.blocks(inputs, templatePath: config.document.templatePath) }
                    try staging.write(ReportLayout.brief, try briefTemplate { try BriefRenderer.render(inputs, blocks: blocks) })
                    progress.step("brief")
                    return .brief(changes: changes, blocks: blocks)
                }
            ]
            // The long tables next, while the charts fill the gaps: at a million rows the sample tracker
            // is the longest job after the brief, and started last it would finish last.
            first += longTables(results).map { table in
                PublishJob(paths: [table.path]) {
                    try staging.write(table.path, Data(table.text().utf8))
                    return .none
                }
            }
            var second: [PublishJob] = []
            for figure in results.figures where figure.isAvailable {
                for renderer in renderers {
                    let path = ReportLayout.chart(
                        figure.id, folder: renderer.format.rawValue, fileExtension: renderer.fileExtension)
                    let isSVG = renderer.format == .svg
                    let job = PublishJob(paths: [path]) { [progress] in
                        let bytes = try renderer.render(figure.chart)
                        try staging.write(path, bytes)
                        progress.step("figure \(figure.id) (\(renderer.format.rawValue))")
                        return isSVG ? .svg(id: figure.id, bytes: bytes) : .none
                    }
                    if isSVG { first.append(job) } else { second.append(job) }
                }
                if config.writesPage, !renderers.contains(where: { $0.format == .svg }) {
                    // Drawn for the page alone.
                    first.append(
                        PublishJob(paths: []) { .svg(id: figure.id, bytes: try SVGChartRenderer().render(figure.chart)) })
                }
                if config.writesPage {
                    // The page's drawing for phones, narrower so that its text stays legible there.
                    first.append(
                        PublishJob(paths: []) {
                            .svg(
                                id: ReportPage.narrowChartID(figure.id),
                                bytes: try SVGChartRenderer().render(figure.chart, width: ChartPainter.narrowWidth))
                        })
                }
            }
            second.append(smallFiles(results, to: staging))
            let firstJobs = first
            let made = try Parallel.map(firstJobs.count) { try firstJobs[$0].work() }
            var blocks: [BriefBlock]?, compared: ReportChanges?, svgs: [String: Data] = [:]
            for output in made {
                switch output {
                case .brief(let changes, let text): (compared, blocks) = (changes, text)
                case .svg(let id, let bytes): svgs[id] = bytes
                case .none: break
                }
            }
            if config.writesPage {
                let files = Set(first.flatMap(\.paths) + second.flatMap(\.paths) + [ReportLayout.manifest])
                    .union(compared == nil ? [] : [ReportLayout.changes])
                let (pageChanges, pageBlocks, charts) = (compared, blocks, svgs)
                second.insert(
                    PublishJob(paths: [ReportLayout.page]) { [self] in
                        let page = try renderPage(results, changes: pageChanges, blocks: pageBlocks, charts: charts, files: files)
                        try staging.write(ReportLayout.page, page)
                        return .none
                    }, at: 0)
            }
            let secondJobs = second
            _ = try Parallel.map(secondJobs.count) { try secondJobs[$0].work() }
            for figure in results.figures {
                logger.debug("figure \(figure.id): \(figure.isAvailable ? "rendered" : "unavailable, data table only")")
            }
            try finish(staging, results, stageSeconds: stageSeconds)
            changes = compared
        } catch {
            staging.discard()
            throw error
        }
        logger.info("report written to \(config.outputDirectory) (\(staging.written.count) files)")
        return changes
    }

    /// The figures' data tables, figures.json and the quality files.
    private func smallFiles(_ results: BuildResults, to staging: ReportStaging) -> PublishJob {
        let paths =
            results.figures.map { ReportLayout.dataTable($0.id) } + [
                ReportLayout.figures, ReportLayout.rejects, ReportLayout.qualityReport,
            ]
        return PublishJob(paths: paths) { [config] in
            for figure in results.figures { try staging.write(ReportLayout.dataTable(figure.id), FigureTables.csv(figure)) }
            try staging.write(
                ReportLayout.figures,
                FigureTables.document(
                    results.figures, period: config.period, headline: results.headline.json, coverage: results.quality))
            try staging.write(ReportLayout.rejects, QualityFiles.rejectsCSV(results.quality))
            try staging.write(ReportLayout.qualityReport, QualityFiles.reportJSON(results.quality))
            return .none
        }
    }

    /// `--only`: the named figures' tables and charts into a copy of the report in place; the rest,
    /// the brief and the quality files stay as they were. Returns what the named figures changed
    /// against the report in place (the next build compares with what the report then holds).
    func runOnly(_ ids: [String], _ results: BuildResults, stageSeconds: [(String, Double)]) throws -> ReportChanges? {
        let staging = try ReportStaging(target: target)
        let chosen = results.figures.filter { ids.contains($0.id) }
        let changes = ReportChanges.compare(previous: target, figures: chosen, tracker: [], rejects: [])
        do {
            try staging.seedFromTarget()
            try writeFigures(chosen, try render(chosen), to: staging)
            guard
                let document = FigureTables.document(
                    results.figures, period: config.period, headline: results.headline, keepingFrom: target, except: Set(ids))
            else {
                throw BriefFailure(.usage, "--only: the report's figures.json cannot be read; run a full build (without --only)")
            }
            try staging.write(ReportLayout.figures, document)
            if let changes { try staging.write(ReportLayout.changes, changes.json) }
            try finish(staging, results, stageSeconds: stageSeconds, recordAllFiles: true)
        } catch {
            staging.discard()
            throw error
        }
        logger.info("re-rendered \(ids.joined(separator: ", ")) in \(target.path)")
        return changes
    }

    /// Every available figure's chart in every format, drawn on all cores, in figure then format order.
    private func render(_ figures: [FigureResult]) throws -> [Data] {
        let renderers = Renderers.forFormats(config.formats)
        let jobs = figures.filter(\.isAvailable).flatMap { figure in renderers.map { (figure.chart, $0) } }
        return try Parallel.map(jobs.count) { index in try jobs[index].1.render(jobs[index].0) }
    }

    /// Writes the figures' tables and the charts drawn (`--only`: the page stays as it was).
    private func writeFigures(_ figures: [FigureResult], _ charts: [Data], to staging: ReportStaging) throws {
        let renderers = Renderers.forFormats(config.formats)
        var charts = charts[...]
        for figure in figures {
            logger.debug("figure \(figure.id): \(figure.isAvailable ? "rendered" : "unavailable, data table only")")
            try staging.write(ReportLayout.dataTable(figure.id), FigureTables.csv(figure))
            guard figure.isAvailable else { continue }
            for renderer in renderers {
                try staging.write(
                    ReportLayout.chart(figure.id, folder: renderer.format.rawValue, fileExtension: renderer.fileExtension),
                    charts.removeFirst())
                progress.step("figure \(figure.id) (\(renderer.format.rawValue))")
            }
        }
    }

    /// `index.html`, from the same results and brief inputs as brief.pdf, linking the report's other
    /// files (`files`: those of the jobs, changes.json and the manifest written last).
    private func renderPage(
        _ results: BuildResults, changes: ReportChanges?, blocks: [BriefBlock]?,
        charts: [String: Data], files: Set<String>
    ) throws -> Data {
        var page = ReportPage(
            brief: results.brief.with(changes: changes), briefTemplatePath: config.document.templatePath, charts: charts,
            files: files, inputs: results.inputs,
            programVersion: ProgramIdentity.version, configurationSHA256: results.configurationSHA256)
        page.briefBlocks = blocks
        // The brief's monitoring tables, in the edition's language like the rest of the page.
        page.monitoring =
            try results.brief.monitoring.map { try MonitoringSummaryTable.all($0, language: results.brief.language) }?.map {
                table in
                PageTable(
                    id: "monitoring-\(table.id)", title: table.caption, paths: table.paths, header: table.columns.map(\.title),
                    rows: table.rows, sortKeys: table.sortKeys)
            } ?? []
        do {
            return try page.renderBytes()
        } catch let error as BriefTemplateError {
            throw BriefFailure(.usage, "brief template: \(error)")
        }
    }

    /// The tables with a row per sample or item: Figure 3's sample tracker, the monitoring trackers
    /// of the exports that were read, first sightings and post-cutoff items.
    private func longTables(_ results: BuildResults) -> [(path: String, text: @Sendable () -> String)] {
        let flow = results.flow
        var tables: [(path: String, text: @Sendable () -> String)] = [
            (ReportLayout.sampleTracker, { CSVWriter.table(header: SampleTracker.header, rows: results.tracker) })
        ]
        if let samples = flow.ammunition {
            tables.append((ReportLayout.ammunitionTracker, { MonitoringTables.ammunitionTracker(samples) }))
        }
        if let arms = flow.arms { tables.append((ReportLayout.armsTracker, { MonitoringTables.armsTracker(arms) })) }
        guard flow.arms != nil || flow.ammunition != nil else { return tables }
        tables.append((ReportLayout.firstSightings, { MonitoringTables.firstSightings(flow) }))
        tables.append((ReportLayout.postCutoffItems, { MonitoringTables.postCutoffItems(flow) }))
        return tables
    }

    /// The brief's template's own errors as a usage failure naming it.
    private func briefTemplate<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as BriefTemplateError {
            throw BriefFailure(.usage, "brief template: \(error)")
        }
    }

    private func finish(
        _ staging: ReportStaging, _ results: BuildResults, stageSeconds: [(String, Double)],
        recordAllFiles: Bool = false
    ) throws {
        if recordAllFiles { try staging.recordExistingFiles() }
        var manifest = Manifest(
            programVersion: ProgramIdentity.version, programIdentity: results.programIdentity,
            configurationSHA256: results.configurationSHA256,
            period: config.period, inputs: results.inputs, files: staging.written.filter { $0.path != ReportLayout.manifest },
            stageSeconds: stageSeconds)
        manifest.partial = recordAllFiles
        try staging.write(ReportLayout.manifest, manifest.json)
        try staging.commit(options: swap)
        for file in staging.written.sorted(by: { $0.path < $1.path }) {
            logger.debug("wrote \(file.path) (sha256 \(file.sha256.prefix(12)))")
        }
    }
}

/// One file (or a few) of the report, made and written by one job, and what the page needs of it.
private struct PublishJob: Sendable {
    /// What it writes, known before it runs (the page links them).
    var paths: [String]
    var work: @Sendable () throws -> PublishOutput
}

/// What a job hands on to the web page.
private enum PublishOutput: Sendable {
    case none
    case brief(changes: ReportChanges?, blocks: [BriefBlock])
    case svg(id: String, bytes: Data)
}
