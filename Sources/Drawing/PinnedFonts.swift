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
        let path =
            Bundle.module.path(forResource: "fonts", ofType: "conf")
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

    /// Makes a font map per core and loads the regular and bold faces into each, on other threads:
    /// fontconfig's start-up (Pango runs it on a thread of its own and waits for it) and the first
    /// load of a face take longer than drawing a chart, and a build has them done while it reads its
    /// exports, with a core to spare, instead of when the first charts are drawn.
    static func warmUp(maps count: Int) {
        DispatchQueue.global().async {
            nonisolated(unsafe) let maps = (0..<count).map { _ in shared.borrowMap() }
            DispatchQueue.concurrentPerform(iterations: maps.count) { index in
                let context = pango_font_map_create_context(maps[index])!
                for font in [Font(size: 10), Font(size: 10, bold: true)] {
                    let layout = pango_layout_new(context)!
                    let description = pango_font_description_from_string(font.pangoDescription)
                    pango_layout_set_font_description(layout, description)
                    pango_font_description_free(description)
                    pango_layout_set_text(layout, "0", -1)
                    var width: Int32 = 0, height: Int32 = 0
                    pango_layout_get_size(layout, &width, &height)
                    g_object_unref(UnsafeMutableRawPointer(layout))
                }
                g_object_unref(UnsafeMutableRawPointer(context))
            }
            for map in maps { shared.giveBack(map) }
        }
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
