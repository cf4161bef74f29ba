import BriefModel
import Foundation
import Localization
import Mustache

/// The brief's template rendered with the brief's values, as blocks: what `BriefRenderer` lays out
/// and what the web page's excerpt repeats, from the same template file (the edition language's,
/// unless pipeline.yml names one).
public enum BriefText {
    public static func blocks(_ inputs: BriefInputs, templatePath: String?) throws -> [BriefBlock] {
        let code = inputs.language.code
        guard let path = templatePath ?? BriefRenderer.bundledTemplatePath(language: code) else {
            throw LanguageError.missingTemplate(language: code, expected: "Sources/Publish/Resources/brief.\(code).mustache")
        }
        guard let source = FileManager.default.contents(atPath: path).map({ String(decoding: $0, as: UTF8.self) }) else {
            throw BriefTemplateError(path: path, message: "cannot read the brief template")
        }
        let template: ChunkedTemplate
        do {
            template = try ParsedTemplates.template(source)
        } catch {
            throw BriefTemplateError(path: path, message: "the template is not valid Mustache: \(error)")
        }
        let blocks = BriefBlock.parse(template.render(try BriefContext.make(inputs)))
        return try FirstUse(inputs.language).apply(blocks)
    }
}

/// Mustache templates parsed once per process, by their text: swift-mustache's parser measures the
/// rest of the template at every line, so even in pieces (`ChunkedTemplate`) parsing costs. A build
/// starts parsing its templates before it reads the exports (`prefetch`), and the brief and the page
/// then find them parsed; a caller asking for a template being parsed waits for that parse.
public enum ParsedTemplates {
    private enum Slot { case parsing(DispatchGroup), parsed(ChunkedTemplate) }
    private static let slots = Locked<[String: Slot]>([:])

    static func template(_ source: String) throws -> ChunkedTemplate {
        let (slot, parsing) = slots.withLock { slots -> (Slot, DispatchGroup?) in
            if let slot = slots[source] { return (slot, nil) }
            let group = DispatchGroup()
            group.enter()
            slots[source] = .parsing(group)
            return (.parsing(group), group)
        }
        switch slot {
        case .parsed(let template): return template
        case .parsing(let group):
            guard let parsing else {
                group.wait()
                return try template(source)  // parsed now, or failed and parsed again here to report why
            }
            defer { parsing.leave() }
            do {
                let template = try ChunkedTemplate(string: source)
                slots.withLock { $0[source] = .parsed(template) }
                return template
            } catch {
                slots.withLock { $0[source] = nil }
                throw error
            }
        }
    }

    /// Starts parsing the templates in these files on another thread; unreadable or invalid ones are
    /// left for the stage that uses them to report.
    public static func prefetch(_ paths: [String]) {
        DispatchQueue.global().async {
            for path in paths {
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                _ = try? template(String(decoding: data, as: UTF8.self))
            }
        }
    }
}
