/// A table the page shows in its monitoring section: a title, the file it comes from (linked when
/// the folder holds it), a header and rows of text. The page has no monitoring section without one.
public struct PageTable: Sendable {
    public var id: String
    public var title: String
    public var path: String
    public var header: [String]
    public var rows: [[String]]

    public init(id: String, title: String, path: String, header: [String], rows: [[String]]) {
        self.id = id
        self.title = title
        self.path = path
        self.header = header
        self.rows = rows
    }

    func context(files: Set<String>) -> [String: Any] {
        var t: [String: Any] = [
            "id": id, "title": title, "header": header.map { ["name": $0] },
            "rows": rows.map { row in ["cells": row.map { ["text": $0] }] },
        ]
        if files.contains(path) { t["path"] = path }
        return t
    }
}
