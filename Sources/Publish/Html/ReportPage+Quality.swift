import BriefModel
import Foundation
import Localization

extension ReportPage {
    /// How many rejected rows of each reason the page shows; the rest are in quality/rejects.csv.
    static let rejectsShownPerReason = 5

    /// One export's row account, its rejects by reason with the first rows of each, and its unknown
    /// values; counts in the edition's numbers, each reason by its code and its name in the language.
    func qualityContext(_ q: ExportQuality) throws(LanguageError) -> [String: Any] {
        let count = language.numbers.count
        var e: [String: Any] = [
            "export": q.export.rawValue, "is_\(q.export.rawValue)": true, "file": q.file, "encoding": q.encoding,
            "read": count(q.read), "accepted": count(q.accepted), "collapsed": count(q.collapsed),
            "rejected": count(q.rejected),
        ]
        if q.filtered > 0 { e["filtered"] = count(q.filtered) }
        if q.encoding.lowercased() != "utf-8" { e["not_utf8"] = true }
        var reasons: [[String: Any]] = []
        for code in RejectCode.allCases {
            let faults = q.rejects.filter { $0.code == code }
            let rows = q.rejectedByCode[code] ?? 0
            guard rows > 0 || !faults.isEmpty else { continue }
            var r: [String: Any] = [
                "code": code.rawValue, "reason": try language.text("reject_codes.\(code.rawValue)"),
                "rows": count(rows), "rows_one": language.isSingular(rows),
            ]
            r["examples"] = faults.prefix(Self.rejectsShownPerReason).map { reject -> [String: Any] in
                var x: [String: Any] = [
                    "file": reject.file, "line": String(reject.line), "field": reject.field,
                    "message": reject.message,
                ]
                x["record_id"] = reject.recordID
                return x
            }
            if faults.count > Self.rejectsShownPerReason {
                r["more"] = count(faults.count - Self.rejectsShownPerReason)
                r["more_one"] = language.isSingular(faults.count - Self.rejectsShownPerReason)
            }
            reasons.append(r)
        }
        e["reasons"] = reasons
        e["has_reasons"] = !reasons.isEmpty
        let unknowns = q.unknownValues.keys.sorted().map { ["field": $0, "count": count(q.unknownValues[$0]!)] }
        e["unknowns"] = unknowns
        e["has_unknowns"] = !unknowns.isEmpty
        return e
    }

    /// What the run read and which program wrote the report, as manifest.json records them. The
    /// stage times change on every run, so they are not in the page (which is reproducible byte for
    /// byte); the page's script shows them from manifest.json when it is served over HTTP.
    func buildContext() -> [String: Any] {
        let inputs = inputs.map { input -> [String: Any] in
            [
                "export": input.export, "is_\(input.export)": true, "file": (input.path as NSString).lastPathComponent,
                "sha256": input.sha256, "rows_read": language.numbers.count(input.rowsRead),
                "rows_accepted": language.numbers.count(input.rowsAccepted),
            ]
        }
        return ["program_version": programVersion, "configuration_sha256": configurationSHA256, "inputs": inputs]
    }
}
