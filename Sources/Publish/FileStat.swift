import Foundation

/// What `stat` says of a file: when size, inode and both times are as recorded, the file has not
/// been rewritten, so its recorded sha256 still holds and the file need not be read again (a million-
/// row export takes longer to hash than the whole up-to-date check may).
public struct FileStat: Equatable, Sendable {
    public var bytes: Int
    public var inode: UInt64
    public var modifiedNanoseconds: Int
    public var changedNanoseconds: Int

    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        bytes = Int(info.st_size)
        inode = UInt64(info.st_ino)
        modifiedNanoseconds = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        changedNanoseconds = Int(info.st_ctim.tv_sec) * 1_000_000_000 + Int(info.st_ctim.tv_nsec)
    }

    init(bytes: Int, inode: UInt64, modifiedNanoseconds: Int, changedNanoseconds: Int) {
        (self.bytes, self.inode, self.modifiedNanoseconds, self.changedNanoseconds) =
            (bytes, inode, modifiedNanoseconds, changedNanoseconds)
    }

    var json: JSONValue {
        .object([
            ("bytes", .int(bytes)), ("inode", .int(Int(inode))), ("modified_ns", .int(modifiedNanoseconds)),
            ("changed_ns", .int(changedNanoseconds)),
        ])
    }
}
