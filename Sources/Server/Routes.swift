import BookingCore
import Engine
import Foundation
import Hummingbird
import Store

/// The whole HTTP application: the routes that ship are the routes tests drive. `/healthz` is ok when the store
/// answers and every loop registered in `heartbeats` (engine, pollers) has beaten recently.
public func buildRouter(engine: Engine, store: any BookingStore, configuration: ServerConfiguration,
                        metrics: ServerMetrics = ServerMetrics(), heartbeats: Heartbeats = Heartbeats()) -> Router<BasicRequestContext> {
    let router = Router()
    router.add(middleware: WebhookMetricsMiddleware(metrics: metrics))
    router.get("/metrics") { _, _ -> Response in
        let body = try await metrics.render(store: store, now: Date())
        return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
    // Liveness: the process answers HTTP (no store read), for a supervisor's probe and as the load script's baseline.
    router.get("/livez") { _, _ in text(.ok, "ok\n") }
    router.get("/healthz") { _, _ -> Response in
        do {
            _ = try await store.read { try $0.catalogueVersion() }
        } catch {
            return text(.serviceUnavailable, "store unreachable\n")
        }
        let silent = heartbeats.silent()
        return silent.isEmpty ? text(.ok, "ok\n") : text(.serviceUnavailable, "not running: \(silent.joined(separator: ", "))\n")
    }
    let sms = SMSWebhook(engine: engine, store: store, configuration: configuration)
    router.post("/webhooks/sms") { request, _ in try await sms.inbound(request) }
    router.post("/webhooks/sms/status") { request, _ in try await sms.status(request) }
    router.post("/webhooks/stripe") { request, context -> Response in
        guard let secret = configuration.stripeWebhookSecret else { return text(.notFound, "Stripe is not configured\n") }
        return try await StripeWebhook(engine: engine, secret: secret).handle(request, logger: context.logger)
    }
    if let files = configuration.dashboard, let links = engine.links {
        BookingPage(engine: engine, store: store, files: files, configuration: configuration, links: links).register(on: router)
    } else {
        let booking = BookingInfoPage(store: store, businessName: configuration.businessName)
        router.get("/book") { request, _ in try await booking.page(request) }
    }
    let pay = PaymentPages(engine: engine, configuration: configuration)
    router.get("/pay/:appointment") { request, context in try await pay.pay(request, context) }
    router.get("/pay/:appointment/done") { request, context in try await pay.done(request, context) }
    router.get("/pay/:appointment/cancelled") { request, context in try await pay.cancelled(request, context) }
    router.post("/webhooks/calcom") { request, context -> Response in
        guard let settings = configuration.calcom else { return text(.notFound, "Cal.com is not configured\n") }
        return try await CalcomWebhook(engine: engine, settings: settings).handle(request, logger: context.logger)
    }
    if configuration.simulator { SimulatorPage(engine: engine, store: store).register(on: router) }
    AdminAPI(engine: engine, store: store, token: configuration.adminToken, telegram: configuration.telegram,
             smsSegmentPrice: configuration.smsSegmentPrice).register(on: router)
    if let files = configuration.dashboard {
        Dashboard(engine: engine, store: store, files: files, configuration: configuration).register(on: router)
    } else {
        let off = "The dashboard's files (dashboard/) were not found, so the dashboard is off; run from the SlotKeeper folder or set SLOTKEEPER_DASHBOARD_DIR.\n"
        router.get("/") { _, _ in text(.serviceUnavailable, off) }
        router.get("/desk") { _, _ in text(.serviceUnavailable, off) }
    }
    router.get("/openapi.yaml") { _, _ in OpenAPIDocument.response() }
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
