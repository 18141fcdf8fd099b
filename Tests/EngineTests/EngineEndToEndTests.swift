import BookingCore
import Channels
import Conversation
import Engine
import Foundation
import Store
import Testing

@Suite("The engine end to end, on a simulated clock and simulated phones", .serialized)
struct EngineEndToEndTests {
    @Test("a booking's reminder goes out on time; \"yes\" confirms it and the receipt arrives once")
    func reminderAndConfirm() async throws {
        let h = try await EngineHarness()
        try await h.book("a1", client: "olivia", start: "2026-11-25T11:00")
        #expect(h.inbox(.sms, "+447700900101").isEmpty, "nothing before the reminder is due")
        try await h.run(until: "2026-11-23T11:05")
        let reminder = try #require(h.inbox(.sms, "+447700900101").first)
        #expect(reminder.contains("Swedish massage") && reminder.contains("Olivia"))
        try await h.reply("Yes, see you then!", from: "+447700900101")
        #expect(try await h.store.appointment("a1")?.status == .confirmed)
        #expect(h.inbox(.sms, "+447700900101").count == 2)
        #expect(h.inbox(.sms, "+447700900101").last?.contains("confirmed") == true)
        // The 3-hour reminder is skipped for a confirmed visit.
        try await h.run(until: "2026-11-25T10:30")
        #expect(h.inbox(.sms, "+447700900101").count == 2)
    }

    @Test("a bare \"cancel\": by e-mail it cancels the visit asked about; on SMS it is the provider's keyword and opts out")
    func bareCancel() async throws {
        let h = try await EngineHarness()
        try await h.book("a1", client: "olivia", start: "2026-11-25T11:00")
        try await h.run(until: "2026-11-23T11:05")
        #expect(try await h.engine.receive(channel: .email, from: "olivia@example.com", text: "Cancel", providerID: "mail-1"))
        #expect(try await h.store.appointment("a1")?.status == .cancelled)
        #expect(try await h.store.client("olivia")?.optedOut.isEmpty == true)
        try await h.book("a2", client: "olivia", start: "2026-11-26T11:00")
        try await h.run(until: "2026-11-24T11:05")
        try await h.reply("CANCEL", from: "+447700900101")
        #expect(try await h.store.client("olivia")?.optedOut.contains(.sms) == true)
        #expect(try await h.store.appointment("a2")?.status.isUpcoming == true, "opting out of texts leaves the visit booked")
    }

    @Test("the same inbound message delivered twice is applied once")
    func duplicateInbound() async throws {
        let h = try await EngineHarness()
        try await h.book("a1", client: "olivia", start: "2026-11-25T11:00")
        try await h.run(until: "2026-11-23T11:05")
        #expect(try await h.reply("yes", from: "+447700900101", id: "SM123"))
        #expect(try await h.reply("yes", from: "+447700900101", id: "SM123") == false)
        #expect(h.inbox(.sms, "+447700900101").count == 2, "one reminder, one receipt")
        #expect(try await h.store.audit(subjectKind: "appointment", subjectID: "a1").map(\.action) == ["booked", "confirmed"])
    }

    @Test("a restart in the middle of the day: jobs fire once and nothing is sent again")
    func restart() async throws {
        var h = try await EngineHarness()
        try await h.book("a1", client: "olivia", start: "2026-11-25T11:00")
        try await h.book("a2", client: "maria", staff: "ben", start: "2026-11-25T15:00")
        try await h.run(until: "2026-11-23T12:00")
        #expect(h.inbox(.sms, "+447700900101").count == 1)
        h.restart()
        try await h.run(until: "2026-11-23T16:00")
        #expect(h.inbox(.sms, "+447700900101").count == 1, "the restarted engine does not resend")
        #expect(h.inbox(.sms, "+447700900102").count == 1, "María's reminder came once, after the restart")
        try await h.run(until: "2026-11-25T12:30")
        #expect(h.inbox(.sms, "+447700900101").count == 2, "the 3-hour reminder fired once")
    }

    @Test("a cancellation frees the slot; two waitlisted clients say yes at once: one booking, one \"sorry\"")
    func waitlistRace() async throws {
        let h = try await EngineHarness(policies: Policies(waitlist: WaitlistPolicy(mode: .batch(size: 2, holdMinutes: 20))))
        try await h.book("a1", client: "olivia", start: "2026-11-25T11:00")
        for (i, c) in ["maria", "oleg"].enumerated() {
            try await h.store.save(WaitlistEntry(id: WaitlistEntryID("w\(i)"), clientID: ClientID(c), locationID: "soho", serviceIDs: ["massage"],
                                                 createdAt: EngineHarness.at("2026-11-20T10:00")))
        }
        try await h.run(until: "2026-11-23T11:05")
        try await h.reply("Sorry, I can't make it", from: "+447700900101")
        #expect(try await h.store.appointment("a1")?.status == .cancelled)
        #expect(h.inbox(.sms, "+447700900102").count == 1, "María was offered the slot")
        #expect(h.inbox(.telegram, "5001").count == 1, "Oleg was offered the slot")
        async let a = h.engine.receive(channel: .sms, from: "+447700900102", text: "sí", providerID: "m1")
        async let b = h.engine.receive(channel: .telegram, from: "5001", text: "да", providerID: "o1")
        _ = try await (a, b)
        try await h.run(until: h.clock.now().addingTimeInterval(5))
        let booked = try await h.store.appointments(at: "soho", from: EngineHarness.at("2026-11-25T00:00"), to: EngineHarness.at("2026-11-26T00:00"))
            .filter { $0.holdsSlot && $0.start == EngineHarness.at("2026-11-25T11:00") }
        #expect(booked.count == 1, "exactly one booking of the freed slot")
        let winner = try #require(booked.first?.clientID)
        let loserInbox = winner == "maria" ? h.inbox(.telegram, "5001") : h.inbox(.sms, "+447700900102")
        let loser = winner == "maria" ? "oleg" : "maria"
        let log = try await h.store.messages(party: "client:\(loser)").map { "\($0.direction) \($0.name ?? "") \($0.status)" }
        #expect(loserInbox.count == 2, "the other client heard the slot was taken: \(log)")
    }

    @Test("a provider failing for a while: retried with backoff until it recovers, sent once")
    func transientThenRecover() async throws {
        let h = try await EngineHarness()
        h.phones[.sms]!.fail("+447700900101", with: [.transient("HTTP 500", retryAfter: nil), .transient("timeout", retryAfter: nil)])
        try await h.book("a1", client: "olivia", start: "2026-11-25T11:00")
        try await h.run(until: "2026-11-23T11:10")
        #expect(h.inbox(.sms, "+447700900101").count == 1, "delivered once after two failures")
        let log = try await h.store.messages(party: "client:olivia")
        #expect(log.last?.status == "sent")
    }

    @Test("a permanent failure on SMS falls back to e-mail; an unsubscribed number marks the client opted out")
    func permanentFailureFallsBack() async throws {
        let h = try await EngineHarness()
        h.phones[.sms]!.fail("+447700900101", with: [.optedOut("21610 unsubscribed")])
        try await h.book("a1", client: "olivia", start: "2026-11-25T11:00")
        try await h.run(until: "2026-11-23T11:10")
        #expect(h.inbox(.sms, "+447700900101").isEmpty)
        let mail = h.inbox(.email, "olivia@example.com")
        #expect(mail.count == 1 && mail[0].contains("Swedish massage"), "the reminder came by e-mail instead")
        #expect(try await h.store.client("olivia")?.optedOut == [.sms])
    }

    @Test("a question goes to the staff member on their own channel; their answer is relayed to the client")
    func escalationRelay() async throws {
        let h = try await EngineHarness(now: "2026-11-23T10:00")
        try await h.book("a1", client: "maria", start: "2026-11-25T11:00")
        try await h.reply("¿Dónde puedo aparcar?", from: "+447700900102")
        let staffMessage = try #require(h.inbox(.sms, "+447700900900").last)
        #expect(staffMessage.contains("María López"))
        #expect(try await h.store.escalations(status: .open).count == 1)
        try await h.reply("There's a car park on Dean Street, 2 minutes away.", from: "+447700900900")
        #expect(h.inbox(.sms, "+447700900102").last?.contains("Dean Street") == true)
    }

    @Test("an unanswered escalation is sent again, then handed to the manager")
    func escalationReminders() async throws {
        let h = try await EngineHarness(now: "2026-11-23T13:00")
        try await h.book("a1", client: "oleg", staff: "ben", start: "2026-11-25T15:00")
        try await h.reply("это шутка какая-то", from: "5001", on: .telegram)
        #expect(h.inbox(.telegram, "900").count == 1, "Ben, the therapist, is told first")
        try await h.run(until: "2026-11-23T13:20")
        #expect(h.inbox(.telegram, "900").count == 2, "reminded after 15 minutes")
        try await h.run(until: "2026-11-23T13:40")
        #expect(h.inbox(.sms, "+447700900900").count == 1, "then Anna, the manager")
    }

    @Test("no arrival marked: staff are asked; \"no\" makes it a no-show, and the client is invited back with slots to pick")
    func noShowAndWinBack() async throws {
        let h = try await EngineHarness(now: "2026-11-23T08:00")
        try await h.book("a1", client: "olivia", start: "2026-11-23T10:00", status: .confirmed)
        try await h.run(until: "2026-11-23T11:20")
        let check = try #require(h.inbox(.sms, "+447700900900").last)
        #expect(check.contains("Olivia"))
        try await h.reply("no", from: "+447700900900")
        #expect(try await h.store.appointment("a1")?.status == .noShow)
        #expect(try await h.store.client("olivia")?.attendance.map(\.kind) == [.noShow])
        try await h.run(until: "2026-11-24T12:00")
        let invite = try #require(h.inbox(.sms, "+447700900101").last)
        #expect(invite.contains("1)") && invite.contains("2)"), "the invitation lists slots: \(invite)")
        try await h.reply("2", from: "+447700900101")
        let rebooked = try await h.store.appointments(of: "olivia").filter { $0.status == .confirmed }
        #expect(rebooked.count == 1)
        #expect(rebooked.first?.source == .conversation)
    }

    @Test("staff answer an attendance check in their own language, whatever the client's")
    func staffAnswerInStaffLanguage() async throws {
        let h = try await EngineHarness(now: "2026-11-23T08:00")
        try await h.book("a1", client: "maria", start: "2026-11-23T10:00", status: .confirmed)
        try await h.run(until: "2026-11-23T11:20")
        #expect(h.inbox(.sms, "+447700900900").last?.contains("María López") == true)
        try await h.reply("Yes", from: "+447700900900")
        #expect(try await h.store.appointment("a1")?.status == .completed)
        #expect(h.inbox(.sms, "+447700900900").last?.contains("noted") == true)
    }

    @Test("a crash after a send but before it was marked sent: the resend carries the same key and reaches the phone once")
    func crashBetweenSendAndMark() async throws {
        var h = try await EngineHarness()
        try await h.book("a1", client: "olivia", start: "2026-11-25T11:00")
        h.clock.advance(to: EngineHarness.at("2026-11-23T11:00"))
        try await h.engine.runDueJobs()
        let pending = try await h.store.dueOutbox(until: h.clock.now(), limit: 10)
        let row = try #require(pending.first)
        // The provider got the message, then the process died before recording it.
        _ = try await h.phones[.sms]!.send(OutboundMessage(id: row.id, channel: .sms, address: row.draft.address, body: row.draft.body,
                                                          subject: nil, html: nil, buttons: []))
        h.restart()
        try await h.engine.settle()
        #expect(h.inbox(.sms, "+447700900101").count == 1, "sent once, though dispatched twice")
        #expect(try await h.store.dueOutbox(until: h.clock.now(), limit: 10).isEmpty, "and now marked sent")
    }

    @Test("staff reply DONE to an escalation: it is closed, nothing is relayed to the client, no more reminders")
    func escalationDone() async throws {
        let h = try await EngineHarness(now: "2026-11-23T10:00")
        try await h.book("a1", client: "maria", start: "2026-11-25T11:00")
        try await h.reply("¿Dónde puedo aparcar?", from: "+447700900102")
        let clientInbox = h.inbox(.sms, "+447700900102").count
        try await h.reply("DONE", from: "+447700900900")
        #expect(h.inbox(.sms, "+447700900102").count == clientInbox, "the client gets nothing")
        #expect(try await h.store.escalations(status: .resolved).count == 1)
        #expect(h.inbox(.sms, "+447700900900").last?.contains("noted") == true)
        let staffInbox = h.inbox(.sms, "+447700900900").count
        try await h.run(until: "2026-11-23T11:00")
        #expect(h.inbox(.sms, "+447700900900").count == staffInbox, "no reminder for a closed escalation")
    }

    @Test("an unpaid deposit hold runs out: the slot is released and offered on")
    func depositHoldExpires() async throws {
        var policies = Policies(waitlist: WaitlistPolicy(mode: .sequential(holdMinutes: 20)))
        policies.depositHoldMinutes = 30
        let h = try await EngineHarness(now: "2026-11-23T10:00", policies: policies)
        var maria = EngineHarness.maria
        maria.attendance = [AttendanceMark(kind: .noShow, at: EngineHarness.at("2026-10-01T10:00")),
                            AttendanceMark(kind: .noShow, at: EngineHarness.at("2026-11-01T10:00"))]
        try await h.store.save(maria)
        try await h.store.save(WaitlistEntry(id: "w0", clientID: "maria", locationID: "soho", serviceIDs: ["massage"],
                                             createdAt: EngineHarness.at("2026-11-20T10:00")))
        try await h.book("a1", client: "olivia", start: "2026-11-25T11:00")
        try await h.store.change("a1", .cancel(reason: "phoned in"), by: .staff("anna"), at: h.clock.now(), policies: policies)
        try await h.engine.bookingChanged(.cancelled("a1"), client: "olivia", key: "cancel-a1")
        try await h.run(until: "2026-11-23T10:01")
        try await h.reply("sí", from: "+447700900102")
        let held = try await h.store.appointments(of: "maria").first { $0.status == .awaitingDeposit }
        #expect(held != nil, "María, who must pay a deposit, holds the slot")
        #expect(h.inbox(.sms, "+447700900102").last?.contains("pay.example.com") == true, "and gets the payment link at once")
        // Oleg joins the waitlist while María's hold runs (clients with a clean record would be offered first).
        try await h.store.save(WaitlistEntry(id: "w1", clientID: "oleg", locationID: "soho", serviceIDs: ["massage"],
                                             createdAt: EngineHarness.at("2026-11-21T10:00")))
        try await h.run(until: "2026-11-23T10:40")
        #expect(try await h.store.appointments(of: "maria").allSatisfy { $0.status != .awaitingDeposit }, "the hold lapsed")
        #expect(h.inbox(.telegram, "5001").count == 1, "and the slot went to the next client")
    }

    @Test("a slot freed late in the evening is offered when quiet hours end, not into the night")
    func refillWaitsForMorning() async throws {
        let h = try await EngineHarness(now: "2026-11-23T21:30")
        try await h.store.save(WaitlistEntry(id: "w1", clientID: "oleg", locationID: "soho", serviceIDs: ["massage"],
                                             createdAt: EngineHarness.at("2026-11-20T10:00")))
        try await h.book("a1", client: "olivia", start: "2026-11-25T11:00")
        try await h.store.change("a1", .cancel(reason: "phoned in"), by: .staff("anna"), at: h.clock.now(), policies: .standard)
        try await h.engine.bookingChanged(.cancelled("a1"), client: "olivia", key: "cancel-a1")
        try await h.run(until: "2026-11-24T07:59")
        #expect(h.inbox(.telegram, "5001").isEmpty, "nobody is offered a slot at night")
        try await h.run(until: "2026-11-24T08:01")
        #expect(h.inbox(.telegram, "5001").count == 1, "the offer goes out at 08:00")
    }

    @Test("a staff member with two open escalations: their message is not relayed to a client on a guess")
    func noRelayWhenAmbiguous() async throws {
        let h = try await EngineHarness(now: "2026-11-23T10:00")
        try await h.book("a1", client: "maria", start: "2026-11-25T11:00")
        try await h.book("a2", client: "olivia", start: "2026-11-25T14:00")
        try await h.reply("¿Dónde puedo aparcar?", from: "+447700900102")
        try await h.reply("How much is a gift card?", from: "+447700900101")
        let before = (h.inbox(.sms, "+447700900102").count, h.inbox(.sms, "+447700900101").count)
        try await h.reply("Yes, there's a car park round the corner on Dean Street.", from: "+447700900900")
        #expect(h.inbox(.sms, "+447700900102").count == before.0)
        #expect(h.inbox(.sms, "+447700900101").count == before.1)
        #expect(try await h.store.escalations(status: .open).count == 2)
    }

    /// Olivia's 15:00 visit on the 25th stays unconfirmed after its last reminder; María and Oleg wait for a massage.
    static func atRisk() async throws -> EngineHarness {
        let h = try await EngineHarness(now: "2026-11-23T10:00", policies: Policies(waitlist: WaitlistPolicy(mode: .batch(size: 2, holdMinutes: 20),
                                                                                                              confirmOrRelease: true)))
        for (i, c) in ["maria", "oleg"].enumerated() {
            try await h.store.save(WaitlistEntry(id: WaitlistEntryID("w\(i)"), clientID: ClientID(c), locationID: "soho", serviceIDs: ["massage"],
                                                 createdAt: EngineHarness.at("2026-11-2\(i)T10:00")))
        }
        try await h.book("a1", client: "olivia", start: "2026-11-25T15:00")
        try await h.run(until: "2026-11-25T13:01")
        return h
    }

    @Test("confirm or release: still unconfirmed after the last reminder, the slot goes on standby; the first client cancels and the queued one gets it")
    func confirmOrReleaseCancel() async throws {
        let h = try await Self.atRisk()
        #expect(try await h.store.audit(subjectKind: "appointment", subjectID: "a1").contains { $0.action == "atRisk" })
        #expect(h.inbox(.sms, "+447700900102").count == 1 && h.inbox(.telegram, "5001").count == 1, "both were asked to queue")
        try await h.reply("sí", from: "+447700900102")
        #expect(try await h.store.appointments(of: "maria").isEmpty, "queuing books nothing while Olivia still holds the slot")
        try await h.reply("Sorry, I can't make it", from: "+447700900101")
        let won = try await h.store.appointments(of: "maria")
        #expect(won.count == 1 && won.first?.status == .confirmed && won.first?.start == EngineHarness.at("2026-11-25T15:00"))
        #expect(h.inbox(.sms, "+447700900102").count == 3, "standby offer, first-in-line receipt, and the booking")
        #expect(h.inbox(.telegram, "5001").count == 2, "Oleg hears it went")
    }

    @Test("confirm or release: the first client confirms after all; everyone queued hears the slot won't free")
    func confirmOrReleaseConfirm() async throws {
        let h = try await Self.atRisk()
        try await h.reply("sí", from: "+447700900102")
        try await h.reply("yes", from: "+447700900101")
        #expect(try await h.store.appointment("a1")?.status == .confirmed)
        #expect(try await h.store.appointments(of: "maria").isEmpty)
        #expect(h.inbox(.sms, "+447700900102").count == 3, "standby offer, receipt, and 'that slot was taken'")
        #expect(h.inbox(.telegram, "5001").count == 2)
    }

    @Test("two locations: a slot freed at Camden is offered and booked there, though the client's next visit is in Soho")
    func offerAtAnotherLocation() async throws {
        let h = try await EngineHarness(now: "2026-11-23T10:00")
        let camden = Location(id: "camden", name: "Camden Wellness", timeZoneIdentifier: "Europe/London",
                              openingHours: .every(Weekday.allCases, [LocalTimeRange(text: "09:00-20:00")!]))
        try await h.store.save(camden)
        try await h.store.save(StaffMember(id: "cara", name: "Cara", locationIDs: ["camden"],
                                           workingHours: .every(Weekday.allCases, [LocalTimeRange(text: "09:00-18:00")!]), serviceIDs: ["massage"]))
        try await h.book("soho1", client: "oleg", start: "2026-11-27T11:00")
        try await h.store.save(WaitlistEntry(id: "w1", clientID: "oleg", locationID: "camden", serviceIDs: ["massage"],
                                             createdAt: EngineHarness.at("2026-11-20T10:00")))
        let s = EngineHarness.at("2026-11-24T14:00")
        try await h.store.book(Appointment(id: "cam1", clientID: "olivia", serviceID: "massage", staffID: "cara", locationID: "camden", start: s,
                                           end: s.addingTimeInterval(3600), price: EngineHarness.massage.price, source: .phone, createdAt: h.clock.now()),
                               by: .staff("cara"))
        try await h.store.change("cam1", .cancel(reason: "phoned in"), by: .staff("cara"), at: h.clock.now(), policies: .standard)
        try await h.engine.bookingChanged(.cancelled("cam1"), client: "olivia", key: "cancel-cam1")
        try await h.run(until: "2026-11-23T10:01")
        #expect(h.inbox(.telegram, "5001").last?.contains("Swedish massage") == true, "Oleg is offered the Camden slot")
        try await h.reply("да", from: "5001", on: .telegram)
        let camdenVisit = try await h.store.appointments(of: "oleg").first { $0.locationID == "camden" }
        #expect(camdenVisit?.start == s && camdenVisit?.staffID == "cara", "booked at Camden with Cara")
    }
}
