import BookingCore
import Channels
import Conversation
import Engine
import Foundation
import Store
import Testing

@Suite("Deposit credit: kept from a cancelled visit, spent on the next deposit", .serialized)
struct DepositCreditTests {
    static let olivia = "+447700900101"
    static func gbp(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: "GBP") }

    /// A business that keeps a deposit as credit when a client cancels in time, asks £20 to book a massage, and offers freed
    /// slots one client at a time. Olivia waits for an earlier slot; with `paidVisit`, her massage on Friday is booked and its deposit paid.
    static func spa(paidVisit: Bool = true) async throws -> EngineHarness {
        var policies = Policies(waitlist: WaitlistPolicy(mode: .sequential(holdMinutes: 20)))
        policies.lateCancel.depositOnEarlyCancel = .credit
        let h = try await EngineHarness(now: "2026-11-23T10:00", policies: policies)
        var massage = EngineHarness.massage
        massage.deposit = .fixed(gbp(2000))
        try await h.store.save(massage)
        let s = EngineHarness.at("2026-11-27T11:00")
        let paid = Appointment(id: "o1", clientID: "olivia", serviceID: "massage", staffID: "anna", locationID: "soho", start: s,
                               end: s.addingTimeInterval(3600), price: massage.price, deposit: .paid(gbp(2000)), status: .confirmed, source: .phone,
                               createdAt: h.clock.now())
        if paidVisit {
            try await h.store.book(paid, by: .staff("anna"))
            try await h.engine.bookingChanged(.booked("o1"), client: "olivia", key: "booked:o1")
        }
        try await h.store.save(WaitlistEntry(id: "w1", clientID: "olivia", locationID: "soho", serviceIDs: ["massage"],
                                             createdAt: EngineHarness.at("2026-11-20T10:00")))
        try await h.engine.settle()
        return h
    }

    /// María's Wednesday 11:00 massage is cancelled by the spa: the slot goes to the waitlist, and Olivia says yes to it.
    static func oliviaTakesWednesday(_ h: EngineHarness) async throws -> Appointment {
        try await h.book("a1", client: "maria", start: "2026-11-25T11:00")
        try await h.engine.staffAction(.cancel("a1", by: "anna", reason: "María phoned"), key: "cancel-a1")
        try await h.run(until: "2026-11-23T10:05")
        try await h.reply("Yes please!", from: olivia)
        return try #require(try await h.store.appointments(of: "olivia").first { $0.start == EngineHarness.at("2026-11-25T11:00") })
    }

    @Test("cancelled in time under a credit policy, the deposit becomes credit; the next slot she takes needs no payment")
    func creditPaysTheNextDeposit() async throws {
        let h = try await Self.spa()
        try await h.reply("I need to cancel my massage on Friday", from: Self.olivia)
        try await h.reply("Yes", from: Self.olivia)
        #expect(try await h.store.appointment("o1")?.deposit == .credited(Self.gbp(2000)))
        #expect(try await h.store.credit(of: "olivia") == [Self.gbp(2000)], "the credit shows on her record")

        let taken = try await Self.oliviaTakesWednesday(h)
        #expect(taken.status == .confirmed, "booked at once: the credit pays the deposit")
        #expect(taken.deposit == .paid(Self.gbp(0)), "nothing asked of the card")
        #expect(try await h.store.depositPayment(taken.id)?.creditAppliedMinor == 2000)
        #expect(try await h.store.credit(of: "olivia").isEmpty, "the credit is spent")
        #expect(!h.inbox(.sms, Self.olivia).contains { $0.contains("pay.example.com") }, "no payment link")
        #expect(h.inbox(.sms, Self.olivia).last?.contains("It's yours") == true, "the booking is confirmed to her")
    }

    @Test("credit smaller than the deposit lowers what the payment link asks; a hold that lapses gives the credit back")
    func partialCredit() async throws {
        let h = try await Self.spa(paidVisit: false)
        try await h.store.transaction { tx in
            try tx.addCredit("olivia", Self.gbp(500), appointment: nil, reason: "goodwill", at: EngineHarness.at("2026-11-23T10:00"))
        }
        let held = try await Self.oliviaTakesWednesday(h)
        #expect(held.status == .awaitingDeposit)
        #expect(held.deposit == .required(Self.gbp(1500)), "£20 less her £5 credit")
        #expect(h.inbox(.sms, Self.olivia).last?.contains("£15") == true, "the payment link asks for the rest")
        #expect(try await h.store.credit(of: "olivia").isEmpty)
        try await h.run(until: "2026-11-23T11:00")
        #expect(try await h.store.appointment(held.id)?.status == .cancelled, "unpaid, the hold lapses")
        #expect(try await h.store.credit(of: "olivia") == [Self.gbp(500)], "and her credit comes back")
    }
}
