import ArgumentParser
import Foundation

@testable import BriefCLI

/// Runs `brief` in-process in a scratch folder, the way a user would on the command line.
struct BuildRunner {
    let folder: URL

    init() { folder = Fixtures.temporaryDirectory() }

    func write(_ relativePath: String, _ text: String) { write(relativePath, Data(text.utf8)) }

    func write(_ relativePath: String, _ data: Data) {
        let url = folder.appendingPathComponent(relativePath)
        try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! data.write(to: url)
    }

    func copyFixture(_ name: String, to relativePath: String) { write(relativePath, Data(Fixtures.bytes(name))) }

    /// The exit status the command would end with.
    @discardableResult
    func run(_ arguments: [String]) -> Int32 {
        do {
            var command = try BriefCommand.parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch {
            return BriefCommand.failureExit(for: error).rawValue
        }
    }

    func read(_ relativePath: String) -> String? {
        FileManager.default.contents(atPath: folder.appendingPathComponent(relativePath).path)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    func path(_ relativePath: String) -> String { folder.appendingPathComponent(relativePath).path }
}
