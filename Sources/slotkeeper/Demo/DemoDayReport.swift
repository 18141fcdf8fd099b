import BookingCore
import Foundation
import Store

/// The day in numbers: what SlotKeeper confirmed, cancelled, refilled and won back, and what it cost in messages.
struct DemoDayReport {
    var lines: [String] = []

    static func make(store: any BookingStore, day: DateInterval) async throws -> DemoDayReport {
        let all = try await store.appointments(at: DemoSpa.locationID, from: day.start.addingTimeInterval(-86_400), to: day.start.addingTimeInterval(9 * 86_400))
        let today = all.filter { day.contains($0.start) }
        var moved = 0
        for a in all where day.contains(a.updatedAt) {
            moved += try await store.audit(subjectKind: "appointment", subjectID: a.id.rawValue).filter { $0.action == "moved" && day.contains($0.at) }.count
        }
        let confirmedByReply = all.filter { $0.status == .confirmed && day.contains($0.updatedAt) && $0.source != .waitlist && $0.source != .conversation }
        let cancelled = all.filter { $0.cancellation.map { day.contains($0.at) } ?? false }
        let late = cancelled.filter { $0.cancellation?.late == true }
        let fees = late.compactMap { $0.cancellation?.fee?.minorUnits }.reduce(0, +)
        let refilled = all.filter { $0.source == .waitlist && day.contains($0.createdAt) }
        let rebooked = all.filter { $0.source == .conversation && day.contains($0.createdAt) }
        let noShows = today.filter { $0.status == .noShow }
        let came = today.filter { $0.status == .arrived || $0.status == .completed }
        let totals = try await store.messageTotals(from: day.start, to: day.end)
        let escalations = try await store.escalations().filter { day.contains($0.openedAt) }
        let optedOut = try await store.clients().filter { !$0.optedOut.isEmpty }
        let recovered = (refilled + rebooked).map(\.price.minorUnits).reduce(0, +)
        let money = { (m: Int64) in "£" + Money.decimal(m) }

        var r = DemoDayReport()
        r.lines.append("The day in numbers")
        r.lines.append("  Visits today: \(today.count) booked, \(came.count) came, \(noShows.count) no-show\(noShows.count == 1 ? "" : "s") (asked staff, marked, invited back)")
        r.lines.append("  Confirmed by reply: \(confirmedByReply.count) visits (this week)")
        r.lines.append("  Moved by reply to a numbered choice: \(moved)")
        r.lines.append("  Cancelled by clients: \(cancelled.count) (\(late.count) late, fees \(money(fees)))")
        r.lines.append("  Freed slots refilled from the waitlist: \(refilled.count) (\(money(refilled.map(\.price.minorUnits).reduce(0, +))))")
        r.lines.append("  Rebooked after a missed visit: \(rebooked.count) (\(money(rebooked.map(\.price.minorUnits).reduce(0, +))))")
        r.lines.append("  Revenue won back: \(money(recovered)), plus \(money(fees)) in late-cancel fees")
        let channels = totals.byChannel.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.value) \($0.key.rawValue)" }.joined(separator: ", ")
        r.lines.append("  Messages: \(totals.outgoing) sent (\(channels)), \(totals.smsSegments) SMS segments; \(totals.incoming) replies read")
        r.lines.append("  Escalations to staff: \(escalations.count) (\(escalations.filter { $0.status != .open || $0.answeredAt != nil }.count) answered)")
        r.lines.append("  Opted out: \(optedOut.count) client\(optedOut.count == 1 ? "" : "s") (never messaged there again)")
        return r
    }
}
