/// Where a neighbouring country's name goes on a map: a box wholly on that country's land, as near
/// as can be to the point its outline suggests; none when its land in the frame is too small for
/// the name (no name printed across a border onto Mali).
enum NeighbourLabel {
    /// The anchor to give `LabelPlacer` (just left of the box, at its middle height: the placer's
    /// first candidate box is then this one), or nil.
    static func anchor(
        in land: [[(Double, Double)]], near preferred: (Double, Double), width: Double, height: Double, within frame: Box
    ) -> (Double, Double)? {
        let xs = land.flatMap { $0.map(\.0) }, ys = land.flatMap { $0.map(\.1) }
        guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else { return nil }
        let left = max(minX, frame.x + 2), right = min(maxX, frame.x + frame.width - 2) - width
        let top = max(minY, frame.y + 2), bottom = min(maxY, frame.y + frame.height - 2) - height
        guard left <= right, top <= bottom else { return nil }
        var candidates: [(x: Double, y: Double)] = []
        for x in stride(from: left, through: right, by: 6) {
            for y in stride(from: top, through: bottom, by: 6) { candidates.append((x, y)) }
        }
        // The nearest first: the box's centre to the preferred point.
        let target = (preferred.0 - width / 2, preferred.1 - height / 2)
        candidates.sort { a, b in
            let da = (a.x - target.0) * (a.x - target.0) + (a.y - target.1) * (a.y - target.1)
            let db = (b.x - target.0) * (b.x - target.0) + (b.y - target.1) * (b.y - target.1)
            return da != db ? da < db : (a.x, a.y) < (b.x, b.y)
        }
        for c in candidates {
            let points = [
                (c.x, c.y), (c.x + width, c.y), (c.x, c.y + height), (c.x + width, c.y + height),
                (c.x + width / 2, c.y), (c.x + width / 2, c.y + height), (c.x + width / 2, c.y + height / 2),
            ]
            if points.allSatisfy({ inside(land, $0) }) { return (c.x - 2, c.y + height / 2) }
        }
        return nil
    }

    /// Even-odd rule over every ring: a hole or an island counts as it should.
    static func inside(_ rings: [[(Double, Double)]], _ point: (Double, Double)) -> Bool {
        var inside = false
        for ring in rings where ring.count > 2 {
            var j = ring.count - 1
            for i in ring.indices {
                let (xi, yi) = ring[i], (xj, yj) = ring[j]
                if (yi > point.1) != (yj > point.1), point.0 < (xj - xi) * (point.1 - yi) / (yj - yi) + xi { inside.toggle() }
                j = i
            }
        }
        return inside
    }
}
