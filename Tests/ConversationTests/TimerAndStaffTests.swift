import BookingCore
import Intents
import Conversation
import Foundation
import Dialogs
import Testing

@Suite("Timers, staff and booking changes")
struct TimerAndStaffTests {
    /// Anna's thread, with Olivia's 10:00 visit just over.
    static func staffThread(now: String = "2026-11-23T11:15") -> (ConversationState, ConversationContext, Date) {
        let a = Spa.appointment("a1", client: "olivia", start: "2026-11-23T10:00")
        let context = ConversationContext(client: Spa.clients["en"], staffMember: Spa.anna, location: Spa.location, policies: .standard,
                                          services: Spa.services, staff: [Spa.anna, Spa.ben], appointments: [a], book: BusyBook(appointments: [a], services: Spa.services))
        return (ConversationState(party: .staff("anna"), lastChannel: .sms), context, Spa.at(now))
    }

    @Test("nobody marked arrival: staff are asked \"did Olivia come?\", and \"no\" marks a no-show and plans a win-back")
    func attendanceCheck() {
        let (state, context, now) = Self.staffThread()
        let ask = Conversation.decide(state, .timer(.attendanceCheckDue("a1")), context, now: now)
        #expect(ask.templates == ["staff_no_show_check"])
        for m in ask.messages { Transcript.checkRenders(m, locale: "en") }
        #expect(ask.messages.first?.to == .staff("anna"))
        #expect(ask.messages.first?.variables["client"] == .text("Olivia"))
        #expect(ask.effects.contains { if case .schedule(let j) = $0 { j.timer == .attendanceCheckLapsed("a1") } else { false } })

        let no = Understanding.simple(.decline)
        let d = Conversation.decide(ask.state, .inbound(InboundReply(channel: .sms, text: "no", understanding: no)), context, now: now)
        #expect(d.changes == [.noShow])
        #expect(d.effects.contains(.recomputeTier("olivia")))
        #expect(d.effects.contains { if case .schedule(let j) = $0 { j.timer == .winBackDue("a1") && j.party == .client("olivia") } else { false } })
        #expect(d.templates == ["staff_noted"])
        for m in d.messages { Transcript.checkRenders(m, locale: "en") }

        let yes = Conversation.decide(ask.state, .inbound(InboundReply(channel: .sms, text: "yes", understanding: .simple(.confirm))), context, now: now)
        #expect(yes.changes == [.complete])
    }

    @Test("an unanswered attendance check marks the no-show by itself; an answered one does nothing more")
    func attendanceLapsed() {
        let (state, context, now) = Self.staffThread(now: "2026-11-23T13:15")
        let d = Conversation.decide(state, .timer(.attendanceCheckLapsed("a1")), context, now: now)
        #expect(d.changes == [.noShow])
        var arrived = context
        arrived.appointments[0].status = .completed
        #expect(Conversation.decide(state, .timer(.attendanceCheckLapsed("a1")), arrived, now: now).effects.isEmpty)
    }

    @Test("staff mark a no-show from the dashboard: the record, the tier and the win-back follow")
    func staffNoShow() {
        var s = Transcript("en", now: "2026-11-23T10:30", book: [Spa.appointment("a1", client: "olivia", start: "2026-11-23T10:00")])
        let d = s.run(.staff(.noShow("a1", by: "anna")))
        #expect(s.appointment("a1")?.status == .noShow)
        #expect(s.client.attendance.map(\.kind) == [.noShow])
        #expect(d.effects.contains(.recomputeTier("olivia")))
        #expect(s.jobs.contains { $0.timer == .winBackDue("a1") && $0.due == Spa.at("2026-11-24T10:30") })
    }

    @Test("staff cancel a visit: the client is told (outside quiet hours) and the slot goes to the waitlist")
    func staffCancel() {
        var s = Transcript("ru", now: "2026-11-23T22:00", book: [Spa.appointment("a1", client: "oleg", start: "2026-11-25T11:00")])
        let d = s.run(.staff(.cancel("a1", by: "anna", reason: "therapist ill")))
        #expect(d.templates == ["cancelled_by_business"])
        #expect(d.messages.first?.notBefore == Spa.at("2026-11-24T08:00"))
        #expect(s.appointment("a1")?.cancellation?.late == false, "a cancellation by the spa never costs the client")
        #expect(s.freed.count == 1)
    }

    @Test("after a visit: thanks with a rebook nudge at the service's cadence; nothing when already rebooked or when it was missed")
    func followUp() {
        var s = Transcript("en", now: "2026-11-23T14:00", book: [Spa.appointment("a1", client: "olivia", start: "2026-11-23T10:00", status: .completed)])
        let d = s.run(.timer(.followUpDue("a1")))
        #expect(d.templates == ["post_visit_thanks"])
        #expect(d.messages.first?.variables["rebook_date"] == .date(LocalDate(iso: "2026-12-21")!), "28 days after the visit")

        var rebooked = Transcript("en", now: "2026-11-23T14:00", book: [
            Spa.appointment("a1", client: "olivia", start: "2026-11-23T10:00", status: .completed),
            Spa.appointment("a2", client: "olivia", start: "2026-12-21T10:00"),
        ])
        #expect(rebooked.run(.timer(.followUpDue("a1"))).messages.isEmpty)
        var missed = Transcript("en", now: "2026-11-23T14:00", book: [Spa.appointment("a1", client: "olivia", start: "2026-11-23T10:00", status: .noShow)])
        #expect(missed.run(.timer(.followUpDue("a1"))).messages.isEmpty, "no thank-you for a visit that didn't happen")
    }

    @Test("no win-back for a client who has already booked again, and none that offers booking to a blocked client")
    func winBackConditions() {
        var rebooked = Transcript("en", book: [Spa.appointment("a0", client: "olivia", start: "2026-11-22T11:00", status: .noShow),
                                               Spa.appointment("a1", client: "olivia", start: "2026-11-28T11:00")])
        #expect(rebooked.run(.timer(.winBackDue("a0"))).messages.isEmpty)
        var blocked = Transcript("en", book: [Spa.appointment("a0", client: "olivia", start: "2026-11-22T11:00", status: .noShow)])
        blocked.client.attendance = (1...3).map { AttendanceMark(kind: .noShow, at: Spa.at("2026-11-0\($0)T10:00")) }
        let d = blocked.run(.timer(.winBackDue("a0")))
        #expect(d.templates == ["booking_blocked"])
        #expect(blocked.state.questions.isEmpty)
    }

    @Test("a client in the deposit tier who takes an offer gets a held slot and the deposit message")
    func depositTierTakesOffer() {
        var s = Transcript("en")
        s.client.attendance = [AttendanceMark(kind: .noShow, at: Spa.at("2026-10-01T10:00")), AttendanceMark(kind: .noShow, at: Spa.at("2026-11-01T10:00"))]
        let slot = OfferedSlot(serviceID: "massage", staffID: "ben", locationID: "soho", start: Spa.at("2026-11-23T15:00"), end: Spa.at("2026-11-23T16:00"))
        s.run(.booking(.offer([slot], entry: nil, holdMinutes: 20)))
        let d = s.says("yes")
        #expect(d.messages.isEmpty)
        #expect(s.book.contains { $0.clientID == "olivia" && $0.status == .awaitingDeposit })
    }

    @Test("a blocked client can't take a waitlist offer: none is sent")
    func blockedGetsNoOffer() {
        var s = Transcript("en")
        s.client.attendance = (1...3).map { AttendanceMark(kind: .noShow, at: Spa.at("2026-11-0\($0)T10:00")) }
        let slot = OfferedSlot(serviceID: "massage", staffID: "ben", locationID: "soho", start: Spa.at("2026-11-23T15:00"), end: Spa.at("2026-11-23T16:00"))
        #expect(s.run(.booking(.offer([slot], entry: nil, holdMinutes: 20))).messages.isEmpty)
    }

    @Test("the winner of an earlier slot moves up from their later visit, which frees in turn (the cascade)")
    func cascade() {
        var s = Transcript("es", book: [Spa.appointment("a9", client: "maria", staff: "anna", start: "2026-11-30T11:00")])
        let slot = OfferedSlot(serviceID: "massage", staffID: "ben", locationID: "soho", start: Spa.at("2026-11-24T15:00"), end: Spa.at("2026-11-24T16:00"))
        s.run(.booking(.offer([slot], entry: "w1", holdMinutes: 20)))
        let d = s.says("sí")
        #expect(d.templates == ["move_receipt"])
        #expect(s.appointment("a9")?.start == slot.start)
        #expect(s.appointment("a9")?.staffID == "ben")
        #expect(s.book.count == 1, "moved, not booked twice")
        #expect(s.freed.map(\.start) == [Spa.at("2026-11-30T11:00")])
    }

    @Test("a new booking schedules its reminders, attendance check and follow-up; an unpaid hold asks for the deposit")
    func bookedSchedules() {
        var s = Transcript("en", now: "2026-11-20T10:00", book: [Spa.appointment("a1", client: "olivia", start: "2026-11-25T11:00", status: .awaitingDeposit)])
        s.book[0].deposit = .required(Money(minorUnits: 2250, currency: "GBP"))
        let d = s.run(.booking(.booked("a1")))
        #expect(d.templates == ["deposit_required"])
        #expect(d.messages.first?.variables["payment_link"] == .text("https://pay.example.com/deposit/a1"))
        #expect(d.messages.first?.variables["deposit"] == .money(Money(minorUnits: 2250, currency: "GBP")))
        let kinds = s.jobs.map { job -> String in
            switch job.timer {
            case .reminderDue: "reminder"
            case .attendanceCheckDue: "attendance"
            case .followUpDue: "followUp"
            default: "other"
            }
        }
        #expect(kinds.sorted() == ["attendance", "followUp", "reminder", "reminder"])
    }

    @Test("moved by staff: the client gets the new time, old reminders go and new ones come")
    func movedOutside() {
        var s = Transcript("en", now: "2026-11-20T10:00", book: [Spa.appointment("a1", client: "olivia", start: "2026-11-26T15:00")])
        let d = s.run(.booking(.moved("a1", from: Spa.at("2026-11-25T11:00"))))
        #expect(d.templates == ["move_receipt"])
        #expect(d.effects.first == .cancelJobs("a1"))
        #expect(s.jobs.contains { $0.timer == .reminderDue("a1", step: 0) && $0.due == Spa.at("2026-11-24T15:00") })
    }
}

extension Understanding {
    /// A plain reading, for staff replies in tests that don't go through the matcher.
    static func simple(_ intent: Intent) -> Understanding { Understanding(intent: intent, confidence: 0.95, locale: "en") }
}
