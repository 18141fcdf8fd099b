import Channels
import Crypto
import Foundation

/// The `Stripe-Signature` check: `t=TIMESTAMP,v1=SIGNATURE[,v1=…]` where SIGNATURE is hex(HMAC-SHA256(endpoint secret,
/// TIMESTAMP + "." + raw body)); a timestamp older than the tolerance is refused, so a captured request can't be replayed.
struct StripeSignature {
    let secret: String
    var tolerance: TimeInterval = 300

    func signature(timestamp: Int, body: [UInt8]) -> String {
        var data = Data("\(timestamp).".utf8)
        data.append(contentsOf: body)
        let mac = HMAC<SHA256>.authenticationCode(for: data, using: SymmetricKey(data: Data(secret.utf8)))
        return mac.map { String(format: "%02x", $0) }.joined()
    }

    func isValid(_ header: String?, body: [UInt8], now: Date) -> Bool {
        guard let header else { return false }
        var timestamp: Int?
        var candidates: [String] = []
        for part in header.split(separator: ",") {
            let kv = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard kv.count == 2 else { continue }
            if kv[0] == "t" { timestamp = Int(kv[1]) } else if kv[0] == "v1" { candidates.append(kv[1]) }
        }
        guard let timestamp, !candidates.isEmpty, abs(now.timeIntervalSince1970 - Double(timestamp)) <= tolerance else { return false }
        let expected = signature(timestamp: timestamp, body: body)
        return candidates.contains { TwilioSignature.constantTimeEqual($0, expected) }
    }
}
