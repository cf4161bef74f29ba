import Foundation
import Testing

/// The projects tests build: a scratch folder with exports and a pipeline.yml, run through `BuildRunner`.
extension BuildRunner {
    /// The Figure 4 fixture (nine incidents, 2014–2016) writing `report/` as PDF and SVG.
    static func fig4() -> BuildRunner {
        let runner = BuildRunner()
        runner.copyFixture("fig4-incidents.csv", to: "data/incidents.csv")
        runner.write(
            "pipeline.yml",
            """
            period: {from: 2014, to: 2016}
            inputs:
              incidents: {path: data/incidents.csv}
            validation: {max_reject_rate: 0.2}
            output: {dir: report, formats: [pdf, svg]}

            """)
        return runner
    }

    /// The ACLED fixture (fifteen events over two weeks of 2020, one of them malformed) read for `period`.
    static func acled(period: String, formats: String) -> BuildRunner {
        let runner = BuildRunner()
        runner.copyFixture("acled-mali.csv", to: "acled.csv")
        runner.write(
            "pipeline.yml",
            """
            period: \(period)
            inputs:
              incidents: {path: acled.csv, format: acled}
            validation: {max_reject_rate: 0.5}
            output: {dir: report, formats: \(formats)}

            """)
        return runner
    }

    /// A copy of the bundled demo data (with its marker) and the default pipeline.yml, writing `output/`.
    static func demo() throws -> BuildRunner {
        let runner = BuildRunner()
        let data = Repository.url("data")
        for name in try FileManager.default.contentsOfDirectory(atPath: data.path) {
            runner.write("data/\(name)", try Data(contentsOf: data.appendingPathComponent(name)))
        }
        runner.write("pipeline.yml", try Data(contentsOf: Repository.url("pipeline.yml")))
        return runner
    }

    /// `brief build` on the project's pipeline.yml, quietly; the exit status.
    func build(_ extra: [String] = []) -> Int32 {
        run(["build", "--config", path("pipeline.yml"), "--quiet"] + extra)
    }

    /// A JSON object the report holds, e.g. `report/figures.json`.
    func json(_ relativePath: String) throws -> [String: Any] {
        let text = try #require(read(relativePath), "\(relativePath) is missing")
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}
