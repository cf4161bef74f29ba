import Foundation
import Testing

@testable import Publish

/// A scratch root holding `home/` (HOME, with a key file) and `project/` (the Figure 4 project, the
/// current folder of every run).
struct Sandbox {
    let root = Fixtures.temporaryDirectory()
    var home: URL { root.appendingPathComponent("home") }
    var project: URL { root.appendingPathComponent("project") }

    init() throws {
        try FileManager.default.createDirectory(at: home.appendingPathComponent(".ssh"), withIntermediateDirectories: true)
        try Data("secret\n".utf8).write(to: home.appendingPathComponent(".ssh/id_ed25519"))
        let runner = BuildRunner.fig4()
        try FileManager.default.moveItem(at: runner.folder, to: project)
        try Data("my notes\n".utf8).write(to: project.appendingPathComponent("afile.txt"))
    }

    func brief(_ arguments: [String], environment: [String: String] = [:]) throws -> ProcessRunner.Result {
        try ProcessRunner.brief(arguments, in: project, environment: environment.merging(["HOME": home.path]) { $1 })
    }

    func write(_ relativePath: String, _ bytes: Data) throws {
        try bytes.write(to: project.appendingPathComponent(relativePath))
    }

    func read(_ relativePath: String) -> String? {
        FileManager.default.contents(atPath: project.appendingPathComponent(relativePath).path)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    func json(_ relativePath: String) throws -> [String: Any] {
        let text = try #require(read(relativePath), "\(relativePath) is missing")
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// Every file, folder and link under the root, with each file's bytes' hash.
    func snapshot() -> [String: String] {
        var entries: [String: String] = [:]
        for path in FileManager.default.subpaths(atPath: root.path) ?? [] {
            let url = root.appendingPathComponent(path)
            if ResolvedPath.isLink(url.path) {
                entries[path] = "link " + (ResolvedPath.linkTarget(url.path) ?? "")
            } else if ResolvedPath.isFolder(url.path) {
                entries[path] = "folder"
            } else {
                entries[path] = FileManager.default.contents(atPath: url.path).map(Digest.sha256) ?? "unreadable"
            }
        }
        return entries
    }
}
