/// A text style: the project's one family (DejaVu Sans) at a size, regular or bold.
public struct Font: Hashable, Sendable {
    public var size: Double
    public var bold: Bool

    public init(size: Double, bold: Bool = false) {
        self.size = size
        self.bold = bold
    }

    /// The Pango font description string.
    var pangoDescription: String { "DejaVu Sans \(bold ? "Bold " : "")\(size)px" }
}

public enum TextAlignment: Sendable {
    case left, center, right
}

/// Which point of the text box a position names vertically.
public enum VerticalAnchor: Sendable {
    case top, middle, bottom
}

public struct TextSize: Sendable, Equatable {
    public var width: Double
    public var height: Double
}
