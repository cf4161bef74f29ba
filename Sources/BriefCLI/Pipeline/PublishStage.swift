import BriefModel
import Figures
import Foundation
import Logging
import Publish
import Render
import Synchronization

/// Everything one build computed, ready to be written.
struct BuildResults {
    var figures: [FigureResult]
    var headline: HeadlineStatistics
    var quality: [ExportQuality]
    var tracker: [[String]]
    var flow: ArmsFlow
    var brief: BriefInputs
    var inputs: [Manifest.Input]
    var configurationSHA256: String
    /// The executable's sha256, for the manifest.
    var programSHA256: String
}

/// Render every figure and write the report folder through staging, then swap it in.
struct PublishStage {
    let config: PipelineConfiguration
    /// The report folder, its links resolved (`ReportDestination`).
    let target: URL
    let logger: Logger
    let progress: Progress

    /// The whole report. Returns what changed against the report it replaces (nil on a first build).
    ///
    /// Every file is made and written by a job of its own, on both cores: the brief first (with what
    /// changed since the report in place, which it reports: together they take longest), the long
    /// data tables, the SVG charts, the web page (as soon as those and the changes are known: the
    /// files it links are known in advance), the other charts and the small files.
    func run(_ results: BuildResults, stageSeconds: [(String, Double)]) throws -> ReportChanges? {
        let rejects = results.quality.flatMap(\.rejects)
        let staging = try ReportStaging(target: target)
        let compared = Mutex<ReportChanges?>(nil)
        do {
            let renderers = Renderers.forFormats(config.formats)
            let svgs = Mutex<[String: Data]>([:])
            let briefBlocks = Mutex<[BriefBlock]?>(nil)
            // The page waits for the jobs marked `forPage` (the brief's comparison and text, every SVG
            // chart), all started before it: Parallel.map starts its jobs in order, so the wait always ends.
            let pageGate = Gate()
            var jobs: [PublishJob] = [PublishJob(paths: [ReportLayout.brief], forPage: true) { [self] in
                let inputs: BriefInputs, blocks: [BriefBlock]
                do {
                    defer { pageGate.arrive() }
                    let changes = ReportChanges.compare(
                        previous: target, figures: results.figures, tracker: results.tracker, rejects: rejects, flow: results.flow)
                    compared.withLock { $0 = changes }
                    if let changes { try staging.write(ReportLayout.changes, changes.json) }
                    inputs = results.brief.with(changes: changes)
                    blocks = try briefTemplate { try BriefText.blocks(inputs, templatePath: config.document.templatePath) }
                    briefBlocks.withLock { $0 = blocks }
                }
                try staging.write(ReportLayout.brief, try briefTemplate { try BriefRenderer.render(inputs, blocks: blocks) })
            }]
            // The long tables next, while the charts fill the gaps: at a million rows the sample tracker
            // is the longest job after the brief, and started last it would finish last.
            jobs += longTables(results).map { table in
                PublishJob(paths: [table.path]) { try staging.write(table.path, Data(table.text().utf8)) }
            }
            var later: [PublishJob] = []
            for figure in results.figures where figure.isAvailable {
                for renderer in renderers {
                    let path = ReportLayout.chart(figure.id, folder: renderer.format.rawValue, fileExtension: renderer.fileExtension)
                    let isSVG = renderer.format == .svg
                    let job = PublishJob(paths: [path], forPage: isSVG) {
                        defer { if isSVG { pageGate.arrive() } }
                        let bytes = try renderer.render(figure.chart)
                        try staging.write(path, bytes)
                        if isSVG { svgs.withLock { $0[figure.id] = bytes } }
                    }
                    if isSVG { jobs.append(job) } else { later.append(job) }
                }
                if config.writesPage, !renderers.contains(where: { $0.format == .svg }) {
                    // Drawn for the page alone.
                    jobs.append(PublishJob(paths: [], forPage: true) {
                        defer { pageGate.arrive() }
                        let bytes = try SVGChartRenderer().render(figure.chart)
                        svgs.withLock { $0[figure.id] = bytes }
                    })
                }
            }
            later.append(smallFiles(results, to: staging))
            if config.writesPage {
                let files = Set(jobs.flatMap(\.paths) + later.flatMap(\.paths) + [ReportLayout.manifest])
                let pageNeeds = jobs.filter(\.forPage).count
                jobs.append(PublishJob(paths: [ReportLayout.page]) { [self] in
                    pageGate.wait(for: pageNeeds)
                    let changes = compared.withLock { $0 }
                    let page = try renderPage(results, changes: changes, blocks: briefBlocks.withLock { $0 }, charts: svgs.withLock { $0 },
                        files: files.union(changes == nil ? [] : [ReportLayout.changes]))
                    try staging.write(ReportLayout.page, page)
                })
            }
            jobs += later
            _ = try Parallel.map(jobs.count) { try jobs[$0].work() }
            for figure in results.figures {
                progress.step("figure \(figure.id)")
                logger.debug("figure \(figure.id): \(figure.isAvailable ? "rendered" : "unavailable, data table only")")
            }
            progress.step("brief")
            try finish(staging, results, stageSeconds: stageSeconds)
        } catch {
            staging.discard()
            throw error
        }
        logger.info("report written to \(config.outputDirectory) (\(staging.written.count) files)")
        return compared.withLock { $0 }
    }

    /// The figures' data tables, figures.json and the quality files.
    private func smallFiles(_ results: BuildResults, to staging: ReportStaging) -> PublishJob {
        let paths = results.figures.map { ReportLayout.dataTable($0.id) } + [ReportLayout.figures, ReportLayout.rejects, ReportLayout.qualityReport]
        return PublishJob(paths: paths) { [config] in
            for figure in results.figures { try staging.write(ReportLayout.dataTable(figure.id), FigureTables.csv(figure)) }
            try staging.write(ReportLayout.figures,
                FigureTables.document(
                    results.figures, period: config.period, headline: results.headline.json, coverage: results.quality))
            try staging.write(ReportLayout.rejects, QualityFiles.rejectsCSV(results.quality))
            try staging.write(ReportLayout.qualityReport, QualityFiles.reportJSON(results.quality))
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
            guard let document = FigureTables.document(
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
            progress.step("figure \(figure.id)")
            logger.debug("figure \(figure.id): \(figure.isAvailable ? "rendered" : "unavailable, data table only")")
            try staging.write(ReportLayout.dataTable(figure.id), FigureTables.csv(figure))
            guard figure.isAvailable else { continue }
            for renderer in renderers {
                try staging.write(ReportLayout.chart(figure.id, folder: renderer.format.rawValue, fileExtension: renderer.fileExtension), charts.removeFirst())
            }
        }
    }

    /// `index.html`, from the same results and brief inputs as brief.pdf, linking the report's other
    /// files (`files`: those of the jobs, changes.json and the manifest written last).
    private func renderPage(_ results: BuildResults, changes: ReportChanges?, blocks: [BriefBlock]?,
        charts: [String: Data], files: Set<String>) throws -> Data
    {
        var page = ReportPage(
            brief: results.brief.with(changes: changes), briefTemplatePath: config.document.templatePath, charts: charts,
            files: files, inputs: results.inputs,
            programVersion: ProgramIdentity.version, configurationSHA256: results.configurationSHA256)
        page.briefBlocks = blocks
        // The brief's monitoring tables, in the edition's language like the rest of the page.
        page.monitoring = try results.brief.monitoring.map { try MonitoringSummaryTable.all($0, language: results.brief.language) }?.map { table in
            PageTable(id: "monitoring-\(table.id)", title: table.caption, paths: table.paths, header: table.columns.map(\.title),
                rows: table.rows)
        } ?? []
        do {
            return try page.renderBytes()
        } catch let error as BriefTemplateError {
            throw BriefFailure(.usage, "brief template: \(error)")
        }
    }

    /// The tables with a row per sample or item: Figure 3's sample tracker, the monitoring trackers
    /// of the exports that were read, first sightings and post-cutoff items.
    private func longTables(_ results: BuildResults) -> [(path: String, text: () -> String)] {
        let flow = results.flow
        var tables: [(path: String, text: () -> String)] = [
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

    private func finish(_ staging: ReportStaging, _ results: BuildResults, stageSeconds: [(String, Double)],
        recordAllFiles: Bool = false) throws
    {
        if recordAllFiles { try staging.recordExistingFiles() }
        var manifest = Manifest(
            programVersion: ProgramIdentity.version, programSHA256: results.programSHA256,
            configurationSHA256: results.configurationSHA256,
            period: config.period, inputs: results.inputs, files: staging.written.filter { $0.path != ReportLayout.manifest },
            stageSeconds: stageSeconds)
        manifest.partial = recordAllFiles
        try staging.write(ReportLayout.manifest, manifest.json)
        try staging.commit()
        for file in staging.written.sorted(by: { $0.path < $1.path }) { logger.debug("wrote \(file.path) (sha256 \(file.sha256.prefix(12)))") }
    }
}

/// One file (or a few) of the report, made and written by one job.
private struct PublishJob {
    /// What it writes, known before it runs (the page links them).
    var paths: [String]
    /// Whether the page waits for it (it says it is done with `Gate.arrive`).
    var forPage = false
    var work: () throws -> Void
}

/// Lets a job wait until a number of others have said they are done.
private final class Gate: @unchecked Sendable {
    private let condition = NSCondition()
    private var arrived = 0

    func arrive() {
        condition.withLock { arrived += 1 }
        condition.broadcast()
    }

    func wait(for count: Int) {
        condition.withLock { while arrived < count { condition.wait() } }
    }
}
