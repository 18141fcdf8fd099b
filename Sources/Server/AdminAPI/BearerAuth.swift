import Crypto
import Foundation
import Hummingbird

/// `Authorization: Bearer <token>` (RFC 6750) against the configured admin token.
///
/// Both sides are hashed before the constant-time comparison, so neither the token's content nor its length shows
/// in how long a refusal takes.
struct BearerAuth: Sendable {
    let token: String

    /// Nil when the request carries the token; the 401 problem (with `WWW-Authenticate`) when not.
    func refusal(_ request: Request) -> APIProblem? {
        guard let header = request.headers[.authorization] else {
            return Self.unauthorized(detail: "send the admin token as Authorization: Bearer <SLOTKEEPER_ADMIN_TOKEN>", error: nil)
        }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            return Self.unauthorized(detail: "the Authorization header must use the Bearer scheme", error: "invalid_request")
        }
        let given = SHA256.hash(data: Data(parts[1].trimmingCharacters(in: .whitespaces).utf8))
        let expected = SHA256.hash(data: Data(token.utf8))
        // SHA256Digest's == compares in constant time.
        guard given == expected else { return Self.unauthorized(detail: "the bearer token is not the admin token", error: "invalid_token") }
        return nil
    }

    static func unauthorized(detail: String, error: String?) -> APIProblem {
        var p = APIProblem(.unauthorized, "unauthorized", title: "Authentication required", detail: detail)
        p.headers = [("WWW-Authenticate", "Bearer realm=\"slotkeeper-admin\"" + (error.map { ", error=\"\($0)\"" } ?? ""))]
        return p
    }
}
