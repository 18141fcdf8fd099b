import BookingCore
import Engine
import Foundation
import Store
import TestDatabases
import Testing

/// The engine keeps the book slot search reads between events and brings it up to date from what changed. Whoever
/// changes the book (this engine, the front desk, another process on the same database), a client asking for a time is
/// offered it exactly when it is free.
@Suite("The kept book follows every change to the book")
struct KeptBookTests {
    static let move = "Can we do Thursday at 4 instead?"

    /// The times a message offers ("1) Thu 26 Nov at 14:45" gives "Thu 26 Nov at 14:45").
    static func offered(_ message: String) -> [String] {
        message.split(separator: "\n").compactMap { line in
            guard let close = line.firstIndex(of: ")"), Int(line[..<close]) != nil else { return nil }
            return line[line.index(after: close)...].trimmingCharacters(in: .whitespaces)
        }
    }

    /// Olivia's visit, wherever it is now.
    static func olivia(_ h: EngineHarness) async throws -> Appointment {
        try #require(try await h.store.appointment("a1"))
    }

    @Test("a time taken and freed through another connection to the database: not offered while taken, given once freed")
    func changesFromElsewhere() async throws {
        let h = try await EngineHarness()
        try await h.book("a1", client: "olivia", start: "2026-11-25T11:00")
        try await h.book("m1", client: "maria", staff: "anna", start: "2026-11-26T16:00")
        try await h.book("o1", client: "oleg", staff: "ben", start: "2026-11-26T16:00")
        let phone = "+447700900101"

        // Both therapists are busy on Thursday at 4: Olivia keeps her visit and hears of other times.
        try await h.reply(Self.move, from: phone)
        #expect(try await Self.olivia(h).start == EngineHarness.at("2026-11-25T11:00"))
        let taken = h.inbox(.sms, phone).last!
        #expect(taken.hasPrefix("Sorry, Thu 26 Nov at 16:00 is taken") && Self.offered(taken).count == 3
                && !Self.offered(taken).contains("Thu 26 Nov at 16:00"), "\(taken)")

        // Another process (the front desk's server on the same database) cancels Oleg's visit with Ben.
        let elsewhere = try await TestDatabase.open(h.address)
        try await elsewhere.change("o1", .cancel(reason: "client called"), by: .staff("anna"), at: h.clock.now(), policies: .standard)

        // Asked again, Olivia gets Thursday at 4 with Ben.
        try await h.reply(Self.move, from: phone)
        if try await Self.olivia(h).start != EngineHarness.at("2026-11-26T16:00") { try await h.reply("1", from: phone) }
        let moved = try await Self.olivia(h)
        #expect(moved.start == EngineHarness.at("2026-11-26T16:00") && moved.staffID == "ben", "\(h.inbox(.sms, phone).suffix(2))")

        // Elsewhere again, Friday at 10 is taken with Anna (Ben starts at noon): asked for it, Olivia stays where she is,
        // told of other times, rather than the engine trying a time the database refuses.
        let friday = EngineHarness.at("2026-11-27T10:00")
        try await elsewhere.book(Appointment(id: "m2", clientID: "maria", serviceID: "massage", staffID: "anna", locationID: "soho", start: friday,
                                             end: friday.addingTimeInterval(3600), price: EngineHarness.massage.price, source: .phone,
                                             createdAt: h.clock.now()), by: .staff("anna"))
        try await h.reply("Could I come Friday at 10 instead?", from: phone)
        #expect(try await Self.olivia(h).start == EngineHarness.at("2026-11-26T16:00"), "\(h.inbox(.sms, phone).suffix(2))")
        let fridayTaken = h.inbox(.sms, phone).last!
        #expect(fridayTaken.hasPrefix("Sorry, Fri 27 Nov at 10:00 is taken") && Self.offered(fridayTaken).count == 3
                && !Self.offered(fridayTaken).contains("Fri 27 Nov at 10:00"), "\(fridayTaken)")
    }

    @Test("a visit the engine itself moved frees its old time at once: the next client asking for it gets it")
    func ownMoves() async throws {
        let h = try await EngineHarness()
        try await h.book("a1", client: "olivia", staff: "anna", start: "2026-11-26T16:00")
        try await h.book("m1", client: "maria", staff: "ben", start: "2026-11-25T13:00")
        try await h.book("o1", client: "oleg", staff: "ben", start: "2026-11-26T16:00")
        // Olivia moves from Thursday at 4 to Wednesday at 10 (Anna's only; Ben starts at noon).
        try await h.reply("Can I come Wednesday at 10 instead?", from: "+447700900101")
        if try await Self.olivia(h).start != EngineHarness.at("2026-11-25T10:00") { try await h.reply("1", from: "+447700900101") }
        #expect(try await Self.olivia(h).start == EngineHarness.at("2026-11-25T10:00"), "\(h.inbox(.sms, "+447700900101").suffix(2))")
        // María asks for Thursday at 4, which Olivia's move has just freed with Anna.
        try await h.reply("¿Podemos cambiar al jueves a las 16:00?", from: "+447700900102")
        if try await h.store.appointment("m1")?.start != EngineHarness.at("2026-11-26T16:00") { try await h.reply("1", from: "+447700900102") }
        let maria = try #require(try await h.store.appointment("m1"))
        #expect(maria.start == EngineHarness.at("2026-11-26T16:00") && maria.staffID == "anna", "\(h.inbox(.sms, "+447700900102").suffix(2))")
    }
}
