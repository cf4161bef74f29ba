import BriefModel

/// The tokens that mean "unknown" in any optional field and in counts.
public enum UnknownToken {
    static let tokens: Set<String> = ["", "unknown", "inconnu", "n/a", "na", "?", "-"]

    /// True for nil, blank and the unknown tokens, in any case.
    public static func matches(_ text: String?) -> Bool {
        guard let text else { return true }
        // The longest token has 7 bytes; longer text (after trimming) cannot be one.
        let trimmed = ASCIIText.trimmed(text)
        guard trimmed.utf8.count <= 7 else { return false }
        return tokens.contains(ASCIIText.lowercased(trimmed))
    }
}
