import Foundation
import Testing

/// A report swapped in must survive a power cut, not only a killed run: its files reach the disk
/// before the swap (one `syncfs` for the file system, or an `fsync` per file where that fails), and
/// the parent folder's new entry after it. Watched from outside with strace, on a first build
/// (rename) and on a rebuild (exchange).
@Suite struct ReportDurabilityTests {
    @Test func theStagedReportIsOnTheDiskBeforeTheSwapAndTheSwapAfter() throws {
        let runner = BuildRunner.fig4()
        for build in ["first build", "rebuild"] {
            let trace = runner.folder.appendingPathComponent("strace.txt")
            let result = try ProcessRunner.run(
                URL(fileURLWithPath: "/usr/bin/strace"),
                [
                    "-f", "-o", trace.path, "-e", "trace=syncfs,fsync,rename,renameat,renameat2",
                    ProcessRunner.brief.path, "build", "--force", "--quiet", "--config", runner.path("pipeline.yml"),
                ])
            #expect(result.status == 0, "\(build): \(result.errors)")
            // strace writes a call cut by a thread switch as `<unfinished ...>` then `<... resumed>`.
            let calls = try String(contentsOf: trace, encoding: .utf8).split(separator: "\n")
                .filter { !$0.contains("resumed>") && !$0.contains("exited with") }
            let swap = try #require(
                calls.firstIndex { $0.contains("rename") && $0.contains(".report.staging-") }, "\(build): \(calls)")
            #expect(
                calls[..<swap].contains { $0.contains("syncfs(") || $0.contains("fsync(") },
                "\(build): nothing flushed before the swap: \(calls)")
            #expect(
                calls[(swap + 1)...].contains { $0.contains("fsync(") },
                "\(build): the parent folder not flushed after it: \(calls)")
        }
    }
}
