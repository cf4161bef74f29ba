import CCairo
import Foundation

/// A vector drawing surface (PDF or SVG) in points, with text laid out by Pango.
/// The only type outside this module that deals with drawing; no C pointer leaves it.
/// Not Sendable: create, draw and finish a canvas inside one job.
public final class Canvas {
    /// `layoutOnly` lays text out and measures it as a PDF page does but keeps no drawing (everything
    /// is clipped away): for a first layout that only counts pages, whose text a PDF canvas then
    /// takes over (`sharingTextWith`) instead of laying it out again.
    public enum Format: Sendable { case pdf, svg, layoutOnly }

    public let width: Double
    public let height: Double
    public let format: Format
    /// Glyphs Pango could not find in the pinned font, over every text drawn or measured.
    public private(set) var missingGlyphs = 0
    /// The texts that had missing glyphs, to say which label is at fault.
    public private(set) var textsWithMissingGlyphs: [String] = []

    /// Every text drawn, with the size it prints at (after any scaling), so tests can check the
    /// rules a reader sees: which labels a chart carries, and that no text is smaller than 8 pt.
    public private(set) var drawnTexts: [DrawnText] = []
    private var scale = 1.0

    public struct DrawnText: Sendable, Equatable {
        public let text: String
        public let printedSize: Double
        /// Radians; 0 for text read across.
        public var rotation = 0.0
    }

    /// The structure elements open now (tagged PDF), innermost last.
    var openTags: [String] = []
    /// The text alternatives of the figures drawn, in order, written as `/Alt` when finished.
    var figureAlternatives: [String] = []
    /// The document's language (`en`, `fr`), written as the catalog's `/Lang` when set.
    public var language: String?

    private let sink: ByteSink
    private let surface: OpaquePointer
    let cr: OpaquePointer
    private let layouts: TextLayouts
    private var finished = false

    public init(format: Format, width: Double, height: Double, sharingTextWith other: Canvas? = nil) {
        self.format = format
        layouts = other?.layouts ?? TextLayouts()
        self.width = width
        self.height = height
        sink = ByteSink()
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        switch format {
        case .pdf: surface = cairo_pdf_surface_create_for_stream(ByteSink.write, closure, width, height)
        case .svg:
            surface = cairo_svg_surface_create_for_stream(ByteSink.write, closure, width, height)
            cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PT)
        case .layoutOnly:
            // A PDF surface, so text is laid out with a PDF page's font options.
            surface = cairo_pdf_surface_create_for_stream(ByteSink.write, closure, width, height)
        }
        cr = cairo_create(surface)
        if format == .layoutOnly {
            cairo_rectangle(cr, 0, 0, 0, 0)
            cairo_clip(cr)
        }
    }

    /// Gets the fonts ready for drawing on every core, in the background (see `PinnedFonts.warmUp`).
    public static func prepareFonts() {
        PinnedFonts.warmUp(threads: ProcessInfo.processInfo.activeProcessorCount)
    }

    deinit {
        if !finished { cairo_surface_finish(surface) }
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
    }

    // MARK: Shapes

    public func fillRect(x: Double, y: Double, width: Double, height: Double, color: Color) {
        setColor(color)
        cairo_rectangle(cr, x, y, width, height)
        cairo_fill(cr)
    }

    public func strokeLine(
        from start: (Double, Double), to end: (Double, Double), color: Color, width: Double = 1,
        dash: [Double] = []
    ) {
        setColor(color)
        cairo_set_line_width(cr, width)
        cairo_set_dash(cr, dash, Int32(dash.count), 0)
        cairo_move_to(cr, start.0, start.1)
        cairo_line_to(cr, end.0, end.1)
        cairo_stroke(cr)
        cairo_set_dash(cr, nil, 0, 0)
    }

    /// A polyline through the points.
    public func strokePath(_ points: [(Double, Double)], color: Color, width: Double) {
        guard let first = points.first else { return }
        setColor(color)
        cairo_set_line_width(cr, width)
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        cairo_move_to(cr, first.0, first.1)
        for point in points.dropFirst() { cairo_line_to(cr, point.0, point.1) }
        cairo_stroke(cr)
    }

    public func fillCircle(center: (Double, Double), radius: Double, color: Color) {
        setColor(color)
        cairo_new_sub_path(cr)
        cairo_arc(cr, center.0, center.1, radius, 0, 2 * Double.pi)
        cairo_fill(cr)
    }

    private func setColor(_ color: Color) {
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
    }

    // MARK: Text

    /// Measures text as it would be drawn, optionally wrapped to `wrapWidth`.
    public func measure(_ text: String, font: Font, wrapWidth: Double? = nil, markup: Bool = false) -> TextSize {
        withLayout(text, font: font, wrapWidth: wrapWidth, alignment: .left, markup: markup) { layout in
            var w: Int32 = 0, h: Int32 = 0
            pango_layout_get_size(layout, &w, &h)
            return TextSize(width: Double(w) / Double(PANGO_SCALE), height: Double(h) / Double(PANGO_SCALE))
        }
    }

    /// Draws text with its box aligned to `(x, y)`; returns the size drawn.
    @discardableResult
    public func text(
        _ text: String, x: Double, y: Double, font: Font, color: Color = .black, alignment: TextAlignment = .left,
        anchor: VerticalAnchor = .top, wrapWidth: Double? = nil, rotation: Double = 0, markup: Bool = false,
        halo: Color? = nil
    ) -> TextSize {
        // Laid out under the transformation it is drawn with, rotation included.
        let drawn = TextLayouts.Matrix(of: cr, rotatedBy: rotation)
        return withLayout(text, font: font, wrapWidth: wrapWidth, alignment: alignment, markup: markup, matrix: drawn) { layout in
            var w: Int32 = 0, h: Int32 = 0
            pango_layout_get_size(layout, &w, &h)
            let size = TextSize(width: Double(w) / Double(PANGO_SCALE), height: Double(h) / Double(PANGO_SCALE))
            let boxWidth = wrapWidth ?? size.width
            let dx: Double =
                switch alignment {
                case .left: 0
                case .center: -boxWidth / 2
                case .right: -boxWidth
                }
            let dy: Double =
                switch anchor {
                case .top: 0
                case .middle: -size.height / 2
                case .bottom: -size.height
                }
            drawnTexts.append(DrawnText(text: text, printedSize: font.size * scale, rotation: rotation))
            cairo_save(cr)
            cairo_translate(cr, x, y)
            cairo_rotate(cr, rotation)
            cairo_move_to(cr, dx, dy)
            // A halo: the letters' outline stroked wide in the ground's colour first, so that a line
            // running under the text (a map's border) never runs through it.
            if let halo {
                pango_cairo_layout_path(cr, layout)
                setColor(halo)
                cairo_set_line_width(cr, 2.4)
                cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
                cairo_stroke(cr)
                cairo_move_to(cr, dx, dy)
            }
            setColor(color)
            pango_cairo_show_layout(cr, layout)
            cairo_restore(cr)
            return size
        }
    }

    private func withLayout<T>(
        _ text: String, font: Font, wrapWidth: Double?, alignment: TextAlignment, markup: Bool = false,
        matrix: TextLayouts.Matrix? = nil, _ body: (OpaquePointer) -> T
    ) -> T {
        let key = TextLayouts.Key(
            text: text, font: font.pangoDescription, wrapWidth: wrapWidth, alignment: alignment,
            markup: markup, matrix: matrix ?? TextLayouts.Matrix(of: cr))
        let laidOut = layouts.laidOut(key, for: cr)
        // Counted at every use, as when each use laid the text out anew.
        if laidOut.invalidMarkup {
            // Pango draws nothing for text that is not valid markup (a bare "&"), without a word: count it
            // with the missing glyphs so the render fails loudly instead of dropping a paragraph.
            missingGlyphs += 1
            textsWithMissingGlyphs.append("invalid markup: " + text)
        }
        if laidOut.unknownGlyphs > 0 {
            missingGlyphs += laidOut.unknownGlyphs
            textsWithMissingGlyphs.append(text)
        }
        return body(laidOut.layout)
    }

    /// Draws with the origin moved to `(x, y)` and everything scaled: a chart placed on a page.
    public func withTransform(x: Double, y: Double, scale: Double, _ body: () -> Void) {
        cairo_save(cr)
        cairo_translate(cr, x, y)
        cairo_scale(cr, scale, scale)
        let outer = self.scale
        self.scale *= scale
        body()
        self.scale = outer
        cairo_restore(cr)
    }

    public func strokeRect(x: Double, y: Double, width: Double, height: Double, color: Color, lineWidth: Double = 1) {
        setColor(color)
        cairo_set_line_width(cr, lineWidth)
        cairo_rectangle(cr, x, y, width, height)
        cairo_stroke(cr)
    }

    // MARK: Pages and output

    /// Ends the current page and starts another (PDF briefs).
    public func newPage() { cairo_show_page(cr) }

    /// Closes the surface and returns the file's bytes.
    public func finish() -> Data {
        if !finished {
            precondition(openTags.isEmpty, "structure tags left open: \(openTags)")
            cairo_surface_finish(surface)
            finished = true
            if format == .pdf, language != nil || !figureAlternatives.isEmpty {
                sink.data = PDFAccessibilityUpdate.apply(sink.data, language: language, figureAlternatives: figureAlternatives)
            }
        }
        return sink.data
    }

    /// The raw cairo objects, for the PDF-specific calls in this module.
    var cairoSurface: OpaquePointer { surface }
    var cairoContext: OpaquePointer { cr }
}

extension TextAlignment {
    var pango: PangoAlignment {
        switch self {
        case .left: PANGO_ALIGN_LEFT
        case .center: PANGO_ALIGN_CENTER
        case .right: PANGO_ALIGN_RIGHT
        }
    }
}

/// Collects what cairo writes, so callers get bytes and decide where they go.
final class ByteSink {
    var data = Data()

    static let write: cairo_write_func_t = { closure, bytes, length in
        guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        sink.data.append(bytes, count: Int(length))
        return CAIRO_STATUS_SUCCESS
    }
}

extension gboolean {
    var isTrue: Bool { self != 0 }
}
