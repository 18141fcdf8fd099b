import BookingCore
import Channels
import Engine
import Foundation
import Store
import Testing

/// A client in each new language, through a day: the reminder, "yes", a move to Thursday at 4, and a waitlist offer, each
/// read and answered in their language.
@Suite("Each language through a day")
struct LanguageTests {
    struct Day: Sendable, CustomTestStringConvertible {
        var locale: String
        var yes: String
        var move: String
        var accept: String
        var testDescription: String { locale }
    }

    static let days = [
        Day(locale: "de", yes: "Ja, ich komme gerne", move: "können wir auf Donnerstag um 4 verschieben?", accept: "ja"),
        Day(locale: "fr", yes: "Oui, je serai là", move: "on peut décaler à jeudi 16h ?", accept: "oui"),
        Day(locale: "nl", yes: "ja hoor, ik kom", move: "kan het ook donderdag om 4 uur?", accept: "ja"),
        Day(locale: "it", yes: "sì, ci sarò", move: "possiamo spostarlo a giovedì alle 4?", accept: "sì"),
        Day(locale: "pt", yes: "sim, estarei lá", move: "dá pra remarcar pra quinta às 16h?", accept: "sim"),
    ]

    /// What the client's phone got, as (message, language).
    static func received(_ h: EngineHarness, _ phone: String) -> [(name: String, locale: String)] {
        h.phones[.sms]!.delivered.filter { $0.message.address == phone }.map { ($0.message.name, $0.message.locale) }
    }

    @Test("a reminder, a confirmation and a move to Thursday at 4, each in the client's language", arguments: days)
    func reminderAndMove(_ d: Day) async throws {
        let h = try await EngineHarness()
        let phone = "+447700900555"
        try await h.store.save(Client(id: "client", firstName: "Alex", addresses: [.sms: phone], locale: d.locale))
        try await h.book("a1", client: "client", start: "2026-11-25T11:00")
        try await h.run(until: "2026-11-23T11:05")
        #expect(Self.received(h, phone).map(\.locale) == [d.locale], "\(Self.received(h, phone))")

        try await h.reply(d.yes, from: phone)
        #expect(try await h.store.appointment("a1")?.status == .confirmed)
        #expect(Self.received(h, phone).last.map { [$0.name, $0.locale] } == ["confirmation_receipt", d.locale])

        try await h.reply(d.move, from: phone)
        let offer = try #require(Self.received(h, phone).last)
        #expect(offer.locale == d.locale && offer.name != "confirmation_receipt", "\(offer)")
        if offer.name == "reschedule_options" { try await h.reply("1", from: phone) }
        let thursday = try await h.store.appointments(at: "soho", from: EngineHarness.at("2026-11-26T00:00"), to: EngineHarness.at("2026-11-27T00:00"))
            .filter { $0.clientID == "client" && $0.holdsSlot }
        #expect(thursday.map(\.start) == [EngineHarness.at("2026-11-26T16:00")], "moved to Thursday at 4: \(Self.received(h, phone))")
        #expect(Self.received(h, phone).allSatisfy { $0.locale == d.locale })
    }

    @Test("a freed slot is offered in the waitlisted client's language, and their yes books it", arguments: days)
    func waitlistOffer(_ d: Day) async throws {
        let h = try await EngineHarness()
        let phone = "+447700900556"
        try await h.store.save(Client(id: "waiting", firstName: "Sam", addresses: [.sms: phone], locale: d.locale))
        try await h.store.save(WaitlistEntry(id: "w1", clientID: "waiting", locationID: "soho", serviceIDs: ["massage"],
                                             createdAt: EngineHarness.at("2026-11-20T10:00")))
        try await h.book("a1", client: "olivia", start: "2026-11-25T11:00")
        try await h.run(until: "2026-11-23T11:05")
        try await h.reply("Sorry, I can't make it", from: "+447700900101")
        #expect(Self.received(h, phone).map(\.locale) == [d.locale], "\(Self.received(h, phone))")
        try await h.reply(d.accept, from: phone)
        let booked = try await h.store.appointments(at: "soho", from: EngineHarness.at("2026-11-25T00:00"), to: EngineHarness.at("2026-11-26T00:00"))
            .filter { $0.clientID == "waiting" && $0.holdsSlot }
        #expect(booked.map(\.start) == [EngineHarness.at("2026-11-25T11:00")], "\(Self.received(h, phone))")
        #expect(Self.received(h, phone).allSatisfy { $0.locale == d.locale })
    }

    @Test("a client whose language nobody said gets it from their first clear reply, and keeps it")
    func languageSettled() async throws {
        let h = try await EngineHarness()
        let phone = "+447700900557"
        try await h.store.save(Client(id: "new", firstName: "Jana", addresses: [.sms: phone], localeKnown: false))
        try await h.book("a1", client: "new", start: "2026-11-25T11:00")
        try await h.run(until: "2026-11-23T11:05")
        #expect(Self.received(h, phone).map(\.locale) == ["en"], "a guess until the client writes")
        // "ok" could be anyone's: nothing is settled by it.
        try await h.reply("ok", from: phone)
        #expect(try await h.store.client("new")?.localeKnown == false)
        try await h.reply("Können wir auf Donnerstag um 4 verschieben?", from: phone)
        let client = try #require(try await h.store.client("new"))
        #expect(client.locale == "de" && client.localeKnown)
        #expect(Self.received(h, phone).last?.locale == "de", "the answer to that reply is already in German")
        // Kept: a later reply that reads as English changes nothing.
        try await h.reply("yes", from: phone)
        #expect(try await h.store.client("new")?.locale == "de")
        #expect(try await h.store.audit(subjectKind: "client", subjectID: "new").map(\.action).contains("language"))
    }
}
