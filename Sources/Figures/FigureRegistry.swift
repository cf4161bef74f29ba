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
        MaliMap(),
        AttacksByGroupMap(),
        AmmunitionDiversionMap(),
    ]

    public static func definition(id: String) -> (any FigureDefinition)? {
        all.first { $0.id == id }
    }

    public static var ids: [String] { all.map(\.id) }

    /// Every figure computed, each chart's source line naming the inputs it was computed from, each
    /// passed through the `CoverageRule`.
    /// The monitoring figures share one `ArmsFlow`, computed here unless the caller has it already.
    public static func computeAll(
        _ data: Dataset, period: Period, sources: SourceAttribution, flow: ArmsFlow? = nil
    )
        -> [FigureResult]
    {
        completed(
            computeFromData(data, period: period, sources: sources), flow: flow ?? ArmsFlow(data, period: period),
            sources: sources, coverage: CoverageRule(data, period: period))
    }

    /// The figures computed from the dataset alone, in the registry's order, with nil in the places of
    /// the monitoring figures: a build computes them while another core works out the `ArmsFlow`.
    public static func computeFromData(_ data: Dataset, period: Period, sources: SourceAttribution) -> [FigureResult?] {
        let rule = CoverageRule(data, period: period)
        return all.map { $0 is any MonitoringFigure ? nil : result($0, sources, rule) { $0.compute(data, period: period) } }
    }

    /// `fromData` with the monitoring figures computed from `flow` in their places.
    public static func completed(
        _ fromData: [FigureResult?], flow: ArmsFlow, sources: SourceAttribution, coverage: CoverageRule
    )
        -> [FigureResult]
    {
        zip(all, fromData).map { definition, computed in
            if let computed { return computed }
            guard let monitoring = definition as? any MonitoringFigure else {
                preconditionFailure("\(definition.id): left out of `fromData` but not a monitoring figure")
            }
            return result(monitoring, sources, coverage) { _ in monitoring.compute(flow) }
        }
    }

    private static func result(
        _ definition: any FigureDefinition, _ sources: SourceAttribution, _ coverage: CoverageRule,
        _ compute: (any FigureDefinition) -> FigureResult
    ) -> FigureResult {
        var result = coverage.apply(compute(definition), inputs: definition.inputs)
        // A map drawn from no export (Map 1) names its outlines' sources only (added with its words).
        result.chart.source = definition.inputs.isEmpty ? "" : sources.line(for: definition.inputs)
        return result
    }
}
