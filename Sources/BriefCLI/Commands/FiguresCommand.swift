import ArgumentParser
import BriefModel
import Figures
import Localization

struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures", abstract: "List the figure ids, titles and their place in the brief.")

    @Option(name: .long, help: "The years the titles name, e.g. 2019-2022 (default: the brief's 2014-2022).")
    var period: String?

    @Option(name: .long, help: "The language of the titles: en (default) or fr.")
    var language = "en"

    func run() throws {
        try BriefCommand.guarded {
            let years = try period.map(RunOptions.period) ?? Period(from: 2014, to: 2022)!
            // The titles as every edition words them: from the vocabulary, never from the code.
            let words = try Language.load(language)
            let parameters = [
                "period": years.description, "last_year": String(years.to), "mission": "MINUSMA",
                "produced_after": String(AnalysisSettings().producedAfter),
            ]
            for figure in FigureRegistry.all {
                let number = try FigureText.number(figure.brief, in: words)
                let title = try words.text("figures.\(figure.id).title", parameters)
                print(
                    "\(figure.id.padding(toLength: 32, withPad: " ", startingAt: 0)) \(number.padding(toLength: 10, withPad: " ", startingAt: 0)) \(title)"
                )
            }
        }
    }
}
