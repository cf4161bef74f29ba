import Foundation
import Testing

/// The one way tests run another program (pdftotext, qpdf, gnuplot, or the real `brief` executable),
/// with standard output and error captured through files, so no pipe can fill up and stall it.
enum ProcessRunner {
    struct Result {
        var status: Int32
        var output: Data
        var errors: String
        var text: String { String(decoding: output, as: UTF8.self) }
    }

    static func run(
        _ executable: URL, _ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:],
        input: Data? = nil
    ) throws -> Result {
        let scratch = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("stdout"), err = scratch.appendingPathComponent("stderr")
        for file in [out, err] { FileManager.default.createFile(atPath: file.path, contents: nil) }
        let process = configured(executable, arguments, in: folder, environment: environment)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(input)
            try stdin.fileHandleForWriting.close()
        }
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: try Data(contentsOf: out),
            errors: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    /// Starts a program and returns at once, for tests that kill it; its output is discarded.
    static func launch(
        _ executable: URL, _ arguments: [String], in folder: URL, environment: [String: String] = [:]
    ) throws -> Process {
        let process = configured(executable, arguments, in: folder, environment: environment)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    private static func configured(
        _ executable: URL, _ arguments: [String], in folder: URL?, environment: [String: String]
    )
        -> Process
    {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        return process
    }

    /// The `brief` executable, which `swift test` builds into the folder that holds the test bundle.
    static let brief: URL = {
        var folder = Bundle.main.bundleURL
        while folder.path != "/", !FileManager.default.fileExists(atPath: folder.appendingPathComponent("brief").path) {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("brief")
    }()

    /// `brief` with its report swap set by arguments (Tests/SwapProbe), for the kill tests.
    static let swapProbe = brief.deletingLastPathComponent().appendingPathComponent("brief-swap-probe")

    static func brief(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> Result {
        try run(brief, arguments, in: folder, environment: environment)
    }
}

/// pdftotext, qpdf, pdfinfo and gnuplot from /usr/bin, through the one runner.
enum ExternalTool {
    static func run(_ tool: String, _ arguments: [String], input: Data? = nil) throws -> (status: Int32, output: String) {
        let result = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/\(tool)"), arguments, input: input)
        return (result.status, result.text)
    }
}
