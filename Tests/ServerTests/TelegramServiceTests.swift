import BookingCore
import Channels
import Engine
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
@testable import Server
import Store
import Synchronization
import Testing

/// The Bot API as the service sees it: `getUpdates` answers the queued batches, then nothing new; every other method
/// answers `true`. Each call is reported on `seen` as it arrives.
final class FakeBotAPI: Sendable {
    /// One call: the method and its JSON body.
    struct Call: Sendable {
        var method: String
        var body: Data
        var json: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }
        var offset: Int64? { (json["offset"] as? NSNumber)?.int64Value }
    }

    private let batches: Mutex<[String]>
    private let methods = Mutex<[String]>([])
    let seen: AsyncStream<Call>
    private let report: AsyncStream<Call>.Continuation

    init(batches: [String] = []) {
        self.batches = Mutex(batches)
        (seen, report) = AsyncStream<Call>.makeStream()
    }

    /// The methods called so far, in order.
    var called: [String] { methods.withLock { $0 } }

    func serve(_ body: @escaping @Sendable (String) async throws -> Void) async throws {
        let router = Router()
        router.post("**") { request, _ -> Response in
            let method = String(request.uri.path.split(separator: "/").last ?? "")
            let bytes = try await request.body.collect(upTo: 1 << 20)
            self.methods.withLock { $0.append(method) }
            self.report.yield(Call(method: method, body: Data(bytes.readableBytesView)))
            var answer = #"{"ok":true,"result":true}"#
            if method == "getUpdates" {
                let next: String? = self.batches.withLock { $0.isEmpty ? nil : $0.removeFirst() }
                if next == nil { try? await Task.sleep(for: .milliseconds(20)) }
                answer = #"{"ok":true,"result":[\#(next ?? "")]}"#
            }
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: answer)))
        }
        var logger = Logger(label: "fake-bot-api")
        logger.logLevel = .critical
        try await Application(router: router, logger: logger).test(.live) { client in try await body("http://localhost:\(client.port!)") }
    }
}

@Suite("The Telegram service", .serialized)
struct TelegramServiceTests {
    @Test("polling: a start link's /start reaches the engine, the chat is linked, and the next poll confirms the update")
    func pollingLinks() async throws {
        let spa = try await MessengerSpa(telegramWebhook: false)
        let code = try await spa.store.createTelegramLinkCode(for: "olivia", at: Date())
        let update = #"{"update_id":800,"message":{"message_id":1,"from":{"id":4242,"is_bot":false,"first_name":"Olivia","language_code":"en"},"chat":{"id":4242,"type":"private"},"date":1764000000,"text":"/start \#(code)"}}"#
        let fake = FakeBotAPI(batches: [update])
        try await fake.serve { base in
            let bot = TelegramBot(settings: .init(token: "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", apiBase: base))
            let service = TelegramService(bot: bot, engine: spa.engine, sleep: { _ in })
            let task = Task { try await service.run() }
            for await call in fake.seen where call.method == "getUpdates" && call.offset == 801 { break }
            task.cancel()
            try await task.value
        }
        #expect(try await spa.store.client("olivia")?.addresses[.telegram] == "4242")
        try await spa.engine.dispatchDue()
        #expect(spa.phones[.telegram]?.inbox("4242").map(\.name) == ["telegram_linked"])
        #expect(!fake.called.contains("setWebhook"), "polling mode leaves webhooks alone")
    }

    @Test("webhook mode: the webhook is registered with the public URL and the secret, and nothing polls")
    func webhookRegistered() async throws {
        let spa = try await MessengerSpa()
        let fake = FakeBotAPI()
        try await fake.serve { base in
            let bot = TelegramBot(settings: .init(token: "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", apiBase: base,
                                                  webhookSecret: MessengerSpa.telegramSecret, webhookURL: "https://spa.example.com/webhooks/telegram"))
            let task = Task { try await TelegramService(bot: bot, engine: spa.engine, sleep: { _ in }).run() }
            for await call in fake.seen where call.method == "setWebhook" {
                #expect(call.json["url"] as? String == "https://spa.example.com/webhooks/telegram")
                #expect(call.json["secret_token"] as? String == MessengerSpa.telegramSecret)
                break
            }
            task.cancel()
            try await task.value
        }
        #expect(fake.called == ["setWebhook"])
    }
}
