import BriefModel

extension MapPainter {
    /// Circles moved apart until none overlaps another (with a point between them), each pair pushed
    /// along the line between their centres, the smaller one the farther, and kept inside `box`.
    /// Circles at seats close together (Mopti, Douentza, Bandiagara) would otherwise hide one another;
    /// nothing moves that overlaps nothing. Deterministic: the pairs are visited in a fixed order.
    static func spread(_ centers: [(Double, Double)], radii: [Double], within box: Box) -> [(Double, Double)] {
        var moved = centers
        for _ in 0..<300 {
            var overlapping = false
            for i in moved.indices {
                for j in moved.indices where j > i {
                    let dx = moved[j].0 - moved[i].0, dy = moved[j].1 - moved[i].1
                    let distance = (dx * dx + dy * dy).squareRoot(), needed = radii[i] + radii[j] + 1
                    guard distance < needed else { continue }
                    overlapping = true
                    let (ux, uy) = distance > 0.01 ? (dx / distance, dy / distance) : (1.0, 0.0)
                    let push = needed - distance, share = radii[i] / (radii[i] + radii[j])
                    moved[i].0 -= ux * push * (1 - share)
                    moved[i].1 -= uy * push * (1 - share)
                    moved[j].0 += ux * push * share
                    moved[j].1 += uy * push * share
                }
            }
            for i in moved.indices {
                moved[i].0 = min(max(moved[i].0, box.x + radii[i]), box.x + box.width - radii[i])
                moved[i].1 = min(max(moved[i].1, box.y + radii[i]), box.y + box.height - radii[i])
            }
            if !overlapping { break }
        }
        return moved
    }
}
