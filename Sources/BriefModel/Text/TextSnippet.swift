/// A value from the data or the command line echoed in a message: cut to about 120 characters, with
/// its full length said, so one huge field never makes a log or a cron mail megabytes long.
public enum TextSnippet {
    public static let limit = 120

    public static func cut(_ text: String, limit: Int = limit) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(limit)) + "… (\(NumberText.count(text.count)) characters)"
    }
}

extension TextSnippet {
    /// `"value"`, cut as `cut` does: how a message quotes what it found.
    public static func quoted(_ text: String) -> String { "\"" + cut(text) + "\"" }
}
