import Foundation

/// Why a file named by the configuration cannot be read, in words a newcomer can act on.
public enum FileProblem {
    /// "does not exist", "cannot be read: permission denied", "is a folder, not a file".
    public static func reason(_ path: String) -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return "does not exist" }
        if isFolder.boolValue { return "is a folder, not a file" }
        let handle = open(path, O_RDONLY | O_CLOEXEC)
        if handle < 0 { return "cannot be read: \(String(cString: strerror(errno)).lowercased())" }
        close(handle)
        return "cannot be read"
    }

    /// The offset of the first byte that breaks UTF-8, nil when the data is valid.
    public static func firstInvalidUTF8(_ data: Data) -> Int? {
        guard String(data: data, encoding: .utf8) == nil else { return nil }
        let bytes = [UInt8](data)
        var index = 0
        while index < bytes.count {
            // The longest valid prefix tells where it breaks.
            var length = 1
            if bytes[index] >= 0x80 {
                length = [0xC0: 2, 0xE0: 3, 0xF0: 4].first { bytes[index] & ($0.key | ($0.key >> 1)) == $0.key }?.value ?? 0
                guard length > 0, index + length <= bytes.count,
                    String(bytes: bytes[index..<index + length], encoding: .utf8) != nil
                else { return index }
            }
            index += length
        }
        return nil
    }

    /// What a binary file looks like, from its first bytes: "a PNG image", "a ZIP archive (an .xlsx workbook?)".
    public static func binaryKind(_ data: Data) -> String? {
        let head = [UInt8](data.prefix(8))
        let signatures: [([UInt8], String)] = [
            ([0xFF, 0xFE], "UTF-16 text (save it as UTF-8 CSV)"), ([0xFE, 0xFF], "UTF-16 text (save it as UTF-8 CSV)"),
            ([0x89, 0x50, 0x4E, 0x47], "a PNG image"), ([0xFF, 0xD8, 0xFF], "a JPEG image"),
            ([0x25, 0x50, 0x44, 0x46], "a PDF document"),
            ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (an Excel .xlsx workbook? save it as CSV)"),
            ([0x1F, 0x8B], "a gzip archive"),
            ([0xD0, 0xCF, 0x11, 0xE0], "an old Office document (an Excel .xls workbook? save it as CSV)"),
        ]
        if let kind = signatures.first(where: { head.starts(with: $0.0) })?.1 { return kind }
        // NUL bytes never occur in a text export.
        return data.prefix(4096).contains(0) ? "binary data (it holds NUL bytes)" : nil
    }
}
