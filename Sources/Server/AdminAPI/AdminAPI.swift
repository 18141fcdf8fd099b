import BookingCore
import Channels
import Engine
import Foundation
import Hummingbird
import Store

/// The admin HTTP API under `/api/v1`: JSON in and out, a bearer token, `Idempotency-Key` on changes, RFC 9457 problems.
///
/// Changes to appointments go through the engine, so the client is told and the waitlist refills as if staff had
/// acted on the dashboard. Without an admin token configured, every route answers 404: the API is off.
struct AdminAPI: Sendable {
    static let prefix = "/api/v1"
    /// Largest body accepted.
    static let maxBody = 256 * 1024

    let engine: Engine
    let store: any BookingStore
    let token: String?
    /// The business's Telegram bot, for start links; nil when Telegram is off.
    var telegram: TelegramBot? = nil
    /// What one SMS segment costs, for the reports.
    var smsSegmentPrice: Money? = nil

    /// Every route, in the order of docs/openapi.yaml.
    var routes: [AdminRoute] {
        CatalogueRoutes.routes + ClientRoutes.routes + AppointmentRoutes.routes + AppointmentActionRoutes.routes + WaitlistRoutes.routes
            + EscalationRoutes.routes + SlotRoutes.routes + PolicyRoutes.routes + ClientStandingRoutes.routes + ReportRoutes.routes
    }

    /// Adds every route to `router`.
    func register(on router: Router<BasicRequestContext>) {
        for route in routes {
            router.on(RouterPath(route.path), method: route.method) { request, context -> Response in
                await respond(route, request, context)
            }
        }
    }

    /// Off (404), then the token (401), then the body, the Idempotency-Key and the handler; every failure is a problem.
    func respond(_ route: AdminRoute, _ request: Request, _ context: BasicRequestContext) async -> Response {
        guard let token else {
            return APIProblem(.notFound, "api-off", title: "The admin API is off",
                              detail: "set SLOTKEEPER_ADMIN_TOKEN to turn the admin API on").response.http
        }
        if let refusal = BearerAuth(token: token).refusal(request) { return refusal.response.http }
        let isChange = route.method != .get && route.method != .head
        var body: [UInt8] = []
        var key: IdempotencyKey?
        do {
            if isChange {
                let buffer = try await request.body.collect(upTo: Self.maxBody)
                body = Array(buffer.readableBytesView)
                key = try IdempotencyKey.of(request)
            }
        } catch let problem as APIProblem {
            return problem.response.http
        } catch {
            return APIProblem(.contentTooLarge, "body-too-large", title: "The body is too large",
                              detail: "bodies of up to \(Self.maxBody / 1024) KiB are accepted").response.http
        }
        var parameters: [String: String] = [:]
        for name in route.parameterNames { parameters[name] = context.parameters.get(name) }
        let now = engine.currentTime()
        let fingerprint = IdempotencyKey.fingerprint(method: route.method.rawValue, uri: request.uri.description, body: body)
        // The same key and the same request are one event for good (even after the kept answer is forgotten); the
        // key reused later for another request is another event.
        let eventKey = key.map { "api:\($0.value):\(fingerprint.prefix(16))" } ?? "api:req-\(UUID().uuidString)"
        let call = AdminCall(engine: engine, store: store, request: request, parameters: parameters, body: body,
                             eventKey: eventKey, idempotencyKey: key?.value, now: now, telegram: telegram,
                             smsSegmentPrice: smsSegmentPrice)
        let handle = { () async -> APIResponse in
            do {
                return try await route.handle(call)
            } catch {
                if let problem = ProblemMapping().problem(for: error) { return problem.response }
                context.logger.error("admin API \(route.method) \(request.uri.path) failed: \(error)")
                return ProblemMapping.internalError().response
            }
        }
        guard let key else { return await handle().http }
        do {
            return try await key.run(store: store, fingerprint: fingerprint, now: now, handle).http
        } catch {
            context.logger.error("admin API idempotency store failed: \(error)")
            return ProblemMapping.internalError().response.http
        }
    }
}
