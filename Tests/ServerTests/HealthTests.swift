import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Server
import Testing

@Suite("/healthz and /livez")
struct HealthTests {
    @Test("healthz fails, naming the loop, when a poller stops beating; livez only says the process answers")
    func silentPoller() async throws {
        let spa = try await SMSWebhookTests.spa()
        let heartbeats = Heartbeats()
        heartbeats.register("telegram poller", every: .milliseconds(200))
        let app = Application(router: buildRouter(engine: spa.engine, store: spa.store,
                                                  configuration: ServerConfiguration(publicURL: "http://localhost", twilioAuthToken: nil),
                                                  heartbeats: heartbeats))
        try await app.test(.router) { client in
            heartbeats.beat("telegram poller")
            let fresh = try await client.execute(uri: "/healthz", method: .get)
            #expect(fresh.status == .ok)
            try await Task.sleep(for: .milliseconds(700))
            let stale = try await client.execute(uri: "/healthz", method: .get)
            #expect(stale.status == .serviceUnavailable)
            #expect(String(buffer: stale.body).hasPrefix("not running: telegram poller (silent"))
            heartbeats.beat("telegram poller")
            let again = try await client.execute(uri: "/healthz", method: .get)
            #expect(again.status == .ok, "alive again once it beats")
            let live = try await client.execute(uri: "/livez", method: .get)
            #expect(live.status == .ok && String(buffer: live.body) == "ok\n")
        }
    }
}
