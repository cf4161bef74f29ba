import BriefModel
import Figures
import Localization

/// The monitoring section's names in the edition's language: materiel, regions, zones, dates and
/// counted nouns, from the vocabulary's `materiel`, `regions`, `names` and `monitoring` keys.
struct MonitoringWords {
    let language: Language

    /// `7.62 × 39 mm Factory 10E, 2015 (Egypt)`, `Type 85 heavy machine gun, 12.7 × 108 mm, China 2019`.
    /// `saysMissingOrigin`: for the tracker's items, whose key holds their country and year.
    func label(_ item: TrackedItem, saysMissingOrigin: Bool = false) throws(LanguageError) -> String {
        let country = try item.country.map { c throws(LanguageError) in try language.text("countries.\(c.name)") }
        switch item.kind {
        case .ammunition:
            return try FigureText(language: language, parameters: [:]).sample(
                MapSpec.SampleName(calibre: item.calibre, producer: item.producer, country: item.country, year: item.year))
        case .arms:
            let kind = try item.category.map { c throws(LanguageError) in try language.text("materiel.\(c.rawValue)") } ?? ""
            let english = item.category?.englishName ?? ""
            // A model that names its kind (`RPG-32 type anti-tank grenade`) is not followed by it again.
            // The edition's word order: `Type 56 assault rifle`, `fusil d’assaut Type 56`.
            let named = try item.model.map { model throws(LanguageError) in
                // `RPG-32 type anti-tank grenade`: a pattern and a kind the exports write in English, the
                // kind in the edition's words where its vocabulary has them (`grenade antichar`).
                if let type = model.range(of: " type "), !english.isEmpty, model.lowercased().hasSuffix(english.lowercased()) {
                    let term = "materiel_terms.\(model[type.upperBound...].lowercased())"
                    if language.vocabulary.has(term) {
                        return try language.text(
                            "monitoring.model_type_with_kind",
                            ["model": String(model[..<type.lowerBound]), "kind": try language.text(term)])
                    }
                }
                if english.isEmpty || model.lowercased().contains(english.split(separator: " ").last.map(String.init) ?? english)
                {
                    return model
                }
                // `S-5 type` (the exports' way of naming a pattern) reads `roquette de type S-5` in French.
                if model.hasSuffix(" type") {
                    return try language.text(
                        "monitoring.model_type_with_kind", ["model": String(model.dropLast(5)), "kind": kind])
                }
                return try language.text("monitoring.model_with_kind", ["model": model, "kind": kind])
            }
            let name = [named ?? kind, item.calibre.map(calibre)].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
            let origin = [country, item.year.map(String.init)].compactMap { $0 }.joined(separator: " ")
            if !origin.isEmpty { return "\(name), \(origin)" }
            // In the tracker an item is told apart by its origin: one whose records name neither country
            // nor year is said to be so, and two rows never read alike. (Arms types have no origin.)
            return saysMissingOrigin ? "\(name), \(try language.text("monitoring.origin_not_recorded"))" : name
        }
    }

    func region(_ region: Region) throws(LanguageError) -> String { try language.text("regions.\(region.name)") }

    func regions(_ regions: [Region]) throws(LanguageError) -> String {
        var names: [String] = []
        for region in regions { names.append(try self.region(region)) }
        guard names.count > 1 else { return names.first ?? "" }
        return try language.text("monitoring.and", ["first": names.dropLast().joined(separator: ", "), "last": names.last!])
    }

    /// A zone as the sentence names it: `the north`, `le nord`.
    func zone(_ zone: Zone) throws(LanguageError) -> String { try language.text("names.list.\(zone.rawValue)") }

    func date(_ date: CivilDate) -> String { language.date(date) }

    /// `one record`, `four records`, `12 records`, `no record`: the vocabulary's `monitoring.<key>`
    /// plural, one to nine in words (these counts are read in running text).
    func counted(_ key: String, _ n: Int) throws(LanguageError) -> String {
        guard n > 0 else { return try language.text("monitoring.\(key).none") }
        let number = (1...9).contains(n) ? try language.text("number_words.n\(n)") : language.numbers.count(n)
        return try language.plural("monitoring.\(key)", n, ["n": number])
    }

    /// A calibre as the edition writes it in text (`Calibre.written`).
    func calibre(_ calibre: Calibre) -> String { calibre.written(language.numbers) }

    /// The plural name of a kind of heavy materiel: `57 mm rockets`, `roquettes de 57 mm`.
    func group(_ group: SpecificityGroup) throws(LanguageError) -> String {
        let name = try language.text("monitoring.kind_names.\(group.category.rawValue)")
        guard let calibre = group.calibre else { return name }
        return try language.text("monitoring.kind_with_calibre", ["calibre": self.calibre(calibre), "name": name])
    }
}
