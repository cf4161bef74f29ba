import BriefModel
import Foundation
import Localization
import Mustache

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

    /// The brief's bytes with the layout that made them, whose record of pages the tests read.
    static func laidOut(_ inputs: BriefInputs, templatePath: String? = nil) throws -> (data: Data, layout: BriefLayout) {
        let code = inputs.language.code
        guard let path = templatePath ?? bundledTemplatePath(language: code) else {
            throw LanguageError.missingTemplate(language: code, expected: "Sources/Publish/Resources/brief.\(code).mustache")
        }
        guard let source = FileManager.default.contents(atPath: path).map({ String(decoding: $0, as: UTF8.self) }) else {
            throw BriefTemplateError(path: path, message: "cannot read the brief template")
        }
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(string: source)
        } catch {
            throw BriefTemplateError(path: path, message: "the template is not valid Mustache: \(error)")
        }
        let text = template.render(try BriefContext.make(inputs))
        let layout = try BriefLayout(inputs: inputs)
        return (try layout.render(BriefBlock.parse(text)), layout)
    }
}

public struct BriefTemplateError: Error, CustomStringConvertible {
    public let path: String
    public let message: String
    public var description: String { "\(path): \(message)" }
}
