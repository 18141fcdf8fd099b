import BookingCore
import Conversation
@testable import Engine
import Foundation
import Store
import Synchronization
import Testing

/// A client's reply is decided on a read beside the writer (on SQLite) and applied only if what it rests on is unchanged;
/// messages from one sender are applied in the order they came, whichever is read first.
@Suite("Replies decided beside the writer", .serialized)
struct ReadAheadTests {
    @Test("a plain \"yes\" is decided beside the writer and confirms the visit")
    func keptDecision() async throws {
        let h = try await EngineHarness()
        try await h.book("a1", client: "olivia", start: "2026-11-25T11:00")
        try await h.run(until: "2026-11-23T11:05")
        try await h.reply("yes", from: "+447700900101")
        #expect(try await h.store.appointment("a1")?.status == .confirmed)
        #expect(h.inbox(.sms, "+447700900101").last?.contains("confirmed") == true)
        let counted = h.engine.readAheadCount.now
        #expect(counted == (h.store.prefersInlineTransactions ? ReadAheadCount(kept: 1, redone: 0) : ReadAheadCount()))
    }

    @Test("the visit moved on the dashboard while the reply was read: the receipt names the new time, not the old one")
    func movedMeanwhile() async throws {
        let h = try await EngineHarness()
        try await h.book("a1", client: "olivia", start: "2026-11-25T11:00")
        try await h.run(until: "2026-11-23T11:05")
        let store = h.store, moveTo = EngineHarness.at("2026-11-25T15:00"), now = h.clock.now()
        let moved = Mutex(false)
        await h.engine.setAfterReadingAhead {
            guard !moved.withLock({ let was = $0; $0 = true; return was }) else { return }
            _ = try? await store.change("a1", .move(start: moveTo, end: moveTo.addingTimeInterval(3600), staffID: nil, confirmed: false),
                                        by: .staff("anna"), at: now, policies: .standard)
        }
        try await h.reply("yes", from: "+447700900101")
        let a1 = try #require(try await h.store.appointment("a1"))
        #expect(a1.status == .confirmed && a1.start == moveTo)
        let receipt = try #require(h.inbox(.sms, "+447700900101").last)
        #expect(receipt.contains("confirmed") && receipt.contains("15:00") && !receipt.contains("11:00"), "\(receipt)")
        if h.store.prefersInlineTransactions {
            #expect(h.engine.readAheadCount.now == ReadAheadCount(kept: 0, redone: 1))
        }
    }

    @Test("two messages from one client at once: the first is applied first even when the second is read sooner")
    func oneSenderInOrder() async throws {
        let h = try await EngineHarness()
        try await h.book("a1", client: "olivia", start: "2026-11-25T11:00")
        try await h.run(until: "2026-11-23T11:05")
        // The first message's read is held back until the second one has come in.
        let (entered, enteredSignal) = AsyncStream<Void>.makeStream()
        let (gate, open) = AsyncStream<Void>.makeStream()
        let calls = Mutex(0)
        await h.engine.setAfterReadingAhead {
            guard calls.withLock({ $0 += 1; return $0 }) == 1 else { return }
            enteredSignal.yield()
            for await _ in gate { break }
        }
        let engine = h.engine
        let first = Task { try await engine.receive(channel: .sms, from: "+447700900101", text: "yes", providerID: "SM-first") }
        for await _ in entered { break }
        let second = Task { try await engine.receive(channel: .sms, from: "+447700900101", text: "thanks!", providerID: "SM-second") }
        var waited = 0
        while await engine.waitingInLanes == 0, waited < 400 {
            try await Task.sleep(for: .milliseconds(5))
            waited += 1
        }
        #expect(await engine.waitingInLanes == 1, "the second message waits for the first")
        open.yield()
        let (firstApplied, secondApplied) = (try await first.value, try await second.value)
        #expect(firstApplied && secondApplied)
        let inbound = try await h.store.messages(party: Party.client("olivia").key).filter { $0.direction == "in" }
        #expect(inbound.map(\.body) == ["yes", "thanks!"])
        #expect(try await h.store.appointment("a1")?.status == .confirmed)
        #expect(await engine.waitingInLanes == 0)
    }
}
