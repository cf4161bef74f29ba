import BriefModel
import Foundation

/// Progress on long stages: an updating line when standard error is a terminal, nothing extra
/// otherwise (cron and CI get the plain stage lines only). Jobs on any core report as they finish.
final class Progress: Sendable {
    private let total: Int
    private let done = Locked(0)
    private let interactive: Bool

    init(total: Int, quiet: Bool) {
        self.total = total
        interactive = !quiet && isatty(STDERR_FILENO) == 1
    }

    func step(_ what: String) {
        let done = done.withLock { count in
            count += 1
            return count
        }
        guard interactive else { return }
        let line = "[\(min(done, total))/\(total)] \(what)"
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        if done >= total { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
