import Foundation
import Logging

/// Plain lines on standard error, the same on a terminal and under cron: `brief: message`.
struct PlainLogHandler: LogHandler {
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let prefix = event.level >= .warning ? "brief: \(event.level == .warning ? "warning" : "error"): " : "brief: "
        FileHandle.standardError.write(Data((prefix + "\(event.message)\n").utf8))
    }
}

extension Logger {
    static func brief(quiet: Bool, verbose: Bool) -> Logger {
        let level: Logger.Level = quiet ? .warning : verbose ? .debug : .info
        return Logger(label: "brief") { _ in PlainLogHandler(logLevel: level) }
    }
}
