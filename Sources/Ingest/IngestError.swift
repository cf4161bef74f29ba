import BriefModel

/// A problem that stops a whole export from being read (as opposed to one bad row).
public enum IngestError: Error, CustomStringConvertible, Equatable {
    case fileNotFound(file: String)
    case unreadable(file: String, line: Int, reason: String)
    case missingColumns(file: String, columns: [String], found: [String])

    public var description: String {
        switch self {
        case .fileNotFound(let file):
            "\(file): the file does not exist (check `inputs` in pipeline.yml)"
        case .unreadable(let file, let line, let reason):
            "\(file):\(line): cannot read the file: \(reason)"
        case .missingColumns(let file, let columns, let found):
            "\(file): required column\(columns.count == 1 ? "" : "s") \(columns.map { "\"\($0)\"" }.joined(separator: ", ")) "
                + "missing; the headers found are: \(TextSnippet.cut(found.map { "\"\($0)\"" }.joined(separator: ", "))) "
                + (found.count == 1
                    ? "(one column found: if the file is separated by another character than , or ;, set `delimiter:` for it in pipeline.yml)"
                    : "(map the export's own header with `inputs.<export>.columns` in pipeline.yml)")
        }
    }
}
