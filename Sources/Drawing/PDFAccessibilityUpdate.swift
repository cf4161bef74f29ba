import Foundation

/// Adds what cairo 1.16 cannot write to a tagged PDF it has finished, as a PDF incremental update
/// (new versions of changed objects appended after the original bytes, with their own cross-
/// reference section pointing back to cairo's, ISO 32000-1 §7.5.6): the catalog's `/Lang` and
/// `/ViewerPreferences /DisplayDocTitle`, and `/Alt` on each `Figure` structure element, in the
/// order the figures were drawn (cairo writes structure elements in document order).
///
/// The PDF is searched as bytes: it is mostly compressed streams, and searching it as a `String`
/// cost more than drawing the brief.
enum PDFAccessibilityUpdate {
    static func apply(_ pdf: Data, language: String?, figureAlternatives: [String]) -> Data {
        let bytes = [UInt8](pdf)
        guard let trailer = Trailer(bytes) else { return pdf }
        var updated: [(number: Int, body: String)] = []
        if let language, let catalog = object(trailer.root, in: bytes) {
            updated.append(
                (
                    trailer.root,
                    insert(
                        "/Lang \(string(language))\n   /ViewerPreferences << /DisplayDocTitle true >>",
                        into: catalog)
                ))
        }
        let figures = structureElements(ofType: "Figure", in: bytes)
        for (number, alternative) in zip(figures, figureAlternatives) {
            if let body = object(number, in: bytes) {
                updated.append((number, insert("/Alt \(string(alternative))", into: body)))
            }
        }
        guard !updated.isEmpty else { return pdf }
        var out = pdf
        var offsets: [(Int, Int)] = []
        for (number, body) in updated {
            out.append(contentsOf: Array("\n".utf8))
            offsets.append((number, out.count))
            out.append(contentsOf: Array("\(number) 0 obj\n\(body)\nendobj\n".utf8))
        }
        let xref = out.count
        var section = "xref\n"
        for (number, offset) in offsets.sorted(by: { $0.0 < $1.0 }) {
            section += "\(number) 1\n" + String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n"
        }
        section += "trailer\n<< /Size \(trailer.size)\n   /Root \(trailer.root) 0 R\n"
        if let info = trailer.info { section += "   /Info \(info) 0 R\n" }
        section += "   /Prev \(trailer.startxref)\n>>\nstartxref\n\(xref)\n%%EOF\n"
        out.append(contentsOf: Array(section.utf8))
        return out
    }

    /// The last trailer's `/Size`, `/Root`, `/Info` and `startxref`.
    struct Trailer {
        var size: Int, root: Int, info: Int?, startxref: Int

        init?(_ pdf: [UInt8]) {
            guard let start = PDFBytes.lastIndex(of: "trailer", in: pdf) else { return nil }
            let tail = Array(pdf[start...])
            func number(after key: String) -> Int? {
                guard let at = PDFBytes.index(of: key, in: tail) else { return nil }
                return PDFBytes.number(in: tail, from: at + key.utf8.count)
            }
            guard let size = number(after: "/Size"), let root = number(after: "/Root"),
                let startxref = number(after: "startxref")
            else { return nil }
            (self.size, self.root, self.info, self.startxref) = (size, root, number(after: "/Info"), startxref)
        }
    }

    /// The dictionary of object `number` (`<< … >>`), as cairo wrote it.
    static func object(_ number: Int, in pdf: [UInt8]) -> String? {
        let header = "\n\(number) 0 obj\n"
        guard let start = PDFBytes.index(of: header, in: pdf).map({ $0 + header.utf8.count }),
            let end = PDFBytes.index(of: "\nendobj", in: pdf, from: start)
        else { return nil }
        let body = String(decoding: pdf[start..<end], as: UTF8.self)
        return body.hasPrefix("<<") && body.hasSuffix(">>") ? body : nil
    }

    /// The object numbers of the structure elements of one type, in the order cairo wrote them:
    /// `\nN 0 obj\n<< /Type /StructElem` then, after white space, `/S /Type`.
    static func structureElements(ofType type: String, in pdf: [UInt8]) -> [Int] {
        let marker = " 0 obj\n<< /Type /StructElem", kind = Array("/S /\(type)".utf8)
        var numbers: [Int] = [], from = 0
        while let at = PDFBytes.index(of: marker, in: pdf, from: from) {
            from = at + marker.utf8.count
            var digits = at
            while digits > 0, PDFBytes.isDigit(pdf[digits - 1]) { digits -= 1 }
            guard digits < at, digits > 0, pdf[digits - 1] == UInt8(ascii: "\n") else { continue }
            var next = from
            while next < pdf.count, PDFBytes.isSpace(pdf[next]) { next += 1 }
            let end = next + kind.count
            guard end <= pdf.count, pdf[next..<end].elementsEqual(kind),
                end == pdf.count || !PDFBytes.isWordByte(pdf[end])
            else { continue }
            numbers.append(Int(String(decoding: pdf[digits..<at], as: UTF8.self))!)
        }
        return numbers
    }

    static func insert(_ entry: String, into dictionary: String) -> String {
        String(dictionary.dropLast(2)) + "   " + entry + "\n>>"
    }

    /// A PDF text string: UTF-16BE with a byte-order mark, in hexadecimal, so any language is exact.
    static func string(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out = Array("<FEFF".utf8)
        for unit in text.utf16 {
            for shift in [12, 8, 4, 0] { out.append(hex[Int(unit >> UInt16(shift)) & 0xF]) }
        }
        return String(decoding: out + [UInt8(ascii: ">")], as: UTF8.self)
    }
}

/// Byte searches in a PDF file.
enum PDFBytes {
    /// The first place `needle` starts at or after `start` (Boyer–Moore–Horspool: a brief is a
    /// megabyte, and the structure elements are looked for all through it).
    static func index(of needle: String, in haystack: [UInt8], from start: Int = 0) -> Int? {
        let needle = Array(needle.utf8), n = needle.count
        guard n > 0, start >= 0 else { return nil }
        var shift = [Int](repeating: n, count: 256)
        for (i, byte) in needle.dropLast().enumerated() { shift[Int(byte)] = n - 1 - i }
        return haystack.withUnsafeBufferPointer { hay in
            var i = start
            while i + n <= hay.count {
                let last = hay[i + n - 1]
                if last == needle[n - 1], memcmp(hay.baseAddress! + i, needle, n - 1) == 0 { return i }
                i += shift[Int(last)]
            }
            return nil
        }
    }

    /// The last place `needle` starts: looked for from the end, where a PDF keeps its trailer.
    static func lastIndex(of needle: String, in haystack: [UInt8]) -> Int? {
        let bytes = Array(needle.utf8)
        var i = haystack.count - bytes.count
        while i >= 0 {
            if haystack[i] == bytes[0], haystack[i..<(i + bytes.count)].elementsEqual(bytes) { return i }
            i -= 1
        }
        return nil
    }

    /// The unsigned integer after white space at `start`.
    static func number(in bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        while i < bytes.count, isSpace(bytes[i]) { i += 1 }
        var value: Int?
        while i < bytes.count, isDigit(bytes[i]) {
            value = (value ?? 0) * 10 + Int(bytes[i] - UInt8(ascii: "0"))
            i += 1
        }
        return value
    }

    static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C }
    /// A byte `\b` in a regular expression would not break on: letters, digits, underscore.
    static func isWordByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x5F
    }
}
