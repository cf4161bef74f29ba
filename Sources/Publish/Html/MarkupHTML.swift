/// The brief template's text is Pango markup (`<b>`, `<i>`, entities, data already escaped by
/// `BriefContext.escape`). For the page it becomes HTML through a whitelist: the few inline tags
/// Pango and HTML share are kept, `<span …>` keeps its text and loses its attributes, and every
/// other `<` or `&` is escaped, so nothing in a template or in the data can add an element or an
/// attribute to the page.
enum MarkupHTML {
    /// Pango tag → HTML tag.
    private static let tags = [
        "b": "b", "i": "i", "u": "u", "s": "s", "sub": "sub", "sup": "sup", "small": "small", "big": "strong",
        "tt": "code",
    ]
    private static let entities: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

    static func html(_ markup: String) -> String {
        var out = ""
        var rest = Substring(markup)
        while let c = rest.first {
            if c == "<", let end = rest.firstIndex(of: ">"), let html = tag(rest[rest.index(after: rest.startIndex)..<end]) {
                out += html
                rest = rest[rest.index(after: end)...]
            } else if c == "&" {
                let entity = entity(at: rest)
                out += entity ?? "&amp;"
                rest = rest.dropFirst(entity?.count ?? 1)
            } else {
                out += c == "<" ? "&lt;" : c == ">" ? "&gt;" : c == "\"" ? "&quot;" : c == "'" ? "&#39;" : String(c)
                rest = rest.dropFirst()
            }
        }
        return out
    }

    /// The HTML for the inside of `<…>`; nil when it is not a tag of the whitelist.
    private static func tag(_ inside: Substring) -> String? {
        let closing = inside.hasPrefix("/")
        let name = inside.dropFirst(closing ? 1 : 0).prefix { $0.isLetter }
        if name == "span" { return "" }
        guard let html = tags[String(name)], name.count == inside.count - (closing ? 1 : 0) else { return nil }
        return closing ? "</\(html)>" : "<\(html)>"
    }

    /// A named entity of XML's five or a numeric one, exactly as written; nil otherwise.
    private static func entity(at text: Substring) -> String? {
        guard let end = text.prefix(12).firstIndex(of: ";") else { return nil }
        let body = text[text.index(after: text.startIndex)..<end]
        let numeric =
            body.hasPrefix("#x")
            ? body.dropFirst(2).allSatisfy(\.isHexDigit) && body.count > 2
            : body.hasPrefix("#") ? body.dropFirst().allSatisfy(\.isNumber) && body.count > 1 : false
        guard numeric || entities.contains(String(body)) else { return nil }
        return String(text[...end])
    }
}
