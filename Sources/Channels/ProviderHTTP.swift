import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// What a provider's API answered.
public struct ProviderResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public init(status: Int, headers: [(name: String, value: String)] = [], body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The body as a JSON object, when it is one.
    public var json: [String: Any]? { try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] }

    public func header(_ name: String) -> String? { headers.first { $0.name.lowercased() == name.lowercased() }?.value }

    /// Seconds from a `Retry-After` header given in seconds.
    public var retryAfter: TimeInterval? { header("retry-after").flatMap { TimeInterval($0.trimmingCharacters(in: .whitespaces)) } }
}

/// The one HTTP client every adapter uses to call its provider: a shared connection pool, a deadline per call,
/// and transport failures (refused, reset, timed out) reported as transient, so the dispatcher retries them.
public struct ProviderHTTP: Sendable {
    let client: HTTPClient
    /// How long one call may take from connecting to the last byte.
    public var timeout: TimeAmount

    public init(client: HTTPClient = .shared, timeout: TimeAmount = .seconds(15)) {
        self.client = client
        self.timeout = timeout
    }

    /// Sends one request; the body is answered up to 1 MiB.
    public func call(_ method: HTTPMethod, _ url: String, headers: [(String, String)] = [], body: [UInt8]? = nil,
                     timeout: TimeAmount? = nil) async throws(SendFailure) -> ProviderResponse {
        var request = HTTPClientRequest(url: url)
        request.method = method
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
        do {
            let response = try await client.execute(request, timeout: timeout ?? self.timeout)
            let bytes = try await response.body.collect(upTo: 1 << 20)
            return ProviderResponse(status: Int(response.status.code), headers: response.headers.map { ($0.name, $0.value) },
                                    body: Array(bytes.readableBytesView))
        } catch {
            let host = URL(string: url)?.host ?? "provider"
            // Not connected: the provider never saw the request, so trying again is safe. Anything later (no answer in time, the
            // connection dropped) may have come after the provider acted on it.
            if Self.neverArrived(error) { throw .transient("\(host) unreachable: \(Self.describe(error))", retryAfter: nil) }
            throw .unknown("\(host) did not answer: \(Self.describe(error))")
        }
    }

    /// A form-encoded POST.
    public func postForm(_ url: String, _ fields: [(String, String)], headers: [(String, String)] = []) async throws(SendFailure) -> ProviderResponse {
        try await call(.POST, url, headers: headers + [("Content-Type", "application/x-www-form-urlencoded")], body: Array(FormBody.encode(fields).utf8))
    }

    /// A JSON POST.
    public func postJSON(_ url: String, _ object: Any, headers: [(String, String)] = [], timeout: TimeAmount? = nil) async throws(SendFailure) -> ProviderResponse {
        let data: Data
        do { data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) } catch {
            throw .permanent("the request could not be encoded: \(error)")
        }
        return try await call(.POST, url, headers: headers + [("Content-Type", "application/json")], body: Array(data), timeout: timeout)
    }

    /// `Authorization: Basic …` for a user and password.
    public static func basicAuth(_ user: String, _ password: String) -> (String, String) {
        ("Authorization", "Basic " + Data("\(user):\(password)".utf8).base64EncodedString())
    }

    /// Whether a failed request certainly never reached the provider (the connection itself failed).
    static func neverArrived(_ error: any Error) -> Bool {
        if let e = error as? HTTPClientError, e == .connectTimeout { return true }
        if error is NIOConnectionError { return true }
        if let e = error as? ChannelError, case .connectTimeout = e { return true }
        if let e = error as? IOError, [ECONNREFUSED, ENETUNREACH, EHOSTUNREACH].contains(e.errnoCode) { return true }
        let text = String(describing: error)
        return text.contains("connectionRefused") || text.contains("Connection refused") || text.contains("connectTimeout")
    }

    static func describe(_ error: any Error) -> String {
        if let e = error as? HTTPClientError, e == .deadlineExceeded || e == .readTimeout || e == .connectTimeout { return "timed out" }
        return String(describing: error)
    }

    /// The generic reading of an HTTP failure: 429 and 5xx are worth retrying (honouring `Retry-After`), other 4xx are not.
    public static func failure(_ response: ProviderResponse, _ what: String) -> SendFailure {
        if response.status == 429 || response.status >= 500 || response.status == 408 {
            return .transient("\(what): HTTP \(response.status)", retryAfter: response.retryAfter)
        }
        return .permanent("\(what): HTTP \(response.status)")
    }
}
