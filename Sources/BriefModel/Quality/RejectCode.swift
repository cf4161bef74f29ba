/// Why a row was refused: the codes of the exports contract.
public enum RejectCode: String, CaseIterable, Sendable, Codable {
    case malformedRow = "malformed-row"
    case badEncoding = "bad-encoding"
    case missingValue = "missing-value"
    case badDate = "bad-date"
    case badCount = "bad-count"
    case badYear = "bad-year"
    case badCoordinates = "bad-coordinates"
    case unknownCategory = "unknown-category"
    case unknownParty = "unknown-party"
    case unknownRegion = "unknown-region"
    case unknownIEDType = "unknown-ied-type"
    case unknownCountry = "unknown-country"
    case unknownContext = "unknown-context"
    case badCalibre = "bad-calibre"
    case conflictingDuplicate = "conflicting-duplicate"
}
