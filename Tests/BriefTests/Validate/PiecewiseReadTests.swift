import BriefModel
import Foundation
import Ingest
import Testing

@testable import Validate

/// How a large export is cut into pieces for the queue the exports share, and the queue itself.
@Suite struct PiecewiseReadTests {
    /// Every record here carries a note of three quoted lines, none of which reads as a record: a
    /// piece's guessed start must move past them to a true record start, or the rest of the file is
    /// read again in sequence (which cost the 1M build a fifth of its reading time).
    @Test(arguments: [2, 5, 7, 13])
    func guessesStartOnRecords(pieces: Int) throws {
        let header = "incident_id,date,region,category,party,notes\n"
        let rows = (0..<3_000).map { n in
            "I\(n),2016-01-\(n % 28 + 1),Gao,IED,MINUSMA,\"first line, with a comma\nand a second, \"\"quoted\"\"\nthird\"\n"
        }
        let bytes = Array((header + rows.joined()).utf8)
        try bytes.withUnsafeBufferPointer { body in
            var scanner = CSVScanner(bytes: body, delimiter: UInt8(ascii: ","))
            var spans: [FieldSpan] = []
            _ = scanner.nextRecord(fields: &spans)
            let columnMap = try ColumnMap(
                schema: IncidentColumn.schema, headers: header.dropLast().split(separator: ",").map(String.init),
                mapping: [:], file: "x.csv")
            let rules = ColumnarChunk.Setup.Rules(
                encoding: .utf8, delimiter: UInt8(ascii: ","), name: "x.csv", schema: IncidentColumn.schema,
                columnMap: columnMap, positions: columnMap.positions(IncidentColumn.self), headers: 6, damaged: [])
            let guesses = ColumnarChunk.guesses(body, from: scanner.position, chunks: pieces, rules: rules)
            var starts: [Int: Int] = [:]
            while let record = scanner.nextRecord(fields: &spans) { starts[record.range.lowerBound] = record.line }
            #expect(guesses.count == pieces)
            for guess in guesses { #expect(starts[guess.start] == guess.line, "guess at byte \(guess.start)") }
        }
    }

    @Test func piecesFollowTheShareOfTheBytes() {
        let megabyte = 1 << 20
        // The 1M build: a 141 MB incidents export and a 32 MB ammunition export on two cores.
        #expect(ColumnarChunking.pieces(bytes: 141 * megabyte, total: 173 * megabyte, cores: 2) == 5)
        #expect(ColumnarChunking.pieces(bytes: 32 * megabyte, total: 173 * megabyte, cores: 2) == 1)
        // A small export is never split; one alone on two cores is cut in about six.
        #expect(ColumnarChunking.pieces(bytes: 3 * megabyte, total: 3 * megabyte, cores: 2) == 1)
        #expect(ColumnarChunking.pieces(bytes: 120 * megabyte, total: 120 * megabyte, cores: 2) == 6)
    }

    /// Jobs that add jobs (an export's file, then its pieces): `wait` returns only once all have run.
    @Test func theQueueWaitsForJobsAddedByJobs() {
        let queue = JobQueue()
        let ran = Locked(0)
        for _ in 0..<8 {
            queue.add {
                for _ in 0..<8 {
                    queue.add {
                        usleep(1_000)
                        ran.withLock { $0 += 1 }
                    }
                }
                ran.withLock { $0 += 1 }
            }
        }
        queue.wait()
        #expect(ran.withLock { $0 } == 72)
    }
}
