/// Why a report could not be published: the folder is not writable, is not brief's to replace, or
/// another run holds it.
public enum ReportError: Error, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)
    case locked(path: String, holder: Int32?)
    /// The folder is not brief's to replace (see `ReportDestination`).
    case refused(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason):
            "cannot write the report at \(path): \(reason) (check the folder exists and is writable, or choose another with --out)"
        case .refused(let path, let reason):
            "refusing to write the report into \(path): \(reason). Nothing was read or written."
        case .locked(let path, let holder):
            "another brief run\(holder.map { " (process \($0))" } ?? "") is writing \(path); "
                + "wait for it to finish, or write elsewhere with --out"
        }
    }
}
