import BriefModel
import Foundation
import Mustache

/// `brief.pdf`: the template's text with the computed numbers, laid out on A4 pages.
public enum BriefRenderer {
    /// The template shipped with the program; pipeline.yml's `document.template` may name another.
    public static var bundledTemplatePath: String { Bundle.module.path(forResource: "brief", ofType: "mustache")! }

    public static func render(_ inputs: BriefInputs, templatePath: String? = nil) throws -> Data {
        let path = templatePath ?? bundledTemplatePath
        guard let source = FileManager.default.contents(atPath: path).map({ String(decoding: $0, as: UTF8.self) }) else {
            throw BriefTemplateError(path: path, message: "cannot read the brief template")
        }
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(string: source)
        } catch {
            throw BriefTemplateError(path: path, message: "the template is not valid Mustache: \(error)")
        }
        let text = template.render(BriefContext.make(inputs))
        return try BriefLayout(inputs: inputs).render(BriefBlock.parse(text))
    }
}

public struct BriefTemplateError: Error, CustomStringConvertible {
    public let path: String
    public let message: String
    public var description: String { "\(path): \(message)" }
}
