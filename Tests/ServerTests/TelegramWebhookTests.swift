import BookingCore
import Channels
import Engine
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Server
import Store
import Testing

@Suite("The Telegram webhook and start links", .serialized)
struct TelegramWebhookTests {
    static func text(_ id: Int, chat: Int64, _ text: String, language: String = "en") -> String {
        #"{"update_id":\#(id),"message":{"message_id":\#(id),"from":{"id":\#(chat),"is_bot":false,"first_name":"O","language_code":"\#(language)"},"chat":{"id":\#(chat),"type":"private"},"date":1764000000,"text":"\#(text)"}}"#
    }

    static func post(_ client: some TestClientProtocol, _ body: String, secret: String? = MessengerSpa.telegramSecret) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let secret { headers[.telegramSecret] = secret }
        return try await client.execute(uri: "/webhooks/telegram", method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    @Test("a wrong or missing secret gets 403 and changes nothing; a malformed body 400; polling mode has no webhook (404)")
    func refused() async throws {
        let spa = try await MessengerSpa()
        let code = try await spa.store.createTelegramLinkCode(for: "olivia", at: Date())
        try await spa.app.test(.router) { client async throws in
            #expect(try await Self.post(client, Self.text(1, chat: 777, "/start \(code)"), secret: nil).status == .forbidden)
            #expect(try await Self.post(client, Self.text(1, chat: 777, "/start \(code)"), secret: "tg_secret-0123456788").status == .forbidden)
            #expect(try await Self.post(client, "{\"update_id\": \"one\"}").status == .badRequest)
            #expect(try await Self.post(client, "not json").status == .badRequest)
        }
        #expect(try await spa.store.client("olivia")?.addresses[.telegram] == nil)
        let polling = try await MessengerSpa(telegramWebhook: false)
        try await polling.app.test(.router) { client async throws in
            #expect(try await Self.post(client, Self.text(1, chat: 777, "hello")).status == .notFound)
        }
    }

    @Test("a start link links the chat once, welcomes the client there, and their replies and taps then work on Telegram")
    func startLink() async throws {
        let spa = try await MessengerSpa()
        let code = try await spa.store.createTelegramLinkCode(for: "olivia", at: Date())
        let telegram = try #require(spa.phones[.telegram])
        try await spa.app.test(.router) { client async throws in
            let start = Self.text(501, chat: 777, "/start \(code)")
            #expect(try await Self.post(client, start).status == .ok)
            #expect(try await Self.post(client, start).status == .ok, "Telegram's retry of the same update")
            try await spa.engine.dispatchDue()
            let olivia = try #require(try await spa.store.client("olivia"))
            #expect(olivia.addresses[.telegram] == "777" && olivia.preferredChannel == .telegram)
            #expect(telegram.inbox("777").map(\.body) == [
                "Hi Olivia, you're all set! Soho Wellness will send your appointment reminders and updates to this chat. You can reply here in your own words at any time.",
            ])

            // Someone else using the same link is told it has gone, in their own language.
            #expect(try await Self.post(client, Self.text(502, chat: 888, "/start \(code)", language: "es")).status == .ok)
            try await spa.engine.dispatchDue()
            #expect(telegram.inbox("888").map(\.body) == ["Lo sentimos, este enlace ha caducado o ya se ha usado. Pide a Soho Wellness uno nuevo."])
            #expect(try await spa.store.client(channel: .telegram, address: "888") == nil)

            // Olivia taps the link again: welcomed again, nothing else changes.
            #expect(try await Self.post(client, Self.text(503, chat: 777, "/start \(code)")).status == .ok)
            try await spa.engine.dispatchDue()
            #expect(telegram.inbox("777").count == 2)

            // A tapped "confirm" button under a reminder confirms her visit; the receipt comes back on Telegram.
            let tap = #"{"update_id":504,"callback_query":{"id":"q-504","from":{"id":777,"is_bot":false,"first_name":"Olivia"},"message":{"message_id":9,"chat":{"id":777,"type":"private"},"date":1764000000,"text":"Will you be coming?","reply_markup":{"inline_keyboard":[[{"text":"Yes, I'll be there","callback_data":"confirm"}]]}},"chat_instance":"1","data":"confirm"}}"#
            #expect(try await Self.post(client, tap).status == .ok)
            try await spa.engine.dispatchDue()
        }
        #expect(try await spa.store.appointment("a1")?.status == .confirmed)
        #expect(telegram.inbox("777").last?.body.contains("confirmed") == true)
        let log = try await spa.store.messages(party: "client:olivia").filter { $0.direction == "in" }.map(\.body)
        #expect(log == ["/start \(code)", "/start \(code)", "Yes, I'll be there"])
    }

    @Test("an expired code and a bare /start from a stranger get a polite answer and link nothing")
    func expiredAndMissing() async throws {
        let spa = try await MessengerSpa()
        let old = try await spa.store.createTelegramLinkCode(for: "olivia", at: Date().addingTimeInterval(-8 * 86_400))
        let telegram = try #require(spa.phones[.telegram])
        try await spa.app.test(.router) { client async throws in
            #expect(try await Self.post(client, Self.text(601, chat: 777, "/start \(old)")).status == .ok)
            #expect(try await Self.post(client, Self.text(602, chat: 999, "/start", language: "ru")).status == .ok)
            #expect(try await Self.post(client, Self.text(603, chat: 778, "/start nosuchcode")).status == .ok)
        }
        try await spa.engine.dispatchDue()
        #expect(telegram.inbox("777").map(\.body) == ["Sorry, this link has expired or has already been used. Please ask Soho Wellness for a new one."])
        #expect(telegram.inbox("778").map(\.name) == ["telegram_link_expired"])
        #expect(telegram.inbox("999").map(\.body)
                == ["Здравствуйте! Это Soho Wellness. Чтобы получать здесь сообщения о ваших записях, откройте личную ссылку, которую мы вам прислали, или попросите её у нас."])
        #expect(try await spa.store.client("olivia")?.addresses[.telegram] == nil)
    }

    @Test("a code links one client; a chat that belonged to another client moves over, and that is audited")
    func moveChat() async throws {
        let spa = try await MessengerSpa()
        try await spa.store.save(Client(id: "oleg", firstName: "Oleg", addresses: [.telegram: "777"], preferredChannel: .telegram, locale: "ru"))
        let code = try await spa.store.createTelegramLinkCode(for: "olivia", at: Date())
        let outcome = try await spa.engine.linkTelegram(TelegramStart(chat: "777", code: code, providerID: "700"))
        #expect(outcome == .linked("olivia"))
        #expect(try await spa.engine.linkTelegram(TelegramStart(chat: "777", code: code, providerID: "700")) == .duplicate)
        let oleg = try #require(try await spa.store.client("oleg"))
        #expect(oleg.addresses[.telegram] == nil && oleg.preferredChannel == nil)
        #expect(try await spa.store.client(channel: .telegram, address: "777")?.id == "olivia")
    }
}
