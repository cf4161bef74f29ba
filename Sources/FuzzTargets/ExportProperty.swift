import BriefModel
import Ingest
import Validate

/// For any bytes, read in a format and validated as an export: the read never crashes, the only
/// errors are a missing required column and (JSON) unbalanced brackets, and every row is accounted for (read = accepted + collapsed
/// + rejected + filtered, and read is the number of rows the reader found).
///
/// Random bytes rarely carry the required headers, so each input is also checked behind a header of
/// every required column (or, for JSON, behind one complete element) and validated as that export:
/// then validation runs whatever the bytes, and the identity is asserted on every input the fuzzer
/// reaches (for JSON, every input whose brackets balance).
enum ExportProperty {
    static let validator = try! Validator(
        aliases: AliasTable(), referenceDate: CivilDate(year: 2030, month: 1, day: 1)!)

    static func check(_ bytes: [UInt8], format: InputFormat, exports: [ExportKind]) -> FuzzTarget.Outcome {
        var outcome = FuzzTarget.Outcome()
        var inputs = [(bytes: bytes, exports: exports)]
        for export in exports {
            let schema = format == .acled ? AcledColumn.schema : schema(export)
            inputs.append((prefix(format: format.container, schema: schema) + bytes + suffix(format), [export]))
        }
        for input in inputs {
            for export in input.exports {
                identity(input.bytes, format: format, export: export, into: &outcome)
                if outcome.failure != nil { return outcome }
            }
        }
        return outcome
    }

    private static func identity(
        _ bytes: [UInt8], format: InputFormat, export: ExportKind, into outcome: inout FuzzTarget.Outcome
    ) {
        do {
            let table = try ExportReader.read(bytes: bytes, format: format, delimiter: nil, file: "fuzz")
            let quality = try validate(table, format: format, export: export)
            outcome.identitiesChecked += 1
            if !quality.isBalanced || quality.read != table.rowCount {
                outcome.failure =
                    "\(export.rawValue) as \(format.rawValue): read \(quality.read) of \(table.rowCount) rows, "
                    + "accepted \(quality.accepted) + collapsed \(quality.collapsed) + rejected \(quality.rejected) + filtered \(quality.filtered)"
            }
        } catch IngestError.missingColumns {
            return
        } catch IngestError.unreadable where format == .json {
            return  // brackets that do not balance: the document has no elements to count
        } catch {
            outcome.failure = "\(export.rawValue) as \(format.rawValue): unexpected error \(error)"
        }
    }

    private static func validate(_ table: RawTable, format: InputFormat, export: ExportKind) throws -> ExportQuality {
        switch export {
        case .incidents: try validator.incidents(table, format: format).quality
        case .arms: try validator.arms(table).quality
        case .ammunition: try validator.ammunition(table).quality
        case .unFatalities: try validator.unFatalities(table, mission: "MINUSMA").quality
        }
    }

    static func schema(_ export: ExportKind) -> ExportSchema {
        switch export {
        case .incidents: IncidentColumn.schema
        case .arms: ArmsColumn.schema
        case .ammunition: AmmunitionColumn.schema
        case .unFatalities: UNFatalityColumn.schema
        }
    }

    /// A header naming every required column, or the opening of a JSON document with one complete element.
    static func prefix(format: InputFormat, schema: ExportSchema) -> [UInt8] {
        let required = schema.columns.filter(schema.required.contains)
        let element = "{" + required.map { "\"\($0)\": \"1\"" }.joined(separator: ", ") + "}"
        switch format {
        case .json: return Array("[\(element),\n".utf8)
        case .jsonl: return Array("\(element)\n".utf8)
        default: return Array((required.joined(separator: ",") + "\n").utf8)
        }
    }

    static func suffix(_ format: InputFormat) -> [UInt8] { format == .json ? Array("]".utf8) : [] }
}
