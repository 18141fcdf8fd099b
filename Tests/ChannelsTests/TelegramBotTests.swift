import BookingCore
import Channels
import Foundation
import Testing

@Suite("Telegram: sending")
struct TelegramBotTests {
    static func message(_ body: String = "Hi Oleg, your Swedish massage is on Tue 24 Nov at 10:00. Will you be coming?",
                        buttons: [OutboundMessage.Button] = []) -> OutboundMessage {
        OutboundMessage(id: 7, channel: .telegram, address: "5001", body: body, buttons: buttons, name: "reminder_confirm")
    }

    @Test("a message with buttons goes as sendMessage with an inline keyboard, one button a row; the id is chat:message")
    func inlineKeyboard() async throws {
        let fake = FakeTelegram.make()
        let id = try await fake.serve { base in
            try await FakeTelegram.bot(base).send(Self.message(buttons: [.init(title: "Yes, I'll be there", payload: "confirm"),
                                                                         .init(title: "Change the time", payload: "reschedule")]))
        }
        #expect(id == "5001:101")
        let call = try #require(fake.calls(to: "sendMessage").first)
        #expect(call.path == "/bot\(FakeTelegram.token)/sendMessage")
        #expect(call.headers["content-type"] == "application/json")
        let sent = String(decoding: call.body, as: UTF8.self)
        #expect(sent == #"{"chat_id":5001,"reply_markup":{"inline_keyboard":[[{"callback_data":"confirm","text":"Yes, I'll be there"}],"#
                + #"[{"callback_data":"reschedule","text":"Change the time"}]]},"text":"Hi Oleg, your Swedish massage is on Tue 24 Nov at 10:00. Will you be coming?"}"#)
    }

    @Test("a payload longer than 64 bytes is left out with a clear problem; the others stay")
    func longPayload() async throws {
        let long = String(repeating: "x", count: 65)
        let keyboard = TelegramBot.inlineKeyboard([.init(title: "Fine", payload: "confirm"), .init(title: "Too long", payload: long)])
        #expect(keyboard.problems == ["button \"Too long\" left out: its payload \"\(long)\" is 65 bytes, and Telegram's callback_data takes 1 to 64"])
        #expect(((keyboard.markup?["inline_keyboard"] as? [[[String: Any]]])?.count) == 1)
        #expect(TelegramBot.inlineKeyboard([.init(title: "Empty", payload: "")]).markup == nil)

        let fake = FakeTelegram.make(), lines = LogLines()
        _ = try await fake.serve { base in
            try await FakeTelegram.bot(base, logger: lines).send(Self.message(buttons: [.init(title: "Too long", payload: long)]))
        }
        #expect(fake.calls(to: "sendMessage").first?.json["reply_markup"] == nil, "no keyboard is left to send")
        #expect(lines.all.contains { $0.contains("outbox 7: button \"Too long\" left out") })
    }

    @Test("text over 4096 characters goes as several messages at line breaks; the keyboard rides on the last")
    func longText() async throws {
        let paragraph = String(repeating: "Lorem ipsum dolor sit amet. ", count: 50).trimmingCharacters(in: .whitespaces)  // 1399 characters
        let body = [paragraph, paragraph, paragraph, paragraph].joined(separator: "\n\n")  // 5602 characters
        let fake = FakeTelegram.make()
        let id = try await fake.serve { base in
            try await FakeTelegram.bot(base).send(Self.message(body, buttons: [.init(title: "Yes", payload: "confirm")]))
        }
        let calls = fake.calls(to: "sendMessage")
        #expect(calls.count == 2)
        #expect(id == "5001:102", "the provider id is the message that carries the buttons")
        let texts = calls.compactMap { $0.json["text"] as? String }
        #expect(texts.allSatisfy { $0.utf16.count <= 4096 })
        #expect(texts[0].hasSuffix("amet."), "cut at a paragraph break, trailing space dropped")
        #expect(texts.joined(separator: "\n\n") == body)
        #expect(calls[0].json["reply_markup"] == nil && calls[1].json["reply_markup"] != nil)
    }

    @Test("failures read as the dispatcher needs them", arguments: [
        (FakeTelegram.error(429, "Too Many Requests: retry after 7", retryAfter: 7), SendFailure.transient("Telegram 429: Too Many Requests: retry after 7", retryAfter: 7)),
        (FakeTelegram.error(500, "Internal Server Error"), .transient("Telegram 500: Internal Server Error", retryAfter: nil)),
        (FakeTelegram.error(502, "Bad Gateway"), .transient("Telegram 502: Bad Gateway", retryAfter: nil)),
        (FakeTelegram.error(403, "Forbidden: bot was blocked by the user"), .optedOut("Telegram 403: Forbidden: bot was blocked by the user")),
        (FakeTelegram.error(403, "Forbidden: user is deactivated"), .permanent("Telegram 403: Forbidden: user is deactivated")),
        (FakeTelegram.error(400, "Bad Request: chat not found"), .permanent("Telegram 400: Bad Request: chat not found")),
    ])
    func failures(reply: FakeProvider.Reply, expected: SendFailure) async throws {
        let fake = FakeTelegram.make()
        fake.script("sendMessage", [reply])
        let outcome = try await fake.serve { base in
            await attempt { () async throws(SendFailure) in try await FakeTelegram.bot(base).send(Self.message()) }
        }
        #expect(outcome == .failure(expected))
    }

    @Test("a refused token is permanent and logged with what to fix")
    func badToken() async throws {
        let fake = FakeTelegram.make(), lines = LogLines()
        fake.script("sendMessage", [FakeTelegram.error(401, "Unauthorized")])
        await #expect(throws: SendFailure.permanent("Telegram 401: Unauthorized")) {
            try await fake.serve { base in try await FakeTelegram.bot(base, logger: lines).send(Self.message()) }
        }
        #expect(lines.all.contains { $0.contains("check SLOTKEEPER_TELEGRAM_TOKEN") })
        #expect(!lines.all.contains { $0.contains(FakeTelegram.token) }, "the token is never logged")
    }

    @Test("no answer within the deadline is a transient failure")
    func timeout() async throws {
        let fake = FakeTelegram.make()
        fake.script("sendMessage", [.init(status: 200, body: #"{"ok":true,"result":{"message_id":1,"chat":{"id":5001}}}"#, delay: .seconds(1))])
        let outcome = try await fake.serve { base in
            await attempt { () async throws(SendFailure) in try await FakeTelegram.bot(base, timeout: .milliseconds(100)).send(Self.message()) }
        }
        guard case .failure(.transient(let text, nil)) = outcome else { Issue.record("expected a transient failure, got \(outcome)"); return }
        #expect(text.contains("timed out"))
    }

    @Test("setWebhook sends the URL, the secret and the update types; getMe gives the start link's bot")
    func webhookAndStartLink() async throws {
        let fake = FakeTelegram.make()
        let name = try await fake.serve { base in
            let bot = FakeTelegram.bot(base)
            try await bot.setWebhook(url: "https://spa.example.com/webhooks/telegram", secret: "s3cret_token-1")
            return try await bot.username()
        }
        let call = try #require(fake.calls(to: "setWebhook").first)
        #expect(call.json["url"] as? String == "https://spa.example.com/webhooks/telegram")
        #expect(call.json["secret_token"] as? String == "s3cret_token-1")
        #expect(call.json["allowed_updates"] as? [String] == ["message", "callback_query"])
        #expect(TelegramBot.startLink(username: name, code: "Ab3dE") == "https://t.me/soho_wellness_bot?start=Ab3dE")
    }
}

@Suite("Telegram: settings")
struct TelegramSettingsTests {
    @Test("off without a token; polling by default; a webhook secret needs the public URL and Telegram's alphabet")
    func settings() throws {
        #expect(try TelegramBot.Settings(SettingsReader([:]), publicURL: nil) == nil)
        let polling = try #require(try TelegramBot.Settings(SettingsReader(["SLOTKEEPER_TELEGRAM_TOKEN": FakeTelegram.token]), publicURL: nil))
        #expect(!polling.usesWebhook)
        #expect(polling.apiBase == "https://api.telegram.org")
        let env = ["SLOTKEEPER_TELEGRAM_TOKEN": FakeTelegram.token, "SLOTKEEPER_TELEGRAM_WEBHOOK_SECRET": "abc_DEF-123"]
        let hooked = try #require(try TelegramBot.Settings(SettingsReader(env), publicURL: "https://spa.example.com/"))
        #expect(hooked.webhookURL == "https://spa.example.com/webhooks/telegram")
        #expect(throws: SettingError.self) { try TelegramBot.Settings(SettingsReader(env), publicURL: nil) }
        do {
            _ = try TelegramBot.Settings(SettingsReader(env), publicURL: nil)
        } catch {
            #expect(error.name == "SLOTKEEPER_PUBLIC_URL")
        }
        do {
            _ = try TelegramBot.Settings(SettingsReader(env.merging(["SLOTKEEPER_TELEGRAM_WEBHOOK_SECRET": "not allowed!"]) { $1 }),
                                         publicURL: "https://spa.example.com")
            Issue.record("a secret with a space and ! must be refused")
        } catch {
            #expect(error.name == "SLOTKEEPER_TELEGRAM_WEBHOOK_SECRET")
        }
        do {
            _ = try TelegramBot.Settings(SettingsReader(["SLOTKEEPER_TELEGRAM_TOKEN": "not-a-token"]), publicURL: nil)
            Issue.record("a malformed token must be refused")
        } catch {
            #expect(error.name == "SLOTKEEPER_TELEGRAM_TOKEN")
            #expect(!error.description.contains("not-a-token"), "a token is a secret: the error does not repeat it")
        }
    }
}
