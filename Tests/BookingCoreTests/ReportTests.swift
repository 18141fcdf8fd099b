import BookingCore
import Foundation
import Testing

/// The report's rules on a week whose every figure was worked out by hand (the comments say how).
@Suite("Report")
struct ReportTests {
    static let zone = TimeZone(identifier: "Europe/London")!
    static func at(_ text: String) -> Date { LocalDateTime(text: text)!.instant(in: zone) }
    static func gbp(_ pounds: Int64) -> Money { Money(minorUnits: pounds * 100, currency: "GBP") }

    static func visit(_ id: String, client: String = "c1", service: String = "Massage", staff: String = "Anna", start: String, price: Int64 = 80,
                      status: AppointmentStatus, source: BookingSource = .online, channel: Channel? = .sms, tier: String = "good",
                      late: Bool = false, byClient: Bool = false, reason: String? = nil, fee: Int64? = nil, waived: Bool = false,
                      deposit: DepositState = .notRequired, moved: Bool = false, confirmed: String? = nil, reminded: String? = nil,
                      step: String? = nil, rebooked: Bool = false) -> ReportFacts.Visit {
        ReportFacts.Visit(id: AppointmentID(id), clientID: ClientID(client), serviceName: service, staffName: staff, staffID: StaffID(staff.lowercased()),
                          start: at(start), price: gbp(price), status: status, source: source, channel: channel, tier: tier, cancelledLate: late,
                          cancelledByClient: byClient, cancelReason: reason, cancelFee: fee.map(gbp), feeWaived: waived, deposit: deposit,
                          movedByClient: moved, confirmedAt: confirmed.map(at), firstReminderAt: reminded.map(at), answeredReminder: step,
                          rebookedLater: rebooked)
    }

    static let facts = ReportFacts(
        // Due (attended or not): v1, v2, v3, v5, v8, v9 — six, one of them (v2) a no-show.
        visits: [
            // Monday 10:00: two attended, one no-show (a £20 deposit kept: £60 lost).
            visit("v1", client: "c1", start: "2026-11-23T10:00", status: .completed, confirmed: "2026-11-22T10:30", reminded: "2026-11-22T10:00", step: "reminder_confirm"),
            visit("v2", client: "c2", service: "Facial", start: "2026-11-23T10:00", status: .noShow, channel: .whatsapp, tier: "deposit:50",
                  deposit: .forfeited(gbp(20)), reminded: "2026-11-22T10:00", rebooked: true),
            visit("v3", client: "c3", staff: "Ben", start: "2026-11-23T11:00", status: .arrived, confirmed: "2026-11-23T09:00",
                  reminded: "2026-11-22T11:00", step: "reminder_final"),
            // Tuesday: a late cancel (fee £40) refilled from the waitlist (v5: £80 won back) and a late cancel with the fee waived, not refilled.
            visit("v4", client: "c4", start: "2026-11-24T15:00", status: .cancelled, late: true, byClient: true, reason: "illness: flu", fee: 40),
            visit("v5", client: "c5", start: "2026-11-24T15:00", status: .completed, source: .waitlist, moved: true),
            visit("v6", client: "c6", staff: "Ben", start: "2026-11-24T16:00", price: 50, status: .cancelled, late: true, reason: "illness", waived: true),
            // Wednesday: an early cancel; a client who moved instead of cancelling (£70); a win-back rebooking (£45).
            visit("v7", client: "c7", start: "2026-11-25T12:00", status: .cancelled, byClient: true, reason: "client asked"),
            visit("v8", client: "c8", start: "2026-11-25T13:00", price: 70, status: .completed, moved: true),
            visit("v9", client: "c2", service: "Facial", start: "2026-11-26T09:00", price: 45, status: .completed, source: .conversation),
        ],
        offers: [
            // Slot A: offered at 14:00 to two, taken at 14:20 → refilled after 20 minutes with 2 offers. Slot B: offered once, lapsed.
            .init(slotKey: "A", status: .declined, offeredAt: at("2026-11-24T14:00")),
            .init(slotKey: "A", status: .accepted, offeredAt: at("2026-11-24T14:20")),
            .init(slotKey: "B", status: .lapsed, offeredAt: at("2026-11-24T15:30")),
        ],
        fees: [.init(kind: "lateCancel", amount: gbp(40), status: "charged")],
        messages: [
            .init(channel: .sms, outgoing: true, name: "reminder_confirm", count: 10, smsSegments: 12),
            .init(channel: .sms, outgoing: true, name: "win_back", count: 2, smsSegments: 3),
            .init(channel: .sms, outgoing: false, name: nil, count: 6),
            .init(channel: .whatsapp, outgoing: true, name: "reminder_confirm", count: 4),
        ],
        escalations: [(at("2026-11-24T10:00"), at("2026-11-24T10:12")), (at("2026-11-25T10:00"), at("2026-11-25T10:30")), (at("2026-11-26T10:00"), nil)],
        optOuts: 1, depositsPaid: [gbp(20), gbp(30)], depositsRefunded: [gbp(30)], creditKept: [gbp(10)])

    @Test("No-shows: 1 of 6 visits due (16.7%), £60 lost after the £20 deposit kept; by service, staff, channel, tier and weekday × hour")
    func noShows() {
        let r = Report.make(Self.facts, zone: Self.zone)
        #expect(r.figure("visits") == "9" && r.figure("visits_due") == "6" && r.figure("no_shows") == "1")
        #expect(r.figure("no_show_rate") == "16.7")
        #expect(r.table("no_shows_by_service")?.rows.first == ["Facial", "2", "1", "50.0", "60.00"])
        #expect(r.table("no_shows_by_staff")?.rows == [["Anna", "5", "1", "20.0", "60.00"], ["Ben", "1", "0", "0.0", "0.00"]])
        #expect(r.table("no_shows_by_channel")?.rows.first == ["whatsapp", "1", "1", "100.0", "60.00"])
        #expect(r.table("no_shows_by_tier")?.rows.first == ["deposit:50", "1", "1", "100.0", "60.00"])
        // Monday (row 0) at 10:00: two due, one no-show; Thursday 09:00: the win-back visit.
        #expect(r.heatmap[0][10].due == 2 && r.heatmap[0][10].noShows == 1)
        #expect(r.heatmap[3][9].due == 1 && r.heatmap[3][9].noShows == 0)
    }

    @Test("Revenue: each kept booking won back once (a refill that was also moved counts as the refill), lost = no-shows and unrefilled late cancels")
    func revenue() {
        let r = Report.make(Self.facts, zone: Self.zone)
        // Won back: v5 refill £80, v8 reschedule £70, v9 win-back £45 = £195.
        #expect(r.table("recovered_revenue")?.rows == [["waitlist refill", "1", "80.00"], ["rescheduled instead of cancelled", "1", "70.00"],
                                                        ["win-back rebooking", "1", "45.00"]])
        #expect(r.figure("recovered_revenue") == "195.00")
        // Lost: v2 £60 (after the deposit) + v6 £50 (late, waived, not refilled); v4 was refilled by v5 so costs nothing.
        #expect(r.table("lost_revenue")?.rows == [["no-shows", "1", "60.00"], ["late cancels not refilled", "1", "50.00"]])
        #expect(r.figure("lost_revenue") == "110.00")
    }

    @Test("Confirmations, cancellations, the waitlist, messages, escalations and deposits")
    func theRest() {
        let r = Report.make(Self.facts, zone: Self.zone, smsSegmentPrice: Money(minorUnits: 4, currency: "GBP"))
        // Reminded: v1, v2, v3; confirmed v1 (30 min) and v3 (22 h after its reminder = 1320 min): 66.7%, median 675 minutes.
        #expect(r.figure("confirmation_rate") == "66.7" && r.figure("median_minutes_to_confirm") == "675")
        #expect(r.table("confirmations_by_reminder")?.rows == [["reminder_confirm", "1"], ["reminder_final", "1"]])
        #expect(r.figure("cancellations_early") == "1" && r.figure("cancellations_late") == "2")
        #expect(r.table("cancellations_by_reason")?.rows == [["illness", "0", "2", "40.00", "1"], ["client asked", "1", "0", "0.00", "0"]])
        #expect(r.table("fees")?.rows == [["lateCancel", "charged", "1", "40.00"]])
        #expect(r.figure("slots_refilled") == "1" && r.figure("offers_sent") == "3" && r.figure("offers_per_refill") == "2.0")
        #expect(r.figure("median_minutes_to_refill") == "20" && r.figure("waitlist_conversion") == "33.3")
        #expect(r.figure("recovery_messages") == "2" && r.figure("win_back_rebookings") == "1")
        // c2's no-show (v2) was followed by a booking (v9): nobody left unrecovered.
        #expect(r.figure("unrecovered_no_shows") == "0")
        #expect(r.figure("escalations") == "3" && r.figure("median_minutes_to_answer_escalation") == "21" && r.figure("opt_outs") == "1")
        #expect(r.table("messages_by_channel")?.rows == [["sms", "12", "6", "15", "0.60"], ["whatsapp", "4", "0", "0", "–"]])
        #expect(r.figure("sms_segments") == "15" && r.figure("sms_cost") == "0.60")
        #expect(r.figure("deposits_collected") == "50.00" && r.figure("deposits_refunded") == "30.00")
        #expect(r.figure("deposits_kept") == "20.00" && r.figure("deposits_as_credit") == "10.00")
    }

    @Test("A table's CSV quotes what needs quoting, keeps formula-like text as text, and ends lines with CRLF")
    func csv() {
        let t = ReportTable(name: "x", columns: ["reason", "n"],
                            rows: [["illness, flu", "1"], ["said \"no\"", "2"], ["=HYPERLINK(\"x\")", "-3"], ["@sum", "+4"]])
        #expect(t.csv == "reason,n\r\n\"illness, flu\",1\r\n\"said \"\"no\"\"\",2\r\n\"'=HYPERLINK(\"\"x\"\")\",-3\r\n'@sum,+4\r\n")
    }
}
