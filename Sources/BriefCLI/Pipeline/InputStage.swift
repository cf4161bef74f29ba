import BriefModel
import Foundation
import Ingest
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

    func run(_ files: InputFiles) throws -> Output {
        let validator = try Validator(aliases: config.aliases, referenceDate: referenceDate)
        var output = Output()
        for export in ExportKind.allCases {
            guard let spec = config.inputs[export], let data = files.bytes[export] else { continue }
            let table = try ExportReader.read(
                bytes: [UInt8](data), format: spec.format, delimiter: spec.delimiter,
                file: (spec.path as NSString).lastPathComponent)
            if table.encoding == .windows1252 {
                logger.info("\(table.file): not valid UTF-8, read as Windows-1252")
            }
            let quality: ExportQuality
            let extra: [String]
            switch export {
            case .incidents:
                let result = try validator.incidents(table, mapping: spec.columns, format: spec.format)
                (output.dataset.incidents, quality, extra) = (result.values, result.quality, result.extraHeaders)
                output.dataset.incidentsFromACLED = spec.format == .acled
            case .arms:
                let result = try validator.arms(table, mapping: spec.columns)
                (output.dataset.arms, quality, extra) = (result.values, result.quality, result.extraHeaders)
            case .ammunition:
                let result = try validator.ammunition(table, mapping: spec.columns)
                (output.dataset.ammunition, quality, extra) = (result.values, result.quality, result.extraHeaders)
            case .unFatalities:
                let result = try validator.unFatalities(table, mapping: spec.columns, mission: spec.mission)
                (output.dataset.unFatalities, quality, extra) = (result.values, result.quality, result.extraHeaders)
            }
            if !extra.isEmpty {
                logger.info("\(table.file): columns not used: \(extra.joined(separator: ", "))")
            }
            logger.info("""
                \(export.rawValue): \(NumberText.count(quality.read)) rows read, \(NumberText.count(quality.accepted)) \
                accepted, \(quality.collapsed) duplicates collapsed, \(quality.rejected) rejected\
                \(quality.filtered > 0 ? ", \(NumberText.count(quality.filtered)) filtered" : "")
                """)
            for (code, count) in quality.rejectedByCode.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                logger.debug("\(export.rawValue): \(count) rejected as \(code.rawValue)")
            }
            output.quality.append(quality)
            output.inputs.append(Manifest.Input(
                export: export.rawValue, path: spec.path, sha256: files.sha256[export]!,
                rowsRead: quality.read, rowsAccepted: quality.accepted))
        }
        return output
    }

    /// Over `validation.max_reject_rate` in any export, the run stops before the report is touched.
    func checkRejectRates(_ quality: [ExportQuality]) throws {
        for export in quality where export.rejectRate > config.maxRejectRate {
            throw BriefFailure(.data, """
                data error: \(export.export.rawValue) (\(export.file)) rejected \(export.rejected) of \(export.read) rows \
                (\(NumberText.percent(export.rejectRate, decimals: 1))), above validation.max_reject_rate \
                \(NumberText.percent(config.maxRejectRate, decimals: 1)); the previous report is unchanged. \
                Fix the rows listed by `brief validate`, or raise the limit in pipeline.yml.
                """)
        }
    }
}
