import Drawing

/// A4 page geometry and the type styles of the brief.
enum BriefPage {
    static let width = 595.28
    static let height = 841.89
    static let left = 64.0, right = 64.0, top = 62.0, bottom = 72.0
    static var contentWidth: Double { width - left - right }
    static var contentBottom: Double { height - bottom }

    static let body = Font(size: 10.5)
    static let small = Font(size: 8.5)
    static let caption = Font(size: 10, bold: true)
    static let heading1 = Font(size: 17, bold: true)
    static let heading2 = Font(size: 12.5, bold: true)
    static let coverTitle = Font(size: 27, bold: true)
    static let coverSubtitle = Font(size: 15)
    static let tableText = Font(size: 9)
    static let tableHeader = Font(size: 9, bold: true)

    static let ink = Color(hex: 0x1A1A1A)
    static let muted = Color(hex: 0x555555)
    static let accent = Color(hex: 0x0072B2)
    static let warning = Color(hex: 0xD55E00)
    static let rule = Color(hex: 0xCCCCCC)
    static let band = Color(hex: 0xF2F2F2)
}
