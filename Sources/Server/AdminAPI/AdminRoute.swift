import BookingCore
import Channels
import Crypto
import Engine
import Foundation
import Hummingbird
import Store

/// One route of the admin API: its method and OpenAPI-style path (`/api/v1/clients/{id}`), and what answers it.
/// The router is built from this table and the test compares it with docs/openapi.yaml, so the two can't drift.
struct AdminRoute: Sendable {
    let method: HTTPRequest.Method
    let path: String
    let handle: @Sendable (AdminCall) async throws -> APIResponse

    init(_ method: HTTPRequest.Method, _ path: String, _ handle: @escaping @Sendable (AdminCall) async throws -> APIResponse) {
        self.method = method
        self.path = AdminAPI.prefix + path
        self.handle = handle
    }

    /// The names of the path's `{parameters}`.
    var parameterNames: [String] {
        path.split(separator: "/").filter { $0.hasPrefix("{") && $0.hasSuffix("}") }.map { String($0.dropFirst().dropLast()) }
    }
}

/// One admin API request as a handler sees it: path parameters, the query, the body, the engine event key and "now".
struct AdminCall: Sendable {
    let engine: Engine
    let store: any BookingStore
    let request: Request
    let parameters: [String: String]
    let body: [UInt8]
    /// The key of the engine event this request causes: `api:<Idempotency-Key>:<fingerprint>`, or a fresh one without a key.
    let eventKey: String
    /// The `Idempotency-Key` header, when given.
    let idempotencyKey: String?
    let now: Date
    /// The business's Telegram bot, when Telegram is configured (start links).
    var telegram: TelegramBot? = nil
    /// What one SMS segment costs, for the reports.
    var smsSegmentPrice: Money? = nil

    /// Who the audit trail says acted.
    var actor: Actor { .external("admin-api") }

    /// The staff member `id` names; when nobody has that id, the problem is noted on `f`'s `staffId` and nil returned.
    func staffMember(_ id: String, in f: JSONFields) async throws -> StaffMember? {
        if let member = try await store.staff(at: nil).first(where: { $0.id.rawValue == id }) { return member }
        f.problem("staffId", "no staff member with id \"\(id)\"")
        return nil
    }

    /// A path parameter (present by construction of the route).
    func parameter(_ name: String) -> String { parameters[name] ?? "" }

    /// The query string reader.
    func query() -> QueryParameters { QueryParameters(request) }

    /// The JSON body's reader: 415 for a body that says it isn't JSON, 400 for one that isn't, 422 for a non-object.
    func fields() throws(APIProblem) -> JSONFields {
        let isBlank = body.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        if !isBlank, let type = request.headers[.contentType]?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased(),
           type != "application/json", !type.hasSuffix("+json") {
            throw APIProblem(.unsupportedMediaType, "unsupported-media-type", title: "The body must be JSON",
                             detail: "the body is \(type); send application/json",
                             errors: [.init(field: "Content-Type", detail: "must be application/json")])
        }
        return JSONFields(try JSONValue.object(from: body))
    }

    /// An id derived from the event key when the request has an Idempotency-Key (so a retry whose first answer was lost
    /// finds what it made), else a fresh one.
    func newID(_ prefix: String) -> String {
        guard idempotencyKey != nil else { return "\(prefix)-\(UUID().uuidString.prefix(8).lowercased())" }
        let digest = SHA256.hash(data: Data(eventKey.utf8))
        return "\(prefix)-" + digest.prefix(6).map { String(format: "%02x", $0) }.joined()
    }
}
