import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Server
import Synchronization
import Testing

@Suite("/healthz and /livez")
struct HealthTests {
    @Test("healthz fails, naming the loop, when a poller stops beating; livez only says the process answers")
    func silentPoller() async throws {
        let spa = try await SMSWebhookTests.spa()
        let clock = Mutex(ContinuousClock.now)
        let heartbeats = Heartbeats(now: { clock.withLock { $0 } })
        heartbeats.register("telegram poller", every: .seconds(30))
        let app = Application(router: buildRouter(engine: spa.engine, store: spa.store,
                                                  configuration: ServerConfiguration(publicURL: "http://localhost", twilioAuthToken: nil),
                                                  heartbeats: heartbeats))
        try await app.test(.router) { client in
            clock.withLock { $0 += .seconds(80) }
            let fresh = try await client.execute(uri: "/healthz", method: .get)
            #expect(fresh.status == .ok)
            clock.withLock { $0 += .seconds(15) }
            let stale = try await client.execute(uri: "/healthz", method: .get)
            #expect(stale.status == .serviceUnavailable)
            #expect(String(buffer: stale.body) == "not running: telegram poller (silent 95 s)\n")
            heartbeats.beat("telegram poller")
            let again = try await client.execute(uri: "/healthz", method: .get)
            #expect(again.status == .ok, "alive again once it beats")
            let live = try await client.execute(uri: "/livez", method: .get)
            #expect(live.status == .ok && String(buffer: live.body) == "ok\n")
        }
    }
}
