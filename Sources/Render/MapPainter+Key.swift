import BriefModel
import Drawing

/// The map's key and scale bar: entries in rows that wrap at the key's width (a flow's entry takes a
/// row of its own), then the reference circles; the bar of 100, 200 or 300 km that fits its box.
extension MapPainter {
    /// The width one entry takes in its row: a swatch or dot and its label, or the whole row for a flow.
    static func keyEntryWidth(_ entry: MapSpec.KeyEntry, width: Double, canvas: Canvas) -> Double {
        entry.symbol == .arrow ? width : 22 + canvas.measure(entry.label, font: keyFont).width + 14
    }

    /// The key's height as `drawKey` draws it: rows of 16 points, a flow's entry as tall as its
    /// wrapped label, then the reference circles.
    static func keyHeight(_ map: MapSpec, width: Double, canvas: Canvas) -> Double {
        var rows = 1.0, x = 0.0, wrapped = 0.0
        for entry in map.key {
            let w = keyEntryWidth(entry, width: width, canvas: canvas)
            if x > 0, x + w > width {
                rows += 1
                x = 0
            }
            if entry.symbol == .arrow {
                wrapped += canvas.measure(entry.label, font: keyFont, wrapWidth: width - 22).height - 16 + 4
            }
            x += w
        }
        let sizes = map.sizeReferences.isEmpty ? 0 : 2 * MapSpec.maximumRadius + (map.key.isEmpty ? 0 : 2)
        return (map.key.isEmpty ? 0 : rows * 16 + wrapped) + sizes + 6
    }

    func drawScaleBar(_ map: MapSpec, _ layout: Layout, on canvas: Canvas) {
        let box = Self.scaleBarBox(layout.mapBox)
        let perKilometre = layout.scale / 111.32
        let kilometres = [100.0, 200, 300].last { $0 * perKilometre <= box.width - 30 } ?? 100
        let length = kilometres * perKilometre, y = box.y + 14
        canvas.fillRect(x: box.x, y: y - 2, width: length / 2, height: 3, color: Palette.ink)
        canvas.fillRect(x: box.x + length / 2, y: y - 2, width: length / 2, height: 3, color: .white)
        canvas.strokeRect(x: box.x, y: y - 2, width: length, height: 3, color: Palette.ink, lineWidth: 0.6)
        let font = Font(size: 8.5)
        canvas.text("0", x: box.x, y: y - 3, font: font, color: Palette.ink, alignment: .center, anchor: .bottom)
        canvas.text(
            "\(Int(kilometres)) \(map.kilometres)", x: box.x + length, y: y - 3, font: font, color: Palette.ink,
            alignment: .center, anchor: .bottom)
    }

    func drawKey(_ map: MapSpec, top: Double, left: Double, width: Double, on canvas: Canvas) {
        var x = left, y = top
        for entry in map.key {
            let size = canvas.measure(entry.label, font: Self.keyFont)
            let w = Self.keyEntryWidth(entry, width: width, canvas: canvas)
            if x > left, x + w > left + width {
                x = left
                y += 16
            }
            let color = Palette.color(for: entry.colorKey), middle = y + size.height / 2
            switch entry.symbol {
            case .swatch: canvas.fillRect(x: x, y: middle - 5, width: 14, height: 10, color: color)
            case .dot:
                canvas.fillCircle(center: (x + 7, middle), radius: 3.2, color: color)
                canvas.strokeCircle(center: (x + 7, middle), radius: 3.2, color: Palette.ink, width: 0.7)
            case .arrow: canvas.arrow(from: (x, middle), to: (x + 16, middle), color: color)
            }
            let drawn = canvas.text(
                entry.label, x: x + 22, y: y, font: Self.keyFont, color: Palette.ink,
                wrapWidth: entry.symbol == .arrow ? width - 22 : nil)
            if entry.symbol == .arrow { y += drawn.height - 16 + 4 }
            x += w
        }
        guard !map.sizeReferences.isEmpty else { return }
        y += map.key.isEmpty ? 0 : 18
        x = left + MapSpec.maximumRadius
        let bottom = y + 2 * MapSpec.maximumRadius
        for value in map.sizeReferences {
            let radius = map.radius(for: value)
            canvas.strokeCircle(center: (x, bottom - radius), radius: radius, color: Palette.secondaryInk, width: 0.7)
            canvas.text(
                chart.numbers.count(Int(value)), x: x + MapSpec.maximumRadius + 3, y: bottom - 2 * radius,
                font: Self.keyFont, color: Palette.ink, anchor: .middle)
            x += 2 * MapSpec.maximumRadius + 36
        }
    }
}
