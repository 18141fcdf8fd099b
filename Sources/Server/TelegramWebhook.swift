import Channels
import Engine
import Foundation
import Hummingbird
import Logging

/// `POST /webhooks/telegram`: updates in webhook mode. The header `X-Telegram-Bot-Api-Secret-Token` must carry the secret
/// given to setWebhook (403 otherwise); the update is applied (a `/start` links the chat, anything else is a reply, a tapped
/// button is answered) before the 200, and the same update id twice is applied once. Telegram retries a non-2xx answer.
struct TelegramWebhook: Sendable {
    let engine: Engine
    let bot: TelegramBot?
    var logger = Logger(label: "slotkeeper.telegram")

    func handle(_ request: Request) async throws -> Response {
        guard let bot, let secret = bot.settings.webhookSecret else { return text(.notFound, "Telegram webhook mode is not configured\n") }
        let header = request.headers.first { $0.name.canonicalName == "x-telegram-bot-api-secret-token" }?.value
        guard let header, TwilioSignature.constantTimeEqual(header, secret) else {
            return text(.forbidden, "bad or missing X-Telegram-Bot-Api-Secret-Token\n")
        }
        let body = try await request.body.collect(upTo: 1 << 20)
        guard let update = try? JSONDecoder().decode(TelegramUpdate.self, from: Data(body.readableBytesView)) else {
            return text(.badRequest, "not a Telegram update\n")
        }
        let engine = self.engine
        try await TelegramUpdateHandler(bot: bot, logger: logger) { try await engine.receive($0) }.handle(update)
        return text(.ok, "ok\n")
    }
}
