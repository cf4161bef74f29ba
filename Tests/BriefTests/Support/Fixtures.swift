import BriefModel
import Foundation
import Ingest

@testable import Validate

/// Access to the test fixtures and small builders for inputs.
enum Fixtures {
    static func url(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)!
    }

    static func bytes(_ name: String) -> [UInt8] { [UInt8](try! Data(contentsOf: url(name))) }

    static func table(_ text: String, format: InputFormat = .csv, file: String = "test.csv") throws -> RawTable {
        try ExportReader.read(bytes: Array(text.utf8), format: format, delimiter: nil, file: file)
    }

    static let referenceDate = CivilDate(year: 2024, month: 1, day: 1)!

    static func validator(aliases: AliasTable = AliasTable()) -> Validator {
        try! Validator(aliases: aliases, referenceDate: referenceDate)
    }

    static func incidents(_ csv: String) throws -> ValidatedExport<Incident> {
        try validator().incidents(try table(csv))
    }

    /// A fresh empty folder under the system's temporary directory, inside one folder per test
    /// process. Swift Testing has no hook at the end of a run, so each run removes the folders of the
    /// runs before it whose process has ended: the suite leaves at most one run's files behind.
    static func temporaryDirectory() -> URL {
        let url = processFolder.appendingPathComponent(UUID().uuidString)
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private static let processFolder: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("brief-tests")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? [] {
            guard let pid = Int32(name), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: root.appendingPathComponent(name))
        }
        return root.appendingPathComponent(String(getpid()))
    }()
}
