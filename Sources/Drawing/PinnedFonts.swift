import CCairo
import Foundation

/// Pango font maps over the project's own fontconfig file, so no font of the machine's but DejaVu
/// Sans can be chosen. A font map and everything made from it is not thread-safe, so each canvas
/// borrows a map of its own for its lifetime and gives it back when done: charts drawn on both cores
/// never wait for each other's text, and a map (with the fonts it has loaded) is reused by the next
/// canvas. Maps are only made when every existing one is in use, so there are as many as canvases
/// ever drawn at once (one per core). The fontconfig configuration is shared: fontconfig is thread-safe.
final class PinnedFonts: @unchecked Sendable {
    static let shared = PinnedFonts()

    private let config: OpaquePointer
    private let lock = NSLock()
    private var idle: [UnsafeMutablePointer<PangoFontMap>] = []

    private init() {
        let config = FcConfigCreate()!
        let path = Bundle.module.path(forResource: "fonts", ofType: "conf")
            ?? Bundle.module.bundlePath + "/fonts.conf"
        if FcConfigParseAndLoad(config, path, 1) == 0 {
            FileHandle.standardError.write(Data("warning: cannot load the pinned font configuration \(path)\n".utf8))
        }
        FcConfigBuildFonts(config)
        self.config = config
    }

    /// A font map no other canvas is using; give it back with `giveBack` when the canvas is done.
    func borrowMap() -> UnsafeMutablePointer<PangoFontMap> {
        if let map = lock.withLock({ idle.popLast() }) { return map }
        let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT)!
        pango_fc_font_map_set_config(OpaquePointer(map), config)
        return map
    }

    func giveBack(_ map: UnsafeMutablePointer<PangoFontMap>) {
        lock.withLock { idle.append(map) }
    }

    /// The font files fontconfig offers under this configuration, to prove the pin holds.
    static func availableFontFiles() -> [String] {
        let map = shared.borrowMap()
        defer { shared.giveBack(map) }
        guard let config = pango_fc_font_map_get_config(OpaquePointer(map)),
            let set = FcConfigGetFonts(config, FcSetSystem)
        else { return [] }
        var files: [String] = []
        for index in 0..<Int(set.pointee.nfont) {
            var file: UnsafeMutablePointer<FcChar8>?
            if FcPatternGetString(set.pointee.fonts[index], FC_FILE, 0, &file) == FcResultMatch, let file {
                files.append(String(cString: file))
            }
        }
        return files.sorted()
    }
}
