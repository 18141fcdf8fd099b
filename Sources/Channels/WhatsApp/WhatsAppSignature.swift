import Crypto
import Foundation

/// The `X-Hub-Signature-256` check of Meta's webhooks: `sha256=` + hex(HMAC-SHA256(app secret, raw body)), computed over
/// the bytes exactly as they arrived (re-encoding the JSON would change them).
public struct WhatsAppSignature: Sendable {
    /// The Meta app's secret, the HMAC key.
    public let appSecret: String

    /// A check with the app's secret (App settings → Basic → App secret).
    public init(appSecret: String) { self.appSecret = appSecret }

    /// The header value Meta would send for `body`.
    public func header(for body: some Collection<UInt8>) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Array(body), using: SymmetricKey(data: Data(appSecret.utf8)))
        return "sha256=" + mac.map { String(format: "%02x", $0) }.joined()
    }

    /// Whether `header` signs `body`; a missing or malformed header is not valid. Compared in constant time.
    public func isValid(_ header: String?, body: some Collection<UInt8>) -> Bool {
        guard let header = header?.trimmingCharacters(in: .whitespaces), header.lowercased().hasPrefix("sha256=") else { return false }
        return TwilioSignature.constantTimeEqual("sha256=" + header.dropFirst(7).lowercased(), self.header(for: body))
    }
}
