import BriefModel
import Figures
import Localization

/// The monitoring section's tables, as `MonitoringSummaryTable` words them.
extension BriefLayout {
    /// A missing word of the edition's vocabulary stops the build, naming the key, as everywhere else.
    func monitoringTable(_ name: String) throws(LanguageError) -> Table? {
        guard let facts = inputs.monitoring else { return nil }
        // Worded once per layout: the flow measures a table before it draws it.
        if monitoringTables == nil { monitoringTables = try MonitoringSummaryTable.all(facts, language: inputs.language) }
        guard let table = monitoringTables?.first(where: { $0.id == name }) else { return nil }
        return Table(
            caption: BriefContext.escape(table.caption),
            columns: table.columns.map { ($0.title, $0.width, $0.numeric ? .right : .left) },
            rows: table.rows.map { $0.map(BriefContext.escape) })
    }
}
