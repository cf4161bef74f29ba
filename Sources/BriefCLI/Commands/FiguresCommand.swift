import ArgumentParser
import BriefModel
import Figures

struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures", abstract: "List the figure ids, titles and their place in the brief.")

    @Option(name: .long, help: "The years the titles name, e.g. 2019-2022 (default: the brief's 2014-2022).")
    var period: String?

    func run() throws {
        try BriefCommand.guarded {
            let years = try period.map(RunOptions.period) ?? Period(from: 2014, to: 2022)!
            for figure in FigureRegistry.all {
                print(
                    "\(figure.id.padding(toLength: 32, withPad: " ", startingAt: 0)) \(figure.brief.padding(toLength: 10, withPad: " ", startingAt: 0)) \(figure.title(years))"
                )
            }
        }
    }
}
