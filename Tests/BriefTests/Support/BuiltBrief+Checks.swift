import Foundation

extension BuiltBrief {
    /// Every number the brief may print: the series and their sums, every share as a whole and a
    /// one-decimal percentage, the shares each statement derives (a zone's share of a year, the
    /// finds' share over the last four years and the years before), the headline statistics, the
    /// quality counts, the years and decades of the axes, figure and page numbers, and the few
    /// constants of the text (the 7.62–14.5 mm calibres, the 10 % and 5-point trend rule, the
    /// windows-1252 encoding's name), and the reference brief's section numbers (§3.3).
    func computedNumbers() -> Set<String> {
        var allowed: Set<String> = ["7.62", "14.5", "5.56", "10", "5", "1252"]
        func add(_ value: Double) {
            allowed.insert(String(Int(value.rounded())))
        }
        func addShare(_ fraction: Double) {
            add(fraction * 100)
            let tenth = (fraction * 1000).rounded() / 10
            allowed.insert(tenth == tenth.rounded() ? String(Int(tenth)) : String(tenth))
        }
        for page in 1...60 { allowed.insert(String(page)) }
        let figures = (try? self.figures()) ?? [:]
        for figure in figures.values {
            if let reference = figure["reference"] as? String {
                for match in reference.matches(of: /[\d.]+/) { allowed.insert(String(match.output)) }
            }
            let categories = figure["categories"] as? [String] ?? []
            allowed.insert(String(categories.count))
            for category in categories { allowed.insert(category.filter(\.isNumber)) }
            let series = figure["series"] as? [[String: Any]] ?? []
            let totals = series.first { $0["name"] as? String == "total" }?["values"] as? [Any]
            for entry in series {
                let values = (entry["values"] as? [Any] ?? []).map { $0 as? Double }
                let isShare = (entry["name"] as? String ?? "").contains("share")
                for (i, value) in values.enumerated() {
                    guard let value else { continue }
                    if isShare {
                        addShare(value)
                    } else {
                        add(value)
                        allowed.insert(String(values.filter { $0 == value }.count))
                        if let total = totals?[i] as? Double, total > 0 { addShare(value / total) }
                    }
                }
                if !isShare { add(values.reduce(0) { $0 + ($1 ?? 0) }) }
            }
        }
        if let finds = figures["minusma-ied-attacks-vs-finds"]?["series"] as? [[String: Any]], finds.count >= 2 {
            let attacks = finds[0]["values"] as? [Double] ?? [], found = finds[1]["values"] as? [Double] ?? []
            let split = max(0, found.count - 4)
            for range in [0..<split, split..<found.count] where !range.isEmpty && found.count == attacks.count {
                let f = range.reduce(0) { $0 + found[$1] }, a = range.reduce(0) { $0 + attacks[$1] }
                if f + a > 0 { addShare(f / (f + a)) }
            }
        }
        for value in ((try? headline()) ?? [:]).values {
            guard let number = value as? Double else { continue }
            if number < 1, number > 0 { addShare(number) } else { add(number) }
        }
        if let quality = try? json("report/quality/report.json"), let exports = quality["exports"] as? [String: [String: Any]] {
            for export in exports.values {
                for value in export.values {
                    if let n = value as? Int { allowed.insert(String(n)) }
                    if let counts = value as? [String: Int] { for count in counts.values { allowed.insert(String(count)) } }
                }
                // What the data covers: the first and last dates' years and days, as the brief writes them.
                if let coverage = export["coverage"] as? [String: String] {
                    for date in coverage.values {
                        let parts = date.split(separator: "-")
                        if parts.count == 3 {
                            allowed.insert(String(parts[0]))
                            allowed.insert(String(Int(parts[2]) ?? 0))
                        }
                    }
                }
            }
        }
        // The monitoring section names materiel and dates from its data tables: their numbers count.
        for table in ["ammunition-sample-tracker", "arms-tracker", "first-sightings", "post-cutoff-items"] {
            guard let text = runner.read("report/data/\(table).csv") else { continue }
            for match in text.matches(of: /\d+(\.\d+)?/) { allowed.insert(String(match.output.0)) }
        }
        return allowed
    }

    /// A sentence that states a direction, with the two numbers it cites.
    struct DirectionClaim {
        var sentence: String
        var direction: String
        var first: Double
        var last: Double
        var isShare: Bool

        /// Whether the cited numbers show that direction, by the brief's own rule.
        var isConsistent: Bool {
            let change = isShare ? (last - first) / 100 : (first == 0 ? (last > 0 ? 1 : 0) : (last - first) / first)
            let tolerance = isShare ? 0.05 : 0.10
            switch direction {
            case "rose", "growing": return change > tolerance * 0.99
            case "fell", "smaller": return change < -tolerance * 0.99
            default: return abs(change) <= tolerance * 1.01
            }
        }
    }

    func directionClaims() -> [DirectionClaim] {
        func number(_ text: Substring) -> Double { Double(text.replacingOccurrences(of: ",", with: "")) ?? .nan }
        var claims: [DirectionClaim] = []
        for m in body.matches(of: /(rose|fell) from ([\d,]+)( per cent)? in \d{4} to ([\d,]+)/) {
            claims.append(
                .init(
                    sentence: String(m.0), direction: String(m.1), first: number(m.2), last: number(m.4),
                    isShare: m.3 != nil))
        }
        for m in body.matches(of: /(rose|fell) from ([\d,]+) to ([\d,]+) per cent/) {
            claims.append(
                .init(sentence: String(m.0), direction: String(m.1), first: number(m.2), last: number(m.3), isShare: true))
        }
        for m in body.matches(of: /about level, ([\d,]+)( per cent)? in \d{4} and ([\d,]+)/) {
            claims.append(
                .init(
                    sentence: String(m.0), direction: "level", first: number(m.1), last: number(m.3),
                    isShare: m.2 != nil))
        }
        for m in body.matches(of: /toll (rose|fell|stayed about level): ([\d,]+) people were killed in \d{4} and ([\d,]+)/) {
            let direction = m.1 == "stayed about level" ? "level" : String(m.1)
            claims.append(
                .init(sentence: String(m.0), direction: direction, first: number(m.2), last: number(m.3), isShare: false))
        }
        for m in body.matches(
            of: /(growing|smaller|about the same) share[^.]*?made up (\d+) per cent[^.]*?against (\d+) per cent/)
        {
            let direction = m.1 == "about the same" ? "level" : String(m.1)
            claims.append(
                .init(sentence: String(m.0), direction: direction, first: number(m.3), last: number(m.2), isShare: true))
        }
        return claims
    }
}
