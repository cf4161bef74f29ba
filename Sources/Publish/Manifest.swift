import BriefModel
import Foundation

/// `manifest.json`: what the run read, with which configuration and program, and what it wrote.
public struct Manifest {
    public struct Input: Sendable {
        public var export: String
        public var path: String
        public var sha256: String
        public var rowsRead: Int
        public var rowsAccepted: Int
        /// The file as `stat` saw it when it was hashed, so the next up-to-date check can trust the hash.
        public var stat: FileStat?

        public init(export: String, path: String, sha256: String, rowsRead: Int, rowsAccepted: Int, stat: FileStat? = nil) {
            self.stat = stat
            self.export = export
            self.path = path
            self.sha256 = sha256
            self.rowsRead = rowsRead
            self.rowsAccepted = rowsAccepted
        }
    }

    public var programVersion: String
    /// What identifies the executable's code (`ProgramIdentity.identity(recordedIn:)`), recorded
    /// as `build_id` or, with the executable's `stat`, as `sha256`.
    public var programIdentity: String
    public var configurationSHA256: String
    public var period: Period
    public var inputs: [Input]
    public var files: [(path: String, sha256: String)]
    public var stageSeconds: [(stage: String, seconds: Double)]
    /// Set by `--only`: some files are older than the inputs, so the next full build must not skip.
    public var partial = false

    public init(
        programVersion: String, programIdentity: String, configurationSHA256: String, period: Period, inputs: [Input],
        files: [(path: String, sha256: String)], stageSeconds: [(stage: String, seconds: Double)] = []
    ) {
        self.programVersion = programVersion
        self.programIdentity = programIdentity
        self.configurationSHA256 = configurationSHA256
        self.period = period
        self.inputs = inputs
        self.files = files
        self.stageSeconds = stageSeconds
    }

    /// `build_id`, or `sha256` with the `stat` that lets the next run trust it.
    private var programIdentityFields: [(String, JSONValue)] {
        if programIdentity.hasPrefix("build-id:") {
            return [("build_id", .string(String(programIdentity.dropFirst("build-id:".count))))]
        }
        return [("sha256", .string(String(programIdentity.dropFirst("sha256:".count))))]
            + (ProgramIdentity.stat.map { [("stat", $0.json)] } ?? [])
    }

    public var json: String {
        JSONValue.object([
            (
                "program",
                .object(
                    [("name", .string("brief")), ("version", .string(programVersion))] + programIdentityFields)
            ),
            ("configuration", .object([("sha256", .string(configurationSHA256))])),
            ("partial_build", .bool(partial)),
            ("period", .object([("from", .int(period.from)), ("to", .int(period.to))])),
            (
                "inputs",
                .array(
                    inputs.map { input in
                        .object(
                            [
                                ("export", .string(input.export)), ("path", .string(input.path)),
                                ("sha256", .string(input.sha256)),
                                ("rows_read", .int(input.rowsRead)), ("rows_accepted", .int(input.rowsAccepted)),
                            ] + (input.stat.map { [("stat", $0.json)] } ?? []))
                    })
            ),
            (
                "files",
                .array(
                    files.sorted { $0.path < $1.path }.map { file in
                        .object([("path", .string(file.path)), ("sha256", .string(file.sha256))])
                    })
            ),
            (
                "stages",
                .array(
                    stageSeconds.map { stage in
                        .object([("name", .string(stage.stage)), ("seconds", .fraction((stage.seconds * 1000).rounded() / 1000))])
                    })
            ),
        ]).text() + "\n"
    }
}

extension Manifest {
    public static let fileName = ReportLayout.manifest

    /// A report's manifest as it was written, read back typed: the one reader of manifest.json.
    public struct Recorded: Decodable, Sendable {
        public struct Program: Decodable, Sendable {
            public var name: String
            public var version: String
            public var buildID: String?
            public var sha256: String?
            public var stat: RecordedStat?

            enum CodingKeys: String, CodingKey {
                case name, version, sha256, stat
                case buildID = "build_id"
            }

            /// As `ProgramIdentity.identity(recordedIn:)` says it.
            public var identity: String? { buildID.map { "build-id:" + $0 } ?? sha256.map { "sha256:" + $0 } }
        }
        public struct Hash: Decodable, Sendable { public var sha256: String }
        public struct Input: Decodable, Sendable {
            public var export: String
            public var path: String
            public var sha256: String
            public var stat: RecordedStat?
        }
        public struct RecordedStat: Decodable, Sendable {
            var bytes: Int
            var inode: UInt64
            var modifiedNanoseconds: Int
            var changedNanoseconds: Int

            enum CodingKeys: String, CodingKey {
                case bytes, inode
                case modifiedNanoseconds = "modified_ns"
                case changedNanoseconds = "changed_ns"
            }
        }
        public struct File: Decodable, Sendable {
            public var path: String
            public var sha256: String
        }
        public struct RecordedPeriod: Decodable, Sendable {
            public var from: Int
            public var to: Int
        }

        public var program: Program
        public var configuration: Hash
        public var partialBuild: Bool?
        public var period: RecordedPeriod?
        public var inputs: [Input]
        public var files: [File]

        enum CodingKeys: String, CodingKey {
            case program, configuration, period, inputs, files
            case partialBuild = "partial_build"
        }

        /// The manifest in `report`, nil when there is none or it is not one brief wrote.
        public init?(in report: URL) {
            guard let data = FileManager.default.contents(atPath: report.appendingPathComponent(Manifest.fileName).path),
                let decoded = try? JSONDecoder().decode(Recorded.self, from: data), decoded.program.name == "brief"
            else { return nil }
            self = decoded
        }
    }

    /// The files a report brief wrote says it holds (manifest.json aside); nil when `report` holds no
    /// manifest of brief's.
    public static func listedFiles(in report: URL) -> [String]? { Recorded(in: report)?.files.map(\.path) }
}

extension FileStat {
    init(_ recorded: Manifest.Recorded.RecordedStat) {
        self.init(
            bytes: recorded.bytes, inode: recorded.inode, modifiedNanoseconds: recorded.modifiedNanoseconds,
            changedNanoseconds: recorded.changedNanoseconds)
    }
}
