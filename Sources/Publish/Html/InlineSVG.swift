import Foundation

/// A chart's SVG file made fit to sit inside the page beside eleven others. Cairo names its glyph
/// outlines `glyph0-1`, `glyph0-2` … in every file, and our renderer names every title
/// `chart-title`; in one document the first element of a name wins, so without this the second
/// chart would be drawn with the first chart's letters. Every id and every reference to one is
/// prefixed with the figure's id, and the XML declaration, which HTML does not allow, is dropped.
enum InlineSVG {
    static func html(_ svg: String, prefix: String) -> String {
        var text = Substring(svg)
        if text.hasPrefix("<?xml"), let end = text.range(of: "?>") { text = text[end.upperBound...] }
        let p = prefix + "--"
        return String(text.drop { $0.isNewline })
            .replacingOccurrences(of: " id=\"", with: " id=\"\(p)")
            .replacingOccurrences(of: "href=\"#", with: "href=\"#\(p)")
            .replacingOccurrences(of: "url(#", with: "url(#\(p)")
            .replacingOccurrences(of: "aria-labelledby=\"chart-title chart-desc\"",
                with: "aria-labelledby=\"\(p)chart-title \(p)chart-desc\"")
            .replacingOccurrences(of: "<svg ", with: "<svg class=\"chart\" focusable=\"false\" ")
    }
}
