import BookingCore
import Channels
@testable import Engine
import Foundation
import Store
import Synchronization
import TestDatabases
import Testing

/// A channel's limit is messages a second, whatever the number of dispatch rounds in that second.
@Suite("Each channel's messages a second")
struct ChannelPaceTests {
    static let t0 = Date(timeIntervalSince1970: 1_795_000_000)

    @Test("room left for SMS at ten a second, after messages taken at these offsets (seconds from t0)", arguments: [
        ([], 0.0, 10),
        ([0, 0, 0], 0, 7),
        (Array(repeating: 0.0, count: 10), 0, 0),
        (Array(repeating: 0.0, count: 10), 0.999, 0),
        (Array(repeating: 0.0, count: 10), 1, 10),
        ([0, 0.5, 0.5, 0.9], 1.2, 7),
        ([0, 0.5, 0.5, 0.9], 1.5, 9),
        (Array(repeating: 0.0, count: 12), 0.5, 0),
        // A clock set back: messages "after" now take no room.
        ([5, 5, 5], 1, 10),
    ] as [([Double], Double, Int)])
    func room(taken: [Double], at: Double, room: Int) {
        var pace = ChannelPace(limits: [.sms: 10])
        for offset in taken { pace.take(.sms, at: Self.t0.addingTimeInterval(offset)) }
        #expect(pace.room(.sms, at: Self.t0.addingTimeInterval(at)) == room)
    }

    @Test("channels are counted apart; a channel with no limit set takes ten a second")
    func channels() {
        var pace = ChannelPace(limits: [.sms: 2, .telegram: 30])
        pace.take(.sms, at: Self.t0)
        pace.take(.sms, at: Self.t0)
        #expect(pace.room(.sms, at: Self.t0) == 0)
        #expect(pace.room(.telegram, at: Self.t0) == 30)
        #expect(pace.room(.email, at: Self.t0) == 10)
    }

    /// A provider that takes every message and counts them.
    final class CountingProvider: ChannelSender {
        let count = Mutex(0)
        func send(_ message: OutboundMessage) async throws(SendFailure) -> String {
            "SM\(count.withLock { $0 += 1; return $0 })"
        }
    }

    @Test("250 reminders due at once on SMS at ten a second: ten go in the first second however many rounds run, ten in the next")
    func backToBackRounds() async throws {
        let (store, _) = try await TestDatabase.make()
        let now = LocalDateTime(text: "2026-11-23T09:00")!.instant(in: TimeZone(identifier: "Europe/London")!)
        try await store.transaction { tx in
            for i in 0..<250 {
                try tx.enqueue(OutboxDraft(party: "client:c\(i)", channel: .sms, address: "+447700900\(String(format: "%03d", i))", name: "reminder",
                                           locale: "en", body: "See you tomorrow", notBefore: now), at: now)
            }
        }
        let provider = CountingProvider()
        let clock = SimulatedClock(now)
        let engine = Engine(store: store, matcher: EngineHarness.matcher, dialogs: EngineHarness.dialogs, clock: clock,
                            config: EngineConfiguration(perChannelPerSecond: [.sms: 10], perRecipientInterval: 0), senders: [.sms: provider])
        // Rounds read 200 due rows at a time: the second round found 50 more due and sent ten of them in the same second.
        try await engine.settle()
        #expect(provider.count.withLock { $0 } == 10)
        try await engine.settle()
        #expect(provider.count.withLock { $0 } == 10, "nothing more within the same second")
        clock.advance(by: 1)
        try await engine.settle()
        #expect(provider.count.withLock { $0 } == 20)
        clock.advance(by: 30)
        for _ in 0..<30 { try await engine.settle(); clock.advance(by: 1) }
        #expect(provider.count.withLock { $0 } == 250, "every reminder goes out in the end, once")
    }
}
