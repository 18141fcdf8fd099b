import BookingCore
import Channels
import Engine
import Foundation
import Store
import Synchronization
import TestDatabases
import Testing

/// A round of messages is marked as being sent a window at a time, just before each window goes out: a process stopped in
/// the middle of a round leaves only that window's messages unknown (waiting to be settled), the rest still simply pending.
@Suite("Sending a round a window at a time")
struct SendWindowTests {
    /// A provider that takes every message but answers only when the test lets it.
    final class HeldProvider: ChannelSender {
        struct State {
            var started = 0
            var open = false
            var waiting: [CheckedContinuation<Void, Never>] = []
        }
        let state = Mutex(State())

        var started: Int { state.withLock { $0.started } }

        func send(_ message: OutboundMessage) async throws(SendFailure) -> String {
            await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
                let go = state.withLock { s -> Bool in
                    s.started += 1
                    if s.open { return true }
                    s.waiting.append(c)
                    return false
                }
                if go { c.resume() }
            }
            return "SM\(message.id)"
        }

        func answerAll() {
            let waiting = state.withLock { s in
                s.open = true
                defer { s.waiting = [] }
                return s.waiting
            }
            for c in waiting { c.resume() }
        }
    }

    @Test("twenty messages, eight sent at a time: while the first eight are with the provider, only they are marked as being sent")
    func window() async throws {
        let (store, _) = try await TestDatabase.make()
        let now = LocalDateTime(text: "2026-11-23T10:00")!.instant(in: TimeZone(identifier: "Europe/London")!)
        try await store.save(Location(id: "soho", name: "Soho Wellness", timeZoneIdentifier: "Europe/London",
                                      openingHours: .every(Weekday.allCases, [LocalTimeRange(text: "09:00-20:00")!])))
        var ids: [Int64] = []
        for i in 0..<20 {
            let address = "+4477009002\(String(format: "%02d", i))"
            try await store.save(Client(id: ClientID("c\(i)"), firstName: "Client \(i)", addresses: [.sms: address]))
            ids.append(try await store.transaction { tx in
                try tx.enqueue(OutboxDraft(party: "client:c\(i)", channel: .sms, address: address, name: "reminder", locale: "en",
                                           body: "See you tomorrow", notBefore: now), at: now)
            })
        }
        let queued = ids
        let provider = HeldProvider()
        let engine = Engine(store: store, matcher: EngineHarness.matcher, dialogs: EngineHarness.dialogs, clock: SimulatedClock(now),
                            config: EngineConfiguration(perChannelPerSecond: [.sms: 100], perRecipientInterval: 0, sendConcurrency: 8),
                            senders: [.sms: provider])
        let round = Task { try await engine.dispatchDue() }
        // Waits for the window to reach the provider (at once when alone; a loaded machine running the whole suite beside other
        // processes can take long), then a little longer so that a ninth send, if the window leaked, would have started too.
        let deadline = ContinuousClock.now + .seconds(120)
        while provider.started < 8 && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(10)) }
        try await Task.sleep(for: .milliseconds(200))
        #expect(provider.started == 8, "eight sends at a time")
        let statuses = try await store.read { tx in try queued.map { try tx.outbox($0)?.status } }
        #expect(statuses.filter { $0 == .sending }.count == 8, "only the window with the provider is marked as being sent")
        #expect(statuses.filter { $0 == .pending }.count == 12, "the rest of the round waits as it was")
        provider.answerAll()
        #expect(try await round.value == 20)
        let after = try await store.read { tx in try queued.map { try tx.outbox($0)?.status } }
        #expect(after.allSatisfy { $0 == .sent }, "\(after)")
        #expect(provider.started == 20, "each sent once")
    }
}
