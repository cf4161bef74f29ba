/// pipeline.yml once read and resolved: every value present, every path absolute.
public struct PipelineConfiguration: Sendable, Equatable {
    public var period: Period
    public var inputs: [ExportKind: InputSpec]
    public var aliases: AliasTable
    public var maxRejectRate: Double
    public var outputDirectory: String
    public var formats: [ChartFormat]
    /// Writes `index.html`, the report as one web page: the `html` keyword of `output.formats`.
    public var writesPage: Bool
    public var document: DocumentInfo
    public var analysis = AnalysisSettings()
    /// `maps.regions`: a GeoJSON file of the regions' polygons, drawn on the maps instead of seats alone.
    public var mapRegions: String?

    public init(
        period: Period, inputs: [ExportKind: InputSpec], aliases: AliasTable = AliasTable(),
        maxRejectRate: Double = 0.05, outputDirectory: String, formats: [ChartFormat] = [.pdf, .svg],
        writesPage: Bool = true, document: DocumentInfo = DocumentInfo()
    ) {
        self.period = period
        self.inputs = inputs
        self.aliases = aliases
        self.maxRejectRate = maxRejectRate
        self.outputDirectory = outputDirectory
        self.formats = formats
        self.writesPage = writesPage
        self.document = document
    }
}

/// Choices of the arms-flow monitoring views (`analysis:` in pipeline.yml).
public struct AnalysisSettings: Sendable, Equatable {
    /// Materiel produced after this year is "post-cutoff" (Box 9): 2012, the start of the rebellion,
    /// by default; the Côte d'Ivoire embargo cell used 2004.
    public var producedAfter: Int

    public init(producedAfter: Int = 2012) { self.producedAfter = producedAfter }
}

/// Where one export is and how to read it.
public struct InputSpec: Sendable, Equatable {
    public var path: String
    public var format: InputFormat
    /// The CSV delimiter when pipeline.yml sets it; detected from the header line otherwise.
    public var delimiter: Character?
    /// Canonical column name → the export's own header.
    public var columns: [String: String]
    /// For `un-fatalities`: the mission whose fatalities are read.
    public var mission: String
    /// For `acled`: who counts as an extremist attacker, and what to do with unidentified ones.
    public var acled = AcledRules()

    public init(
        path: String, format: InputFormat, delimiter: Character? = nil, columns: [String: String] = [:],
        mission: String = "MINUSMA"
    ) {
        self.path = path
        self.format = format
        self.delimiter = delimiter
        self.columns = columns
        self.mission = mission
    }
}

public enum InputFormat: String, Sendable, CaseIterable {
    case csv, json, jsonl
    /// An ACLED event export (CSV), read as incidents with public-data.md's mapping.
    case acled
    /// The UN peacekeeping fatalities dataset (CSV).
    case unFatalities = "un-fatalities"

    /// How the bytes are laid out, whatever the columns mean.
    public var container: InputFormat {
        switch self {
        case .acled, .unFatalities: .csv
        default: self
        }
    }

    /// The format a file's extension implies; CSV when it implies none.
    public init(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonl
        default: self = .csv
        }
    }
}

/// Chart formats a run writes; the brief, the data tables and the manifest are always written.
public enum ChartFormat: String, Sendable, CaseIterable {
    case pdf, svg, gnuplot
}

extension PipelineConfiguration {
    /// The names `output.formats` and `--format` accept, for messages.
    public static let formatNames = "pdf, svg, gnuplot or html"

    /// Sets the chart formats and the web page from the names `output.formats` or `--format` lists
    /// (`html` is the page, the others are chart formats); returns the first unknown name, if any,
    /// and then changes nothing.
    public mutating func setFormats(_ names: [String]) -> String? {
        var charts: [ChartFormat] = []
        var page = false
        for name in names.map({ $0.filter { !$0.isWhitespace }.lowercased() }) {
            if name == "html" {
                page = true
            } else if let chart = ChartFormat(rawValue: name) {
                charts.append(chart)
            } else {
                return name
            }
        }
        formats = charts
        writesPage = page
        return nil
    }
}

extension DocumentInfo {
    public static let defaultSource = "the mission's incident and arms-monitoring database"
}

/// Metadata printed on the brief and stored in its PDF.
public struct DocumentInfo: Sendable, Equatable {
    public var title: String
    public var subject: String
    public var author: String
    /// The name of the mission database the incident, arms and ammunition exports come from, as
    /// chart source lines and the brief's text name it.
    public var source: String
    /// A brief template of the analysts' own; nil for the one shipped with the program.
    public var templatePath: String?
    /// The edition's language (`en`, `fr`): the vocabulary file and brief template used.
    public var language = "en"

    public init(
        title: String = "Peacekeeping in hostile environments: the impact of illicit arms on MINUSMA",
        subject: String = "Extremist attacks and recovered arms and ammunition in Mali",
        author: String = "Mission analysis centre",
        source: String = DocumentInfo.defaultSource
    ) {
        self.source = source
        self.title = title
        self.subject = subject
        self.author = author
    }
}

/// ACLED's events kept as extremists' attacks (public-data.md, "Only extremists' attacks are
/// attacks"): `inputs.incidents.extremist_actors` and `inputs.incidents.unattributed`.
public struct AcledRules: Sendable, Equatable {
    /// Matched as a whole word or phrase, in any case, anywhere in `actor1` or `assoc_actor_1`.
    public static let defaultExtremistActors = [
        "JNIM", "Islamic State", "AQIM", "Al Qaeda", "Ansar Dine", "MUJAO", "Katiba Macina", "Macina Liberation Front",
        "Al Mourabitoune", "Ansaroul Islam", "Islamist Militia",
    ]

    public var extremistActors: [String]
    /// Events whose attacker ACLED does not know ("Unidentified Armed Group"): left out by default.
    public var countsUnattributed: Bool

    public init(extremistActors: [String] = defaultExtremistActors, countsUnattributed: Bool = false) {
        self.extremistActors = extremistActors
        self.countsUnattributed = countsUnattributed
    }
}
