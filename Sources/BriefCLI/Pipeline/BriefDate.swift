import BriefModel
import Foundation
import Localization

/// The date printed on the brief. outputs.md keeps the build time out of the brief so that rebuilds
/// are byte-identical: with SOURCE_DATE_EPOCH set it is that day ("Published …"); without it, the day
/// of the latest record in the data ("Data as of …"), which changes only when the data does; with no
/// dated record at all, no date.
struct BriefDate {
    let line: String
    let pdfDate: String

    init(
        dataset: Dataset, language: Language = .english,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(LanguageError) {
        if environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) != nil {
            let day = ReferenceDate.resolve(environment: environment)
            line = try language.text("brief.date.published", ["date": language.date(day)])
            pdfDate = "\(day)T00:00:00Z"
            return
        }
        let dates =
            [dataset.incidentColumns?.day.max(), dataset.ammunitionColumns?.day.max()].compactMap { $0 }
            .map(DayKey.date) + (dataset.arms ?? []).map(\.recoveredDate) + (dataset.unFatalities ?? []).map(\.date)
        guard let latest = dates.max() else {
            // Nothing to date the brief by: say so, and leave the PDF undated rather than invent a day
            // (cairo writes no creation date for an empty one, so the file stays reproducible).
            line = try language.text("brief.date.none")
            pdfDate = ""
            return
        }
        line = try language.text("brief.date.data_as_of", ["date": language.date(latest)])
        pdfDate = "\(latest)T00:00:00Z"
    }
}
