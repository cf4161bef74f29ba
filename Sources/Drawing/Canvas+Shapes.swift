import CCairo

/// The shapes maps draw: outlines with holes, circles, pie slices and arrows.
extension Canvas {
    /// Rings as one path, filled by the even-odd rule (a hole in a country stays empty) and, when
    /// `stroke` is given, outlined.
    public func polygon(_ rings: [[(Double, Double)]], fill: Color?, stroke: Color? = nil, lineWidth: Double = 0.6) {
        cairo_new_path(cr)
        for ring in rings where ring.count > 2 {
            cairo_move_to(cr, ring[0].0, ring[0].1)
            for point in ring.dropFirst() { cairo_line_to(cr, point.0, point.1) }
            cairo_close_path(cr)
        }
        cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD)
        if let fill {
            cairo_set_source_rgba(cr, fill.red, fill.green, fill.blue, fill.alpha)
            stroke == nil ? cairo_fill(cr) : cairo_fill_preserve(cr)
        }
        if let stroke {
            cairo_set_source_rgba(cr, stroke.red, stroke.green, stroke.blue, stroke.alpha)
            cairo_set_line_width(cr, lineWidth)
            cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
            cairo_stroke(cr)
        }
        cairo_new_path(cr)
    }

    public func strokeCircle(center: (Double, Double), radius: Double, color: Color, width: Double = 0.8) {
        cairo_new_sub_path(cr)
        cairo_arc(cr, center.0, center.1, radius, 0, 2 * Double.pi)
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
        cairo_set_line_width(cr, width)
        cairo_stroke(cr)
    }

    /// A slice of a pie from `start` to `end` (radians, clockwise from twelve o'clock).
    public func fillSlice(center: (Double, Double), radius: Double, from start: Double, to end: Double, color: Color) {
        cairo_new_path(cr)
        cairo_move_to(cr, center.0, center.1)
        cairo_arc(cr, center.0, center.1, radius, start - Double.pi / 2, end - Double.pi / 2)
        cairo_close_path(cr)
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
        cairo_fill(cr)
    }

    /// A line with an arrowhead at `end`.
    public func arrow(from start: (Double, Double), to end: (Double, Double), color: Color, width: Double = 1.4, head: Double = 6)
    {
        let dx = end.0 - start.0, dy = end.1 - start.1, length = (dx * dx + dy * dy).squareRoot()
        guard length > 0 else { return }
        let (ux, uy) = (dx / length, dy / length)
        let base = (end.0 - ux * head, end.1 - uy * head)
        strokeLine(from: start, to: base, color: color, width: width)
        cairo_new_path(cr)
        cairo_move_to(cr, end.0, end.1)
        cairo_line_to(cr, base.0 - uy * head * 0.45, base.1 + ux * head * 0.45)
        cairo_line_to(cr, base.0 + uy * head * 0.45, base.1 - ux * head * 0.45)
        cairo_close_path(cr)
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
        cairo_fill(cr)
    }
}

extension Canvas {
    /// Draws `body` with everything outside the rectangle cut away.
    public func clipped(x: Double, y: Double, width: Double, height: Double, _ body: () -> Void) {
        cairo_save(cr)
        cairo_rectangle(cr, x, y, width, height)
        cairo_clip(cr)
        body()
        cairo_restore(cr)
    }
}
