import BookingCore
import Conversation
import Foundation
import Intents
import Testing

/// A client who turns down what was offered and names another time, or names one of the options after a "no", gets what
/// they asked for: never a decline that drops it.
@Suite("No, but another time: answers to offers")
struct CounterProposalTests {
    static let slot = OfferedSlot(serviceID: "massage", staffID: "ben", locationID: "soho", start: Spa.at("2026-11-23T15:00"),
                                  end: Spa.at("2026-11-23T16:00"))

    @Test("a waitlist offer answered \"none of those, but Friday afternoon works\": the slot goes on at once and a person arranges Friday")
    func waitlistCounter() {
        var s = Transcript("en", now: "2026-11-23T10:00")
        s.run(.booking(.offer([Self.slot], entry: "w1", holdMinutes: 20)))
        let d = s.says("none of those, but friday afternoon works")
        #expect(d.effects.contains(.offerLapsed(Self.slot, client: "olivia")), "the next client need not wait for the hold to run out")
        #expect(s.escalations.map(\.reason) == [.question] && s.escalations.first?.clientText == "none of those, but friday afternoon works")
        #expect(d.templates == ["handoff"])
        #expect(s.book.isEmpty, "nothing booked on a guess")
    }

    @Test("a win-back answered \"no, but next week\": the free times of next week, and a number books one")
    func winBackCounter() throws {
        var s = Transcript("en", now: "2026-11-23T10:00",
                           book: [Spa.appointment("a0", client: "olivia", start: "2026-11-22T11:00", status: .noShow)])
        s.run(.timer(.winBackDue("a0")))
        let d = s.says("no, but next week")
        let options = d.offeredSlots
        #expect(["reschedule_options", "reschedule_nearest"].contains(d.templates.first ?? ""), "\(d.templates)")
        #expect(options.count == 3 && options.allSatisfy { $0.start >= Spa.at("2026-11-30T00:00") && $0.start < Spa.at("2026-12-07T00:00") },
                "\(options.map(\.start))")
        let booked = s.says("2")
        #expect(booked.templates == ["offer_receipt"])
        #expect(s.book.contains { $0.clientID == "olivia" && $0.start == options[1].start && $0.source == .conversation })
    }

    @Test("reschedule options answered \"none of these, Saturday morning?\": Saturday morning's times, the visit where it was")
    func optionsCounter() throws {
        var s = Transcript("en", now: "2026-11-23T10:00", book: [Spa.appointment("a1", client: "olivia", start: "2026-11-25T11:00")])
        s.says("Can we do Thursday at 4 instead?")
        let d = s.says("none of these, saturday morning?")
        let options = d.offeredSlots
        #expect(!options.isEmpty && options.allSatisfy { $0.start >= Spa.at("2026-11-28T09:00") && $0.start < Spa.at("2026-11-28T12:00") },
                "\(d.templates) \(options.map(\.start))")
        #expect(s.appointment("a1")?.start == Spa.at("2026-11-25T11:00"))
    }

    @Test("reschedule options answered \"la 2 pero a las 11?\": that day at 11 is looked for, the second option is not taken")
    func optionAtAnotherTime() throws {
        let client = Spa.clients["es"]!.id
        var s = Transcript("es", now: "2026-11-23T10:00", book: [Spa.appointment("a1", client: client, start: "2026-11-25T11:00")])
        let options = s.says("¿Podemos cambiar al jueves a las 16:00?").offeredSlots
        try #require(options.count == 3)
        let day = LocalDateTime(options[1].start, in: Spa.zone).date
        let d = s.says("Puede ser la 2 pero a las 11? A esa hora dejo a los niños en el cole")
        #expect(s.appointment("a1")?.start == Spa.at("2026-11-25T11:00"), "the visit stays until the client picks")
        let offered = d.offeredSlots
        #expect(!offered.isEmpty && offered.allSatisfy { LocalDateTime($0.start, in: Spa.zone).date == day }, "\(d.templates) \(offered.map(\.start))")
        #expect(offered.contains { LocalDateTime($0.start, in: Spa.zone).time == LocalTime(hour: 11, minute: 0) }, "\(offered.map(\.start))")
    }

    @Test("a reminder about Wednesday answered \"could we do wednesday instead? just a different time that day\": no yes")
    func sameDayOtherPart() throws {
        var s = Transcript("en", now: "2026-11-23T10:00", book: [Spa.appointment("a1", client: "olivia", start: "2026-11-25T11:00")])
        s.run(.timer(.reminderDue("a1", step: 0)))
        let d = s.says("could we do wednesday instead? just a different time that day")
        #expect(s.appointment("a1")?.status != .confirmed, "\(d.templates)")
        #expect(!d.templates.contains("confirmation_receipt"), "\(d.templates)")
    }

    @Test("a reminder answered \"can we push it to next week?\": next week's times are offered, the visit is not confirmed")
    func nextWeekIsNoYes() throws {
        var s = Transcript("en", now: "2026-11-23T10:00", book: [Spa.appointment("a1", client: "olivia", start: "2026-11-26T16:00")])
        s.run(.timer(.reminderDue("a1", step: 0)))
        let d = s.says("can we push it to next week im absolutely swamped")
        #expect(["reschedule_options", "reschedule_nearest"].contains(d.templates.first ?? ""), "\(d.templates)")
        #expect(d.offeredSlots.allSatisfy { $0.start >= Spa.at("2026-11-30T00:00") }, "\(d.offeredSlots.map(\.start))")
        #expect(s.appointment("a1")?.status != .confirmed)
    }

    @Test("reschedule options answered \"no, the second one\": the visit moves to the second", arguments: [
        ("en", "no, the second one"), ("es", "no, la segunda"), ("ru", "нет, второй"),
    ])
    func noThenPick(_ c: (String, String)) throws {
        let client = Spa.clients[c.0]!.id
        var s = Transcript(c.0, now: "2026-11-23T10:00", book: [Spa.appointment("a1", client: client, start: "2026-11-25T11:00")])
        s.run(.timer(.reminderDue("a1", step: 0)))
        let options = s.says(["en": "Can we do Thursday at 4 instead?", "es": "¿Podemos cambiar al jueves a las 16:00?",
                              "ru": "А можно перенести на четверг на 16:00?"][c.0]!).offeredSlots
        try #require(options.count == 3)
        let d = s.says(c.1)
        #expect(d.templates == ["move_receipt"], "\(d.templates)")
        #expect(s.appointment("a1")?.start == options[1].start)
    }
}

/// A yes that names another time is a request to move, not a confirmation of the time it was asked about.
@Suite("Yes, but another time: answers to a reminder")
struct YesButAnotherTimeTests {
    @Test("\"ok, Thursday at 4?\" to a reminder about Wednesday 11:00: Thursday's times are offered and Wednesday stays unconfirmed",
          arguments: [("en", "ok, Thursday at 4?"), ("es", "vale, ¿el jueves a las 16:00?"), ("ru", "хорошо, а в четверг в 16:00?")])
    func yesWithAnotherDay(_ c: (String, String)) throws {
        let client = Spa.clients[c.0]!.id
        var s = Transcript(c.0, now: "2026-11-23T10:00", book: [Spa.appointment("a1", client: client, start: "2026-11-25T11:00")])
        s.run(.timer(.reminderDue("a1", step: 0)))
        let d = s.says(c.1)
        #expect(["reschedule_options", "reschedule_nearest"].contains(d.templates.first ?? ""), "\(c.1): \(d.templates)")
        #expect(d.offeredSlots.contains { LocalDateTime($0.start, in: Spa.zone).date == LocalDateTime(Spa.at("2026-11-26T16:00"), in: Spa.zone).date },
                "Thursday's times: \(d.offeredSlots.map(\.start))")
        #expect(s.appointment("a1")?.status == .booked, "Wednesday is not confirmed")
    }

    @Test("a yes that repeats the visit's own day and time confirms it", arguments: ["yes, see you Wednesday at 11", "yes see you weds 11am", "yes, Wednesday at 11?"])
    func yesWithTheVisitsTime(_ reply: String) {
        var s = Transcript("en", now: "2026-11-23T10:00", book: [Spa.appointment("a1", client: "olivia", start: "2026-11-25T11:00")])
        s.run(.timer(.reminderDue("a1", step: 0)))
        #expect(s.says(reply).templates == ["confirmation_receipt"])
        #expect(s.appointment("a1")?.status == .confirmed)
    }
}

/// A hedged reply names a wish, not a pick: nothing is booked on "maybe".
@Suite("Maybe: a tentative time")
struct TentativeTimeTests {
    @Test("\"maybe Thursday at 4\" to a win-back whose options include Thursday 16:00: times are offered, nothing is booked")
    func maybeIsNoPick() throws {
        var s = Transcript("en", now: "2026-11-23T10:00",
                           book: [Spa.appointment("a0", client: "olivia", start: "2026-11-22T11:00", status: .noShow)])
        let invitation = s.run(.timer(.winBackDue("a0")))
        let options = invitation.offeredSlots
        try #require(!options.isEmpty)
        let first = LocalDateTime(options[0].start, in: Spa.zone)
        let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        let weekday = days[(Calendar(identifier: .iso8601).component(.weekday, from: options[0].start) + 5) % 7]
        let said = "maybe \(weekday) at \(first.time.hour):\(String(format: "%02d", first.time.minute))"
        let d = s.says(said)
        #expect(!s.book.contains { $0.clientID == "olivia" && $0.status.isUpcoming }, "\(said): nothing booked on a maybe")
        #expect(["reschedule_options", "reschedule_nearest"].contains(d.templates.first ?? ""), "\(said): \(d.templates)")
    }
}

@Suite("The last one")
struct LastOptionTests {
    @Test("three times offered, then \"the last one\": the visit moves to the third", arguments: [("en", "the last one"), ("es", "la última por favor")])
    func lastOption(_ c: (String, String)) throws {
        let client = Spa.clients[c.0]!.id
        var s = Transcript(c.0, now: "2026-11-23T10:00", book: [Spa.appointment("a1", client: client, start: "2026-11-25T11:00")])
        s.run(.timer(.reminderDue("a1", step: 0)))
        let options = s.says(["en": "Can we do Thursday at 4 instead?", "es": "¿Podemos cambiar al jueves a las 16:00?"][c.0]!).offeredSlots
        try #require(options.count == 3)
        s.says(c.1)
        #expect(s.appointment("a1")?.start == options[2].start, "\(c.1): moved to \(String(describing: s.appointment("a1")?.start))")
    }
}

@Suite("An option picked by its day")
struct PickByDayTests {
    static let thursday = OfferedSlot(serviceID: "massage", staffID: "anna", locationID: "soho", start: Spa.at("2026-11-26T16:00"),
                                      end: Spa.at("2026-11-26T17:00"))
    static let friday = OfferedSlot(serviceID: "massage", staffID: "anna", locationID: "soho", start: Spa.at("2026-11-27T10:00"),
                                    end: Spa.at("2026-11-27T11:00"))

    @Test("two times offered on two days, then \"Friday is better\": Friday's is booked", arguments: [
        ("en", "Friday is better"), ("es", "mejor el viernes"), ("ru", "лучше в пятницу"),
    ])
    func pickByDay(_ c: (String, String)) {
        var s = Transcript(c.0, now: "2026-11-23T10:00")
        s.run(.booking(.offer([Self.thursday, Self.friday], entry: "w1", holdMinutes: 60)))
        let d = s.says(c.1)
        #expect(s.book.contains { $0.start == Self.friday.start && $0.status.isUpcoming }, "\(c.1): \(d.templates)")
        #expect(!s.book.contains { $0.start == Self.thursday.start })
    }
}
