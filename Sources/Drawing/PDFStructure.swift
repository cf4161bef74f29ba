import CCairo
import Foundation

/// Tagged PDF: the logical structure a screen reader follows (headings, paragraphs, lists, tables,
/// figures) through cairo's tag API, in the order the content is drawn, which is the reading order.
/// cairo 1.16 writes the structure tree and `/MarkInfo`, but no document language and no text
/// alternative for figures; `finish()` adds both (see `PDFAccessibilityUpdate`).
extension Canvas {
    /// Opens a structure element (`Document`, `H1`, `P`, `L`, `LI`, `Lbl`, `LBody`, `Table`, `TR`,
    /// `TH`, `TD`, `Caption`); what is drawn until `endTag` is its content. PDF only.
    public func beginTag(_ name: String) {
        guard format == .pdf else { return }
        openTags.append(name)
        cairo_tag_begin(cairoContext, name, nil)
    }

    public func endTag(_ name: String) {
        guard format == .pdf else { return }
        precondition(openTags.last == name, "structure tags must nest: closing \(name) inside \(openTags)")
        openTags.removeLast()
        cairo_tag_end(cairoContext, name)
    }

    /// Draws `body` as the content of one structure element.
    @discardableResult
    public func tagged<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        beginTag(name)
        defer { endTag(name) }
        return try body()
    }

    /// A figure whose text alternative (`/Alt`) is `alternative`: what a screen reader reads instead
    /// of the drawing.
    public func figure<T>(alternative: String, _ body: () throws -> T) rethrows -> T {
        if format == .pdf { figureAlternatives.append(alternative) }
        return try tagged("Figure", body)
    }

    /// The structure elements open now, innermost last.
    public var currentTags: [String] { openTags }
}
