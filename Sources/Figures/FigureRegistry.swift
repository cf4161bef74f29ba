import BriefModel

/// Every figure the pipeline computes, in the order of the brief.
public enum FigureRegistry {
    public static let all: [any FigureDefinition] = [
        AttacksPerYear(),
        VictimsPerYear(),
        AmmunitionSamplesByDecade(),
        MinusmaAttacksPerYear(),
        MinusmaAttackTypes(),
        MinusmaAttackTypesPerYear(),
        MinusmaFatalitiesByType(),
        MinusmaFatalitiesPerYear(),
        MinusmaIEDAttacksVsFinds(),
        RCIEDSharePerYear(),
        AmmunitionSamplesByCountry(),
        UNFatalitiesPerYear(),
    ]

    public static func definition(id: String) -> (any FigureDefinition)? {
        all.first { $0.id == id }
    }

    public static var ids: [String] { all.map(\.id) }

    /// Every figure computed, each chart's source line naming the inputs it was computed from.
    public static func computeAll(_ data: Dataset, period: Period, sources: SourceAttribution) -> [FigureResult] {
        all.map { definition in
            var result = definition.compute(data, period: period)
            result.chart.source = sources.line(for: definition.inputs)
            return result
        }
    }
}
