import BookingCore
import Channels
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Server
import Testing

@Suite("/metrics", .serialized)
struct MetricsTests {
    @Test("refused and malformed webhooks are counted apart from applied ones; replies are counted by intent; the queue is visible")
    func counts() async throws {
        let spa = try await SMSWebhookTests.spa()
        let metrics = ServerMetrics()
        await spa.engine.setObserver { metrics.observe($0) }
        let app = Application(router: buildRouter(engine: spa.engine, store: spa.store,
                                                  configuration: ServerConfiguration(publicURL: "https://spa.example.com", twilioAuthToken: Vectors.token),
                                                  metrics: metrics))
        let text = try await app.test(.router) { client in
            _ = try await SMSWebhookTests.post(client, "/webhooks/sms", body: Vectors.body, signature: "bad")
            _ = try await SMSWebhookTests.post(client, "/webhooks/sms", body: Vectors.body, signature: nil)
            _ = try await SMSWebhookTests.post(client, "/webhooks/sms", body: "Body=%ZZ", signature: "x")
            _ = try await SMSWebhookTests.post(client, "/webhooks/sms", body: Vectors.body, signature: Vectors.signature)
            for n in 0..<3 { _ = try await client.execute(uri: "/webhooks/made-up-\(n)", method: .post) }
            let response = try await client.execute(uri: "/metrics", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
            return String(buffer: response.body)
        }
        let lines = Set(text.split(separator: "\n").map(String.init))
        #expect(lines.contains(#"slotkeeper_webhook_requests_total{route="/webhooks/sms",outcome="refused_signature"} 2"#), "\(text)")
        #expect(lines.contains(#"slotkeeper_webhook_requests_total{route="/webhooks/sms",outcome="malformed"} 1"#))
        #expect(lines.contains(#"slotkeeper_webhook_requests_total{route="/webhooks/sms",outcome="ok"} 1"#))
        #expect(lines.contains(#"slotkeeper_inbound_messages_total{channel="sms",intent="confirm"} 1"#))
        #expect(lines.contains("slotkeeper_outbox_depth 1.0"), "the receipt waits in the outbox")
        #expect(lines.contains("slotkeeper_escalations_open 0.0"))
        #expect(text.contains(#"slotkeeper_webhook_duration_seconds_bucket{route="/webhooks/sms",le="+Inf"} 4"#))
        #expect(lines.contains(#"slotkeeper_webhook_requests_total{route="other",outcome="not_configured"} 3"#),
                "made-up paths share one label: strangers can't grow the metrics")
        #expect(!text.contains("made-up"))
    }
}
