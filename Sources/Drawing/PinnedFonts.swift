import CCairo
import Foundation

/// The fonts text is drawn with: DejaVu Sans only, whatever the machine has, because the project's
/// own fontconfig file becomes fontconfig's current configuration before Pango makes its first font
/// map. Pango gives each thread a font map of its own (`pango_cairo_font_map_get_default`, per thread
/// since Pango 1.32.6), and a canvas draws with its thread's: charts drawn on both cores never share
/// a map, and a map (with the faces it has loaded) serves every later canvas of its thread. So Swift
/// holds no font map at all, and nothing here is shared between threads but fontconfig, which is
/// thread-safe.
enum PinnedFonts {
    /// Whether the pinned configuration loaded; made once, before any font map.
    private static let pinned: Bool = {
        let config = FcConfigCreate()!
        let path =
            Bundle.module.path(forResource: "fonts", ofType: "conf")
            ?? Bundle.module.bundlePath + "/fonts.conf"
        let loaded = FcConfigParseAndLoad(config, path, 1) != 0
        if !loaded {
            FileHandle.standardError.write(Data("warning: cannot load the pinned font configuration \(path)\n".utf8))
        }
        FcConfigBuildFonts(config)
        // Fontconfig keeps a reference to its current configuration; ours is dropped.
        FcConfigSetCurrent(config)
        FcConfigDestroy(config)
        return loaded
    }()

    /// The calling thread's font map, over the pinned configuration. Use it on this thread only.
    static func fontMap() -> UnsafeMutablePointer<PangoFontMap> {
        _ = pinned
        return pango_cairo_font_map_get_default()!
    }

    /// Loads the regular and bold faces into the font maps of `threads` worker threads, in the
    /// background: fontconfig's start-up (Pango runs it on a thread of its own and waits for it) and
    /// the first load of a face take longer than drawing a chart, and a build has them done while it
    /// reads its exports, with a core to spare, instead of when the first charts are drawn.
    static func warmUp(threads count: Int) {
        DispatchQueue.global().async {
            DispatchQueue.concurrentPerform(iterations: count) { _ in
                let context = pango_font_map_create_context(fontMap())!
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
        }
    }

    /// The font files fontconfig offers under this configuration, to prove the pin holds.
    static func availableFontFiles() -> [String] {
        _ = fontMap()
        guard let set = FcConfigGetFonts(FcConfigGetCurrent(), FcSetSystem) else { return [] }
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
