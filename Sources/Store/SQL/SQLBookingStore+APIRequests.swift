import Foundation
import GRDB

/// A response the admin API gave to a request with an `Idempotency-Key`, kept to answer a retry with the same bytes.
public struct StoredAPIResponse: Hashable, Sendable {
    /// The HTTP status code.
    public var status: Int
    /// The `Content-Type` header, if the answer had a body.
    public var contentType: String?
    /// The `Location` header, for a created resource.
    public var location: String?
    /// The body, byte for byte.
    public var body: [UInt8]

    /// A response to keep.
    public init(status: Int, contentType: String?, location: String?, body: [UInt8]) {
        self.status = status
        self.contentType = contentType
        self.location = location
        self.body = body
    }
}

/// What the store says about an `Idempotency-Key` when a request arrives with it.
public enum APIRequestClaim: Hashable, Sendable {
    /// The key is new (or its first attempt was abandoned): run the request, then `finishAPIRequest`.
    case fresh
    /// The same request was answered before: send this again.
    case replay(StoredAPIResponse)
    /// The key was used for a different request (another method, path or body).
    case mismatch
    /// The first request with this key is still running.
    case inProgress
}

extension SQLBookingStore {
    /// Claims `key` for a request with `fingerprint`, in one write: a new key is recorded as running.
    ///
    /// A running claim older than `staleAfter` seconds is taken over (its process died before answering); keys older
    /// than `keepFor` seconds are forgotten, so the table stays small.
    public func claimAPIRequest(key: String, fingerprint: String, at now: Date, staleAfter: TimeInterval = 60,
                                keepFor: TimeInterval = 86_400) async throws -> APIRequestClaim {
        try await writing { db in
            try db.execute("DELETE FROM api_request WHERE created_at < ?", [now.timeIntervalSince1970 - keepFor])
            guard let row = try db.row("SELECT * FROM api_request WHERE key = ?", [key]) else {
                try db.execute("INSERT INTO api_request (key, fingerprint, created_at) VALUES (?, ?, ?)", [key, fingerprint, now.timeIntervalSince1970])
                return .fresh
            }
            guard row["fingerprint"] as String == fingerprint else { return .mismatch }
            if let status: Int = row["status"] {
                let body: Data = row["body"] ?? Data()
                return .replay(StoredAPIResponse(status: status, contentType: row["content_type"], location: row["location"], body: Array(body)))
            }
            guard now.timeIntervalSince1970 - (row["created_at"] as Double) > staleAfter else { return .inProgress }
            try db.execute("UPDATE api_request SET created_at = ? WHERE key = ?", [now.timeIntervalSince1970, key])
            return .fresh
        }
    }

    /// Records the response to a claimed key, to be replayed for a retry.
    public func finishAPIRequest(key: String, response: StoredAPIResponse, at now: Date) async throws {
        try await writing { db in
            try db.execute("UPDATE api_request SET status = ?, content_type = ?, location = ?, body = ?, completed_at = ? WHERE key = ?", [response.status, response.contentType, response.location, Data(response.body),
                                       now.timeIntervalSince1970, key])
        }
    }

    /// Forgets a claimed key whose request failed without an answer worth keeping, so a retry runs again.
    public func releaseAPIRequest(key: String) async throws {
        try await writing { db in
            try db.execute("DELETE FROM api_request WHERE key = ? AND status IS NULL", [key])
        }
    }
}
