import Benchmark
import BriefModel
import DemoData
import Ingest
import Validate

/// Reading and validating a generated 1,000,000-row incidents export (about 120 MB): the nightly
/// build's worst case. Rows per second = 1,000,000 / wall-clock seconds of one iteration.
let benchmarks: @Sendable () -> Void = {
    let rows = 1_000_000
    let bytes = [UInt8](DemoDataset.largeIncidents(rows: rows))
    let reference = CivilDate(year: 2030, month: 1, day: 1)!

    Benchmark(
        "CSV read, 1M incident rows",
        configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(120), maxIterations: 3)
    ) { benchmark in
        let table = try ExportReader.read(bytes: bytes, format: .csv, delimiter: nil, file: "incidents.csv")
        blackHole(table.rowCount)
    }

    Benchmark(
        "CSV read + validate, 1M incident rows",
        configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(120), maxIterations: 3)
    ) { benchmark in
        let table = try ExportReader.read(bytes: bytes, format: .csv, delimiter: nil, file: "incidents.csv")
        let validator = try Validator(aliases: AliasTable(), referenceDate: reference)
        let result = try validator.incidents(table)
        precondition(result.quality.isBalanced && result.quality.read == rows)
        blackHole(result.values.count)
    }
}
