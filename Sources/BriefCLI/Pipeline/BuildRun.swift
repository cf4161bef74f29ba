import BriefModel
import Drawing
import Figures
import Foundation
import Localization
import Logging
import Publish

/// One `brief build`: lock the report folder, skip when nothing changed, otherwise ingest,
/// compute, render and publish, and say what moved since the report it replaces.
struct BuildRun {
    let config: PipelineConfiguration
    let configurationSHA256: String
    let logger: Logger
    /// The pipeline.yml read: no report replaces the folder that holds it.
    var configurationPath: String
    var only: [String] = []
    var force = false
    var quiet = false
    /// How the report is swapped in (a parameter for the kill tests, never read from the environment).
    var swap = SwapOptions()

    func run() throws {
        let unknown = only.filter { FigureRegistry.definition(id: $0) == nil }
        guard unknown.isEmpty else {
            throw BriefFailure(
                .usage,
                "--only: unknown figure id \(unknown.map { "\"\($0)\"" }.joined(separator: ", ")) "
                    + "(`brief figures` lists them)")
        }
        // Before anything is read: the folder must be brief's to replace.
        let target = try ReportDestination.check(config.outputDirectory, .current(protecting: protectedFiles)).folder
        let lock = try ReportLock(reportFolder: target)
        defer { withExtendedLifetime(lock) {} }
        ReportSwap.recover(target)
        if !only.isEmpty { try checkOnlyMatchesReport(in: target) }
        let started = Date()
        // The edition's language first: an unknown one stops the run before anything is read or hashed.
        try Language.checkAvailable(config.document.language)
        var files = try InputFiles(config)
        if only.isEmpty, !force {
            if fingerprint(&files, target: target).isUpToDate(target) {
                logger.info(
                    """
                    report in \(config.outputDirectory) is up to date (inputs, configuration and program unchanged); \
                    nothing written (use --force to rebuild) [\(Int(Date().timeIntervalSince(started) * 1000)) ms]
                    """)
                return
            }
        } else {
            // A forced build still takes the recorded hash of an unchanged input (same `stat`) for its
            // manifest, rather than hashing a million-row export again.
            files.adoptRecordedSHA256(BuildFingerprint.recordedInputs(in: target))
        }
        if only.isEmpty {
            // The brief's and the page's templates are parsed on another thread while the language
            // and the exports are read (the other core is idle until the exports are read).
            let code = config.document.language
            ParsedTemplates.prefetch(
                [
                    config.document.templatePath ?? BriefRenderer.bundledTemplatePath(language: code),
                    config.writesPage ? ReportPage.templatePath(language: code) : nil,
                ].compactMap { $0 })
            // And the fonts loaded, for the charts and the brief.
            Canvas.prepareFonts()
        }
        // Its vocabulary is read while the templates are parsed and the fonts loaded.
        let language = try Language.load(config.document.language)
        let clock = StageClock()
        let input = InputStage(config: config, referenceDate: ReferenceDate.resolve(), logger: logger)
        let read = try clock.measure("ingest+validate") { try input.run(files) }
        logger.info("read and validated \(read.quality.count) exports in \(clock.seconds("ingest+validate")) s")
        try input.checkRejectRates(read.quality)
        let program = ProgramIdentity.identity(recordedIn: target)
        let results = try clock.measure("figures") { try compute(read, language: language, programIdentity: program) }
        logger.info("computed \(results.figures.count) figures in \(clock.seconds("figures")) s")
        // A step per chart file as it is written, and the brief.
        let charts =
            results.figures.filter { $0.isAvailable && (only.isEmpty || only.contains($0.id)) }.count * config.formats.count
        let progress = Progress(total: charts + (only.isEmpty ? 1 : 0), quiet: quiet)
        let publish = PublishStage(config: config, target: target, logger: logger, progress: progress, swap: swap)
        let changes = try clock.measure("render+publish") {
            only.isEmpty
                ? try publish.run(results, stageSeconds: clock.laps)
                : try publish.runOnly(only, results, stageSeconds: clock.laps)
        }
        logger.info("rendered and published in \(clock.seconds("render+publish")) s")
        if let changes, !(quiet && changes.isEmpty) {
            print(
                try changes.summaryLines(language: language, figures: results.figures, flow: results.flow).joined(separator: "\n")
            )
        }
    }

    /// What a build computes, without writing anything: what the brief is laid out from, for the
    /// layout tests that read the layout's own record of its pages.
    func results() throws -> BuildResults {
        let language = try Language.load(config.document.language)
        let read = try InputStage(config: config, referenceDate: ReferenceDate.resolve(), logger: logger).run(InputFiles(config))
        return try compute(read, language: language, programIdentity: "")
    }

    /// `--only` redraws figures inside a report built from the same configuration and period: any
    /// other report would end up half one build, half another.
    private func checkOnlyMatchesReport(in target: URL) throws {
        guard let manifest = Manifest.Recorded(in: target) else {
            throw BriefFailure(
                .usage,
                """
                --only re-renders figures into an existing report, and \(target.path) holds none; \
                run a full build (without --only) first
                """)
        }
        if let period = manifest.period, period.from != config.period.from || period.to != config.period.to {
            throw BriefFailure(
                .usage,
                """
                --only: the report in \(target.path) covers \(period.from)–\(period.to), this run \(config.period); \
                run a full build (without --only) to change the period
                """)
        }
        guard manifest.configuration.sha256 == configurationSHA256 else {
            throw BriefFailure(
                .usage,
                """
                --only: the configuration (pipeline.yml, formats, template or language) differs from the one the \
                report in \(target.path) was built with; run a full build (without --only)
                """)
        }
    }

    /// The figures computed, then put into the edition's language at the edge: their numbers and
    /// canonical keys as computed, their words from the language's vocabulary.
    private func compute(_ read: InputStage.Output, language: Language, programIdentity: String) throws -> BuildResults {
        var sources = SourceAttribution(
            missionDatabase: try language.missionDatabase(configured: config.document.source),
            incidentsFromACLED: read.dataset.incidentsFromACLED, isSyntheticDemo: DemoDetection.isDemo(read.inputs))
        sources.wording = try language.sourceWording()
        let text = FigureText(
            language: language,
            parameters: [
                "period": config.period.description, "mission": config.inputs[.unFatalities]?.mission ?? "MINUSMA",
                "last_year": String(config.period.to), "produced_after": String(config.analysis.producedAfter),
            ])
        // The arms-flow views and what the brief says about them on one core; the figures, headline and
        // Figure 3's sample tracker that need only the dataset on the other.
        let data = read.dataset, period = config.period, attribution = sources, producedAfter = config.analysis.producedAfter
        let ((flow, monitoring), (fromData, computedHeadline, tracker)) = try Parallel.both(
            {
                let flow = ArmsFlow(data, period: period, producedAfter: producedAfter)
                return (flow, MonitoringFacts(flow))
            },
            {
                (
                    FigureRegistry.computeFromData(data, period: period, sources: attribution),
                    Headline.compute(data, period: period),
                    SampleTracker.table(SampleTracker.rows(data.ammunitionColumns ?? AmmunitionColumns(), period: period))
                )
            })
        let figures = try FigureRegistry.completed(
            fromData, flow: flow, sources: sources, coverage: CoverageRule(data, period: period)
        ).map(text.localize)
        var headline = computedHeadline
        headline.values += monitoring.headline
        let date = try BriefDate(dataset: read.dataset, language: language)
        var brief = BriefInputs(
            figures: figures, headline: headline, quality: read.quality, period: config.period,
            document: try language.document(
                config.document, attacks: data.incidentColumns != nil,
                materiel: data.arms != nil || data.ammunitionColumns != nil, fatalities: data.unFatalities != nil),
            dateLine: date.line, pdfDate: date.pdfDate, isSyntheticDemo: sources.isSyntheticDemo)
        brief.language = language
        brief.incidentsFromACLED = read.dataset.incidentsFromACLED
        brief.sources = sources
        brief.facts = Facts.compute(figures, period: config.period)
        brief.monitoring = monitoring
        brief.withoutData = ExportKind.allCases.compactMap { read.dataset.withoutData[$0] }
        brief.acledRules = config.inputs[.incidents]?.acled
        return BuildResults(
            figures: figures, headline: headline, quality: read.quality, tracker: tracker, flow: flow, brief: brief,
            inputs: read.inputs, configurationSHA256: configurationSHA256, programIdentity: programIdentity)
    }

    /// The files this run reads, which no report may replace.
    private var protectedFiles: [(what: String, path: String)] {
        [("configuration", configurationPath)]
            + config.inputs.sorted { $0.key.rawValue < $1.key.rawValue }.map { ("\($0.key.rawValue) input", $0.value.path) }
            + (config.document.templatePath.map { [("brief template", $0)] } ?? [])
            + (config.mapRegions.map { [("regions file", $0)] } ?? [])
    }

    /// The inputs, configuration and program this build would be made from. Files unchanged since
    /// the report in place (same `stat`) keep their recorded hashes instead of being read again.
    private func fingerprint(_ files: inout InputFiles, target: URL) -> BuildFingerprint {
        let inputs = files.resolveSHA256(recorded: BuildFingerprint.recordedInputs(in: target))
        return BuildFingerprint(
            inputs: Dictionary(uniqueKeysWithValues: inputs.map { ($0.key.rawValue, $0.value) }),
            configurationSHA256: configurationSHA256, programVersion: ProgramIdentity.version,
            programIdentity: ProgramIdentity.identity(recordedIn: target))
    }
}
