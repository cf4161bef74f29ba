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
        MaterielFirstSightingsPerYear(),
        ProductionToRecoveryLag(),
        PostCutoffSharePerYear(),
        HeavyMaterielSpecificity(),
    ]

    public static func definition(id: String) -> (any FigureDefinition)? {
        all.first { $0.id == id }
    }

    public static var ids: [String] { all.map(\.id) }

    /// Every figure computed, each chart's source line naming the inputs it was computed from.
    /// The monitoring figures share one `ArmsFlow`, computed here unless the caller has it already.
    public static func computeAll(_ data: Dataset, period: Period, sources: SourceAttribution, flow: ArmsFlow? = nil)
        -> [FigureResult]
    {
        let flow = flow ?? ArmsFlow(data, period: period)
        return all.map { definition in
            var result = (definition as? any MonitoringFigure)?.compute(flow) ?? definition.compute(data, period: period)
            result.chart.source = sources.line(for: definition.inputs)
            return result
        }
    }
}
