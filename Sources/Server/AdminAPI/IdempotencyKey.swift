import Crypto
import Foundation
import Hummingbird
import Store

/// `Idempotency-Key` on POST, PATCH and DELETE: the first answer (status, body, `Location`) is kept with the key for
/// 24 hours and sent again for a retry of the same request, marked `Idempotent-Replayed: true`; the same key with
/// another method, path or body is refused (422), and a retry while the first is still running gets 409.
///
/// The key (with the request's fingerprint) also becomes the engine event's key, so even a request whose answer was lost (a crash before it
/// was stored) changes the book only once when it is retried.
struct IdempotencyKey: Sendable {
    let value: String

    /// The key of a request, if it sent one; a 400 when it is unusable.
    static func of(_ request: Request) throws(APIProblem) -> IdempotencyKey? {
        guard let name = HTTPFields.Element.Name("Idempotency-Key"), let raw = request.headers[name] else { return nil }
        // RFC 8941 sf-string as the IETF draft says, though a bare token is accepted too.
        var key = raw.trimmingCharacters(in: CharacterSet.whitespaces)
        if key.count >= 2, key.hasPrefix("\""), key.hasSuffix("\"") { key = String(key.dropFirst().dropLast()) }
        guard (1...255).contains(key.utf8.count), key.utf8.allSatisfy({ (0x21...0x7E).contains($0) && $0 != UInt8(ascii: "\"") }) else {
            throw APIProblem(.badRequest, "invalid-idempotency-key", title: "Unusable Idempotency-Key",
                             detail: "the Idempotency-Key must be 1-255 visible ASCII characters, such as a UUID",
                             errors: [.init(field: "Idempotency-Key", detail: "must be 1-255 visible ASCII characters")])
        }
        return IdempotencyKey(value: key)
    }

    /// What identifies the request: method, path and query, and the body (JSON in a canonical form, so spacing and
    /// member order don't matter).
    static func fingerprint(method: String, uri: String, body: [UInt8]) -> String {
        var canonical = body
        if let value = try? JSONDecoder().decode(JSONValue.self, from: Data(body)) {
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            if let data = try? encoder.encode(value) { canonical = Array(data) }
        }
        var hash = SHA256()
        hash.update(data: Data("\(method) \(uri)\n".utf8))
        hash.update(data: canonical)
        return hash.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// Runs `handle` once per key: a fresh key runs it and keeps the answer (unless it failed with a 5xx, so a retry
    /// runs again); a known one replays the kept answer.
    func run(store: any BookingStore, fingerprint: String, now: Date, _ handle: () async -> APIResponse) async throws -> APIResponse {
        switch try await store.claimAPIRequest(key: value, fingerprint: fingerprint, at: now) {
        case .replay(let stored):
            var r = APIResponse(status: HTTPResponse.Status(code: stored.status), body: stored.body, contentType: stored.contentType,
                                location: stored.location)
            r.headers = [("Idempotent-Replayed", "true")]
            return r
        case .mismatch:
            return APIProblem(.unprocessableContent, "idempotency-key-reused", title: "Idempotency-Key already used",
                              detail: "this Idempotency-Key was used for a different request (method, path or body); use a new key for a new request",
                              errors: [.init(field: "Idempotency-Key", detail: "was used for a different request")]).response
        case .inProgress:
            return APIProblem(.conflict, "request-in-progress", title: "A request with this Idempotency-Key is still running",
                              detail: "the first request with this Idempotency-Key has not finished; retry in a moment").response
        case .fresh:
            let response = await handle()
            if response.status.code >= 500 {
                try await store.releaseAPIRequest(key: value)
            } else {
                try await store.finishAPIRequest(key: value, response: StoredAPIResponse(status: response.status.code, contentType: response.contentType,
                                                                                         location: response.location, body: response.body), at: now)
            }
            return response
        }
    }
}
