import Foundation

/// A rectangle on the drawing, in points.
public struct Box: Hashable, Sendable {
    public var x: Double, y: Double, width: Double, height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        (self.x, self.y, self.width, self.height) = (x, y, width, height)
    }

    public func overlaps(_ other: Box) -> Bool {
        x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height
    }

    public func isInside(_ frame: Box) -> Bool {
        x >= frame.x && y >= frame.y && x + width <= frame.x + frame.width && y + height <= frame.y + frame.height
    }
}

/// Places map labels by one rule: each label, in the order given (most important first), takes the
/// first of its candidate positions that stays inside the frame and overlaps no label placed before
/// it and no mark of the map. The candidates ring the anchor at growing distances in sixteen
/// directions; a label that had to move off its first ring gets a leader line to its anchor.
public enum LabelPlacer {
    public struct Request: Sendable {
        public var anchor: (x: Double, y: Double)
        public var width: Double, height: Double
        /// How far from the anchor a label starts (the mark's radius).
        public var clearance: Double

        public init(anchor: (x: Double, y: Double), width: Double, height: Double, clearance: Double) {
            self.anchor = anchor
            (self.width, self.height, self.clearance) = (width, height, clearance)
        }
    }

    public struct Placement: Sendable {
        public var box: Box
        /// Drawn with a line to its anchor: it sits away from it.
        public var leader: Bool
        /// False when no candidate was free (the label is then drawn where it overlaps least).
        public var fits: Bool
    }

    public static func place(_ requests: [Request], avoiding marks: [Box], within frame: Box) -> [Placement] {
        var taken = marks
        var placements: [Placement] = []
        for request in requests {
            var best: (box: Box, leader: Bool, overlaps: Int)?
            search: for (ring, distance) in [0.0, 8, 16, 26, 38, 52, 70, 90].enumerated() {
                for box in candidates(request, distance: request.clearance + 2 + distance) {
                    guard box.isInside(frame) else { continue }
                    let overlaps = taken.filter { $0.overlaps(box) }.count
                    if overlaps == 0 {
                        best = (box, ring > 0, 0)
                        break search
                    }
                    if best == nil || overlaps < best!.overlaps { best = (box, true, overlaps) }
                }
            }
            let chosen =
                best ?? (Box(x: request.anchor.x, y: request.anchor.y, width: request.width, height: request.height), false, 1)
            taken.append(chosen.box)
            placements.append(Placement(box: chosen.box, leader: chosen.leader, fits: chosen.overlaps == 0))
        }
        return placements
    }

    /// Boxes around the anchor at `distance`: right and left first (names read best beside their
    /// mark), then above and below, then the diagonals and the directions between.
    static func candidates(_ request: Request, distance d: Double) -> [Box] {
        let (x, y, w, h) = (request.anchor.x, request.anchor.y, request.width, request.height)
        var boxes = [
            Box(x: x + d, y: y - h / 2, width: w, height: h), Box(x: x - d - w, y: y - h / 2, width: w, height: h),
            Box(x: x - w / 2, y: y - d - h, width: w, height: h), Box(x: x - w / 2, y: y + d, width: w, height: h),
        ]
        for angle in stride(from: 22.5, to: 360.0, by: 22.5) where Int(angle) % 90 != 0 {
            let radians = angle * Double.pi / 180
            let (cx, cy) = (x + (d + w / 2) * cos(radians), y - (d + h / 2) * sin(radians))
            boxes.append(Box(x: cx - w / 2, y: cy - h / 2, width: w, height: h))
        }
        return boxes
    }
}
