import Crypto
import Foundation

/// The sha256 of inputs, configuration and written files, as lowercase hex (manifest.json).
public enum Digest {
    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let hex = String(byte, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }
}
