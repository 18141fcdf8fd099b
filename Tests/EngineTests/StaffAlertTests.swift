import BookingCore
import Channels
import Engine
import Foundation
import Store
import Testing

/// Staff are told of each escalation once, and that alert never waits behind the clients' messages.
@Suite("Staff alerts: one per escalation, never behind bulk traffic", .serialized)
struct StaffAlertTests {
    static let anna = "+447700900900"

    @Test("a client writing again and again to a thread already with a person: one alert; the reminder shows every message, in order")
    func foldedIntoOneAlert() async throws {
        let h = try await EngineHarness()
        try await h.book("a1", client: "olivia", start: "2026-11-24T10:00")
        _ = try await h.engine.receive(channel: .sms, from: "+447700900101", text: "Is there parking near you?", providerID: "q1")
        try await h.engine.settle()
        let alerts = { h.phones[.sms]!.inbox(Self.anna).map(\.body) }
        #expect(alerts().count == 1)
        for i in 2...10 {
            h.clock.advance(by: 5)
            _ = try await h.engine.receive(channel: .sms, from: "+447700900101", text: "Hello? message \(i)", providerID: "q\(i)")
            try await h.engine.settle()
        }
        #expect(alerts().count == 1, "ten messages in a minute: still one alert (\(alerts().count))")
        let escalation = try #require(try await h.store.read { try $0.openEscalation(for: "olivia") })
        #expect(escalation.clientText == "Hello? message 10")
        #expect(escalation.context.suffix(2) == ["in: Hello? message 8", "in: Hello? message 9"])
        // Nobody answered: the reminder is the second alert (it carries the thread where the channel has room: messenger, e-mail).
        try await h.run(until: EngineHarness.at("2026-11-23T09:16"))
        #expect(alerts().count == 2)
        // Writing again after the reminder time: one more alert, not one per message.
        h.clock.advance(by: 16 * 60)
        for i in 11...13 {
            _ = try await h.engine.receive(channel: .sms, from: "+447700900101", text: "still there? \(i)", providerID: "r\(i)")
            try await h.engine.settle()
        }
        #expect(alerts().count == 3, "one more alert for the three messages after the reminder time, not three (\(alerts().count))")
    }

    @Test("a new escalation's alert goes out before a queue of clients' messages due earlier")
    func staffFirst() async throws {
        let h = try await EngineHarness()
        // A hundred reminders queued for clients (a busy morning), all due now.
        let now = h.clock.now()
        try await h.store.transaction { tx in
            for i in 0..<100 {
                _ = try tx.enqueue(OutboxDraft(party: "client:olivia", channel: .sms, address: "+44770090\(String(format: "%04d", i))", name: "reminder",
                                               locale: "en", body: "Reminder \(i)", notBefore: now.addingTimeInterval(-60)), at: now)
            }
        }
        try await h.book("a1", client: "maria", start: "2026-11-24T10:00")
        _ = try await h.engine.receive(channel: .sms, from: "+447700900102", text: "¿Hay aparcamiento cerca?", providerID: "q1")
        // The booking's settle sent this second's ten SMS. The next second's round, ten of the ninety reminders still due
        // before it: Anna's alert is among them.
        h.clock.advance(by: 1)
        try await h.engine.dispatchDue()
        #expect(h.phones[.sms]!.inbox(Self.anna).count == 1, "the alert went in the first round, ahead of the queued reminders")
    }

    @Test("a hundred clients writing again to threads already with a person: no new alerts, and a new escalation's alert goes at once")
    func staffLoad() async throws {
        let h = try await EngineHarness()
        let clients = (0..<100).map { i in Client(id: ClientID("c\(i)"), firstName: "Client\(i)", addresses: [.sms: "+4477009\(String(format: "%05d", i))"]) }
        for c in clients { try await h.store.save(c) }
        for c in clients {
            _ = try await h.engine.receive(channel: .sms, from: c.addresses[.sms]!, text: "Do you have parking?", providerID: "first-\(c.id)")
        }
        // Every escalation's alert goes out, one a second to Anna's phone.
        try await h.run(until: EngineHarness.at("2026-11-23T09:04"))
        let alerts = { h.phones[.sms]!.inbox(Self.anna).count }
        #expect(alerts() >= 100)
        let before = alerts()
        // All hundred write again at once, and someone new asks something.
        for c in clients {
            _ = try await h.engine.receive(channel: .sms, from: c.addresses[.sms]!, text: "Hello?? anyone there", providerID: "again-\(c.id)")
        }
        _ = try await h.engine.receive(channel: .sms, from: "+447700900102", text: "¿Puedo llevar a mi hija?", providerID: "maria-q")
        try await h.engine.dispatchDue()
        #expect(alerts() == before + 1, "one new alert: María's, in the first round; the hundred were folded into their escalations")
        let open = try await h.store.escalations(status: .open)
        #expect(open.count == 101)
    }
}
