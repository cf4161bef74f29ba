import Foundation

/// One writer per report folder. An advisory `flock` on `.<name>.lock` beside the folder, held for the
/// run and removed when it ends, so no lock file stays where the user did not ask for one. The kernel
/// drops the lock when its process ends, however it ends, so a file left by a killed run is simply
/// taken over. The file holds the holder's process id, for the message the second run prints.
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
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw ReportError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                let holder = Self.holder(descriptor)
                close(descriptor)
                throw ReportError.locked(path: folder.path, holder: holder)
            }
            // The run before may have removed the file between our open and our lock: a lock on a
            // file no longer at `path` locks nothing, so open the one there now and try again.
            guard Self.isAtPath(descriptor, path) else {
                close(descriptor)
                continue
            }
            self.descriptor = descriptor
            break
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pwrite(descriptor, pid, pid.count, 0)
    }

    /// Removes the file while still holding the lock, then lets go: a run waiting on the old file sees
    /// it is gone (`isAtPath`) and makes a new one.
    deinit {
        if Self.isAtPath(descriptor, path) { unlink(path) }
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    private static func isAtPath(_ descriptor: Int32, _ path: String) -> Bool {
        var open = stat(), named = stat()
        return fstat(descriptor, &open) == 0 && stat(path, &named) == 0 && open.st_ino == named.st_ino
            && open.st_dev == named.st_dev
    }

    private static func holder(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
