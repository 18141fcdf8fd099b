import BookingCore
import Foundation
import Store
import Testing

/// A lease lets one process at a time do a job (a channel's poller): held until a time, renewed by its holder, taken by
/// another process once it runs out.
@Suite("Leases")
struct LeaseTests {
    @Test("the first holder gets the lease, another waits while it runs, the holder renews it, and it passes on when it runs out")
    func passesOn() async throws {
        let store = try await TestStore.make(seeded: false).store
        let t0 = TestStore.at("2026-11-23T10:00")
        func at(_ seconds: Double) -> Date { t0.addingTimeInterval(seconds) }
        #expect(try await store.holdLease("telegram poller 42", holder: "a", until: at(120), now: at(0)))
        #expect(try await !store.holdLease("telegram poller 42", holder: "b", until: at(150), now: at(30)), "a's lease runs until 120")
        #expect(try await store.holdLease("telegram poller 42", holder: "a", until: at(180), now: at(60)), "a renews its own lease")
        #expect(try await !store.holdLease("telegram poller 42", holder: "b", until: at(270), now: at(150)), "renewed to 180")
        #expect(try await store.holdLease("mailbox poller spa@imap", holder: "b", until: at(270), now: at(150)), "another lease is another job")
        // a stopped (its process died): once its lease runs out, b takes it, and a, back, finds it taken.
        #expect(try await store.holdLease("telegram poller 42", holder: "b", until: at(300), now: at(181)))
        #expect(try await !store.holdLease("telegram poller 42", holder: "a", until: at(320), now: at(200)))
    }

    @Test("a holder that stops gives the lease back and the next asker takes it at once; another process can't give it back for it")
    func released() async throws {
        let store = try await TestStore.make(seeded: false).store
        let now = TestStore.at("2026-11-23T10:00")
        #expect(try await store.holdLease("telegram poller 42", holder: "a", until: now.addingTimeInterval(120), now: now))
        try await store.releaseLease("telegram poller 42", holder: "b")
        #expect(try await !store.holdLease("telegram poller 42", holder: "b", until: now.addingTimeInterval(130), now: now.addingTimeInterval(10)),
                "b gave back nothing it held")
        try await store.releaseLease("telegram poller 42", holder: "a")
        #expect(try await store.holdLease("telegram poller 42", holder: "b", until: now.addingTimeInterval(130), now: now.addingTimeInterval(10)),
                "a's lease was given back long before it ran out")
    }

    @Test("processes asking at once: exactly one holds the lease")
    func onlyOne() async throws {
        let store = try await TestStore.make(seeded: false).store
        let now = TestStore.at("2026-11-23T10:00")
        let held = try await withThrowingTaskGroup(of: Bool.self) { group in
            for i in 0..<12 {
                group.addTask { try await store.holdLease("telegram poller 42", holder: "p\(i)", until: now.addingTimeInterval(120), now: now) }
            }
            return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(held == 1)
    }
}
