import Foundation
import Hummingbird

/// An RFC 9457 problem: what went wrong with a request, sent as `application/problem+json`.
///
/// `type` names the kind of problem (`urn:slotkeeper:problem:…`, listed in docs/api.md); `errors` names each offending
/// field with what is wrong with it, and `field` repeats the first one for clients that look at one field only.
struct APIProblem: Error, Sendable, Encodable {
    /// One offending field (a body member, a query parameter or a header) and what is wrong with it.
    struct FieldError: Sendable, Encodable, Hashable {
        var field: String
        var detail: String
    }

    var type: String
    var title: String
    var status: Int
    var detail: String
    var errors: [FieldError]
    /// Extra headers (`WWW-Authenticate`); not part of the body.
    var headers: [(String, String)] = []

    init(_ status: HTTPResponse.Status, _ kind: String, title: String, detail: String, errors: [FieldError] = []) {
        self.type = "urn:slotkeeper:problem:\(kind)"
        self.title = title
        self.status = status.code
        self.detail = detail
        self.errors = errors
    }

    enum CodingKeys: String, CodingKey { case type, title, status, detail, errors, field }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(type, forKey: .type)
        try c.encode(title, forKey: .title)
        try c.encode(status, forKey: .status)
        try c.encode(detail, forKey: .detail)
        if !errors.isEmpty {
            try c.encode(errors, forKey: .errors)
            try c.encode(errors[0].field, forKey: .field)
        }
    }

    /// The response carrying this problem.
    var response: APIResponse {
        var r = APIResponse(status: HTTPResponse.Status(code: status), body: APIResponse.encode(self), contentType: APIResponse.problemJSON)
        r.headers = headers
        return r
    }

    // MARK: The problems the API gives

    /// 422: fields that are missing, unknown, malformed or refer to nothing.
    static func invalid(_ errors: [FieldError]) -> APIProblem {
        let detail = errors.count == 1 ? "\(errors[0].field): \(errors[0].detail)"
            : "\(errors.count) fields are invalid: " + errors.map(\.field).joined(separator: ", ")
        return APIProblem(.unprocessableContent, "invalid-request", title: "The request has invalid fields", detail: detail, errors: errors)
    }

    /// 422 for one field.
    static func invalid(_ field: String, _ detail: String) -> APIProblem { invalid([FieldError(field: field, detail: detail)]) }

    /// 400: the body can't be read at all.
    static func malformed(_ detail: String) -> APIProblem {
        APIProblem(.badRequest, "malformed-request", title: "The request body is not valid JSON", detail: detail)
    }

    /// 404: the resource in the path doesn't exist.
    static func notFound(_ kind: String, _ id: String) -> APIProblem {
        APIProblem(.notFound, "not-found", title: "No such \(kind)", detail: "no \(kind) with id \"\(id)\"")
    }

    /// 503: a provider the request needs did not answer.
    static func unavailable(_ kind: String, title: String, detail: String) -> APIProblem {
        APIProblem(.serviceUnavailable, kind, title: title, detail: detail)
    }

    /// 409: the request conflicts with the current state.
    static func conflict(_ kind: String, title: String, detail: String, field: String? = nil) -> APIProblem {
        APIProblem(.conflict, kind, title: title, detail: detail, errors: field.map { [FieldError(field: $0, detail: detail)] } ?? [])
    }
}

/// What a handler answers: a status, a JSON (or empty) body and, for a created resource, its `Location`.
struct APIResponse: Sendable {
    static let jsonType = "application/json"
    static let problemJSON = "application/problem+json"

    var status: HTTPResponse.Status
    var body: [UInt8]
    var contentType: String?
    var location: String?
    var headers: [(String, String)] = []

    init(status: HTTPResponse.Status, body: [UInt8], contentType: String?, location: String? = nil) {
        self.status = status
        self.body = body
        self.contentType = contentType
        self.location = location
    }

    /// A JSON body.
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok, location: String? = nil) -> APIResponse {
        APIResponse(status: status, body: encode(value), contentType: jsonType, location: location)
    }

    /// 204, nothing to say.
    static let noContent = APIResponse(status: .noContent, body: [], contentType: nil)

    /// Stable JSON: sorted keys, ISO 8601 instants in UTC.
    static func encode(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        // The API's own value types always encode; a failure here is a programming error worth seeing in tests.
        return Array((try? encoder.encode(value)) ?? Data("{}".utf8))
    }

    /// The Hummingbird response.
    var http: Response {
        var fields = HTTPFields()
        if let contentType { fields[.contentType] = contentType }
        if let location { fields[.location] = location }
        for (name, value) in headers { if let n = HTTPFields.Element.Name(name) { fields.append(HTTPFields.Element(name: n, value: value)) } }
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}
