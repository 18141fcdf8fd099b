import BookingCore
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Server
import Testing

@Suite("The /simulator page", .serialized)
struct SimulatorPageTests {
    @Test("a person plays Olivia's phone: her reply goes through the pipeline and SlotKeeper's answer shows at once")
    func playsAPhone() async throws {
        let spa = try await SMSWebhookTests.spa()
        let app = Application(router: buildRouter(engine: spa.engine, store: spa.store,
                                                  configuration: ServerConfiguration(publicURL: "http://localhost", twilioAuthToken: nil, simulator: true)))
        try await app.test(.router) { client in
            let page = try await client.execute(uri: "/simulator", method: .get)
            #expect(page.status == .ok && page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(String(buffer: page.body).contains("Play a client"))
            let clients = try await client.execute(uri: "/simulator/clients", method: .get)
            #expect(String(buffer: clients.body).contains(#""name":"Olivia"#))
            let json: HTTPFields = [.contentType: "application/json"]
            let form = try await client.execute(uri: "/simulator/thread/olivia", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                                body: ByteBuffer(string: #"{"text":"cancel"}"#))
            #expect(form.status == .unsupportedMediaType, "a form posted by another website is refused")
            let reply = try await client.execute(uri: "/simulator/thread/olivia", method: .post, headers: json,
                                                 body: ByteBuffer(string: #"{"text":"yes see you then"}"#))
            #expect(reply.status == .ok)
            let thread = try JSONSerialization.jsonObject(with: Data(String(buffer: reply.body).utf8)) as? [[String: String]] ?? []
            #expect(thread.map { $0["direction"] ?? "" } == ["in", "out"])
            #expect(thread.last?["body"]?.contains("confirmed") == true, "the receipt is there without waiting for the next tick")
            let empty = try await client.execute(uri: "/simulator/thread/olivia", method: .post, headers: json, body: ByteBuffer(string: "{}"))
            #expect(empty.status == .badRequest)
            let unknown = try await client.execute(uri: "/simulator/thread/nobody", method: .get)
            #expect(unknown.status == .notFound)
        }
        #expect(try await spa.store.appointment("a1")?.status == .confirmed)
    }

    @Test("without --simulate there is no simulator: nobody can impersonate a client")
    func offInProduction() async throws {
        let spa = try await SMSWebhookTests.spa()
        try await spa.app.test(.router) { client in
            let page = try await client.execute(uri: "/simulator", method: .get)
            #expect(page.status == .notFound)
            let reply = try await client.execute(uri: "/simulator/thread/olivia", method: .post, body: ByteBuffer(string: #"{"text":"yes"}"#))
            #expect(reply.status == .notFound)
        }
    }
}
