import Crypto
import Foundation

/// The sha256 of inputs, configuration and written files, as lowercase hex (manifest.json).
public enum Digest {
    public static func sha256(_ data: Data) -> String {
        let digits = Array("0123456789abcdef".utf8)
        let hash = SHA256.hash(data: data)
        return String(unsafeUninitializedCapacity: 64) { text in
            for (index, byte) in hash.enumerated() {
                text[2 * index] = digits[Int(byte >> 4)]
                text[2 * index + 1] = digits[Int(byte & 15)]
            }
            return 64
        }
    }
}
