import BriefModel
import Configuration
import Foundation
import Geography
import Ingest
import Localization
import Logging
import Publish
import Validate

/// Ingest and validate every configured export: the dataset, and the account of every row.
struct InputStage {
    let config: PipelineConfiguration
    let referenceDate: CivilDate
    let logger: Logger

    struct Output {
        var dataset = Dataset()
        var quality: [ExportQuality] = []
        var inputs: [Manifest.Input] = []
    }

    /// One export read and validated: its part of the dataset and its quality account.
    /// Whether a file ends inside a record: its last byte is no line break and its last record is
    /// a malformed one (an unterminated quote running to the end, or a short last line).
    enum CutShortCheck {
        static func check(_ data: Data, _ quality: ExportQuality) -> CutShort? {
            guard let lastByte = data.last, lastByte != 0x0A, lastByte != 0x0D,
                let last = quality.rejects.last, last.code == .malformedRow
            else { return nil }
            let lines = 1 + data.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            let tail = Data(last.rawRecord.utf8)
            guard last.line == lines || (!tail.isEmpty && data.suffix(tail.count) == tail) else { return nil }
            return CutShort(line: last.line, byteOffset: data.count)
        }
    }

    fileprivate struct ExportRead {
        var incidents: IncidentColumns?, ammunition: AmmunitionColumns?
        var arms: [ArmsItem]?, unFatalities: [UNFatality]?
        var fromACLED = false
        var quality: ExportQuality
        var extra: [String]
        /// How the file's bytes were read: the run log says it once per file.
        var encoding: EncodingDecision?

    }

    /// The exports are read on every core from one queue of jobs: each export's file first (the
    /// largest first), then the pieces of its CSV export, which join the other exports' pieces (each
    /// validator of its own: the memos are not shared). The log lines and the output follow the
    /// exports' fixed order.
    func run(_ files: InputFiles) throws -> Output {
        let exports = ExportKind.allCases.filter { config.inputs[$0] != nil && files.stats[$0] != nil }
        let validator = try Validator(aliases: config.aliases, referenceDate: referenceDate)
        let total = exports.reduce(0) { $0 + files.stats[$1]!.bytes }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let order = exports.indices.sorted { files.stats[exports[$0]]!.bytes > files.stats[exports[$1]]!.bytes }
        let slots = Locked([Result<ExportRead, Error>?](repeating: nil, count: exports.count))
        let hashes = Locked([String?](repeating: nil, count: exports.count))
        let jobs = JobQueue()
        for index in order {
            let export = exports[index]
            jobs.add {
                do {
                    let data = try files.bytes(export)
                    // The export's hash beside its pieces, when the up-to-date check has not made it.
                    jobs.add { hashes.withLock { $0[index] = files.sha256(export, of: data) } }
                    let pieces = ColumnarChunking.pieces(bytes: data.count, total: total, cores: cores)
                    try read(export, data, Validator(copying: validator), pieces: pieces, jobs: jobs) { read in
                        var read = read
                        read.quality.cutShort = CutShortCheck.check(data, read.quality)
                        slots.withLock { $0[index] = .success(read) }
                    }
                } catch {
                    slots.withLock { $0[index] = .failure(error) }
                }
            }
        }
        jobs.wait()
        let hashed = hashes.withLock { $0 }
        // In the exports' order, which also decides whose error is reported when several fail.
        let reads = try slots.withLock { $0 }.enumerated().map { index, slot in (try slot!.get(), hashed[index]!) }
        var output = Output()
        for (export, (read, sha256)) in zip(exports, reads) {
            var quality = read.quality
            let spec = config.inputs[export]!
            if let line = read.encoding?.logLine(file: quality.file) { logger.info("\(line)") }
            if let cut = quality.cutShort {
                logger.warning(
                    """
                    \(quality.file): the file ends inside a record (line \(NumberText.count(cut.line)), at byte \
                    \(NumberText.count(cut.byteOffset))): it looks cut short; that record is rejected and nothing after it exists
                    """)
            }
            switch export {
            case .incidents:
                output.dataset.incidentColumns = read.incidents
                output.dataset.incidentsFromACLED = read.fromACLED
            case .arms: output.dataset.arms = read.arms
            case .ammunition: output.dataset.ammunitionColumns = read.ammunition
            case .unFatalities: output.dataset.unFatalities = read.unFatalities
            }
            if !read.extra.isEmpty {
                logger.info("\(quality.file): columns not used: \(TextSnippet.cut(read.extra.joined(separator: ", ")))")
            }
            logger.info(
                """
                \(export.rawValue): \(NumberText.count(quality.read)) rows read, \(NumberText.count(quality.accepted)) \
                accepted, \(NumberText.count(quality.collapsed)) duplicates collapsed, \(NumberText.count(quality.rejected)) rejected\
                \(quality.filtered > 0 ? ", \(NumberText.count(quality.filtered)) filtered" : "")
                """)
            for (code, count) in quality.rejectedByCode.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                logger.debug("\(export.rawValue): \(NumberText.count(count)) rejected as \(code.rawValue)")
            }
            quality.coverage = output.dataset.recordedCoverage(of: export)
            output.quality.append(quality)
            output.inputs.append(
                Manifest.Input(
                    export: export.rawValue, path: spec.path, sha256: sha256,
                    rowsRead: quality.read, rowsAccepted: quality.accepted, stat: files.stats[export]))
        }
        output.dataset.leaveOutExportsWithoutData(in: config.period, quality: output.quality)
        if let path = config.mapRegions { output.dataset.regionAreas = try regionAreas(path, validator) }
        for missing in output.dataset.withoutData.values.sorted(by: { $0.export.rawValue < $1.export.rawValue }) {
            let reason = try FigureText(language: .english, parameters: [:]).text(missing.reason(period: config.period))
            logger.warning("\(reason); its figures are unavailable")
        }
        return output
    }

    /// `maps.regions`: the polygons matched to the regions by name (the region vocabulary with the
    /// configuration's aliases). A name no region matches and a region without a polygon are reported
    /// in the log, never dropped in silence; an unreadable file is a configuration error.
    private func regionAreas(_ path: String, _ validator: Validator) throws -> [Region: [[GeoPoint]]] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BriefFailure(.usage, "configuration error: maps.regions: \(path) \(FileProblem.reason(path))")
        }
        let polygons: RegionPolygons
        do {
            polygons = try RegionPolygons(data, file: path, match: validator.context.vocabularies.regions.match)
        } catch {
            throw BriefFailure(.usage, "configuration error: maps.regions: \(error)")
        }
        let file = (path as NSString).lastPathComponent
        if !polygons.unknownNames.isEmpty {
            logger.warning(
                """
                \(file): no region of Mali is called \(polygons.unknownNames.map { TextSnippet.quoted($0) }.joined(separator: ", ")) \
                (add it under aliases.regions in pipeline.yml if it is one); its polygon is not drawn
                """)
        }
        if !polygons.missing.isEmpty {
            logger.warning(
                "\(file): no polygon for \(polygons.missing.map(\.rawValue).joined(separator: ", ")); the maps mark their seats only"
            )
        }
        return polygons.areas
    }

    /// Reads one export: a CSV incidents or ammunition export (a million rows at scale) as columns
    /// from its bytes, its pieces added to `jobs`, the last to end handing the export to `done`; the
    /// others through the row reader, at once.
    private func read(
        _ export: ExportKind, _ data: Data, _ validator: Validator, pieces: Int, jobs: JobQueue,
        done: @escaping @Sendable (ExportRead) -> Void
    ) throws {
        let spec = config.inputs[export]!
        let file = (spec.path as NSString).lastPathComponent
        if spec.format == .csv, export == .incidents {
            let read = try validator.incidentPieces(
                data, file: file, delimiter: spec.delimiter, mapping: spec.columns, pieces: pieces)
            Self.add(read, to: jobs) { done(ExportRead($0) { $0.incidents = $1 }) }
        } else if spec.format == .csv, export == .ammunition {
            let read = try validator.ammunitionPieces(
                data, file: file, delimiter: spec.delimiter, mapping: spec.columns, pieces: pieces)
            Self.add(read, to: jobs) { done(ExportRead($0) { $0.ammunition = $1 }) }
        } else {
            let table = try ExportReader.read(bytes: [UInt8](data), format: spec.format, delimiter: spec.delimiter, file: file)
            var read = try read(export, table, validator)
            read.encoding = table.encodingDecision
            done(read)
        }
    }

    /// Each piece a job; the piece that ends last settles the export.
    private static func add<Columns>(
        _ read: PiecewiseRead<Columns>, to jobs: JobQueue, done: @escaping @Sendable (ValidatedColumns<Columns>) -> Void
    ) {
        for piece in 0..<read.pieces {
            jobs.add { if read.scan(piece) { done(read.finish()) } }
        }
    }

    private func read(_ export: ExportKind, _ table: RawTable, _ validator: Validator) throws -> ExportRead {
        let spec = config.inputs[export]!
        switch export {
        case .incidents:
            let result = try validator.incidents(table, mapping: spec.columns, format: spec.format, acled: spec.acled)
            return ExportRead(
                incidents: IncidentColumns(result.values), fromACLED: spec.format == .acled,
                quality: result.quality, extra: result.extraHeaders)
        case .arms:
            let result = try validator.arms(table, mapping: spec.columns)
            return ExportRead(arms: result.values, quality: result.quality, extra: result.extraHeaders)
        case .ammunition:
            let result = try validator.ammunition(table, mapping: spec.columns)
            return ExportRead(ammunition: AmmunitionColumns(result.values), quality: result.quality, extra: result.extraHeaders)
        case .unFatalities:
            let result = try validator.unFatalities(table, mapping: spec.columns, mission: spec.mission)
            return ExportRead(unFatalities: result.values, quality: result.quality, extra: result.extraHeaders)
        }
    }

    /// Over `validation.max_reject_rate` in any export, the run stops before the report is touched.
    func checkRejectRates(_ quality: [ExportQuality]) throws {
        for export in quality where export.rejectRate > config.maxRejectRate {
            throw BriefFailure(
                .data,
                """
                data error: \(export.export.rawValue) (\(export.file)) rejected \(NumberText.count(export.rejected)) of \(NumberText.count(export.read)) rows \
                (\(NumberText.percent(export.rejectRate, decimals: 1))), above validation.max_reject_rate \
                \(NumberText.percent(config.maxRejectRate, decimals: 1)); the previous report is unchanged. \
                Fix the rows listed by `brief validate`, or raise the limit in pipeline.yml.
                """)
        }
    }
}

extension InputStage.ExportRead {
    /// A columnar export's read, its columns put where `place` puts them.
    init<Columns>(_ result: ValidatedColumns<Columns>, place: (inout Self, Columns) -> Void) {
        self.init(quality: result.quality, extra: result.extraHeaders, encoding: result.encodingDecision)
        place(&self, result.columns)
    }
}
