/// The tokens that mean "unknown" in any optional field and in counts.
public enum UnknownToken {
    static let tokens: Set<String> = ["", "unknown", "inconnu", "n/a", "na", "?", "-"]

    /// True for nil, blank and the unknown tokens, in any case.
    public static func matches(_ text: String?) -> Bool {
        guard let text else { return true }
        return tokens.contains(text.trimmingCharacters(in: .whitespaces).lowercased())
    }
}
