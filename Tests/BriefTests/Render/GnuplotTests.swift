import BriefModel
import Figures
import Foundation
import Ingest
import Testing

@testable import Render

/// Every figure's gnuplot script, run through the real gnuplot (gnuplot-nox), must draw a PDF.
@Suite struct GnuplotTests {
    static func runGnuplot(_ script: Data) throws -> (status: Int32, output: Data, errors: String) {
        let result = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/gnuplot"), [], input: script)
        return (result.status, result.output, result.errors)
    }

    @Test(arguments: FigureRegistry.ids)
    func everyFigureScriptDrawsInGnuplot(_ id: String) throws {
        let data = try DemoFigures.dataset()
        let figure = FigureRegistry.definition(id: id)!.compute(data, period: Period(from: 2014, to: 2022)!)
        let script = try GnuplotChartRenderer().render(figure.chart)
        let result = try Self.runGnuplot(script)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.output.starts(with: Data("%PDF-".utf8)))
    }

    @Test func scriptsCarryTheDataInlineAndTheSameColours() throws {
        let chart = ChartSpec(
            kind: .stackedBars, title: "T", subtitle: "S", source: "Src", categories: ["2014", "2015"],
            layers: [
                .init(label: "IED", colorKey: "ied", values: [3, 4]),
                .init(label: "Complex attack", colorKey: "complex", values: [1, nil]),
            ],
            valueLabel: "Attacks")
        let script = String(decoding: try GnuplotChartRenderer().render(chart), as: UTF8.self)
        #expect(script.contains("$data << EOD\ncategory \"IED\" \"Complex attack\"\n\"2014\" 3 1\n\"2015\" 4 ?\nEOD"))
        #expect(script.contains("lc rgb \"\(Palette.color(for: "ied").hexString)\""))
        #expect(script.contains("rowstacked"))
    }
}

/// The bundled demo dataset, validated once, for tests that need realistic figures.
enum DemoFigures {
    static func dataset() throws -> Dataset {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let validator = Fixtures.validator()
        func table(_ name: String) throws -> Ingest.RawTable {
            try Ingest.ExportReader.read(InputSpec(path: root.appendingPathComponent("data/\(name).csv").path, format: .csv))
        }
        let un = try Ingest.ExportReader.read(
            InputSpec(path: root.appendingPathComponent("data/un-fatalities.csv").path, format: .unFatalities))
        return Dataset(
            incidents: try validator.incidents(try table("incidents")).values,
            arms: try validator.arms(try table("arms")).values,
            ammunition: try validator.ammunition(try table("ammunition")).values,
            unFatalities: try validator.unFatalities(un, mission: "MINUSMA").values)
    }
}
