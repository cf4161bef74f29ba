import CLinuxFiles
import Foundation

/// Replaces the report in place with a staged one, and puts things right after a run killed mid-swap.
///
/// Names beside the report folder `<name>`: `.<name>.staging-<pid>` is a run's new report (or, after
/// the exchange, the old one on its way out); `.<name>.previous-<pid>` is the old report set aside by
/// the fallback. Both are only ever touched under the report's lock, so any found by a run belong to
/// a dead one.
public enum ReportSwap {
    static let stagingMarker = ".staging-"
    static let asideMarker = ".previous-"

    static func name(_ target: URL, _ marker: String, pid: Int32 = getpid()) -> URL {
        target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent)\(marker)\(pid)")
    }

    /// Moves `staging` to `target`. With a report in place: one atomic exchange where the kernel has
    /// it; otherwise the old report is renamed aside, the new one renamed in, and only then is the old
    /// one deleted, so at every moment a complete report exists at `target` or at the aside name.
    static func replace(_ target: URL, with staging: URL, options: SwapOptions = SwapOptions()) throws {
        let fm = FileManager.default
        let pause = options.pause
        guard fm.fileExists(atPath: target.path) else { return try move(staging, to: target) }
        if options.atomic, exchange(staging, target) {
            pause()
            try? fm.removeItem(at: staging)  // the old report, now under the staging name
            return
        }
        let aside = name(target, asideMarker)
        try move(target, to: aside)
        pause()
        do {
            try move(staging, to: target)
        } catch {
            try? move(aside, to: target)
            throw error
        }
        pause()
        try? fm.removeItem(at: aside)
    }

    /// One `renameat2(RENAME_EXCHANGE)`: both paths must exist; false where the kernel or file system lacks it.
    static func exchange(_ a: URL, _ b: URL) -> Bool { clinuxfiles_exchange(a.path, b.path) == 0 }

    /// What a killed run left beside `target`: an old report set aside while no report is in place
    /// is put back (the run died between its two renames); every other leftover is deleted.
    /// Call with the report's lock held.
    public static func recover(_ target: URL) {
        let fm = FileManager.default
        let parent = target.deletingLastPathComponent()
        let names = ((try? fm.contentsOfDirectory(atPath: parent.path)) ?? []).sorted()
        let own = getpid()
        func leftovers(_ marker: String) -> [URL] {
            let prefix = ".\(target.lastPathComponent)\(marker)"
            return names.filter { $0.hasPrefix(prefix) && Int32($0.dropFirst(prefix.count)) != own }
                .map { parent.appendingPathComponent($0) }
        }
        for aside in leftovers(asideMarker) {
            if !fm.fileExists(atPath: target.path), (try? fm.moveItem(at: aside, to: target)) != nil { continue }
            try? fm.removeItem(at: aside)
        }
        for staging in leftovers(stagingMarker) { try? fm.removeItem(at: staging) }
    }

    private static func move(_ from: URL, to: URL) throws {
        guard rename(from.path, to.path) == 0 else {
            throw ReportError.cannotWrite(path: to.path, reason: String(cString: strerror(errno)))
        }
    }
}

/// How the report is swapped in. The defaults are the program's; the kill tests of atomic publishing
/// take the two-rename path where the exchange works (`atomic: false`) and hold the swap open between
/// its steps (`pauseMilliseconds`) to kill a run inside it, through the test probe (Tests/SwapProbe).
public struct SwapOptions: Sendable {
    public var atomic: Bool
    public var pauseMilliseconds: UInt32

    public init(atomic: Bool = true, pauseMilliseconds: UInt32 = 0) {
        self.atomic = atomic
        self.pauseMilliseconds = pauseMilliseconds
    }

    func pause() {
        if pauseMilliseconds > 0 { usleep(pauseMilliseconds * 1000) }
    }
}
