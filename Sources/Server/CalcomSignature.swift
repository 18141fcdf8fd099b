import Channels
import Crypto
import Foundation

/// Cal.com's `X-Cal-Signature-256`: hex(HMAC-SHA256(webhook secret, raw body)), compared in constant time.
struct CalcomSignature {
    let secret: String

    func signature(body: [UInt8]) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(secret.utf8)))
        return mac.map { String(format: "%02x", $0) }.joined()
    }

    func isValid(_ header: String?, body: [UInt8]) -> Bool {
        guard let header = header?.trimmingCharacters(in: .whitespaces).lowercased(), !header.isEmpty else { return false }
        return TwilioSignature.constantTimeEqual(header, signature(body: body))
    }
}
