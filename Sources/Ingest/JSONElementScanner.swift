/// Finds the elements of the one array a JSON export holds (at the top, or as the only array
/// value of the top object), with the line each starts on, without parsing them.
enum JSONElementScanner {
    struct Element: Equatable {
        let line: Int
        let range: Range<Int>
    }

    static func elements(of bytes: [UInt8], file: String) throws -> [Element] {
        var elements: [Element] = []
        var depth = 0, line = 1, inString = false, escaped = false
        var arrayDepth: Int?
        var elementStart: (offset: Int, line: Int)?
        for (offset, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\n") { line += 1 }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
            if let arrayDepth, depth == arrayDepth, elementStart == nil, !isSpace,
                byte != UInt8(ascii: ","), byte != UInt8(ascii: "]")
            {
                elementStart = (offset, line)
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if byte == UInt8(ascii: "["), arrayDepth == nil, depth <= 2 { arrayDepth = depth }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if depth == arrayDepth, let start = elementStart {
                    elements.append(Element(line: start.line, range: start.offset..<trimEnd(bytes, offset, floor: start.offset)))
                    elementStart = nil
                }
                depth -= 1
                if depth < 0 { throw IngestError.unreadable(file: file, line: line, reason: "unbalanced brackets") }
            case UInt8(ascii: ","):
                if depth == arrayDepth, let start = elementStart {
                    elements.append(Element(line: start.line, range: start.offset..<trimEnd(bytes, offset, floor: start.offset)))
                    elementStart = nil
                }
            default: break
            }
        }
        guard arrayDepth != nil else {
            throw IngestError.unreadable(
                file: file, line: 1, reason: "expected an array of objects, or an object holding one array")
        }
        guard depth == 0, !inString else {
            throw IngestError.unreadable(file: file, line: line, reason: "the JSON text ends before it is complete")
        }
        return elements
    }

    /// The end of an element without trailing white space, never before its start (a stray closing
    /// bracket can start and end an "element" on the same byte; found by the fuzzer).
    private static func trimEnd(_ bytes: [UInt8], _ end: Int, floor: Int) -> Int {
        var end = end
        while end > floor, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[end - 1]) { end -= 1 }
        return end
    }
}
