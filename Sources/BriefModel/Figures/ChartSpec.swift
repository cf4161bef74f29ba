/// What a chart shows, independent of the output format: figures describe, renderers draw.
public struct ChartSpec: Hashable, Sendable {
    /// The chart vocabulary the figures choose from.
    public enum Kind: Hashable, Sendable {
        case bars
        case stackedBars
        case groupedBars
        case horizontalBars
        /// Horizontal bars, one bar per layer within each category, for several counts of long-named things.
        case groupedHorizontalBars
        case lineShare
        /// A map (`ChartSpec.map`): outlines, places, proportional circles or flows.
        case map
    }

    /// One drawn series. `colorKey` names a palette entry, so one category has one colour everywhere.
    public struct Layer: Hashable, Sendable {
        public var label: String
        public var colorKey: String
        public var values: [Double?]
        /// The colour key of the layer this one is a part of (civilians among the killed): drawn
        /// inside that layer's bar, not beside it.
        public var nestedIn: String?

        /// `label` is set in the edition's words (`FigureText`), from `colorKey`.
        public init(label: String = "", colorKey: String, values: [Double?], nestedIn: String? = nil) {
            self.label = label
            self.colorKey = colorKey
            self.values = values
            self.nestedIn = nestedIn
        }

        /// True when the layer has nothing to draw: every value zero or unknown.
        public var isEmpty: Bool { values.allSatisfy { ($0 ?? 0) == 0 } }
    }

    public var kind: Kind
    public var title: String
    public var subtitle: String
    public var source: String
    public var categories: [String]
    public var layers: [Layer]
    /// The label of the value axis (`Attacks`, `Share of identified IEDs`).
    public var valueLabel: String
    /// For charts whose bars are categories with colours of their own (attack types in horizontal
    /// bars): one palette key per category, overriding the first layer's colour.
    public var categoryColorKeys: [String]?
    /// How the chart writes its numbers (value labels, ticks, the text alternative), per language.
    public var numbers = NumberFormat.english
    /// What the text alternative says for a value the data does not record.
    public var unknownValue = "no data"
    /// The language its words are in (`en`, `fr`), for the PDF's `/Lang`.
    public var language = "en"
    /// What a map shows; nil for every other kind.
    public var map: MapSpec?
    /// Each layer in a panel of its own, with its own scale: for series of unlike size or unlike
    /// measure, which one axis would flatten or conflate (grouped bars only).
    public var panels = false

    public init(
        kind: Kind, title: String = "", subtitle: String = "", source: String, categories: [String], layers: [Layer],
        valueLabel: String = "", categoryColorKeys: [String]? = nil
    ) {
        self.categoryColorKeys = categoryColorKeys
        self.kind = kind
        self.title = title
        self.subtitle = subtitle
        self.source = source
        self.categories = categories
        self.layers = layers
        self.valueLabel = valueLabel
    }

    /// A plain-text account of the numbers, for screen readers (`<desc>`) and the brief's alt text.
    public var summary: String {
        let parts = layers.enumerated().map { index, layer in
            let values = zip(categories, layer.values).map { category, value in
                "\(category): \(value.map { text($0, share: isShareLayer(index)) } ?? unknownValue)"
            }
            return "\(layer.label) — " + values.joined(separator: ", ")
        }
        return "\(title). " + parts.joined(separator: "; ") + "."
    }

    /// Shares are read out as percentages with one decimal, counts as whole numbers.
    private func text(_ value: Double, share: Bool) -> String {
        share ? numbers.percent(value, decimals: 1) : numbers.plain(value)
    }

    /// The layers that hold shares: every layer of a share line, the second of a bar chart with shares.
    public func isShareLayer(_ index: Int) -> Bool {
        kind == .lineShare || (kind == .horizontalBars && index == 1)
    }
}

extension String {
    /// A fraction with four decimals, as the data tables write shares (`0.4904`).
    public init(format4 value: Double) {
        // Shares are fractions; anything too large for four fixed decimals is written plainly.
        guard value.isFinite, abs(value) < 1e14 else {
            self = String(value)
            return
        }
        let scaled = (value * 10_000).rounded()
        let whole = Int(scaled) / 10_000
        let frac = abs(Int(scaled) % 10_000)
        let sign = scaled < 0 && whole == 0 ? "-" : ""
        let digits = String(frac)
        self = "\(sign)\(whole)." + String(repeating: "0", count: 4 - digits.count) + digits
    }
}
