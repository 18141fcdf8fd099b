import BookingCore
import Conversation
import Foundation
import Intents
import Dialogs
import Testing

/// The rules that keep the bot from doing harm: opt-out first, never guess at a cancellation,
/// quiet hours, expired and taken offers, and a person when in doubt.
@Suite("Safety rules")
struct SafetyRuleTests {
    @Test("STOP in the middle of a reschedule: opted out at once, every question closed, nothing else done",
          arguments: ["STOP", "stop", "Unsubscribe", "СТОП", "baja"])
    func optOutMidFlow(text: String) {
        var s = Transcript("en", now: "2026-11-23T11:00", book: [Spa.appointment("a1", client: "olivia", start: "2026-11-25T11:00")])
        s.run(.timer(.reminderDue("a1", step: 0)))
        s.says("Can we do Thursday at 4 instead?")
        #expect(!s.state.openQuestions(at: s.now).isEmpty)
        let d = s.says(text)
        #expect(d.templates == ["opt_out_confirmation"])
        #expect(d.effects.contains(.optOut(.sms)))
        #expect(s.state.questions.isEmpty)
        #expect(d.changes.isEmpty, "opting out never cancels or moves anything")
        #expect(s.appointment("a1")?.status == .booked)
    }

    @Test("a reminder for Wednesday answered with Wednesday refused never confirms the visit", arguments: [
        ("en", "Can't do wednesday sorry"), ("en", "not wednesday"), ("en", "Can't do wednesday sorry, I'll ring when I know my shifts"),
        ("es", "no puedo el miércoles, ¿podemos cambiar de día?"), ("es", "el miércoles no puedo"), ("ru", "в среду не могу"),
    ])
    func refusedDayNeverConfirms(_ c: (String, String)) {
        let client = Spa.clients[c.0]!.id
        var s = Transcript(c.0, now: "2026-11-23T11:00", book: [Spa.appointment("a1", client: client, start: "2026-11-25T11:00")])
        s.run(.timer(.reminderDue("a1", step: 0)))
        let d = s.says(c.1)
        #expect(s.appointment("a1")?.status != .confirmed, "\(c.1): \(d.templates)")
        #expect(!d.templates.contains("confirmation_receipt"), "\(c.1): \(d.templates)")
    }

    @Test("START after STOP opts back in")
    func optIn() {
        var s = Transcript("en")
        s.says("STOP")
        let d = s.says("START")
        #expect(d.templates == ["opt_in_confirmation"])
        #expect(s.client.optedOut.isEmpty)
    }

    @Test("\"I need to cancel\" with two visits booked: one clarifying question, then the one picked is cancelled")
    func ambiguousCancel() {
        var s = Transcript("en", book: [Spa.appointment("a1", client: "olivia", start: "2026-11-25T11:00"),
                                        Spa.appointment("a2", client: "olivia", service: Spa.massage, staff: "ben", start: "2026-11-27T15:00")])
        let ask = s.says("I need to cancel")
        #expect(ask.templates == ["clarify_appointment"])
        #expect(ask.changes.isEmpty, "never a guess")
        let d = s.says("2")
        #expect(d.templates == ["cancellation_receipt"])
        #expect(s.appointment("a1")?.status == .booked)
        #expect(s.appointment("a2")?.status == .cancelled)
    }

    @Test("\"cancel my appointment\" out of the blue with one visit: asked first, cancelled only on yes; no keeps it")
    func cancelAskedFirst() {
        var s = Transcript("en", book: [Spa.appointment("a1", client: "olivia", start: "2026-11-25T11:00")])
        #expect(s.says("I need to cancel my appointment").templates == ["confirm_cancel"])
        #expect(s.appointment("a1")?.status == .booked)
        #expect(s.says("yes").templates == ["cancellation_receipt"])
        #expect(s.appointment("a1")?.status == .cancelled)

        var keep = Transcript("en", book: [Spa.appointment("a1", client: "olivia", start: "2026-11-25T11:00")])
        keep.says("I need to cancel my appointment")
        #expect(keep.says("no").templates == ["kept_appointment"])
        #expect(keep.appointment("a1")?.status == .booked)
    }

    @Test("a reminder due in quiet hours waits for morning; a direct answer at night goes at once")
    func quietHours() {
        var s = Transcript("en", now: "2026-11-23T22:30", book: [Spa.appointment("a1", client: "olivia", start: "2026-11-25T22:30")])
        let reminder = s.run(.timer(.reminderDue("a1", step: 0)))
        #expect(reminder.messages.first?.notBefore == Spa.at("2026-11-24T08:00"))
        let answer = s.says("yes")
        #expect(answer.templates == ["confirmation_receipt"])
        #expect(answer.messages.first?.notBefore == nil)
    }

    @Test("reminders are scheduled outside quiet hours: to the morning if that leaves an hour, else the evening before", arguments: [
        ("2026-11-25T09:00", "2026-11-25T08:00"), ("2026-11-25T08:30", "2026-11-24T20:45"), ("2026-11-25T14:00", "2026-11-25T11:00"),
    ])
    func remindersAvoidTheNight(visit: String, lastReminder: String) {
        var s = Transcript("en", now: "2026-11-20T10:00", book: [Spa.appointment("a1", client: "olivia", start: visit)])
        let d = s.run(.booking(.booked("a1")))
        let reminders = d.effects.compactMap { e -> (Int, Date)? in
            if case .schedule(let j) = e, case .reminderDue(_, let step) = j.timer { return (step, j.due) }
            return nil
        }.sorted { $0.0 < $1.0 }
        #expect(reminders.map(\.1) == [Spa.at(visit).addingTimeInterval(-48 * 3600), Spa.at(lastReminder)])
        #expect(d.effects.contains { if case .schedule(let j) = $0, case .attendanceCheckDue = j.timer { j.party == .staff("anna") } else { false } })
    }

    @Test("a yes after the offer's hold ran out gets \"that offer has expired\", and books nothing")
    func expiredOffer() {
        var s = Transcript("en")
        let slot = OfferedSlot(serviceID: "massage", staffID: "ben", locationID: "soho", start: Spa.at("2026-11-23T15:00"), end: Spa.at("2026-11-23T16:00"))
        s.run(.booking(.offer([slot], entry: "w1", holdMinutes: 20)))
        s.wait(minutes: 25)
        let lapsed = s.run(.timer(.questionExpired(questionID: s.state.questions[0].id)))
        #expect(lapsed.effects.contains(.offerLapsed(slot, client: "olivia")), "the waitlist moves on to the next client")
        let d = s.says("yes!")
        #expect(d.templates == ["offer_expired"])
        #expect(!s.book.contains { $0.clientID == "olivia" })
    }

    @Test("two clients offered one slot: the first yes books it, the second hears it was just taken")
    func slotTakenBetweenOfferAndAcceptance() {
        let slot = OfferedSlot(serviceID: "massage", staffID: "ben", locationID: "soho", start: Spa.at("2026-11-23T15:00"), end: Spa.at("2026-11-23T16:00"))
        var first = Transcript("en")
        var second = Transcript("es")
        first.run(.booking(.offer([slot], entry: "w1", holdMinutes: 20)))
        second.run(.booking(.offer([slot], entry: "w2", holdMinutes: 20)))
        first.says("yes")
        second.book = first.book
        let d = second.says("sí")
        #expect(d.templates == ["slot_taken"])
        #expect(d.effects.allSatisfy { if case .book = $0 { false } else { true } })
        #expect(second.state.questions.isEmpty)
    }

    @Test("a told-you-so slotTaken closes the offer and says so")
    func slotTakenNotice() {
        var s = Transcript("ru")
        let slot = OfferedSlot(serviceID: "massage", staffID: "ben", locationID: "soho", start: Spa.at("2026-11-23T15:00"), end: Spa.at("2026-11-23T16:00"))
        s.run(.booking(.offer([slot], entry: "w1", holdMinutes: 20)))
        let d = s.run(.booking(.slotTaken(slot)))
        #expect(d.templates == ["slot_taken"])
        #expect(s.state.questions.isEmpty)
        // Her "да" crossed the notice: she hears the offer has gone, not that the bot can't help.
        #expect(s.says("да").templates == ["offer_expired"])
    }

    @Test("questions, disputes, gibberish and health words go to a person, once", arguments: [
        ("how much is parking?", Escalation.Reason.question), ("I did come!", .dispute), ("asdf qwerty", .unclear),
        ("I'm in hospital, can't come", .health),
    ])
    func handedToPerson(text: String, reason: Escalation.Reason) {
        var s = Transcript("en", now: "2026-11-23T11:00", book: [Spa.appointment("a1", client: "olivia", start: "2026-11-25T11:00")])
        s.run(.timer(.reminderDue("a1", step: 0)))
        let d = s.says(text)
        #expect(d.templates == ["handoff"])
        #expect(s.escalations.map(\.reason) == [reason])
        #expect(s.escalations.first?.appointment == "a1")
        #expect(d.changes.isEmpty)
        let again = s.says("hello?")
        #expect(again.templates.isEmpty, "no second \"someone will get back to you\"")
    }

    @Test("a staff answer is relayed to the client and the bot takes over again")
    func staffAnswer() {
        var s = Transcript("en")
        s.says("where do I park?")
        let d = s.run(.staff(.answer(escalationID: "e1", text: "There's a car park behind the building.", by: "anna")))
        #expect(d.templates == ["staff_answer"])
        #expect(d.messages.first?.variables["answer"] == .text("There's a car park behind the building."))
        #expect(!s.state.awaitingStaff)
    }

    @Test("a high-value visit or a repeat no-show is never cancelled by the bot")
    func highValueAndRepeatOffenders() {
        var s = Transcript("en", now: "2026-11-23T11:00", book: [Spa.appointment("a1", client: "olivia", service: Spa.facial, start: "2026-11-25T11:00")])
        s.policies.highValueMinorUnits = 30000
        s.run(.timer(.reminderDue("a1", step: 0)))
        #expect(s.says("Sorry, I can't make it").templates == ["handoff"])
        #expect(s.escalations.map(\.reason) == [.highValue])
        #expect(s.appointment("a1")?.status == .booked)

        var r = Transcript("en", now: "2026-11-23T11:00", book: [Spa.appointment("a1", client: "olivia", start: "2026-11-25T11:00")])
        r.client.attendance = [AttendanceMark(kind: .noShow, at: Spa.at("2026-10-01T10:00")), AttendanceMark(kind: .noShow, at: Spa.at("2026-11-01T10:00"))]
        r.run(.timer(.reminderDue("a1", step: 0)))
        #expect(r.says("Can we do Thursday at 4 instead?").templates == ["handoff"])
        #expect(r.escalations.map(\.reason) == [.repeatOffender])
    }

    @Test("after two clarifying questions in a row, a person takes over")
    func twoClarificationsThenPerson() {
        var s = Transcript("en", book: [Spa.appointment("a1", client: "olivia", start: "2026-11-25T11:00"),
                                        Spa.appointment("a2", client: "olivia", staff: "ben", start: "2026-11-27T15:00")])
        #expect(s.says("yes").templates == ["clarify_appointment"])
        #expect(s.says("yes").templates == ["pick_number"])
        #expect(s.says("yes").templates == ["handoff"])
        #expect(s.escalations.map(\.reason) == [.tooManyClarifications])
        #expect(s.book.allSatisfy { $0.status == .booked })
    }

    @Test("a confirmed visit skips the later reminder that says so; an unconfirmed one gets it")
    func confirmedSkipsReminder() {
        var s = Transcript("en", now: "2026-11-25T08:00", book: [Spa.appointment("a1", client: "olivia", start: "2026-11-25T11:00", status: .confirmed)])
        #expect(s.run(.timer(.reminderDue("a1", step: 1))).messages.isEmpty)
        var u = Transcript("en", now: "2026-11-25T08:00", book: [Spa.appointment("a1", client: "olivia", start: "2026-11-25T11:00")])
        #expect(u.run(.timer(.reminderDue("a1", step: 1))).templates == ["reminder_confirm"])
    }

    @Test("\"the 4:30 one\" picks the option at 16:30")
    func pickByTime() throws {
        var s = Transcript("en", now: "2026-11-23T11:00", book: [Spa.appointment("a1", client: "olivia", start: "2026-11-25T11:00")])
        s.run(.timer(.reminderDue("a1", step: 0)))
        let offer = s.says("Can we do Thursday at 4:30 instead?")
        let options = offer.offeredSlots
        let index = try #require(options.firstIndex { Spa.clock($0.start) == "16:30" })
        #expect(s.says("the 4:30 one").templates == ["move_receipt"])
        #expect(s.appointment("a1")?.start == options[index].start)
    }

    @Test("\"running 10 min late\": a receipt for the client and a note to the therapist")
    func runningLate() {
        var s = Transcript("es", now: "2026-11-23T10:50", book: [Spa.appointment("a1", client: "maria", start: "2026-11-23T11:00", status: .confirmed)])
        let d = s.says("llego 10 min tarde")
        #expect(d.templates == ["running_late_receipt", "staff_running_late"])
        #expect(d.messages.last?.to == .staff("anna"))
        #expect(d.messages.last?.variables["minutes"] == .count(10))
        #expect(s.appointment("a1")?.status == .confirmed)
    }

    @Test("a second yes for a visit already confirmed gets the receipt again, with the visit's details")
    func yesTwice() {
        var s = Transcript("en", book: [Spa.appointment("a1", client: "olivia", start: "2026-11-25T11:00")])
        #expect(s.says("yes").templates == ["confirmation_receipt"])
        let again = s.says("yes")
        #expect(again.templates == ["confirmation_receipt"])
        #expect(again.messages.first?.variables["service"] == .text("Swedish massage"))
        #expect(again.changes.isEmpty)
    }

    @Test("\"please cancel Saturday's facial\" while Thursday's reminder is open: Thursday stays, Saturday is asked about")
    func cancelNamesAnotherVisit() {
        var s = Transcript("en", now: "2026-11-24T11:00", book: [
            Spa.appointment("thu", client: "olivia", start: "2026-11-26T11:00"),
            Spa.appointment("sat", client: "olivia", service: Spa.facial, start: "2026-11-28T15:00"),
        ])
        s.run(.timer(.reminderDue("thu", step: 0)))
        let d = s.says("please cancel Saturday's facial")
        #expect(d.changes.isEmpty, "nothing is cancelled on a guess")
        #expect(s.appointment("thu")?.status == .booked)
        #expect(d.templates == ["confirm_cancel"])
        #expect(d.messages.first?.variables["service"] == .text("Hydrating facial"))
    }

    @Test("asking for Thursday at 4:30 doesn't take Wednesday's 16:30 from the list")
    func timeOfDayNeedsTheDay() {
        var s = Transcript("en", now: "2026-11-23T11:00", book: [Spa.appointment("a1", client: "olivia", start: "2026-11-25T11:00")])
        s.run(.timer(.reminderDue("a1", step: 0)))
        let first = s.says("Can we do Wednesday at 4:30 instead?")
        #expect(first.offeredSlots.first.map { Spa.clock($0.start) } == "16:30")
        let d = s.says("Could you do Thursday at 4:30?")
        #expect(!d.templates.contains("move_receipt"), "a new time is asked for, not a pick")
        #expect(s.appointment("a1")?.start == Spa.at("2026-11-25T11:00"))
    }

    @Test("a cancellation made elsewhere frees its slot for the waitlist")
    func outsideCancelFrees() {
        var s = Transcript("ru", book: [Spa.appointment("a1", client: "oleg", start: "2026-11-25T11:00", status: .cancelled)])
        s.run(.booking(.cancelled("a1")))
        #expect(s.freed.map(\.start) == [Spa.at("2026-11-25T11:00")])
    }
}

extension Spa {
    static func clock(_ d: Date) -> String { LocalDateTime(d, in: zone).time.description }
}
