import Foundation
import Testing

/// A tagged PDF's logical structure as a reader's assistive technology walks it: read with
/// `qpdf --json`, independently of the code that wrote it.
struct StructureTree {
    struct Element {
        var type: String
        var depth: Int
        var alternative: String?
        /// Whether the element holds marked content of its own (an MCID), not only child elements.
        var hasContent: Bool
        var children: Int
    }

    /// The structure elements in document order (depth first), which is the reading order.
    let elements: [Element]
    /// The catalog's `/Lang`, and whether `/MarkInfo` says the file is tagged.
    let language: String?
    let marked: Bool
    /// The bookmarks in order, with their level (1 for sections).
    let outline: [(title: String, level: Int)]

    init(pdf path: String) throws {
        let run = try ExternalTool.run("qpdf", ["--json=2", "--json-key=qpdf", path])
        try #require(run.status == 0 || run.status == 3, "qpdf --json failed: \(run.output.prefix(200))")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let qpdf = try #require(json["qpdf"] as? [Any])
        let objects = try #require(qpdf[1] as? [String: Any])
        func object(_ reference: Any?) -> [String: Any]? {
            guard let reference = reference as? String else { return nil }
            return (objects["obj:" + reference] as? [String: Any])?["value"] as? [String: Any]
        }
        func text(_ value: Any?) -> String? {
            guard let value = value as? String else { return nil }
            return value.hasPrefix("u:") ? String(value.dropFirst(2)) : value
        }
        let trailer = try #require((objects["trailer"] as? [String: Any])?["value"] as? [String: Any])
        let catalog = try #require(object(trailer["/Root"]))
        language = text(catalog["/Lang"])
        marked = (catalog["/MarkInfo"] as? [String: Any])?["/Marked"] as? Bool ?? false
        var elements: [Element] = []
        func walk(_ reference: Any?, depth: Int) {
            guard let element = object(reference) else { return }
            let kids: [Any] = (element["/K"] as? [Any]) ?? (element["/K"].map { [$0] } ?? [])
            let childReferences = kids.filter { ($0 as? String)?.hasSuffix(" R") == true && object($0)?["/S"] != nil }
            let content = kids.contains {
                $0 is Int || $0 is Double || (($0 as? [String: Any])?["/MCID"] != nil)
                    || (($0 as? String).flatMap { object($0)?["/MCID"] } != nil)
            }
            elements.append(
                Element(
                    type: String((element["/S"] as? String ?? "?").dropFirst()), depth: depth,
                    alternative: text(element["/Alt"]), hasContent: content, children: childReferences.count))
            for child in childReferences { walk(child, depth: depth + 1) }
        }
        let root = try #require(object(catalog["/StructTreeRoot"]))
        let top: [Any] = (root["/K"] as? [Any]) ?? (root["/K"].map { [$0] } ?? [])
        for reference in top { walk(reference, depth: 0) }
        self.elements = elements
        var outline: [(String, Int)] = []
        func items(_ first: Any?, level: Int) {
            var current = object(first)
            while let item = current {
                outline.append((text(item["/Title"]) ?? "", level))
                items(item["/First"], level: level + 1)
                current = object(item["/Next"])
            }
        }
        items(object(catalog["/Outlines"])?["/First"], level: 1)
        self.outline = outline
    }

    func count(_ type: String) -> Int { elements.filter { $0.type == type }.count }
}
