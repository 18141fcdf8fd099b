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
    router.post("/webhooks/stripe") { request, context -> Response in
        guard let secret = configuration.stripeWebhookSecret else { return text(.notFound, "Stripe is not configured\n") }
        return try await StripeWebhook(engine: engine, secret: secret).handle(request, logger: context.logger)
    }
    let pay = PaymentPages(engine: engine, configuration: configuration)
    router.get("/pay/:appointment") { request, context in try await pay.pay(request, context) }
    router.get("/pay/:appointment/done") { request, context in try await pay.done(request, context) }
    router.get("/pay/:appointment/cancelled") { request, context in try await pay.cancelled(request, context) }
    router.post("/webhooks/calcom") { request, context -> Response in
        guard let settings = configuration.calcom else { return text(.notFound, "Cal.com is not configured\n") }
        return try await CalcomWebhook(engine: engine, settings: settings).handle(request, logger: context.logger)
    }
    return router
}

/// A response with a text body.
func text(_ status: HTTPResponse.Status, _ body: String, contentType: String = "text/plain; charset=utf-8") -> Response {
    Response(status: status, headers: [.contentType: contentType], body: .init(byteBuffer: ByteBuffer(string: body)))
}
