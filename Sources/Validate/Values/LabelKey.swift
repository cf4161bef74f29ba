import BriefModel
import Foundation

/// The form labels are compared in: no case, no accents, and runs of spaces, hyphens and
/// underscores as one space (`TOMBOUCTOU `, `Tombouctou` and `tombouctou` are one value).
public enum LabelKey {
    public static func fold(_ label: String) -> String {
        // ASCII has no accents and folds to lower case: Foundation's folding is needed only beyond it.
        let plain = label.utf8.allSatisfy { $0 < 0x80 } ? ASCIIText.lowercased(label)
            : label.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var out = ""
        out.reserveCapacity(plain.utf8.count)
        var pendingSpace = false
        for character in plain {
            if character == " " || character == "-" || character == "_" || character == "\t" || character == "\u{00A0}" {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(character == "’" ? "'" : character)
        }
        return out
    }
}
