import BookingCore
import Foundation
import Store
import Testing

/// Two messages to one address keep the pause between them whichever process sends them: the store keeps when each
/// recipient last got one and takes that turn in the statement that claims the message.
@Suite("Recipient pace")
struct RecipientPaceTests {
    static let t0 = TestStore.at("2026-11-23T10:00")

    static func enqueue(_ address: String, _ body: String, in store: any BookingStore) async throws -> Int64 {
        try await store.transaction { tx in
            try tx.enqueue(OutboxDraft(party: "client:olivia", channel: .sms, address: address, name: "reminder", locale: "en", body: body,
                                       notBefore: t0), at: t0)
        }
    }

    @Test("two processes claiming two messages to one client at once: one goes now, the other waits the interval; another client is not held")
    func onePerInterval() async throws {
        let store = try await TestStore.make(seeded: false).store
        let first = try await Self.enqueue("+447700900101", "one", in: store)
        let second = try await Self.enqueue("+447700900101", "two", in: store)
        let other = try await Self.enqueue("+447700900102", "three", in: store)
        // Each "process" claims what it read, at the same instant.
        async let a = store.markSending([first, other], at: Self.t0, recipientInterval: 2)
        async let b = store.markSending([second], at: Self.t0, recipientInterval: 2)
        let (claimedA, claimedB) = try await (a, b)
        let claimed = claimedA.union(claimedB)
        #expect(claimed.contains(other), "another client's message is not held back")
        #expect(claimed.intersection([first, second]).count == 1, "one of the two to one client goes now: \(claimed)")
        let held = claimed.contains(first) ? second : first
        let row = try await store.read { try $0.outbox(held) }
        #expect(row?.status == .pending && row?.draft.notBefore == Self.t0.addingTimeInterval(2), "the other waits the interval: \(String(describing: row))")
        #expect(try await store.markSending([held], at: Self.t0.addingTimeInterval(1), recipientInterval: 2).isEmpty, "not before it")
        #expect(try await store.markSending([held], at: Self.t0.addingTimeInterval(2), recipientInterval: 2) == [held], "then it goes")
    }

    @Test("forgotten paces free their recipients; recent ones stay")
    func forgetting() async throws {
        let store = try await TestStore.make(seeded: false).store
        let first = try await Self.enqueue("+447700900101", "one", in: store)
        #expect(try await store.markSending([first], at: Self.t0, recipientInterval: 3600) == [first])
        let second = try await Self.enqueue("+447700900101", "two", in: store)
        try await store.forgetRecipientPace(before: Self.t0)
        #expect(try await store.markSending([second], at: Self.t0.addingTimeInterval(10), recipientInterval: 3600).isEmpty, "an hour's pace still holds")
        try await store.forgetRecipientPace(before: Self.t0.addingTimeInterval(1))
        #expect(try await store.markSending([second], at: Self.t0.addingTimeInterval(20), recipientInterval: 3600) == [second], "forgotten, it goes")
    }
}
