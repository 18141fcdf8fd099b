import Crypto
import Foundation

/// The `X-Twilio-Signature` check: base64(HMAC-SHA1(auth token, URL + each POST field sorted by name as name + value)).
/// As the provider's own libraries do, the URL is tried as given and with its default port added or removed.
public struct TwilioSignature: Sendable {
    public let authToken: String

    public init(authToken: String) { self.authToken = authToken }

    public func signature(url: String, fields: [(name: String, value: String)]) -> String {
        var data = url
        for f in fields.sorted(by: { $0.name < $1.name }) { data += f.name + f.value }
        let mac = HMAC<Insecure.SHA1>.authenticationCode(for: Data(data.utf8), using: SymmetricKey(data: Data(authToken.utf8)))
        return Data(mac).base64EncodedString()
    }

    public func isValid(_ header: String?, url: String, fields: [(name: String, value: String)]) -> Bool {
        guard let header, !header.isEmpty else { return false }
        return Self.variants(of: url).contains { Self.constantTimeEqual(signature(url: $0, fields: fields), header) }
    }

    /// The URL as given, and with the scheme's default port added (or removed when it is there).
    public static func variants(of url: String) -> [String] {
        guard var parts = URLComponents(string: url), let scheme = parts.scheme else { return [url] }
        let defaultPort = scheme == "https" ? 443 : 80
        if parts.port == defaultPort {
            parts.port = nil
        } else if parts.port == nil {
            parts.port = defaultPort
        } else {
            return [url]
        }
        return [url, parts.string ?? url]
    }

    public static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
