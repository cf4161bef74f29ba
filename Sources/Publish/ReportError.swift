/// Why a report could not be published: the folder is not writable, or another run holds it.
public enum ReportError: Error, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)
    case locked(path: String, holder: Int32?)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason):
            "cannot write the report at \(path): \(reason) (check the folder exists and is writable, or choose another with --out)"
        case .locked(let path, let holder):
            "another brief run\(holder.map { " (process \($0))" } ?? "") is writing \(path); "
                + "wait for it to finish, or write elsewhere with --out"
        }
    }
}
