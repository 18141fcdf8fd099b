import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Server
import Testing

@Suite("Admin API: the bearer token", .serialized)
struct AdminAuthTests {
    @Test("without a token, with a wrong one or another scheme: 401 problem with WWW-Authenticate; with the token: the data")
    func bearer() async throws {
        let spa = try await AdminSpa()
        try await spa.app.test(.router) { client in
            let missing = try await client.api(.get, "/api/v1/clients", token: nil)
            #expect(missing.status == .unauthorized)
            #expect(missing.contentType == "application/problem+json")
            #expect(missing.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
            #expect(missing.json["status"] as? Int == 401)
            #expect(missing.json["type"] as? String == "urn:slotkeeper:problem:unauthorized")
            #expect(missing.items.isEmpty, "no client data leaks")

            let wrong = try await client.api(.get, "/api/v1/clients", token: "s3cret-admin-tokeN")
            #expect(wrong.status == .unauthorized)
            #expect(wrong.headers[.wwwAuthenticate]?.contains("invalid_token") == true)

            let prefix = try await client.api(.get, "/api/v1/clients", token: "s3cret")
            #expect(prefix.status == .unauthorized, "a prefix of the token is not the token")

            let basic = try await client.execute(uri: "/api/v1/clients", method: .get, headers: [.authorization: "Basic \(AdminSpa.token)"])
            #expect(basic.status == .unauthorized)

            let right = try await client.api(.get, "/api/v1/clients")
            #expect(right.status == .ok)
            #expect(right.contentType == "application/json")
            #expect(right.items.compactMap { $0["id"] as? String } == ["maria", "olivia"])
        }
    }

    @Test("a change refused for a wrong token writes nothing")
    func refusedChange() async throws {
        let spa = try await AdminSpa()
        try await spa.app.test(.router) { client in
            let refused = try await client.api(.post, "/api/v1/clients", json: #"{"firstName":"Eve"}"#, token: "guess")
            #expect(refused.status == .unauthorized)
        }
        #expect(try await spa.store.clients().map(\.id.rawValue).sorted() == ["maria", "olivia"])
    }

    @Test("with no admin token configured the API is off: 404 even with a token, and nothing is served")
    func off() async throws {
        let spa = try await AdminSpa(adminToken: nil)
        try await spa.app.test(.router) { client in
            let answer = try await client.api(.get, "/api/v1/clients")
            #expect(answer.status == .notFound)
            #expect(answer.contentType == "application/problem+json")
            #expect(answer.body.contains("SLOTKEEPER_ADMIN_TOKEN"))
            #expect(!answer.body.contains("Olivia"))
            let create = try await client.api(.post, "/api/v1/appointments", json: "{}")
            #expect(create.status == .notFound)
        }
        let empty = try await AdminSpa(adminToken: "")
        try await empty.app.test(.router) { client in
            let answer = try await client.api(.get, "/api/v1/clients", token: "")
            #expect(answer.status == .notFound, "an empty token is no token")
        }
    }
}
