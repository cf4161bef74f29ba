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
        compute(data, period: period, sources: sources, flow: flow ?? ArmsFlow(data, period: period))
    }

    /// Every figure and the arms-flow views they share, the views worked out on one core while the
    /// figures that need only the dataset run on another: a build's wall time then barely grows with them.
    public static func computeAll(_ data: Dataset, period: Period, sources: SourceAttribution, producedAfter: Int)
        throws -> (figures: [FigureResult], flow: ArmsFlow)
    {
        let (flow, fromData) = try Parallel.both(
            { ArmsFlow(data, period: period, producedAfter: producedAfter) },
            { all.map { $0 is any MonitoringFigure ? nil : result($0, sources) { $0.compute(data, period: period) } } })
        let figures = zip(all, fromData).map { definition, computed in
            computed ?? compute(data, period: period, sources: sources, flow: flow, [definition])[0]
        }
        return (figures, flow)
    }

    private static func compute(
        _ data: Dataset, period: Period, sources: SourceAttribution, flow: ArmsFlow, _ definitions: [any FigureDefinition] = all
    ) -> [FigureResult] {
        definitions.map { definition in
            result(definition, sources) { ($0 as? any MonitoringFigure)?.compute(flow) ?? $0.compute(data, period: period) }
        }
    }

    private static func result(
        _ definition: any FigureDefinition, _ sources: SourceAttribution, _ compute: (any FigureDefinition) -> FigureResult
    ) -> FigureResult {
        var result = compute(definition)
        result.chart.source = sources.line(for: definition.inputs)
        return result
    }
}
