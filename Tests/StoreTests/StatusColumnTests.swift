import BookingCore
import Foundation
@testable import Store
import TestDatabases
import Testing

/// Statuses travel as enums: what is written comes back as the same case, a value no release writes is refused with
/// the column named, and the provider's refund words older releases stored still read.
@Suite("Status columns")
struct StatusColumnTests {
    static let now = TestStore.at("2026-11-23T10:00")

    static func escalation(_ id: String, status: EscalationStatus = .open) -> EscalationRecord {
        EscalationRecord(id: id, clientID: "maria", appointmentID: nil, reason: "unclear", status: status, assignedStaff: "anna",
                         clientText: "¿?", context: [], openedAt: now)
    }

    @Test("an escalation answered then resolved reads back as each status, and only the escalations of a status are listed")
    func escalationLifecycle() async throws {
        let store = try await TestStore.make().store
        try await store.transaction { tx in
            try tx.openEscalation(Self.escalation("esc-1"))
            try tx.openEscalation(Self.escalation("esc-2"))
            try tx.updateEscalation("esc-1", status: .answered, at: Self.now)
        }
        #expect(try await store.escalation("esc-1")?.status == .answered)
        #expect(try await store.escalation("esc-1")?.answeredAt == Self.now)
        #expect(try await store.escalations(status: .open).map(\.id) == ["esc-2"])
        try await store.transaction { tx in try tx.updateEscalation("esc-1", status: .resolved, at: Self.now) }
        #expect(try await store.escalations(status: .resolved).map(\.id) == ["esc-1"])
        #expect(try await store.escalations().count == 2)
    }

    @Test("offers of a slot move from one status to another, for one client or all, and the standby states keep their names")
    func offerStatuses() async throws {
        let store = try await TestStore.make().store
        let start = TestStore.at("2026-11-24T15:00")
        @Sendable func offer(_ client: ClientID, _ status: WaitlistOfferStatus) -> WaitlistOfferRecord {
            WaitlistOfferRecord(slotKey: "slot", clientID: client, entryID: nil, serviceID: "massage", staffID: "anna", locationID: "soho",
                                start: start, end: start.addingTimeInterval(3600), status: status, offeredAt: Self.now, expiresAt: start)
        }
        try await store.transaction { tx in
            try tx.insertOffer(offer("maria", .open))
            try tx.insertOffer(offer("oleg", .standby))
            try tx.updateOffers(slotKey: "slot", client: "oleg", from: .standby, to: .standbyAccepted)
            try tx.updateOffers(slotKey: "slot", client: "maria", from: .open, to: .accepted)
        }
        let offers = try await store.read { try $0.offers(slotKey: "slot") }
        #expect(offers.map(\.status) == [.accepted, .standbyAccepted])
        let raw = try await TestDatabase.strings(store, "SELECT status FROM waitlist_offer ORDER BY id")
        #expect(raw == ["accepted", "standby-accepted"], "the stored words are the ones older releases wrote")
    }

    @Test("a status no release writes is refused with the column and the value named, not read as some other status")
    func unknownStatus() async throws {
        let store = try await TestStore.make().store
        try await store.transaction { tx in try tx.openEscalation(Self.escalation("esc-1")) }
        try await TestDatabase.execute(store, "UPDATE escalation SET status = 'snoozed'")
        await #expect {
            _ = try await store.escalation("esc-1")
        } throws: { error in
            "\(error)".contains("escalation.status") && "\(error)".contains("snoozed")
        }
    }

    @Test("refund words: the provider's are mapped, and what older releases stored (the provider's word as it came) still reads")
    func refundWords() {
        #expect(RefundStatus(provider: "succeeded") == .succeeded)
        #expect(RefundStatus(provider: "pending") == .processing, "Stripe's pending: the bank has it, the event confirms later")
        #expect(RefundStatus(provider: "requires_action") == .processing)
        #expect(RefundStatus(provider: "canceled") == .failed)
        #expect(RefundStatus(provider: "failed") == .failed)
        for status in RefundStatus.allCases { #expect(RefundStatus(stored: status.rawValue) == status) }
        #expect(RefundStatus(stored: "pending") == .pending, "stored, pending is ours: a refund job is due")
        #expect(RefundStatus(stored: "canceled") == .failed && RefundStatus(stored: "requires_action") == .processing)
    }
}
