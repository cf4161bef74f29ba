import BriefModel
import Foundation
import Yams

/// Reads pipeline.yml into a `PipelineConfiguration`. Unknown keys and wrong types are errors
/// naming the key and its line; nothing is silently defaulted except keys that are absent.
public enum ConfigurationLoader {
    public static func load(path: String) throws -> PipelineConfiguration {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ConfigurationError(
                file: url.path, line: nil, key: "",
                message: FileProblem.reason(url.path)
                    + " (the configuration is looked for as \(path) in \(FileManager.default.currentDirectoryPath); "
                    + "name another with --config PATH)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let line = data.prefix(FileProblem.firstInvalidUTF8(data) ?? 0).reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw ConfigurationError(
                file: path, line: line, key: "", message: "this line is not UTF-8 text (save pipeline.yml as UTF-8)")
        }
        return try parse(text, file: path, baseDirectory: url.deletingLastPathComponent().path)
    }

    /// Parses YAML text; relative paths in it are taken relative to `baseDirectory`.
    public static func parse(_ text: String, file: String, baseDirectory: String) throws -> PipelineConfiguration {
        let root: Node
        do {
            // Values are typed where they are read (YAMLValue), never by their YAML tags: the basic
            // resolver spares compiling and running the default one's regular expressions at every run.
            root = try Yams.compose(yaml: text, .basic) ?? Node.mapping(Node.Mapping([]))
        } catch let error as YamlError {
            throw ConfigurationError(file: file, line: nil, key: "", message: "not valid YAML: \(error)")
        }
        let resolver = Resolver(file: file, baseDirectory: baseDirectory)
        return try resolver.resolve(YAMLValue(node: root, path: "", file: file))
    }
}

/// Turns the node tree into resolved values, one top-level key at a time.
private struct Resolver {
    let file: String
    let baseDirectory: String

    func resolve(_ root: YAMLValue) throws -> PipelineConfiguration {
        var config = PipelineConfiguration(
            period: Period(from: 2014, to: 2022)!,
            inputs: [:],
            outputDirectory: absolute("output"))
        let keys: Set = ["version", "period", "inputs", "aliases", "validation", "analysis", "output", "document", "maps"]
        let entries = try root.mapping(allowed: keys)
        if !entries.contains(where: { $0.key == "inputs" }) { config.inputs = defaultInputs() }
        for (key, value) in entries {
            switch key {
            case "version":
                guard try value.int() == 1 else { throw value.error("only version 1 exists") }
            case "period": config.period = try period(value)
            case "inputs": config.inputs = try inputs(value)
            case "aliases": config.aliases = try aliases(value)
            case "validation":
                for (_, rate) in try value.mapping(allowed: ["max_reject_rate"]) {
                    let number = try rate.double()
                    guard (0...1).contains(number) else { throw rate.error("expected a share between 0 and 1") }
                    config.maxRejectRate = number
                }
            case "analysis":
                for (_, year) in try value.mapping(allowed: ["produced_after"]) {
                    let number = try year.int()
                    guard (1900...2100).contains(number) else { throw year.error("expected a year such as 2012") }
                    config.analysis.producedAfter = number
                }
            case "output": try output(value, into: &config)
            case "maps":
                for (_, path) in try value.mapping(allowed: ["regions"]) { config.mapRegions = absolute(try path.string()) }
            default: config.document = try document(value)
            }
        }
        return config
    }

    /// Without an `inputs` key: the contract's default paths, for the exports that exist there.
    func defaultInputs() -> [ExportKind: InputSpec] {
        var inputs: [ExportKind: InputSpec] = [:]
        for export in ExportKind.allCases {
            let path = absolute("data/\(export.rawValue).csv")
            if FileManager.default.fileExists(atPath: path) { inputs[export] = InputSpec(path: path, format: .csv) }
        }
        return inputs
    }

    func absolute(_ path: String) -> String {
        let expanded = NSString(string: path).expandingTildeInPath
        if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded).standardizedFileURL.path }
        return URL(fileURLWithPath: baseDirectory).appendingPathComponent(expanded).standardizedFileURL.path
    }

    func period(_ value: YAMLValue) throws -> Period {
        var from = 2014, to = 2022
        for (key, year) in try value.mapping(allowed: ["from", "to"]) {
            let number = try year.int()
            guard (1900...2200).contains(number) else {
                throw year.error("the year \(number) is out of range (expected a four-digit year from 1900)")
            }
            if key == "from" { from = number } else { to = number }
        }
        guard let period = Period(from: from, to: to) else {
            throw value.error("`from` (\(from)) must not come after `to` (\(to))")
        }
        return period
    }

    func inputs(_ value: YAMLValue) throws -> [ExportKind: InputSpec] {
        var result: [ExportKind: InputSpec] = [:]
        let exports = Set(ExportKind.allCases.map(\.rawValue))
        for (key, entry) in try value.mapping(allowed: exports) {
            result[ExportKind(rawValue: key)!] = try input(entry)
        }
        return result
    }

    func input(_ value: YAMLValue) throws -> InputSpec {
        var path: String?
        var format: InputFormat?
        var delimiter: Character?
        var columns: [String: String] = [:]
        var mission = "MINUSMA"
        var acled = AcledRules()
        let keys: Set = ["path", "format", "delimiter", "columns", "mission", "extremist_actors", "unattributed"]
        for (key, field) in try value.mapping(allowed: keys) {
            switch key {
            case "path": path = try field.string()
            case "extremist_actors":
                let names = try field.strings().map { $0.trimmingCharacters(in: .whitespaces) }
                guard !names.isEmpty, !names.contains(where: \.isEmpty) else {
                    throw field.error("expected a list of actor names, e.g. [JNIM, Islamic State]")
                }
                acled.extremistActors = names
            case "unattributed":
                switch try field.string() {
                case "leave-out": acled.countsUnattributed = false
                case "count": acled.countsUnattributed = true
                case let other: throw field.error("expected leave-out or count, got \(TextSnippet.quoted(other))")
                }
            case "mission": mission = try field.string()
            case "format":
                let text = try field.string()
                guard let parsed = InputFormat(rawValue: text.lowercased()) else {
                    throw field.error("expected one of csv, json, jsonl, acled, un-fatalities, got \(TextSnippet.quoted(text))")
                }
                format = parsed
            case "delimiter":
                let text = try field.string()
                guard text == "," || text == ";" || text == "\t" else {
                    throw field.error("expected \",\" or \";\" (or a tab), got \(TextSnippet.quoted(text))")
                }
                delimiter = text.first
            default:
                for (canonical, header) in try field.mapping() { columns[canonical] = try header.string() }
            }
        }
        guard let path else { throw value.error("an input needs a `path`") }
        let resolved = absolute(path)
        var spec = InputSpec(
            path: resolved, format: format ?? InputFormat(pathExtension: (resolved as NSString).pathExtension),
            delimiter: delimiter, columns: columns, mission: mission)
        spec.acled = acled
        return spec
    }

    func aliases(_ value: YAMLValue) throws -> AliasTable {
        var table = AliasTable()
        let vocabularies = Set(AliasTable.Vocabulary.allCases.map(\.rawValue))
        for (key, entries) in try value.mapping(allowed: vocabularies) {
            var labels: [String: [String]] = [:]
            for (canonical, list) in try entries.mapping() { labels[canonical] = try list.strings() }
            table.entries[AliasTable.Vocabulary(rawValue: key)!] = labels
        }
        return table
    }

    func output(_ value: YAMLValue, into config: inout PipelineConfiguration) throws {
        for (key, field) in try value.mapping(allowed: ["dir", "formats"]) {
            if key == "dir" {
                config.outputDirectory = absolute(try field.string())
                continue
            }
            if let unknown = config.setFormats(try field.strings()) {
                throw field.error("unknown format \(TextSnippet.quoted(unknown)) (expected \(PipelineConfiguration.formatNames))")
            }
        }
    }

    func document(_ value: YAMLValue) throws -> DocumentInfo {
        var info = DocumentInfo()
        for (key, field) in try value.mapping(allowed: ["title", "subject", "author", "source", "template", "language"]) {
            let text = try field.string()
            switch key {
            case "title": info.title = text
            case "subject": info.subject = text
            case "template": info.templatePath = absolute(text)
            case "source": info.source = text
            case "language":
                // Whether a vocabulary exists for it is checked when the build loads the language.
                guard text.range(of: "^[a-z]{2,3}$", options: .regularExpression) != nil else {
                    throw field.error("expected a language code such as en or fr, got \(TextSnippet.quoted(text))")
                }
                info.language = text
            default: info.author = text
            }
        }
        return info
    }
}
