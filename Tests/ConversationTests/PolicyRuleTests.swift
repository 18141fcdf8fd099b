import BookingCore
@testable import Conversation
import Foundation
import Testing

/// The business's policy settings, each seen working in a conversation (and its default beside it).
@Suite("Policy rules in the conversation")
struct PolicyRuleTests {
    @Test("a reminder step goes on the channel the policy names, else where the client usually is; quiet hours still apply")
    func reminderChannel() {
        var s = Transcript("es", book: [Spa.appointment("a1", client: "maria", start: "2026-11-25T11:00")])
        #expect(s.run(.timer(.reminderDue("a1", step: 0))).messages.first?.channel == nil, "default: the client's preferred channel")
        s.policies.reminders.steps[0].channel = .whatsapp
        s.state = ConversationState(party: .client("maria"), lastChannel: .sms)
        let sent = s.run(.timer(.reminderDue("a1", step: 0))).messages
        #expect(sent.map(\.name) == [.reminderConfirm] && sent.first?.channel == .whatsapp)
    }

    @Test("the policy's quiet hours hold back what is not an answer; the location's own apply without one")
    func quietHours() {
        var s = Transcript("en", now: "2026-11-23T20:30", book: [Spa.appointment("a0", client: "olivia", start: "2026-11-22T11:00", status: .noShow)])
        #expect(s.run(.timer(.winBackDue("a0"))).messages.first?.notBefore == nil, "20:30 is outside the location's 21:00-08:00")
        s.policies.quietHours = QuietHours(start: LocalTime(minutes: 20 * 60), end: LocalTime(minutes: 9 * 60))
        #expect(s.run(.timer(.winBackDue("a0"))).messages.first?.notBefore == Spa.at("2026-11-24T09:00"))
    }

    @Test("win-back after a no-show only: a client's cancellation plans none; after both (the default) it does")
    func winBackAfter() {
        func cancels(_ policies: Policies) -> Bool {
            var s = Transcript("en", now: "2026-11-20T10:00", book: [Spa.appointment("a1", client: "olivia", start: "2026-11-25T11:00")])
            s.policies = policies
            s.says("I need to cancel my appointment")
            s.says("yes")
            #expect(s.book[0].status == .cancelled)
            return s.jobs.contains { if case .winBackDue = $0.timer { true } else { false } }
        }
        #expect(cancels(.standard))
        var noShowOnly = Policies()
        noShowOnly.winBack.after = .noShow
        #expect(!cancels(noShowOnly))
        var staffOnly = Policies()
        staffOnly.winBack.cancelledBy = .staff
        #expect(!cancels(staffOnly), "only the business's own cancellations are followed up")
    }

    @Test("a staff cancellation: a win-back only when the policy asks for one after staff cancellations; the notice on every channel when asked")
    func staffCancel() {
        func cancel(_ policies: Policies) -> (Decision, [Job]) {
            var s = Transcript("es", book: [Spa.appointment("a1", client: "maria", start: "2026-11-25T11:00")])
            s.policies = policies
            let d = s.run(.staff(.cancel("a1", by: "anna", reason: "illness")))
            #expect(s.book[0].status == .cancelled && s.freed.count == 1, "the slot goes to the waitlist")
            return (d, s.jobs)
        }
        let (byDefault, jobs) = cancel(.standard)
        #expect(byDefault.templates == ["cancelled_by_business"] && byDefault.messages.first?.channel == nil)
        #expect(!jobs.contains { if case .winBackDue = $0.timer { true } else { false } }, "by default only a client's own cancellation is followed up")
        var policies = Policies()
        policies.winBack.cancelledBy = .either
        policies.cancellation.notify = .all
        let (everywhere, later) = cancel(policies)
        #expect(everywhere.templates == ["cancelled_by_business", "cancelled_by_business"])
        #expect(Set(everywhere.messages.compactMap(\.channel)) == [.sms, .whatsapp], "María hears on SMS and WhatsApp")
        #expect(later.contains { if case .winBackDue("a1") = $0.timer { true } else { false } })
    }

    @Test("a win-back with no free time, or with slots: 0, sends the booking link, never an empty list")
    func winBackWithoutSlots() {
        var s = Transcript("ru", now: "2026-11-24T10:00", book: [Spa.appointment("a0", client: "oleg", start: "2026-11-23T11:00", status: .noShow)])
        s.policies.winBack.slotsOffered = 0
        let invite = s.run(.timer(.winBackDue("a0")))
        #expect(invite.templates == ["win_back_no_show_link"])
        #expect(invite.effects.allSatisfy { if case .openQuestion = $0 { false } else { true } }, "nothing to answer with a number")
        var full = Transcript("en", now: "2026-11-24T10:00", book: [Spa.appointment("a0", client: "olivia", start: "2026-11-23T11:00", status: .cancelled)])
        full.policies.winBack.slotsOffered = 3
        // Anna and Ben off for the next two weeks: no free time to list.
        full.book += (0..<16).flatMap { day -> [Appointment] in
            let date = LocalDate(codingText: "2026-11-24")!.adding(days: day)
            return ["anna", "ben"].map { who in
                var a = Spa.appointment("busy-\(who)-\(day)", client: "someone", staff: StaffID(who), start: "\(date)T09:00")
                a.end = Spa.at("\(date)T20:00")
                return a
            }
        }
        #expect(full.run(.timer(.winBackDue("a0"))).templates == ["win_back_cancel_link"])
    }

    @Test("a client on a deposit tier who cancels goes to a person by default; with escalation.tiers: [] the bot handles it")
    func escalationTiers() {
        func cancel(_ tiers: Set<EscalationPolicy.Tier>) -> Transcript {
            var s = Transcript("en", now: "2026-11-20T10:00", book: [Spa.appointment("a1", client: "olivia", start: "2026-11-25T11:00")])
            s.client.attendance = [AttendanceMark(kind: .noShow, at: Spa.at("2026-10-01T10:00")), AttendanceMark(kind: .noShow, at: Spa.at("2026-11-01T10:00"))]
            s.policies.escalation.tiers = tiers
            s.says("I need to cancel my appointment")
            s.says("yes")
            return s
        }
        let handed = cancel([.deposit, .blocked])
        #expect(handed.escalations.map(\.reason) == [.repeatOffender] && handed.book[0].status == .booked)
        let bot = cancel([])
        #expect(bot.escalations.isEmpty && bot.book[0].status == .cancelled)
    }

    @Test("confirm or release: the visit is at risk the policy's deadline after the last reminder that asks")
    func confirmDeadline() {
        var policies = Policies()
        policies.waitlist.confirmOrRelease = true
        policies.reminders.steps[1].asksForConfirmation = false
        let a = Spa.appointment("a1", client: "olivia", start: "2026-11-26T15:00")
        func check(_ p: Policies) -> Date? {
            let context = ConversationContext(client: Spa.clients["en"]!, location: Spa.location, policies: p, services: Spa.services,
                                              staff: [Spa.anna], appointments: [a], book: BusyBook(appointments: [a], services: Spa.services), recentMessages: [])
            return Scheduling.jobs(for: a, context: context, now: Spa.at("2026-11-20T10:00"))
                .first { if case .releaseCheck = $0.timer { true } else { false } }?.due
        }
        #expect(check(policies) == Spa.at("2026-11-24T16:00"), "the 48-hour reminder asks (the 3-hour one only informs), then an hour")
        policies.waitlist.confirmDeadlineMinutes = 180
        #expect(check(policies) == Spa.at("2026-11-24T18:00"))
    }

    @Test("a rating read from what people write", arguments: [
        ("5", 5), ("4/5", 4), ("3 out of 5", 3), ("5 stars", 5), ("⭐⭐⭐⭐", 4), ("5!", 5), (" 2 ", 2), ("1.", 1), ("4 из 5", 4),
        ("2/5 - the room was cold", 2), ("5 - loved it", 5), ("4: lovely", 4), ("5 estrellas, genial", 5),
    ])
    func scores(_ text: String, _ expected: Int) {
        #expect(FeedbackReading.score(text) == expected)
    }

    @Test("words that are not a rating", arguments: ["great, thanks!", "6", "10/10", "2 people next time", "0", "at 5", "12", "3pm tomorrow?", "4 of us"])
    func notScores(_ text: String) {
        #expect(FeedbackReading.score(text) == nil)
    }

    @Test("the thank-you asks for a rating when the policy says so; a good one is thanked, a low one goes to the manager, words are kept")
    func feedback() {
        func afterVisit(_ service: Service = Spa.massage) -> Transcript {
            var done = Spa.appointment("a1", client: "olivia", service: service, start: "2026-11-23T11:00")
            done.status = .completed
            var s = Transcript("en", now: "2026-11-23T15:00", book: [done])
            s.policies.followUp.feedback = true
            return s
        }
        var s = afterVisit()
        #expect(s.run(.timer(.followUpDue("a1"))).templates == ["post_visit_thanks", "feedback_request"])
        let good = s.says("5")
        #expect(good.templates == ["feedback_thanks"])
        #expect(good.effects.contains(.feedback("a1", score: 5, comment: "5")))

        var low = afterVisit()
        low.run(.timer(.followUpDue("a1")))
        let complaint = low.says("2/5 - the room was cold")
        #expect(low.escalations.map(\.reason) == [.feedback], "rated 2: the manager follows up")
        #expect(complaint.templates == ["handoff"])
        #expect(complaint.effects.contains { if case .feedback("a1", 2, _) = $0 { true } else { false } })

        var words = afterVisit(Spa.facial)
        #expect(words.run(.timer(.followUpDue("a1"))).templates == ["post_visit_thanks_plain", "feedback_request"],
                "a facial has no rebook cadence: thanks with the booking link, no date")
        let kind = words.says("Lovely as always, thank you Anna")
        #expect(kind.effects.contains(.feedback("a1", score: nil, comment: "Lovely as always, thank you Anna")) && words.escalations.isEmpty)

        var busy = afterVisit()
        busy.book.append(Spa.appointment("a2", client: "olivia", start: "2026-11-30T11:00"))
        busy.run(.timer(.followUpDue("a1")))
        busy.says("I need to cancel my appointment")
        #expect(busy.state.questions.contains { if case .confirmCancel("a2") = $0.kind { true } else { false } },
                "a reply about something else is not taken for a rating")
        var off = afterVisit()
        off.policies.followUp.feedback = false
        #expect(off.run(.timer(.followUpDue("a1"))).templates == ["post_visit_thanks"])
    }

    @Test("a standby slot won on a deposit tier: the payment link goes at once, not the booking receipt")
    func standbyWonWithDeposit() {
        var held = Spa.appointment("s1", client: "olivia", start: "2026-11-25T11:00", status: .awaitingDeposit)
        held.deposit = .required(Money(minorUnits: 7500, currency: "GBP"))
        held.holdExpiresAt = Spa.at("2026-11-23T10:30")
        var s = Transcript("en", book: [held])
        let d = s.run(.booking(.standbyBooked("s1")))
        #expect(d.templates == ["deposit_required"] && d.messages.first?.notBefore == nil)
    }

    @Test("the win-back's second step sends the booking link once more, on the policy's channel, unless the client booked since")
    func winBackSecondStep() {
        func invited(_ configure: (inout Policies) -> Void) -> Transcript {
            var s = Transcript("es", now: "2026-11-24T10:00", book: [Spa.appointment("a0", client: "maria", start: "2026-11-23T11:00", status: .noShow)])
            configure(&s.policies)
            let first = s.run(.timer(.winBackDue("a0")))
            #expect(first.templates == ["win_back_no_show"])
            return s
        }
        let plain = invited { _ in }
        #expect(!plain.jobs.contains { if case .winBackReminderDue = $0.timer { true } else { false } }, "by default one invitation only")
        var s = invited { p in
            p.winBack.secondStepAfterHours = 72
            p.winBack.channel = .whatsapp
        }
        let job = try? #require(s.jobs.first { if case .winBackReminderDue("a0") = $0.timer { true } else { false } })
        #expect(job?.due == Spa.at("2026-11-27T10:00"))
        s.now = Spa.at("2026-11-27T10:00")
        let second = s.run(.timer(.winBackReminderDue("a0")))
        #expect(second.templates == ["win_back_no_show_link"] && second.messages.first?.channel == .whatsapp)
        var booked = invited { p in p.winBack.secondStepAfterHours = 72 }
        booked.book.append(Spa.appointment("a1", client: "maria", start: "2026-11-30T11:00"))
        booked.now = Spa.at("2026-11-27T10:00")
        #expect(booked.run(.timer(.winBackReminderDue("a0"))).messages.isEmpty, "she booked: nothing more")
    }
}
