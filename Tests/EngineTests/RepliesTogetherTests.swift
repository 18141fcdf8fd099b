import BookingCore
import Engine
import Foundation
import Testing

/// Replies that arrive at the same moment (on SQLite they share one commit): each is applied once and answered once,
/// a redelivery among them is recognised, and an unknown sender changes nothing.
@Suite("Replies arriving together")
struct RepliesTogetherTests {
    @Test("two clients answer at once, each reply delivered twice: each visit confirmed once, one receipt each")
    func together() async throws {
        let h = try await EngineHarness()
        try await h.book("a1", client: "olivia", start: "2026-11-25T11:00")
        try await h.book("a2", client: "maria", staff: "ben", start: "2026-11-25T15:00")
        try await h.run(until: "2026-11-23T16:00")
        #expect(h.inbox(.sms, "+447700900101").count == 1 && h.inbox(.sms, "+447700900102").count == 1, "one reminder each")
        let engine = h.engine
        let deliveries: [(address: String, text: String, id: String)] = [
            ("+447700900101", "yes", "SM1"), ("+447700900102", "sí, allí estaré", "SM2"), ("+447700900101", "yes", "SM1"),
            ("+447700900102", "sí, allí estaré", "SM2"), ("+447700900999", "yes", "SM3"),
        ]
        let applied = try await withThrowingTaskGroup(of: (String, Bool).self) { group in
            for d in deliveries {
                group.addTask { (d.id, try await engine.receive(channel: .sms, from: d.address, text: d.text, providerID: d.id)) }
            }
            var applied: [String: Int] = [:]
            for try await (id, yes) in group where yes { applied[id, default: 0] += 1 }
            return applied
        }
        #expect(applied == ["SM1": 1, "SM2": 1], "each message applied once; the unknown number's not at all")
        try await h.run(until: "2026-11-23T16:05")
        #expect(try await h.store.appointment("a1")?.status == .confirmed)
        #expect(try await h.store.appointment("a2")?.status == .confirmed)
        #expect(h.inbox(.sms, "+447700900101").count == 2, "a reminder and one receipt")
        #expect(h.inbox(.sms, "+447700900102").count == 2, "a reminder and one receipt")
        #expect(try await h.store.audit(subjectKind: "appointment", subjectID: "a1").map(\.action) == ["booked", "confirmed"])
        #expect(try await h.store.audit(subjectKind: "appointment", subjectID: "a2").map(\.action) == ["booked", "confirmed"])
    }
}
