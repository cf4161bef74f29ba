import BriefModel
import Drawing
import Foundation

/// Draws a map (`ChartSpec.map`) inside the chart frame: neighbours, Mali, regions, a graticule with
/// degree ticks, seats, proportional circles, numbered flows, labels placed by `LabelPlacer`, a scale
/// bar and the key. One projection for every map: equirectangular, longitudes scaled by the cosine of
/// the frame's middle latitude, north up (`MapSpec.centralLatitude`).
struct MapPainter {
    let chart: ChartSpec
    let frame: ChartFrame

    static let labelFont = Font(size: 8.5)
    static let neighbourFont = Font(size: 9)
    static let keyFont = Font(size: 9)
    static let land = Color(hex: 0xF4F1EA), neighbourLand = Color(hex: 0xE6E6E6), border = Color(hex: 0xA0A0A0)
    static let water = Color(hex: 0xFFFFFF)

    /// Where everything lands on the drawing: what the painter draws and what tests read back.
    struct Layout {
        var mapBox: Box
        var scale: Double
        var project: (GeoPoint) -> (Double, Double)
        var labels: [(text: String, anchor: (Double, Double), placement: LabelPlacer.Placement, font: Font)]
        var marks: [Box]
        var keyTop: Double
        /// Where each circle is drawn, by key: at its seat, or moved just clear of the circles it
        /// would overlap (`spread`), with a thin line back to the seat.
        var circleCenters: [String: (Double, Double)] = [:]
    }

    /// A graticule label in the edition's way (`10°W`, `10° O`).
    static func degrees(_ map: MapSpec, _ value: Double, _ side: String) -> String {
        (map.degrees[side] ?? "{n}°\(side)").replacingOccurrences(of: "{n}", with: String(Int(value)))
    }

    /// The plot height at which a map of plot width `width` fills its box: the map at full width,
    /// the longitudes under it and the key (see `layout`).
    static func fittedPlotHeight(_ map: MapSpec, width: Double, canvas: Canvas) -> Double {
        let cosine = cos(map.centralLatitude * Double.pi / 180)
        let mapHeight = (width - 26) * (map.north - map.south) / ((map.east - map.west) * cosine)
        return mapHeight + 16 + keyHeight(map, width: width, canvas: canvas)
    }

    /// The layout of `map` in the plot rectangle `plot` (x, y, width, height).
    static func layout(_ map: MapSpec, plot: (x: Double, y: Double, w: Double, h: Double), canvas: Canvas) -> Layout {
        let keyHeight = keyHeight(map, width: plot.w, canvas: canvas)
        // Room on the left for the latitudes and under the map for the longitudes.
        let available = Box(x: plot.x + 26, y: plot.y, width: plot.w - 26, height: plot.h - keyHeight - 16)
        let cosine = cos(map.centralLatitude * Double.pi / 180)
        let spanX = (map.east - map.west) * cosine, spanY = map.north - map.south
        let scale = min(available.width / spanX, available.height / spanY)
        let box = Box(
            x: available.x + (available.width - spanX * scale) / 2, y: available.y,
            width: spanX * scale, height: spanY * scale)
        let (west, north) = (map.west, map.north)
        let project: (GeoPoint) -> (Double, Double) = { point in
            (box.x + (point.longitude - west) * cosine * scale, box.y + (north - point.latitude) * scale)
        }
        // Marks no label may cover: seats, circles, flow numbers, the scale bar.
        var marks: [Box] = map.places.map { place in
            let (x, y) = project(place.at)
            return Box(x: x - 3.5, y: y - 3.5, width: 7, height: 7)
        }
        let radii = map.circles.map { max(map.radius(for: $0.total), 3) }
        let centers = spread(map.circles.map { project($0.at) }, radii: radii, within: box)
        for ((x, y), r) in zip(centers, radii) { marks.append(Box(x: x - r, y: y - r, width: 2 * r, height: 2 * r)) }
        let partial = Layout(mapBox: box, scale: scale, project: project, labels: [], marks: [], keyTop: 0)
        for flow in map.flows {
            let (a, b) = ends(flow, offset: offset(of: flow, in: map), partial)
            marks.append(Box(x: (a.0 + b.0) / 2 - 7, y: (a.1 + b.1) / 2 - 7, width: 14, height: 14))
        }
        marks.append(scaleBarBox(box))
        var requests: [LabelPlacer.Request] = [], texts: [(String, (Double, Double), Font)] = []
        for place in map.places {
            let anchor = project(place.at), size = canvas.measure(place.label, font: labelFont)
            requests.append(.init(anchor: anchor, width: size.width + 2, height: size.height, clearance: 3.5))
            texts.append((place.label, anchor, labelFont))
        }
        // A circle's name goes around the circle where it is drawn (moved apart from its neighbours),
        // so that no leader line crosses its own circle to reach the seat.
        for (circle, centre) in zip(map.circles, centers) where !map.places.contains(where: { $0.key == circle.key }) {
            let anchor = centre, size = canvas.measure(circle.label, font: labelFont)
            requests.append(
                .init(
                    anchor: anchor, width: size.width + 2, height: size.height,
                    clearance: max(map.radius(for: circle.total), 3)))
            texts.append((circle.label, anchor, labelFont))
        }
        for area in map.areas {
            guard let label = area.label, let at = area.labelAt else { continue }
            let size = canvas.measure(label, font: neighbourFont)
            // A neighbour's name wholly on its own land, or not at all (a sliver of Senegal has no room).
            let land = area.rings.map { $0.map(project) }
            guard
                let anchor = NeighbourLabel.anchor(
                    in: land, near: project(at), width: size.width + 2, height: size.height, within: box)
            else { continue }
            requests.append(.init(anchor: anchor, width: size.width + 2, height: size.height, clearance: 0))
            texts.append((label, anchor, neighbourFont))
        }
        let placements = LabelPlacer.place(requests, avoiding: marks, within: box)
        let labels = zip(texts, placements).map { (text: $0.0.0, anchor: $0.0.1, placement: $0.1, font: $0.0.2) }
        return Layout(
            mapBox: box, scale: scale, project: project, labels: labels, marks: marks, keyTop: box.y + box.height + 18,
            circleCenters: Dictionary(zip(map.circles.map(\.key), centers)) { first, _ in first })
    }

    /// A ring cut to a rectangle (Sutherland–Hodgman, one edge at a time).
    static func clip(_ ring: [(Double, Double)], to box: Box) -> [(Double, Double)] {
        let edges: [((Double, Double)) -> Bool] = [
            { $0.0 >= box.x }, { $0.0 <= box.x + box.width }, { $0.1 >= box.y }, { $0.1 <= box.y + box.height },
        ]
        let crossings: [((Double, Double), (Double, Double)) -> (Double, Double)] = [
            { a, b in (box.x, a.1 + (b.1 - a.1) * (box.x - a.0) / (b.0 - a.0)) },
            { a, b in (box.x + box.width, a.1 + (b.1 - a.1) * (box.x + box.width - a.0) / (b.0 - a.0)) },
            { a, b in (a.0 + (b.0 - a.0) * (box.y - a.1) / (b.1 - a.1), box.y) },
            { a, b in (a.0 + (b.0 - a.0) * (box.y + box.height - a.1) / (b.1 - a.1), box.y + box.height) },
        ]
        var points = ring
        for (inside, crossing) in zip(edges, crossings) {
            guard let last = points.last else { break }
            var out: [(Double, Double)] = [], previous = last
            for point in points {
                if inside(point) {
                    if !inside(previous) { out.append(crossing(previous, point)) }
                    out.append(point)
                } else if inside(previous) {
                    out.append(crossing(previous, point))
                }
                previous = point
            }
            points = out
        }
        return points
    }

    static func scaleBarBox(_ box: Box) -> Box { Box(x: box.x + 8, y: box.y + box.height - 26, width: 120, height: 20) }

    func draw(on canvas: Canvas) {
        guard let map = chart.map else { return }
        let plot = frame.draw(on: canvas, legend: false)
        let layout = Self.layout(map, plot: plot, canvas: canvas)
        let box = layout.mapBox
        do {
            canvas.fillRect(x: box.x, y: box.y, width: box.width, height: box.height, color: Self.water)
            for area in map.areas {
                // Cut to the frame on the drawing itself, so no shape reaches past the map (a clip
                // would leave the SVG's paths running outside the picture).
                let rings = area.rings.map { Self.clip($0.map(layout.project), to: box) }.filter { $0.count > 2 }
                switch area.style {
                case .neighbour: canvas.polygon(rings, fill: Self.neighbourLand, stroke: Self.border, lineWidth: 0.5)
                case .focus: canvas.polygon(rings, fill: Self.land, stroke: Palette.ink, lineWidth: 1.1)
                case .region(let key):
                    canvas.polygon(rings, fill: Palette.color(for: key).withAlpha(0.45), stroke: .white, lineWidth: 0.6)
                }
            }
            drawGraticule(map, layout, on: canvas)
            for flow in map.flows { drawFlow(flow, offset: Self.offset(of: flow, in: map), layout, on: canvas) }
            // The largest first, so that a smaller circle overlapping it stays in sight.
            for circle in map.circles.sorted(by: { $0.total > $1.total }) { drawCircle(circle, map, layout, on: canvas) }
            for place in map.places {
                let at = layout.project(place.at)
                canvas.fillCircle(center: at, radius: 3.2, color: Palette.color(for: place.colorKey))
                canvas.strokeCircle(center: at, radius: 3.2, color: Palette.ink, width: 0.7)
            }
            for label in layout.labels {
                let box = label.placement.box
                if label.placement.leader {
                    let centre = (box.x + box.width / 2, box.y + box.height / 2)
                    canvas.strokeLine(from: label.anchor, to: centre, color: Palette.secondaryInk, width: 0.5)
                    canvas.fillRect(x: box.x, y: box.y, width: box.width, height: box.height, color: Color.white.withAlpha(0.8))
                }
                let neighbour = label.font == Self.neighbourFont
                // A seat's name on a halo of the land's colour: a border under it never crosses it.
                canvas.text(
                    label.text, x: box.x + 1, y: box.y, font: label.font, color: neighbour ? Palette.secondaryInk : Palette.ink,
                    halo: neighbour ? nil : Self.land)
            }
            drawScaleBar(map, layout, on: canvas)
        }
        canvas.strokeRect(x: box.x, y: box.y, width: box.width, height: box.height, color: Palette.secondaryInk, lineWidth: 0.6)
        drawTicks(map, layout, on: canvas)
        drawKey(map, top: layout.keyTop, left: plot.x, width: plot.w, on: canvas)
    }

    private func drawGraticule(_ map: MapSpec, _ layout: Layout, on canvas: Canvas) {
        for lon in stride(from: (map.west / 5).rounded(.up) * 5, through: map.east, by: 5) {
            let (a, b) = (
                layout.project(GeoPoint(longitude: lon, latitude: map.south)),
                layout.project(GeoPoint(longitude: lon, latitude: map.north))
            )
            canvas.strokeLine(from: a, to: b, color: Palette.gridline, width: 0.4, dash: [2, 2])
        }
        for lat in stride(from: (map.south / 5).rounded(.up) * 5, through: map.north, by: 5) {
            let (a, b) = (
                layout.project(GeoPoint(longitude: map.west, latitude: lat)),
                layout.project(GeoPoint(longitude: map.east, latitude: lat))
            )
            canvas.strokeLine(from: a, to: b, color: Palette.gridline, width: 0.4, dash: [2, 2])
        }
    }

    /// Degree labels outside the frame: longitudes under it, latitudes on its left.
    private func drawTicks(_ map: MapSpec, _ layout: Layout, on canvas: Canvas) {
        let box = layout.mapBox, font = Font(size: 8.5)
        for lon in stride(from: (map.west / 5).rounded(.up) * 5, through: map.east, by: 5) {
            let x = layout.project(GeoPoint(longitude: lon, latitude: map.south)).0
            let text = lon == 0 ? "0°" : Self.degrees(map, abs(lon), lon < 0 ? "W" : "E")
            canvas.strokeLine(
                from: (x, box.y + box.height), to: (x, box.y + box.height + 3), color: Palette.secondaryInk, width: 0.6)
            canvas.text(text, x: x, y: box.y + box.height + 3, font: font, color: Palette.secondaryInk, alignment: .center)
        }
        for lat in stride(from: (map.south / 5).rounded(.up) * 5, through: map.north, by: 5) {
            let y = layout.project(GeoPoint(longitude: map.west, latitude: lat)).1
            canvas.strokeLine(from: (box.x - 3, y), to: (box.x, y), color: Palette.secondaryInk, width: 0.6)
            canvas.text(
                Self.degrees(map, abs(lat), lat < 0 ? "S" : "N"), x: box.x - 4, y: y, font: font, color: Palette.secondaryInk,
                alignment: .right, anchor: .middle)
        }
    }

    private func drawCircle(_ circle: MapSpec.Circle, _ map: MapSpec, _ layout: Layout, on canvas: Canvas) {
        let seat = layout.project(circle.at), radius = map.radius(for: circle.total)
        guard radius > 0 else { return }
        let at = layout.circleCenters[circle.key] ?? seat
        if (at.0 - seat.0) * (at.0 - seat.0) + (at.1 - seat.1) * (at.1 - seat.1) > 1 {
            canvas.strokeLine(from: seat, to: at, color: Palette.secondaryInk, width: 0.6)
        }
        var start = 0.0
        for slice in circle.slices where slice.value > 0 {
            let end = start + 2 * Double.pi * slice.value / circle.total
            canvas.fillSlice(center: at, radius: radius, from: start, to: end, color: Palette.color(for: slice.colorKey))
            start = end
        }
        canvas.strokeCircle(center: at, radius: radius, color: .white, width: 0.8)
    }

    /// How far a flow is drawn beside its path: flows of several samples between the same two places
    /// side by side, 6 points apart, so their numbers never sit on one another.
    static func offset(of flow: MapSpec.Flow, in map: MapSpec) -> Double {
        func pair(_ f: MapSpec.Flow) -> Set<GeoPoint> { [f.from, f.to] }
        let sharing = map.flows.filter { pair($0) == pair(flow) }
        guard sharing.count > 1, let index = sharing.firstIndex(of: flow) else { return 0 }
        return (Double(index) - Double(sharing.count - 1) / 2) * 12
    }

    /// A flow's ends on the drawing, moved `offset` points to the side of its path.
    static func ends(_ flow: MapSpec.Flow, offset: Double, _ layout: Layout) -> ((Double, Double), (Double, Double)) {
        let (a, b) = (layout.project(flow.from), layout.project(flow.to))
        // The side is taken along one direction of the path whichever way a flow runs, so that two
        // flows in opposite directions are drawn apart, not on the same side.
        let forward = (flow.from.longitude, flow.from.latitude) < (flow.to.longitude, flow.to.latitude)
        let (p, q) = forward ? (a, b) : (b, a)
        let dx = q.0 - p.0, dy = q.1 - p.1, length = max((dx * dx + dy * dy).squareRoot(), 1)
        let (nx, ny) = (-dy / length * offset, dx / length * offset)
        return ((a.0 + nx, a.1 + ny), (b.0 + nx, b.1 + ny))
    }

    private func drawFlow(_ flow: MapSpec.Flow, offset: Double, _ layout: Layout, on canvas: Canvas) {
        let (a, b) = Self.ends(flow, offset: offset, layout)
        let color = Palette.color(for: flow.colorKey)
        // Stop short of the seats' dots, so the head shows.
        let dx = b.0 - a.0, dy = b.1 - a.1, length = max((dx * dx + dy * dy).squareRoot(), 1)
        let start = (a.0 + dx / length * 5, a.1 + dy / length * 5), end = (b.0 - dx / length * 5, b.1 - dy / length * 5)
        canvas.arrow(from: start, to: end, color: color)
        let middle = ((a.0 + b.0) / 2, (a.1 + b.1) / 2)
        canvas.fillCircle(center: middle, radius: 6.5, color: .white)
        canvas.strokeCircle(center: middle, radius: 6.5, color: color, width: 1)
        canvas.text(
            String(flow.number), x: middle.0, y: middle.1, font: Font(size: 8.5, bold: true), color: color,
            alignment: .center, anchor: .middle)
    }
}
