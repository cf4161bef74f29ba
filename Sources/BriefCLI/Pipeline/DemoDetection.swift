import DemoData
import Foundation
import Publish

/// Whether the run read synthetic demo exports, so the brief can say so on its cover: an input is
/// demo data when the `demo-data.json` marker beside it lists its name with its exact sha256
/// (see `DemoMarker`). Nothing is regenerated, and a user's own export never matches.
enum DemoDetection {
    static func isDemo(_ inputs: [Manifest.Input]) -> Bool {
        inputs.contains { input in
            let url = URL(fileURLWithPath: input.path)
            let marker = DemoMarker.read(in: url.deletingLastPathComponent())
            return marker?.files[url.lastPathComponent]?.sha256 == input.sha256
        }
    }
}
