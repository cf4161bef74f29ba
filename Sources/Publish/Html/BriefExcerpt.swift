import Foundation
import Localization

/// The parts of the brief the page shows as the brief says them: the cover (title, subtitle with the
/// period, author, date, the synthetic-data notice) and the front sections, summary and key findings. They
/// come from the brief's own template rendered with the brief's own values, so the page prints the
/// same computed statements in the same words and never a second set of sentences.
struct BriefExcerpt {
    /// One paragraph or one bullet list of the key findings, as HTML made safe by `MarkupHTML`.
    struct Block {
        var paragraph: String?
        var bullets: [String]?
        var callout: String?
    }

    var title: String?
    var subtitle: String?
    var meta: [String] = []
    var notices: [String] = []
    var findingsHeading: String?
    var findings: [Block] = []

    init(_ inputs: BriefInputs, templatePath: String?) throws {
        self.init(blocks: try BriefText.blocks(inputs, templatePath: templatePath))
    }

    /// Cover lines before the first heading; then the front sections (the summary and the key
    /// findings) up to the template's first page break, or, in a template without one, the first
    /// section alone. Headings after the first are kept as bold paragraphs.
    init(blocks: [BriefBlock]) {
        var inFindings = false
        let frontSectionsEnd = blocks.firstIndex(of: .pageBreak)
        for (index, block) in blocks.enumerated() {
            if let end = frontSectionsEnd, index >= end { return }
            switch block {
            case .coverTitle(let t): title = MarkupHTML.html(t)
            case .coverSubtitle(let t): subtitle = MarkupHTML.html(t)
            case .coverMeta(let t): meta.append(MarkupHTML.html(t))
            case .coverNotice(let t): notices.append(MarkupHTML.html(t))
            case .heading(let t, let level):
                if findingsHeading == nil, level == 1 {
                    findingsHeading = MarkupHTML.html(t)
                    inFindings = true
                } else if level == 1, frontSectionsEnd == nil {
                    return
                } else if inFindings {
                    findings.append(Block(paragraph: "<b>" + MarkupHTML.html(t) + "</b>"))
                }
            case .paragraph(let t) where inFindings: findings.append(Block(paragraph: MarkupHTML.html(t)))
            case .callout(let t) where inFindings: findings.append(Block(callout: MarkupHTML.html(t)))
            case .bullet(let t) where inFindings:
                if findings.last?.bullets != nil {
                    findings[findings.count - 1].bullets?.append(MarkupHTML.html(t))
                } else {
                    findings.append(Block(bullets: [MarkupHTML.html(t)]))
                }
            default: continue
            }
        }
    }
}
