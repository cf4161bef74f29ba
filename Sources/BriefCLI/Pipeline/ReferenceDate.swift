import BriefModel
import Foundation

/// The run's reference day: `SOURCE_DATE_EPOCH` when set (reproducible builds), otherwise today (UTC).
/// Dates after it are refused, and it is the date printed on the brief.
enum ReferenceDate {
    static func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) -> CivilDate {
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) ?? Date().timeIntervalSince1970
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: seconds))
        return CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
