import BriefModel
import Foundation

/// The form labels are compared in: no case, no accents, and runs of spaces, hyphens and
/// underscores as one space (`TOMBOUCTOU `, `Tombouctou` and `tombouctou` are one value).
public enum LabelKey {
    public static func fold(_ label: String) -> String {
        // ASCII has no accents and folds to lower case byte by byte: Foundation's folding, and walking
        // the text by `Character`, are needed only beyond it (row parsers fold a label per row).
        label.utf8.allSatisfy { $0 < 0x80 } ? foldASCII(label) : foldUnicode(label)
    }

    static func foldASCII(_ label: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(label.utf8.count)
        var pendingSpace = false
        for byte in label.utf8 {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "\t") {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(UInt8(ascii: " ")) }
            pendingSpace = false
            out.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func foldUnicode(_ label: String) -> String {
        let plain = label.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
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
