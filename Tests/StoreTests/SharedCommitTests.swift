import BookingCore
import Foundation
import Store
import Testing

/// Several events in one transaction (how the engine applies replies that arrive together on SQLite): each is all or
/// nothing on its own, and one that fails takes nothing of the others with it.
@Suite("Events sharing one commit")
struct SharedCommitTests {
    @Test("two bookings of one slot in one shared commit: the first is kept whole, the second leaves no trace, the rest commit")
    func oneFails() async throws {
        let store = try await TestStore.make().store
        let now = TestStore.at("2026-11-23T10:00")
        func note(_ n: Int) -> AuditEntry {
            AuditEntry(at: now, actor: .system("test"), subjectKind: "event", subjectID: "e\(n)", action: "applied", detail: "event \(n)")
        }
        let bodies: [(any StoreTransaction) throws -> Void] = [
            { tx in try tx.audit(note(1)); try tx.book(TestStore.appointment("a1", start: "2026-11-24T10:00"), by: .staff("anna")) },
            // Writes its note, then finds the slot taken by the event before it: the note goes too.
            { tx in try tx.audit(note(2)); try tx.book(TestStore.appointment("a2", start: "2026-11-24T10:30"), by: .staff("anna")) },
            { tx in try tx.audit(note(3)) },
            { tx in try tx.audit(note(4)); throw StoreError.notFound(kind: "client", id: "nobody") },
            { tx in try tx.audit(note(5)); try tx.book(TestStore.appointment("a5", start: "2026-11-24T11:00"), by: .staff("anna")) },
        ]
        let errors = try store.transactionNow(each: bodies)
        #expect(errors.map { $0 == nil } == [true, false, true, false, true])
        #expect(errors[1].map { "\($0)" } == "\(StoreError.slotTaken(staff: "anna", conflicting: "a1"))")
        for (n, kept) in [(1, true), (2, false), (3, true), (4, false), (5, true)] {
            #expect(try await store.audit(subjectKind: "event", subjectID: "e\(n)").isEmpty != kept, "event \(n)")
        }
        #expect(try await store.appointment("a1") != nil)
        #expect(try await store.appointment("a2") == nil)
        #expect(try await store.appointment("a5") != nil)
        // The booking that failed left no audit row of its own either.
        #expect(try await store.audit(subjectKind: "appointment", subjectID: "a2").isEmpty)
    }
}
