/// How an IED was initiated; `unknown` when the export does not say.
public enum IEDType: String, CaseIterable, Sendable, Codable {
    case rcied
    case victimOperated = "victim_operated"
    case commandWire = "command_wire"
    case timer
    case suicide
    case unknown
}
