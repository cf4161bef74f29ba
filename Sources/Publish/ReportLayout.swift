/// Every path of a report folder, relative to it, as outputs.md lays the folder out: the one place
/// that names them.
public enum ReportLayout {
    public static let manifest = "manifest.json"
    public static let figures = "figures.json"
    public static let brief = "brief.pdf"
    public static let page = "index.html"
    public static let changes = "changes.json"
    public static let rejects = "quality/rejects.csv"
    public static let qualityReport = "quality/report.json"

    /// The data tables that are not a figure's own.
    public static let sampleTracker = "data/ammunition-samples.csv"
    public static let ammunitionTracker = "data/ammunition-sample-tracker.csv"
    public static let armsTracker = "data/arms-tracker.csv"
    public static let firstSightings = "data/first-sightings.csv"
    public static let postCutoffItems = "data/post-cutoff-items.csv"

    /// `data/<figure-id>.csv`.
    public static func dataTable(_ figureID: String) -> String { "data/\(figureID).csv" }

    /// `pdf/<figure-id>.pdf`, `svg/<figure-id>.svg`, `gnuplot/<figure-id>.gp`.
    public static func chart(_ figureID: String, folder: String, fileExtension: String) -> String {
        "\(folder)/\(figureID).\(fileExtension)"
    }
}
