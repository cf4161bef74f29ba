import DemoData
import Publish

/// Whether the run read the bundled synthetic demo exports, so the brief can say so on its cover.
/// Any input whose bytes equal a demo file of the default seed marks the run as demo data.
enum DemoDetection {
    static func isDemo(_ inputs: [Manifest.Input]) -> Bool {
        guard !inputs.isEmpty else { return false }
        let demo = Set(DemoDataset.files().map { Digest.sha256($0.bytes) })
        return inputs.contains { demo.contains($0.sha256) }
    }
}
