import BookingCore
import Engine
import Foundation
import Hummingbird
import Store

/// The whole HTTP application: the routes that ship are the routes tests drive.
public func buildRouter(engine: Engine, store: SQLiteBookingStore, configuration: ServerConfiguration) -> Router<BasicRequestContext> {
    let router = Router()
    router.get("/healthz") { _, _ -> Response in
        do {
            _ = try await store.read { try $0.catalogueVersion() }
            return text(.ok, "ok\n")
        } catch {
            return text(.serviceUnavailable, "store unreachable\n")
        }
    }
    let sms = SMSWebhook(engine: engine, store: store, configuration: configuration)
    router.post("/webhooks/sms") { request, _ in try await sms.inbound(request) }
    router.post("/webhooks/sms/status") { request, _ in try await sms.status(request) }
    router.post("/webhooks/stripe") { request, _ -> Response in
        guard let secret = configuration.stripeWebhookSecret else { return text(.notFound, "Stripe is not configured\n") }
        return try await StripeWebhook(engine: engine, secret: secret).handle(request)
    }
    let telegram = TelegramWebhook(engine: engine, bot: configuration.telegram)
    router.post("/webhooks/telegram") { request, _ in try await telegram.handle(request) }
    let whatsApp = WhatsAppWebhook(engine: engine, settings: configuration.whatsApp)
    router.get("/webhooks/whatsapp") { request, _ in whatsApp.verify(request) }
    router.post("/webhooks/whatsapp") { request, _ in try await whatsApp.handle(request) }
    return router
}

/// A response with a text body.
func text(_ status: HTTPResponse.Status, _ body: String, contentType: String = "text/plain; charset=utf-8") -> Response {
    Response(status: status, headers: [.contentType: contentType], body: .init(byteBuffer: ByteBuffer(string: body)))
}
