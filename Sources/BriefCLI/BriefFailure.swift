import Configuration
import Ingest
import Localization
import Publish
import Render
import Validate

/// A run-stopping problem with the exit status of outputs.md and a message that says what to do.
public struct BriefFailure: Error, CustomStringConvertible {
    public enum Status: Int32, Sendable {
        case usage = 2, data = 65, `internal` = 70, cannotWrite = 73, locked = 75
    }

    public let status: Status
    public let message: String

    public init(_ status: Status, _ message: String) {
        self.status = status
        self.message = message
    }

    public var description: String { message }

    /// Maps the stages' typed errors to a status; anything else is a bug of brief's (70), said as such.
    static func from(_ error: Error) -> BriefFailure {
        switch error {
        case let failure as BriefFailure: failure
        case let error as ConfigurationError: BriefFailure(.usage, "configuration error: \(error)")
        case let error as AliasError: BriefFailure(.usage, "configuration error: \(error)")
        case let error as IngestError: BriefFailure(.data, "data error: \(error)")
        case let error as ReportError:
            if case .locked = error { BriefFailure(.locked, "\(error)") } else { BriefFailure(.cannotWrite, "\(error)") }
        case let error as RenderError: BriefFailure(.usage, "setup error: \(error)")
        case let error as LanguageError: BriefFailure(.usage, "configuration error: \(error)")
        case let error as BriefTemplateError: BriefFailure(.usage, "brief template: \(error)")
        default:
            BriefFailure(
                .internal,
                """
                internal error (a bug in brief, not in your data or configuration; please report it with this \
                message): \(error)
                """)
        }
    }
}
