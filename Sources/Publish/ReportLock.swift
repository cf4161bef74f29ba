import Foundation

/// One writer per report folder. An advisory `flock` on `.<name>.lock` beside the folder: the kernel
/// drops it when its process ends, however it ends, so a lock left by a dead run is simply taken
/// over. The file holds the holder's process id, for the message the second run prints.
public final class ReportLock {
    public let path: String
    private let descriptor: Int32

    public init(reportFolder: URL) throws {
        let folder = reportFolder.standardizedFileURL
        path = folder.deletingLastPathComponent().appendingPathComponent(".\(folder.lastPathComponent).lock").path
        do {
            try FileManager.default.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw ReportError.cannotWrite(path: path, reason: error.localizedDescription)
        }
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw ReportError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let holder = Self.holder(descriptor)
            close(descriptor)
            throw ReportError.locked(path: folder.path, holder: holder)
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pwrite(descriptor, pid, pid.count, 0)
    }

    deinit {
        _ = ftruncate(descriptor, 0)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    private static func holder(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
