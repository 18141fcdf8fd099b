import BookingCore
import Channels
import Foundation
import Hummingbird
import HummingbirdTesting
import ProviderFakes
@testable import Server
import Store
import Testing

@Suite("Telegram start links from the admin API", .serialized)
struct AdminTelegramLinkTests {
    static let botToken = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"

    @Test("staff get a one-time t.me link for Olivia; opening it links her chat once; without Telegram it is a clear 409")
    func startLink() async throws {
        let spa = try await AdminSpa()
        let telegram = RecordingProvider { request, _ in
            request.path == "/bot\(Self.botToken)/getMe"
                ? .status(200, body: #"{"ok":true,"result":{"id":123456789,"is_bot":true,"first_name":"Willow","username":"WillowStoneBot"}}"#)
                : .status(404, body: #"{"ok":false,"error_code":404,"description":"Not Found"}"#)
        }
        try await telegram.application().test(.live) { api in
            let bot = TelegramBot(settings: .init(token: Self.botToken, apiBase: "http://127.0.0.1:\(api.port!)"))
            let router = buildRouter(engine: spa.engine, store: spa.store,
                                     configuration: ServerConfiguration(publicURL: "https://spa.example.com", twilioAuthToken: nil,
                                                                        adminToken: AdminSpa.token, telegram: bot))
            try await Application(router: router).test(.router) { client in
                let answer = try await client.api(.post, "/api/v1/clients/olivia/telegram-link")
                #expect(answer.status == .created, "\(answer.body)")
                let json = try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any] ?? [:]
                let code = try #require(json["code"] as? String)
                #expect(json["link"] as? String == "https://t.me/WillowStoneBot?start=\(code)")
                #expect(code.count >= 20, "long enough not to be guessed")
                let again = try await client.api(.post, "/api/v1/clients/olivia/telegram-link")
                #expect(again.status == .created && !again.body.contains(code), "each link is new")
                let unknown = try await client.api(.post, "/api/v1/clients/nobody/telegram-link")
                #expect(unknown.status == .notFound)
                let unauthorised = try await client.api(.post, "/api/v1/clients/olivia/telegram-link", token: nil)
                #expect(unauthorised.status == .unauthorized)
                let first = try await spa.store.transaction { tx in try tx.redeemTelegramLink(code: code, chat: "555", at: spa.clock.now()) }
                #expect(first == .linked("olivia"))
                let other = try await spa.store.transaction { tx in try tx.redeemTelegramLink(code: code, chat: "666", at: spa.clock.now()) }
                #expect(other == .invalid, "one use only")
            }
        }
        try await spa.app.test(.router) { client in
            let off = try await client.api(.post, "/api/v1/clients/olivia/telegram-link")
            #expect(off.status == .conflict)
            #expect(off.body.contains("SLOTKEEPER_TELEGRAM_TOKEN"))
        }
    }
}
