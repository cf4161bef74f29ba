import Foundation

/// The small line-oriented markup the brief template renders to, so that the wording lives in
/// the template and the layout in code:
///
///     !title …, !subtitle …, !meta …, !notice …   the cover (before the first heading)
///     [contents], [abbreviations], !cite …,        the page after the cover: the sections with their
///     !disclaimer …                                pages, the abbreviations the brief uses, how to cite
///                                                  it, the UN designations notice
///     # Heading / ## Subheading                    sections, each a PDF bookmark
///     - text                                       a bullet
///     > text                                       a call-out box
///     [box: Box 7. Title] … [/box]                 a numbered box: its title, then its text and
///                                                  figures on a shaded ground, never split
///     [figure: <id>]                               a full-width chart with its caption and source
///     [table: producers] / [table: quality]        tables of exact values
///     [method] / [changes]                         the method note, the changes since last build
///     [pagebreak]
///     other lines                                  paragraphs (consecutive lines join; a blank line ends one)
///
/// Text may use Pango markup: <b>, <i>.
public enum BriefBlock: Equatable, Sendable {
    case coverTitle(String), coverSubtitle(String), coverMeta(String), coverNotice(String)
    case citation(String), disclaimer(String), abbreviations, contents
    case heading(String, level: Int)
    case paragraph(String)
    case bullet(String)
    case callout(String)
    case figure(id: String)
    case table(String)
    case method
    case changes
    case pageBreak
    /// A numbered box's title; the blocks up to `boxEnd` are its content.
    case box(String)
    case boxEnd

    public static func parse(_ text: String) -> [BriefBlock] {
        var blocks: [BriefBlock] = []
        var paragraph: [String] = []
        func flush() {
            if !paragraph.isEmpty { blocks.append(.paragraph(paragraph.joined(separator: " "))) }
            paragraph = []
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = singleSpaced(raw.trimmingCharacters(in: .whitespaces))
            if line.isEmpty {
                flush()
                continue
            }
            if let block = directive(line) {
                flush()
                blocks.append(block)
            } else {
                paragraph.append(line)
            }
        }
        flush()
        return numberedConsecutively(blocks)
    }

    /// Numbered sections ("# 3. Attacks against MINUSMA") numbered 1, 2, 3 … in the order they are
    /// printed: a section the data leaves out leaves no gap in the numbers.
    static func numberedConsecutively(_ blocks: [BriefBlock]) -> [BriefBlock] {
        var number = 0
        return blocks.map { block in
            guard case .heading(let text, level: 1) = block, let dot = text.firstIndex(of: "."),
                !text[..<dot].isEmpty, text[..<dot].allSatisfy(\.isNumber), text[text.index(after: dot)...].hasPrefix(" ")
            else { return block }
            number += 1
            return .heading("\(number)." + text[text.index(after: dot)...], level: 1)
        }
    }

    /// Runs of spaces as one: a sentence the data leaves out (`… parties. {{#trend}}…{{/trend}} Most …`)
    /// leaves the spaces on both sides of it.
    static func singleSpaced(_ line: String) -> String {
        guard line.contains("  ") else { return line }
        var out = ""
        out.reserveCapacity(line.utf8.count)
        var previous: Character?
        for character in line where !(character == " " && previous == " ") {
            out.append(character)
            previous = character
        }
        return out
    }

    private static func directive(_ line: String) -> BriefBlock? {
        func rest(_ prefix: String) -> String? {
            line.hasPrefix(prefix) ? line.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces) : nil
        }
        if let t = rest("!title ") { return .coverTitle(t) }
        if let t = rest("!subtitle ") { return .coverSubtitle(t) }
        if let t = rest("!meta ") { return .coverMeta(t) }
        if let t = rest("!notice ") { return .coverNotice(t) }
        if let t = rest("!cite ") { return .citation(t) }
        if let t = rest("!disclaimer ") { return .disclaimer(t) }
        if line == "[abbreviations]" { return .abbreviations }
        if line == "[contents]" { return .contents }
        if let t = rest("## ") { return .heading(t, level: 2) }
        if let t = rest("# ") { return .heading(t, level: 1) }
        if let t = rest("- ") { return .bullet(t) }
        if let t = rest("> ") { return .callout(t) }
        if line == "[pagebreak]" { return .pageBreak }
        if line == "[/box]" { return .boxEnd }
        if let t = rest("[box:"), t.hasSuffix("]") { return .box(String(t.dropLast()).trimmingCharacters(in: .whitespaces)) }
        if line == "[method]" { return .method }
        if line == "[changes]" { return .changes }
        if line.hasPrefix("["), line.hasSuffix("]") {
            let inner = line.dropFirst().dropLast()
            let parts = inner.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, parts[0] == "figure" { return .figure(id: parts[1]) }
            if parts.count == 2, parts[0] == "table" { return .table(parts[1]) }
        }
        return nil
    }
}

extension BriefBlock {
    /// A short name of the block's kind, for the layout record.
    var kind: String {
        switch self {
        case .heading: "heading"
        case .paragraph: "paragraph"
        case .bullet: "bullet"
        case .callout: "callout"
        case .figure: "figure"
        case .table: "table"
        case .method: "method"
        case .changes: "changes"
        case .pageBreak: "pagebreak"
        case .box, .boxEnd: "box"
        case .coverTitle, .coverSubtitle, .coverMeta, .coverNotice: "cover"
        case .citation, .disclaimer, .abbreviations, .contents: "imprint"
        }
    }

    /// The cover and the page after it (how to cite, the notice, the abbreviations).
    var isCover: Bool {
        switch self {
        case .coverTitle, .coverSubtitle, .coverMeta, .coverNotice, .citation, .disclaimer, .abbreviations, .contents:
            true
        default: false
        }
    }

    var coverText: String {
        switch self {
        case .coverTitle(let t), .coverSubtitle(let t), .coverMeta(let t), .coverNotice(let t), .citation(let t),
            .disclaimer(let t):
            t
        default: ""
        }
    }

    /// The text of a block of running text (a paragraph, a bullet, a call-out), and how to make the
    /// block again with other text; nil for every other block.
    var runningText: (text: String, rewrap: (String) -> BriefBlock)? {
        switch self {
        case .paragraph(let t): (t, BriefBlock.paragraph)
        case .bullet(let t): (t, BriefBlock.bullet)
        case .callout(let t): (t, BriefBlock.callout)
        default: nil
        }
    }

    /// The words a reader sees in the block, for the abbreviations it uses.
    var searchableText: String {
        switch self {
        case .heading(let t, _), .paragraph(let t), .bullet(let t), .callout(let t), .box(let t): t
        default: coverText
        }
    }
}
