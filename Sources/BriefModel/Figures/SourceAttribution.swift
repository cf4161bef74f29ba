/// Who recorded the numbers of a run, named as they are: the mission database (its name from
/// `document.source`), ACLED with the attribution its terms ask for, and the United Nations'
/// fatalities dataset. "Synthetic" appears only when the inputs are the bundled demo set.
public struct SourceAttribution: Sendable, Equatable {
    public var missionDatabase: String
    public var incidentsFromACLED: Bool
    public var isSyntheticDemo: Bool
    /// The words of the source line, in the edition's language.
    public var wording = SourceWording.english

    public init(
        missionDatabase: String = DocumentInfo.defaultSource, incidentsFromACLED: Bool = false,
        isSyntheticDemo: Bool = false
    ) {
        self.missionDatabase = missionDatabase
        self.incidentsFromACLED = incidentsFromACLED
        self.isSyntheticDemo = isSyntheticDemo
    }

    /// Who recorded the incidents, as the brief's sentences name it (`ACLED`, `the mission's … database`).
    public var incidentsRecorder: String { incidentsFromACLED ? wording.acledRecorder : missionDatabase }

    /// The source line printed under a chart computed from `inputs`.
    public func line(for inputs: [ExportKind]) -> String {
        var names: [String] = []
        func add(_ name: String) { if !names.contains(name) { names.append(name) } }
        for input in inputs {
            switch input {
            case .incidents: add(incidentsFromACLED ? wording.acled + wording.acledMapped : missionDatabase)
            case .arms, .ammunition: add(missionDatabase)
            case .unFatalities: add(wording.un)
            }
        }
        let usesMissionData = inputs.contains { $0 == .arms || $0 == .ammunition || ($0 == .incidents && !incidentsFromACLED) }
        let synthetic = isSyntheticDemo && usesMissionData ? wording.synthetic : ""
        return wording.line.replacing(
            "{names}", with: names.map(Self.capitalisedFirst).joined(separator: wording.separator)) + synthetic
    }

    public static func capitalisedFirst(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}

/// The words of a chart's source line in one language.
public struct SourceWording: Sendable, Equatable {
    /// `Source: {names}.`
    public var line: String
    public var separator: String
    public var acled: String
    /// Said after ACLED's name: its categories were mapped.
    public var acledMapped: String
    public var acledRecorder: String
    public var un: String
    /// Appended when the data is the bundled demo set.
    public var synthetic: String

    public init(
        line: String, separator: String, acled: String, acledMapped: String, acledRecorder: String, un: String,
        synthetic: String
    ) {
        self.line = line
        self.separator = separator
        self.acled = acled
        self.acledMapped = acledMapped
        self.acledRecorder = acledRecorder
        self.un = un
        self.synthetic = synthetic
    }

    public static let english = SourceWording(
        line: "Source: {names}.", separator: "; ", acled: "Armed Conflict Location & Event Data (ACLED), acleddata.com",
        acledMapped: " (categories mapped as the method note says)", acledRecorder: "ACLED",
        un: "United Nations, Peace and Security Data Hub, dataset DPPADPOSS-FATALITIES",
        synthetic: " Synthetic demonstration data, not the mission's.")
}
