/// Why an edition's wording cannot be produced. A missing translation stops the build and names
/// the key, so nothing falls back to English silently.
public enum LanguageError: Error, Equatable, CustomStringConvertible {
    /// `document.language` names a language with no vocabulary file.
    case unknownLanguage(String, available: [String])
    /// The vocabulary file cannot be read or is not a mapping of texts.
    case unreadable(file: String, message: String)
    /// A key the program asks for is not in the language's vocabulary file.
    case missingKey(language: String, key: String, file: String)
    /// A text names a `{placeholder}` the program does not supply.
    case missingParameter(language: String, key: String, parameter: String)
    /// The language has no brief template or no page template (`expected` names the file).
    case missingTemplate(language: String, expected: String)

    public var description: String {
        switch self {
        case .unknownLanguage(let code, let available):
            "document.language: no vocabulary for \"\(code)\" (available: \(available.joined(separator: ", ")))"
        case .unreadable(let file, let message): "\(file): \(message)"
        case .missingKey(let language, let key, let file):
            "missing translation: \"\(key)\" is not in the \(language) vocabulary (\(file))"
        case .missingParameter(let language, let key, let parameter):
            "the \(language) text \"\(key)\" uses {\(parameter)}, which the program does not supply there"
        case .missingTemplate(let language, let expected):
            "no template for language \"\(language)\": expected \(expected)"
        }
    }
}
