import Foundation

/// Stands in the page's template for each chart (`ReportPage.renderBytes`): a control character, a
/// token drawn for this page, the figure's id and the control character again. No value the page
/// prints can hold the token, so only the template's chart slots are replaced.
struct ChartMarker {
    private static let edge = UInt8(1)
    private let token: [UInt8]

    init() { token = [Self.edge] + Array("chart-\(UUID().uuidString):".utf8) }

    /// What the template prints where the chart of `figureID` goes.
    func text(_ figureID: String) -> String { String(decoding: token, as: UTF8.self) + figureID + "\u{1}" }

    /// The rendered page with each marker replaced by its chart, made fit to sit in the page
    /// (`InlineSVG`), each glyph outline kept once (`SharedGlyphs`).
    func splice(_ page: String, charts: [String: Data]) -> [UInt8] {
        var page = page, glyphs = SharedGlyphs()
        return page.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + charts.values.reduce(0) { $0 + $1.count + $1.count / 8 })
            var copied = 0, index = 0
            while let found = bytes[index...].firstIndex(of: Self.edge) {
                index = found + 1
                guard found + token.count <= bytes.count, token.indices.allSatisfy({ bytes[found + $0] == token[$0] }),
                    let end = bytes[(found + token.count)...].firstIndex(of: Self.edge)
                else { continue }
                let id = String(decoding: UnsafeBufferPointer(rebasing: bytes[(found + token.count)..<end]), as: UTF8.self)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<found]))
                if let svg = charts[id] {
                    var chart: [UInt8] = []
                    InlineSVG.append(svg, prefix: id, to: &chart)
                    out += glyphs.share(chart)
                }
                index = end + 1
                copied = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return out
        }
    }
}
