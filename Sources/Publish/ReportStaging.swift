import BriefModel
import CLinuxFiles
import Foundation

/// A report built in a temporary folder beside the report folder and swapped in only when every
/// file is written, so a failed or killed run leaves the previous report exactly as it was.
/// Files may be written from several threads at once (each job writes what it made).
public final class ReportStaging: Sendable {
    public let target: URL
    public let staging: URL
    /// Every file written, relative path → sha256, for the manifest.
    public var written: [(path: String, sha256: String)] { files.withLock { $0 } }
    private let files = Locked<[(path: String, sha256: String)]>([])
    /// Folders known to exist in staging, so each is made once rather than checked on every write.
    private let folders = Locked<Set<String>>([""])

    public init(target: URL) throws {
        self.target = target.standardizedFileURL
        let parent = self.target.deletingLastPathComponent()
        staging = ReportSwap.name(self.target, ReportSwap.stagingMarker)
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            ReportSwap.recover(self.target)
            try? FileManager.default.removeItem(at: staging)
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw ReportError.cannotWrite(path: staging.path, reason: error.localizedDescription)
        }
    }

    /// Starts from a copy of the report in place, for runs that replace only some files.
    public func seedFromTarget() throws {
        guard FileManager.default.fileExists(atPath: target.path) else { return }
        try? FileManager.default.removeItem(at: staging)
        do {
            try FileManager.default.copyItem(at: target, to: staging)
        } catch {
            throw ReportError.cannotWrite(path: staging.path, reason: error.localizedDescription)
        }
    }

    public func write(_ relativePath: String, _ data: Data) throws {
        let url = staging.appendingPathComponent(relativePath)
        let folder = relativePath.split(separator: "/").dropLast().joined(separator: "/")
        do {
            if !folders.withLock({ $0.contains(folder) }) {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                folders.withLock { _ = $0.insert(folder) }
            }
            try Self.write(data, to: url)
        } catch {
            throw ReportError.cannotWrite(path: url.path, reason: error.localizedDescription)
        }
        let sha256 = Digest.sha256(data)
        files.withLock { files in
            files.removeAll { $0.path == relativePath }
            files.append((relativePath, sha256))
        }
    }

    public func write(_ relativePath: String, _ text: String) throws { try write(relativePath, Data(text.utf8)) }

    /// The bytes into a new file, whose writing to the disk starts at once without being waited for
    /// (`commit` waits for all of them, when most are done): a job waiting for its file's flush would
    /// hold a core idle. Where the file cannot be written, `Data.write` tries
    /// again and says why in its own words.
    private static func write(_ data: Data, to url: URL) throws {
        let file = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard file >= 0 else { return try data.write(to: url) }
        let written = data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(file, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        _ = clinuxfiles_start_writeback(file)
        guard close(file) == 0, written else { return try data.write(to: url) }
    }

    /// Waits until every staged file and folder is on the disk, so that a report swapped in survives a
    /// power cut as well as a killed run: the whole file system at once (one flush of the disk's cache
    /// rather than one per file), or where that cannot be done each file and
    /// folder in turn. The file system's other unwritten data, if any, is written with ours.
    private func flushStaged() {
        let folder = open(staging.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            defer { close(folder) }
            if clinuxfiles_sync_file_system(folder) == 0 { return }
        }
        for path in written.map(\.path) { Self.flush(staging.appendingPathComponent(path)) }
        flushFolders()
    }

    /// Flushes the staging folders' entries (their lists of files): the names must reach the disk as
    /// well as the bytes. The parent folder's entries are flushed after the swap (`commit`).
    private func flushFolders() {
        for folder in folders.withLock({ $0 }).map({ staging.appendingPathComponent($0) }) {
            Self.flush(folder)
        }
    }

    /// Waits until a file's or folder's bytes and entries are on the disk.
    private static func flush(_ url: URL) {
        let handle = open(url.path, O_RDONLY | O_CLOEXEC)
        guard handle >= 0 else { return }
        _ = fsync(handle)
        close(handle)
    }

    /// Adds the files carried over from the previous report to `written`, for the manifest.
    public func recordExistingFiles() throws {
        let paths = (FileManager.default.subpaths(atPath: staging.path) ?? []).sorted()
        let known = Set(written.map(\.path))
        for path in paths where !known.contains(path) {
            var isDirectory: ObjCBool = false
            let url = staging.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                let data = FileManager.default.contents(atPath: url.path)
            else { continue }
            files.withLock { $0.append((path, Digest.sha256(data))) }
        }
    }

    /// Swaps the staged report in (see `ReportSwap`).
    public func commit(options: SwapOptions = SwapOptions()) throws {
        flushStaged()
        try ReportSwap.replace(target, with: staging, options: options)
        Self.flush(target.deletingLastPathComponent())
    }

    public func discard() { try? FileManager.default.removeItem(at: staging) }
}
