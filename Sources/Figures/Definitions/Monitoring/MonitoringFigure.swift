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
        unavailable(period, .noMateriel)
    }

    /// Per-kind layers of a chart, in the kinds' fixed colours, leaving out a kind that was not read.
    func kindLayers(_ flow: ArmsFlow, _ values: (MaterielKind) -> [Double?]?) -> [ChartSpec.Layer] {
        [(MaterielKind.arms, flow.arms != nil), (.ammunition, flow.ammunition != nil)].compactMap { kind, read in
            guard read, let values = values(kind) else { return nil }
            return ChartSpec.Layer(colorKey: kind.rawValue, values: values)
        }
    }
}
