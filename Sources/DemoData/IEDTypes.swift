import BriefModel

/// IED types for one year's IED attacks and finds: 70 % identified, of which the year's RCIED share.
enum IEDTypes {
    static func assign(_ incidents: inout [Incident], share: Double, rng: inout SeededGenerator) {
        var ieds = incidents.indices.filter { [.ied, .iedFind].contains(incidents[$0].category) }
        rng.shuffle(&ieds)
        let identified = Int((Double(ieds.count) * Calibration.identifiedShare).rounded())
        let rcied = Int((Double(identified) * share).rounded())
        for (rank, i) in ieds.enumerated() {
            incidents[i].iedType =
                rank < rcied
                ? .rcied
                : rank < identified
                    ? rng.pick([(IEDType.victimOperated, 0.6), (.commandWire, 0.2), (.timer, 0.05), (.suicide, 0.15)])
                    : .unknown
        }
        for i in incidents.indices where incidents[i].category == .complex && rng.chance(0.3) {
            incidents[i].iedType = rng.pick([IEDType.suicide, .victimOperated])
        }
    }
}
