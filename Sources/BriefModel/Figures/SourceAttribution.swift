/// Who recorded the numbers of a run, named as they are: the mission database (its name from
/// `document.source`), ACLED with the attribution its terms ask for, and the United Nations'
/// fatalities dataset. "Synthetic" appears only when the inputs are the bundled demo set.
public struct SourceAttribution: Sendable, Equatable {
    public var missionDatabase: String
    public var incidentsFromACLED: Bool
    public var isSyntheticDemo: Bool

    public init(missionDatabase: String = DocumentInfo.defaultSource, incidentsFromACLED: Bool = false,
        isSyntheticDemo: Bool = false)
    {
        self.missionDatabase = missionDatabase
        self.incidentsFromACLED = incidentsFromACLED
        self.isSyntheticDemo = isSyntheticDemo
    }

    static let acled = "Armed Conflict Location & Event Data (ACLED), acleddata.com"
    static let un = "United Nations, Peace and Security Data Hub, dataset DPPADPOSS-FATALITIES"

    /// Who recorded the incidents, as the brief's sentences name it (`ACLED`, `the mission's … database`).
    public var incidentsRecorder: String { incidentsFromACLED ? "ACLED" : missionDatabase }

    /// The source line printed under a chart computed from `inputs`.
    public func line(for inputs: [ExportKind]) -> String {
        var names: [String] = []
        func add(_ name: String) { if !names.contains(name) { names.append(name) } }
        for input in inputs {
            switch input {
            case .incidents: add(incidentsFromACLED ? Self.acled + " (categories mapped as the method note says)" : missionDatabase)
            case .arms, .ammunition: add(missionDatabase)
            case .unFatalities: add(Self.un)
            }
        }
        let usesMissionData = inputs.contains { $0 == .arms || $0 == .ammunition || ($0 == .incidents && !incidentsFromACLED) }
        let synthetic = isSyntheticDemo && usesMissionData ? " Synthetic demonstration data, not the mission's." : ""
        return "Source: " + names.map(Self.capitalisedFirst).joined(separator: "; ") + "." + synthetic
    }

    public static func capitalisedFirst(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
