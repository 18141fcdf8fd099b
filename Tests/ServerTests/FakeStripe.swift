import Channels
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Synchronization

/// A Stripe API on loopback, for the tests: it records every request (path, headers, form fields) and answers the way Stripe
/// does, or fails when told to (a 500, a 402 card error, or not answering before the client gives up).
final class FakeStripe: Sendable {
    /// One request as Stripe would have seen it.
    struct Call: Sendable {
        var path: String
        var headers: [String: String]
        var fields: [(name: String, value: String)]

        func field(_ name: String) -> String? { fields.first { $0.name == name }?.value }
        var idempotencyKey: String? { headers["idempotency-key"] }
    }

    /// A way to fail the next request to a path.
    enum Failure: Sendable {
        case serverError
        case cardError
        case timeout
    }

    private struct State {
        var calls: [Call] = []
        /// Where each checkout session sends the client back after paying.
        var successURLs: [String: String] = [:]
        var hosted = false
        var failures: [(prefix: String, failure: Failure)] = []
        var sessions = 0
        var refunds = 0
    }

    private let state = Mutex(State())

    /// Checkout pages on the fake itself (`/c/pay/{session}`, a page with a Pay link back to the session's success URL), for a
    /// browser to open; otherwise sessions point at an address no browser can reach.
    func hostPages() { state.withLock { $0.hosted = true } }

    /// Every request so far, oldest first.
    var calls: [Call] { state.withLock { $0.calls } }

    func calls(to path: String) -> [Call] { calls.filter { $0.path == path } }

    /// Fails the next `times` requests whose path starts with `prefix`.
    func fail(_ prefix: String, with failure: Failure, times: Int = 1) {
        state.withLock { for _ in 0..<times { $0.failures.append((prefix, failure)) } }
    }

    /// Runs `body` with the fake listening; `body` gets its base URL, e.g. `http://127.0.0.1:53111`.
    func run(_ body: @escaping @Sendable (String) async throws -> Void) async throws {
        try await Application(router: router()).test(.live) { client in
            try await body("http://127.0.0.1:\(client.port!)")
        }
    }

    /// The payments client the tests give the engine: the live one, against this fake, with a timeout a loaded test machine still meets (the `.timeout` failure outwaits it).
    static func payments(_ base: String) -> StripePayments {
        StripePayments(settings: .init(secretKey: "sk_test_fake", apiBase: base, webhookSecret: StripeWebhookTests.secret),
                       http: ProviderHTTP(timeout: .seconds(8)))
    }

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.post("/v1/checkout/sessions") { request, _ in
            let host = self.state.withLock { $0.hosted } ? request.head.authority.map { "http://\($0)" } : nil
            return try await self.answer(request) { call, n in
                self.state.withLock { $0.successURLs["cs_test_\(n)"] = call.field("success_url") ?? "" }
                return ["id": "cs_test_\(n)", "object": "checkout.session", "url": "\(host ?? "https://checkout.stripe.test")/c/pay/cs_test_\(n)",
                 "expires_at": Int(call.field("expires_at") ?? "") ?? 0, "status": "open", "payment_status": "unpaid", "payment_intent": NSNull(),
                 "client_reference_id": call.field("client_reference_id") ?? ""]
            }
        }
        router.get("/c/pay/:id") { _, context in
            let id = context.parameters.get("id") ?? ""
            let back = self.state.withLock { $0.successURLs[id] } ?? ""
            let page = "<!doctype html><title>Test checkout</title><h1>Test checkout \(id)</h1><a id=\"pay\" href=\"\(back)\">Pay</a>"
            return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: page)))
        }
        router.post("/v1/checkout/sessions/:id/expire") { request, context in
            let id = context.parameters.get("id") ?? ""
            return try await self.answer(request) { _, _ in ["id": id, "object": "checkout.session", "status": "expired"] }
        }
        // The deposit's payment, with the customer and card it saved (none for an id containing "nocard").
        router.get("/v1/payment_intents/:id") { request, context in
            let id = context.parameters.get("id") ?? ""
            return try await self.answer(request) { _, _ in
                id.contains("nocard") ? ["id": id, "object": "payment_intent", "customer": NSNull(), "payment_method": "pm_card_visa", "status": "succeeded"]
                    : ["id": id, "object": "payment_intent", "customer": "cus_test_olivia", "payment_method": "pm_card_visa", "status": "succeeded"]
            }
        }
        router.post("/v1/payment_intents") { request, _ in
            try await self.answer(request) { call, n in
                ["id": "pi_fee_\(n)", "object": "payment_intent", "amount": Int(call.field("amount") ?? "") ?? 0, "status": "succeeded",
                 "customer": call.field("customer") ?? ""]
            }
        }
        router.post("/v1/refunds") { request, _ in
            try await self.answer(request) { call, n in
                ["id": "re_test_\(n)", "object": "refund", "amount": Int(call.field("amount") ?? "") ?? 2000, "status": "succeeded",
                 "payment_intent": call.field("payment_intent") ?? ""]
            }
        }
        return router
    }

    /// Records the request, then fails it if told to, else answers `object(call, number)`.
    func answer(_ request: Request, _ object: @Sendable (Call, Int) -> [String: Any]) async throws -> Response {
        let bytes = try await request.body.collect(upTo: 64 * 1024)
        var headers: [String: String] = [:]
        for field in request.headers { headers[field.name.canonicalName] = field.value }
        let call = Call(path: request.uri.path, headers: headers, fields: FormBody.parse(bytes.readableBytesView) ?? [])
        let (failure, number) = state.withLock { s -> (Failure?, Int) in
            s.calls.append(call)
            if let i = s.failures.firstIndex(where: { call.path.hasPrefix($0.prefix) }) { return (s.failures.remove(at: i).failure, 0) }
            if call.path.hasPrefix("/v1/refunds") { s.refunds += 1; return (nil, s.refunds) }
            s.sessions += 1
            return (nil, s.sessions)
        }
        switch failure {
        case .serverError:
            return Self.json(500, ["error": ["type": "api_error", "message": "An unknown error occurred"]])
        case .cardError:
            return Self.json(402, ["error": ["type": "card_error", "code": "card_declined", "message": "Your card was declined."]])
        case .timeout:
            try await Task.sleep(for: .seconds(12))
            return Self.json(500, ["error": ["type": "api_error", "message": "too late"]])
        case nil:
            return Self.json(200, object(call, number))
        }
    }

    static func json(_ status: Int, _ object: [String: Any]) -> Response {
        let data = try! JSONSerialization.data(withJSONObject: object)
        return Response(status: .init(code: status), headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
