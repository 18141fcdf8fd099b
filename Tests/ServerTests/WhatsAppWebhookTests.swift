import BookingCore
import Channels
import Engine
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Server
import Store
import Testing

@Suite("The WhatsApp webhook", .serialized)
struct WhatsAppWebhookTests {
    static func body(_ value: String) -> String {
        #"{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},\#(value)}}]}]}"#
    }

    static func message(_ id: String, _ text: String) -> String {
        body(#""contacts":[{"profile":{"name":"Olivia"},"wa_id":"447700900101"}],"messages":[{"from":"447700900101","id":"\#(id)","timestamp":"1764000000","type":"text","text":{"body":"\#(text)"}}]"#)
    }

    static func post(_ client: some TestClientProtocol, _ body: String, signature: String?? = .none) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/json"]
        switch signature {
        case .none: headers[.hubSignature] = WhatsAppSignature(appSecret: MessengerSpa.whatsApp.appSecret).header(for: Array(body.utf8))
        case .some(.some(let given)): headers[.hubSignature] = given
        case .some(.none): break
        }
        return try await client.execute(uri: "/webhooks/whatsapp", method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    @Test("Meta's subscription check: the challenge comes back as text when the verify token matches, else 403")
    func verification() async throws {
        let spa = try await MessengerSpa()
        try await spa.app.test(.router) { client async throws in
            let ok = try await client.execute(uri: "/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=verify-me-please&hub.challenge=1158201444",
                                              method: .get)
            #expect(ok.status == .ok)
            #expect(String(buffer: ok.body) == "1158201444")
            #expect(ok.headers[.contentType]?.hasPrefix("text/plain") == true)
            for query in ["hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1", "hub.mode=unsubscribe&hub.verify_token=verify-me-please&hub.challenge=1",
                          "hub.mode=subscribe&hub.challenge=1", ""] {
                #expect(try await client.execute(uri: "/webhooks/whatsapp?\(query)", method: .get).status == .forbidden, "\(query)")
            }
        }
    }

    @Test("a signed message is applied before the 200, once though Meta sends it twice; bad or missing signatures 403, non-JSON 400")
    func messages() async throws {
        let spa = try await MessengerSpa()
        let yes = Self.message("wamid.IN1", "Yes, see you then!")
        try await spa.app.test(.router) { client async throws in
            #expect(try await Self.post(client, yes, signature: .some(nil)).status == .forbidden)
            #expect(try await Self.post(client, yes, signature: "sha256=" + String(repeating: "0", count: 64)).status == .forbidden)
            #expect(try await Self.post(client, "not json").status == .badRequest)
            #expect(try await spa.store.appointment("a1")?.status == .booked, "nothing applied yet")
            #expect(try await Self.post(client, yes).status == .ok)
            #expect(try await Self.post(client, yes).status == .ok)
        }
        #expect(try await spa.store.appointment("a1")?.status == .confirmed)
        try await spa.engine.dispatchDue()
        let whatsapp = try #require(spa.phones[.whatsapp])
        #expect(whatsapp.inbox("447700900101").count == 1, "one receipt, on WhatsApp where she wrote")
        #expect(whatsapp.inbox("447700900101").first?.lastInbound != nil, "the dispatcher tells the sender when she last wrote")
    }

    @Test("a tapped reply button means its payload")
    func button() async throws {
        let spa = try await MessengerSpa()
        let tap = Self.body(#""messages":[{"from":"447700900101","id":"wamid.IN2","timestamp":"1764000000","type":"interactive","interactive":{"type":"button_reply","button_reply":{"id":"cancel","title":"I can't come"}}}]"#)
        try await spa.app.test(.router) { client async throws in
            #expect(try await Self.post(client, tap).status == .ok)
        }
        try await spa.engine.dispatchDue()
        let asked = try #require(spa.phones[.whatsapp]?.inbox("447700900101").first)
        #expect(asked.name == "confirm_cancel", "a cancel is checked first, as the conversation rules say")
        #expect(asked.buttons.map(\.payload) == ["confirm", "decline"])
    }

    @Test("statuses reach the message log; a failed one outside the 24-hour window falls back to SMS")
    func statuses() async throws {
        let spa = try await MessengerSpa()
        try await spa.app.test(.router) { client async throws in
            #expect(try await Self.post(client, Self.message("wamid.IN3", "Yes, see you then!")).status == .ok)
            try await spa.engine.dispatchDue()
            let sent = try #require(spa.phones[.whatsapp]?.delivered.first?.providerID)
            let failed = Self.body(#""statuses":[{"id":"\#(sent)","status":"failed","timestamp":"1764000100","recipient_id":"447700900101","errors":[{"code":131047,"title":"Re-engagement message","error_data":{"details":"more than 24 hours have passed"}}]}]"#)
            #expect(try await Self.post(client, failed).status == .ok)
        }
        try await spa.engine.settle()
        let sms = try #require(spa.phones[.sms]?.inbox("+447700900101"))
        #expect(sms.map(\.name) == ["confirmation_receipt"], "the receipt went out again by SMS")
        let out = try await spa.store.messages(party: "client:olivia").filter { $0.direction == "out" }
        #expect(out.map(\.channel) == [.whatsapp, .sms])
        #expect(out.first?.status == "failed")
    }

    @Test("a delivered status marks the message delivered")
    func delivered() async throws {
        let spa = try await MessengerSpa()
        try await spa.app.test(.router) { client async throws in
            #expect(try await Self.post(client, Self.message("wamid.IN4", "Yes, see you then!")).status == .ok)
            try await spa.engine.dispatchDue()
            let sent = try #require(spa.phones[.whatsapp]?.delivered.first?.providerID)
            let delivered = Self.body(#""statuses":[{"id":"\#(sent)","status":"delivered","timestamp":"1764000100","recipient_id":"447700900101"}]"#)
            #expect(try await Self.post(client, delivered).status == .ok)
        }
        let out = try await spa.store.messages(party: "client:olivia").filter { $0.direction == "out" }
        #expect(out.map(\.status) == ["delivered"])
    }
}
