import BriefModel
import Foundation
import Localization

/// `brief.pdf`: the template's text with the computed numbers, laid out on A4 pages.
public enum BriefRenderer {
    /// The template shipped with the program for `language` (`brief.mustache` in English,
    /// `brief.<code>.mustache` otherwise); pipeline.yml's `document.template` may name another.
    public static func bundledTemplatePath(language: String) -> String? {
        Bundle.module.path(forResource: language == "en" ? "brief" : "brief.\(language)", ofType: "mustache")
    }

    /// The English template.
    public static var bundledTemplatePath: String { bundledTemplatePath(language: "en")! }

    public static func render(_ inputs: BriefInputs, templatePath: String? = nil) throws -> Data {
        try laidOut(inputs, templatePath: templatePath).data
    }

    /// The brief from its template already rendered (`BriefText.blocks`), which the page shares.
    public static func render(_ inputs: BriefInputs, blocks: [BriefBlock]) throws -> Data {
        try layOut(inputs, blocks).data
    }

    /// The brief's bytes with the layout that made them, whose record of pages the tests read.
    static func laidOut(_ inputs: BriefInputs, templatePath: String? = nil) throws -> (data: Data, layout: BriefLayout) {
        try layOut(inputs, try BriefText.blocks(inputs, templatePath: templatePath))
    }

    /// With a contents page, the blocks are laid out twice: the first layout, which draws nothing,
    /// finds the page each section starts on; the second prints them, drawing the text the first laid
    /// out. The contents lists the same titles both times, so both layouts break the pages alike.
    private static func layOut(_ inputs: BriefInputs, _ blocks: [BriefBlock]) throws -> (data: Data, layout: BriefLayout) {
        var first: BriefLayout?
        if blocks.contains(.contents) {
            first = try BriefLayout(inputs: inputs, countsPagesOnly: true)
            _ = try first?.render(blocks)
        }
        let layout = try BriefLayout(inputs: inputs, after: first)
        return (try layout.render(blocks), layout)
    }
}

public struct BriefTemplateError: Error, CustomStringConvertible {
    public let path: String
    public let message: String
    public var description: String { "\(path): \(message)" }
}
