import CCairo

/// The Pango side of a canvas: every text laid out so far, kept for the next measure or draw of the
/// same text under the same transformation (layouts measure text before they draw it, often more
/// than once, and shaping is the bulk of drawing), and a Pango context per transformation text is
/// laid out under (page text, a chart scaled onto the page, a rotated axis title). Pango places
/// glyphs in device units, so a layout belongs to one transformation; one context switched between
/// them made every kept layout shape its text again after each switch. It draws with its thread's
/// font map (`PinnedFonts`), so a canvas is made, used and released on one thread.
final class TextLayouts {
    struct Key: Hashable {
        let text: String, font: String, wrapWidth: Double?, alignment: TextAlignment, markup: Bool, matrix: Matrix
    }

    /// The linear part of cairo's transformation (Pango ignores the translation).
    struct Matrix: Hashable {
        let xx: Double, yx: Double, xy: Double, yy: Double

        init(xx: Double, yx: Double, xy: Double, yy: Double) {
            (self.xx, self.yx, self.xy, self.yy) = (xx, yx, xy, yy)
        }

        /// The transformation `cr` draws with now, turned by `rotation` radians.
        init(of cr: OpaquePointer, rotatedBy rotation: Double = 0) {
            var m = cairo_matrix_t()
            cairo_get_matrix(cr, &m)
            if rotation != 0 { cairo_matrix_rotate(&m, rotation) }
            self.init(xx: m.xx, yx: m.yx, xy: m.xy, yy: m.yy)
        }
    }

    struct LaidOut {
        let layout: OpaquePointer
        let unknownGlyphs: Int
        let invalidMarkup: Bool
    }

    private let fontMap = PinnedFonts.fontMap()
    private var contexts: [Matrix: OpaquePointer] = [:]
    private var layouts: [Key: LaidOut] = [:]

    deinit {
        for text in layouts.values { g_object_unref(UnsafeMutableRawPointer(text.layout)) }
        for context in contexts.values { g_object_unref(UnsafeMutableRawPointer(context)) }
    }

    /// The text of `key` laid out, on first use with `cr`'s font options.
    func laidOut(_ key: Key, for cr: OpaquePointer) -> LaidOut {
        if let kept = layouts[key] { return kept }
        let made = layOut(key, in: context(key.matrix, for: cr))
        layouts[key] = made
        return made
    }

    private func context(_ matrix: Matrix, for cr: OpaquePointer) -> OpaquePointer {
        if let context = contexts[matrix] { return context }
        let context = pango_font_map_create_context(fontMap)!
        pango_cairo_update_context(cr, context)
        var pangoMatrix = PangoMatrix(xx: matrix.xx, xy: matrix.xy, yx: matrix.yx, yy: matrix.yy, x0: 0, y0: 0)
        pango_context_set_matrix(context, &pangoMatrix)
        contexts[matrix] = context
        return context
    }

    private func layOut(_ key: Key, in context: OpaquePointer) -> LaidOut {
        let layout = pango_layout_new(context)!
        let description = pango_font_description_from_string(key.font)
        defer { pango_font_description_free(description) }
        pango_layout_set_font_description(layout, description)
        if let wrapWidth = key.wrapWidth {
            pango_layout_set_width(layout, Int32(wrapWidth * Double(PANGO_SCALE)))
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD)
        }
        pango_layout_set_alignment(layout, key.alignment.pango)
        var invalidMarkup = false
        if key.markup {
            invalidMarkup = !pango_parse_markup(key.text, -1, 0, nil, nil, nil, nil).isTrue
            pango_layout_set_markup(layout, key.text, -1)
        } else {
            pango_layout_set_text(layout, key.text, -1)
        }
        return LaidOut(
            layout: layout, unknownGlyphs: Int(pango_layout_get_unknown_glyphs_count(layout)), invalidMarkup: invalidMarkup)
    }
}
