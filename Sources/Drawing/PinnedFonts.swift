import CCairo
import Foundation

/// The Pango font map over the project's own fontconfig file, so no font of the machine's but
/// DejaVu Sans can be chosen. Created once; Pango objects are used from one thread at a time.
final class PinnedFonts: @unchecked Sendable {
    static let shared = PinnedFonts()

    let fontMap: UnsafeMutablePointer<PangoFontMap>
    private let lock = NSLock()

    private init() {
        let config = FcConfigCreate()
        let path = Bundle.module.path(forResource: "fonts", ofType: "conf")
            ?? Bundle.module.bundlePath + "/fonts.conf"
        if FcConfigParseAndLoad(config, path, 1) == 0 {
            FileHandle.standardError.write(Data("warning: cannot load the pinned font configuration \(path)\n".utf8))
        }
        FcConfigBuildFonts(config)
        let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT)!
        pango_fc_font_map_set_config(OpaquePointer(map), config)
        FcConfigDestroy(config)
        fontMap = map
    }

    /// Runs `body` holding the one lock every Pango call goes through.
    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// The font files fontconfig offers under this configuration, to prove the pin holds.
    static func availableFontFiles() -> [String] {
        shared.withLock {
            guard let config = pango_fc_font_map_get_config(OpaquePointer(shared.fontMap)),
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
}
