import BookingCore
import Conversation
import Foundation
import Dialogs
import Testing

/// The core flows, each in English, Spanish and Russian.
@Suite("Core conversation flows in three languages")
struct CoreFlowTests {
    struct Texts: Sendable, CustomStringConvertible {
        var locale: String
        var yes: String
        var cantCome: String
        var thursdayAtFour: String
        var second: String
        var takeIt: String
        var description: String { locale }
    }

    static let languages = [
        Texts(locale: "en", yes: "Yes, see you then!", cantCome: "Sorry, I can't make it", thursdayAtFour: "Can we do Thursday at 4 instead?",
              second: "2", takeIt: "yes please!"),
        Texts(locale: "es", yes: "Sí, allí estaré", cantCome: "Lo siento, no puedo ir", thursdayAtFour: "¿Podemos cambiarla al jueves a las 4?",
              second: "la segunda", takeIt: "sí, lo quiero"),
        Texts(locale: "ru", yes: "Да, буду", cantCome: "Извините, не смогу прийти", thursdayAtFour: "Можно перенести на четверг на 4?",
              second: "второй", takeIt: "да, беру"),
    ]

    /// Wednesday 25 November at 11:00 with Anna: the reminder 48 hours ahead is due now-ish.
    static func booked(_ t: Texts) -> Transcript {
        let client = Spa.clients[t.locale]!.id
        var transcript = Transcript(t.locale, now: "2026-11-23T11:00", book: [Spa.appointment("a1", client: client, start: "2026-11-25T11:00")])
        let reminder = transcript.run(.timer(.reminderDue("a1", step: 0)))
        precondition(reminder.templates == ["reminder_confirm"], "\(reminder.templates)")
        return transcript
    }

    @Test("reminder, then yes: the visit is confirmed and a receipt goes back", arguments: languages)
    func confirm(t: Texts) {
        var s = Self.booked(t)
        let d = s.says(t.yes)
        #expect(d.templates == ["confirmation_receipt"])
        #expect(s.appointment("a1")?.status == .confirmed)
        #expect(s.state.openQuestions(at: s.now).isEmpty)
        #expect(d.messages.first?.notBefore == nil, "a direct answer is never held back")
    }

    @Test("reminder, then \"can't make it\" two days ahead: cancelled without a fee, the slot goes to the waitlist", arguments: languages)
    func cancelEarly(t: Texts) {
        var s = Self.booked(t)
        let d = s.says(t.cantCome)
        #expect(d.templates == ["cancellation_receipt"])
        #expect(s.appointment("a1")?.status == .cancelled)
        #expect(s.appointment("a1")?.cancellation?.late == false)
        #expect(s.freed.map(\.start) == [Spa.at("2026-11-25T11:00")])
        #expect(s.jobs.contains { if case .winBackDue("a1") = $0.timer { true } else { false } }, "a win-back is planned")
    }

    @Test("reminder, then a no the reader is less sure of: the client is asked before the visit is cancelled; yes or a cancel word cancels, a plain no keeps it",
          arguments: [("en", "ok I can't make it", ["yes", "yes, cancel it", "please cancel"], ["no", "nope, sorry"]),
                      ("es", "sí, mejor cancélala", ["sí", "sí, cancélala"], ["no"]),
                      ("ru", "ой нет, простите", ["да", "да, отмените"], ["нет"])])
    func unsureNoAsksFirst(locale: String, reply: String, yes: [String], no: [String]) {
        for (answer, cancelled) in yes.map({ ($0, true) }) + no.map({ ($0, false) }) {
            var s = Self.booked(Self.languages.first { $0.locale == locale }!)
            let d = s.says(reply)
            #expect(d.templates == ["confirm_cancel"], "\(reply): \(d.templates)")
            #expect(s.appointment("a1")?.status.isUpcoming == true, "nothing is cancelled on a reading that unsure")
            let after = s.says(answer)
            #expect(after.templates == [cancelled ? "cancellation_receipt" : "kept_appointment"], "\(answer): \(after.templates)")
            #expect(s.appointment("a1")?.status == (cancelled ? .cancelled : .booked))
        }
    }

    @Test("asked \"would you like to cancel?\": no answer hands the visit to a person; a yes after the fee window opened costs no fee")
    func unsureNoUnanswered() {
        var s = Self.booked(Self.languages[0])
        #expect(s.says("ok I can't make it").templates == ["confirm_cancel"])
        s.wait(minutes: 3 * 60 + 1)
        let lapsed = s.run(.timer(.questionExpired(questionID: s.state.questions.first?.id ?? "")))
        #expect(s.escalations.map(\.reason) == [.unclear] && s.escalations.first?.appointment == "a1", "a person calls: \(lapsed.templates)")
        #expect(s.appointment("a1")?.status == .booked)

        // Asked a minute before the 24-hour late window opened, answered half an hour into it: no fee.
        let client = Spa.clients["en"]!.id
        var late = Transcript("en", now: "2026-11-23T12:59", book: [Spa.appointment("a1", client: client, start: "2026-11-24T13:00")])
        late.run(.timer(.reminderDue("a1", step: 1)))
        #expect(late.says("ok I can't make it").templates == ["confirm_cancel"])
        late.wait(minutes: 30)
        #expect(late.says("yes").templates == ["cancellation_receipt"], "the fee as it stood when the client first said so")
        #expect(late.appointment("a1")?.cancellation?.late == false)
    }

    @Test("the last reminder, then \"can't make it\" the same day: a late cancellation with its fee", arguments: languages)
    func cancelLate(t: Texts) {
        let client = Spa.clients[t.locale]!.id
        var s = Transcript(t.locale, now: "2026-11-23T13:00", book: [Spa.appointment("a1", client: client, start: "2026-11-23T16:00")])
        #expect(s.run(.timer(.reminderDue("a1", step: 1))).templates == ["reminder_confirm"])
        let d = s.says(t.cantCome)
        #expect(d.templates == ["cancellation_receipt_late_fee"])
        #expect(d.messages.first?.variables["fee"] == .money(Money(minorUnits: 3750, currency: "GBP")))
        #expect(s.appointment("a1")?.cancellation?.late == true)
        #expect(d.effects.contains(.recomputeTier(client)))
    }

    @Test("reschedule: three free times nearest to Thursday 16:00, then \"2\" moves the visit there", arguments: languages)
    func reschedule(t: Texts) throws {
        var s = Self.booked(t)
        let offer = s.says(t.thursdayAtFour)
        #expect(offer.templates == ["reschedule_options"])
        let options = offer.offeredSlots
        #expect(options.count == 3)
        #expect(options.first?.start == Spa.at("2026-11-26T16:00"), "the time asked for, when free, comes first")
        let pick = s.says(t.second)
        #expect(pick.templates == ["move_receipt"])
        let moved = try #require(s.appointment("a1"))
        #expect(moved.start == options[1].start && moved.staffID == options[1].staffID)
        #expect(moved.status == .confirmed, "a time the client chose needs no further confirmation")
        #expect(s.freed.map(\.start) == [Spa.at("2026-11-25T11:00")], "the old slot goes to the waitlist")
        #expect(s.jobs.contains { $0.timer == .reminderDue("a1", step: 1) && $0.due == options[1].start.addingTimeInterval(-3 * 3600) },
                "reminders follow the new time")
    }

    @Test("\"the earliest\" takes the option at the earliest time, wherever it is listed",
          arguments: [("en", "the earliest pls"), ("es", "la más temprana"), ("ru", "самый ранний")])
    func earliestOption(locale: String, reply: String) throws {
        var s = Self.booked(Self.languages.first { $0.locale == locale }!)
        let options = s.says(Self.languages.first { $0.locale == locale }!.thursdayAtFour).offeredSlots
        let earliest = try #require(options.min { $0.start < $1.start })
        try #require(earliest.start != options[0].start, "the time asked for is listed first; an earlier one after it")
        let moved = s.says(reply)
        #expect(moved.templates == ["move_receipt"])
        #expect(s.appointment("a1")?.start == earliest.start)
    }

    @Test("a yes or a pick with a question beside it is acted on, and the question goes to a person",
          arguments: [("en", "Yes! Is there parking nearby?", "2. Will it be with Anna again?"),
                      ("es", "Confirmo, allí estaré. ¿Hay parking cerca?", "la segunda. ¿Es otra vez con Anna?"),
                      ("ru", "да, буду. а парковка у вас есть?", "второй. а это опять к Анне?")])
    func yesWithAQuestion(locale: String, yes: String, pick: String) throws {
        let t = Self.languages.first { $0.locale == locale }!
        var s = Self.booked(t)
        let d = s.says(yes)
        #expect(d.templates == ["confirmation_receipt", "handoff"])
        #expect(s.appointment("a1")?.status == .confirmed)
        #expect(s.escalations.map(\.reason) == [.question] && s.escalations.first?.appointment == "a1")
        #expect(s.escalations.first?.clientText == yes, "the person sees the whole reply")

        var r = Self.booked(t)
        let options = r.says(t.thursdayAtFour).offeredSlots
        let moved = r.says(pick)
        #expect(moved.templates == ["move_receipt", "handoff"])
        #expect(r.appointment("a1")?.start == options[1].start)
        #expect(r.escalations.map(\.reason) == [.question] && r.escalations.first?.appointment == "a1")
    }

    @Test("a waitlist offer, then yes: the slot is booked and the others are told", arguments: languages)
    func waitlistAccept(t: Texts) {
        let client = Spa.clients[t.locale]!.id
        var s = Transcript(t.locale, now: "2026-11-23T10:00")
        let slot = OfferedSlot(serviceID: "massage", staffID: "ben", locationID: "soho", start: Spa.at("2026-11-23T15:00"), end: Spa.at("2026-11-23T16:00"))
        let offer = s.run(.booking(.offer([slot], entry: "w1", holdMinutes: 20)))
        #expect(offer.templates == ["waitlist_offer"])
        #expect(s.jobs.contains { $0.due == Spa.at("2026-11-23T10:20") }, "the hold expires after 20 minutes")
        let d = s.says(t.takeIt)
        #expect(d.templates == ["offer_receipt"])
        #expect(d.effects.contains(.offerTaken(slot, by: client)))
        #expect(s.book.contains { $0.clientID == client && $0.start == slot.start && $0.status == .confirmed })
    }

    /// A waitlist offer of Ben's massages today at 15:00 and 17:00, as a numbered list; the slots offered.
    private func offerTwoMassages(_ s: inout Transcript) -> [OfferedSlot] {
        let slots = ["2026-11-23T15:00", "2026-11-23T17:00"].map {
            OfferedSlot(serviceID: "massage", staffID: "ben", locationID: "soho", start: Spa.at($0), end: Spa.at($0).addingTimeInterval(3600))
        }
        #expect(s.run(.booking(.offer(slots, entry: "w1", holdMinutes: 20))).templates == ["waitlist_offer_list"])
        return slots
    }

    @Test("a waitlist offer of two times, then \"either\": the client is asked which, and nothing is booked until they say")
    func eitherOffer() {
        var s = Transcript("en", now: "2026-11-23T10:00")
        let slots = offerTwoMassages(&s)
        #expect(s.says("either is fine").templates == ["pick_number"])
        #expect(!s.book.contains { $0.clientID == Spa.clients["en"]!.id && $0.start >= Spa.at("2026-11-23T15:00") }, "nothing taken yet")
        let d = s.says("2")
        #expect(d.templates == ["offer_receipt"])
        #expect(s.book.contains { $0.clientID == Spa.clients["en"]!.id && $0.start == slots[1].start })
    }

    @Test("an offer answered \"1. no wait 2, sorry\" books the second option, and a question about who does one books nothing")
    func correctedPick() {
        var s = Transcript("en", now: "2026-11-23T10:00")
        let slots = offerTwoMassages(&s)
        let asked = s.says("the 5pm one, is that with Ben?")
        #expect(asked.templates == ["handoff"])
        #expect(!s.book.contains { $0.clientID == Spa.clients["en"]!.id && $0.start >= Spa.at("2026-11-23T15:00") }, "a question takes nothing")
        #expect(s.says("1. no wait 2, sorry").templates == ["offer_receipt"])
        #expect(s.book.contains { $0.clientID == Spa.clients["en"]!.id && $0.start == slots[1].start })
        #expect(!s.book.contains { $0.clientID == Spa.clients["en"]!.id && $0.start == slots[0].start })
    }

    @Test("a missed visit, then the win-back invitation with three slots, then \"2\" books one", arguments: languages)
    func winBack(t: Texts) {
        let client = Spa.clients[t.locale]!.id
        var s = Transcript(t.locale, now: "2026-11-23T10:00",
                           book: [Spa.appointment("a0", client: client, start: "2026-11-22T11:00", status: .noShow)])
        let invite = s.run(.timer(.winBackDue("a0")))
        #expect(invite.templates == ["win_back_no_show"])
        let options = invite.offeredSlots
        #expect(options.count == 3)
        #expect(options.allSatisfy { $0.serviceID == "massage" && $0.start > s.now })
        let d = s.says(t.second)
        #expect(d.templates == ["offer_receipt"])
        #expect(s.book.contains { $0.clientID == client && $0.start == options[1].start && $0.source == .conversation })
    }
}
