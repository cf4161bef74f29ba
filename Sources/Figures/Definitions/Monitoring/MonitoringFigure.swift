import BriefModel

/// A figure of the arms-flow monitoring section: computed from the `ArmsFlow` views, which a build
/// computes once for all of them.
public protocol MonitoringFigure: FigureDefinition {
    func compute(_ flow: ArmsFlow) -> FigureResult
}

extension MonitoringFigure {
    public var inputs: [ExportKind] { [.arms, .ammunition] }

    public func compute(_ data: Dataset, period: Period) -> FigureResult {
        compute(ArmsFlow(data, period: period))
    }

    func noMateriel(_ period: Period) -> FigureResult {
        unavailable(period, Unavailable(reason: "no arms or ammunition export configured"))
    }

    /// Per-kind layers of a chart, in the kinds' fixed colours, leaving out a kind that was not read.
    func kindLayers(_ flow: ArmsFlow, _ values: (MaterielKind) -> [Double?]?) -> [ChartSpec.Layer] {
        [(MaterielKind.arms, "Arms", flow.arms), (.ammunition, "Ammunition", flow.ammunition)].compactMap { kind, label, items in
            guard items != nil, let values = values(kind) else { return nil }
            return ChartSpec.Layer(label: label, colorKey: kind.rawValue, values: values)
        }
    }
}
