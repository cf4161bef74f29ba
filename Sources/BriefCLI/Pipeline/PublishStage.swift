import BriefModel
import Foundation
import Logging
import Publish
import Render

/// Render every figure and write the whole report folder through staging, then swap it in.
struct PublishStage {
    let config: PipelineConfiguration
    let logger: Logger

    func run(
        figures: [FigureResult], quality: [ExportQuality], headline: HeadlineStatistics, brief: BriefInputs,
        inputs: [Manifest.Input], configurationSHA256: String, stageSeconds: [(String, Double)]
    ) throws {
        let staging = try ReportStaging(target: URL(fileURLWithPath: config.outputDirectory))
        do {
            let renderers = Renderers.forFormats(config.formats)
            for figure in figures {
                try staging.write("data/\(figure.id).csv", FigureTables.csv(figure))
                guard figure.isAvailable else { continue }
                for renderer in renderers {
                    let path = "\(renderer.format.rawValue)/\(figure.id).\(renderer.fileExtension)"
                    try staging.write(path, try renderer.render(figure.chart))
                }
                logger.debug("rendered \(figure.id)")
            }
            try staging.write("figures.json", FigureTables.document(figures, period: config.period, headline: headline.json))
            do {
                try staging.write("brief.pdf", try BriefRenderer.render(brief, templatePath: config.document.templatePath))
            } catch let error as BriefTemplateError {
                throw BriefFailure(.usage, "brief template: \(error)")
            }
            try staging.write("quality/rejects.csv", QualityFiles.rejectsCSV(quality))
            try staging.write("quality/report.json", QualityFiles.reportJSON(quality))
            let manifest = Manifest(
                programVersion: BriefVersion.current, configurationSHA256: configurationSHA256, period: config.period,
                inputs: inputs, files: staging.written, stageSeconds: stageSeconds)
            try staging.write("manifest.json", manifest.json)
            try staging.commit()
        } catch {
            staging.discard()
            throw error
        }
        logger.info("report written to \(config.outputDirectory) (\(staging.written.count) files)")
    }
}

public enum BriefVersion {
    public static let current = "0.1.0"
}
