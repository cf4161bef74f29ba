/// A table the page shows in its monitoring section: a title, the files it comes from (linked when
/// the folder holds them), a header and rows of text. The page has no monitoring section without one.
public struct PageTable: Sendable {
    public var id: String
    public var title: String
    public var paths: [String]
    public var header: [String]
    public var rows: [[String]]
    /// Per cell, what the page's script sorts by instead of the text (nil: the text).
    public var sortKeys: [[String?]]

    public init(id: String, title: String, paths: [String], header: [String], rows: [[String]], sortKeys: [[String?]] = []) {
        self.id = id
        self.title = title
        self.paths = paths
        self.header = header
        self.rows = rows
        self.sortKeys = sortKeys
    }

    func context(files: Set<String>) -> [String: Any] {
        var t: [String: Any] = [
            "id": id, "title": title, "header": header.map { ["name": $0] },
            "rows": rows.indices.map { r in
                [
                    "cells": zip(rows[r], header).enumerated().map { c, cell -> [String: Any] in
                        var out: [String: Any] = ["text": cell.0, "label": cell.1]
                        if r < sortKeys.count, c < sortKeys[r].count, let key = sortKeys[r][c] { out["sort"] = key }
                        return out
                    }
                ]
            },
        ]
        let linked = paths.filter(files.contains)
        if !linked.isEmpty {
            t["files"] = [
                "several": linked.count > 1, "links": linked.enumerated().map { ["path": $1, "last": $0 == linked.count - 1] },
            ]
        }
        return t
    }
}
