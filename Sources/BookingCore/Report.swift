import Foundation

/// One table of a report: a name (its CSV file and text key), column names and rows of plain values (numbers as text,
/// money in major units of the report's currency), ready for a screen, a terminal or a spreadsheet.
public struct ReportTable: Hashable, Sendable {
    public var name: String
    public var columns: [String]
    public var rows: [[String]]

    public init(name: String, columns: [String], rows: [[String]]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }

    /// RFC 4180 CSV: every field quoted when it holds a comma, quote or line break; lines end with CRLF. Text that a
    /// spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return, and not a number)
    /// gets a leading `'`, so a name imported as `=HYPERLINK(…)` stays text.
    public var csv: String {
        func field(_ raw: String) -> String {
            var s = raw
            if let first = s.first, "=+-@\t\r".contains(first), Double(s) == nil { s = "'" + s }
            return s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        return ([columns] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }
}

/// What a period cost and what SlotKeeper won back, from one computation for the dashboard, the command line and the API.
/// The rules (what counts as recovered or lost, each booking once) are in docs/reports.md; this is them.
public struct Report: Hashable, Sendable {
    /// The headline figures, in order: key and value.
    public var figures: [(key: String, value: String)]
    public var tables: [ReportTable]
    /// No-shows by weekday (Monday first) and hour in the location's zone: visits due and no-shows per cell.
    public var heatmap: [[(due: Int, noShows: Int)]]
    public var currency: String

    public static func == (a: Report, b: Report) -> Bool {
        a.figures.map(\.key) == b.figures.map(\.key) && a.figures.map(\.value) == b.figures.map(\.value) && a.tables == b.tables
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(tables) }

    public func figure(_ key: String) -> String? { figures.first { $0.key == key }?.value }
    public func table(_ name: String) -> ReportTable? { tables.first { $0.name == name } }

    /// How a recovered booking came, in the order a booking is attributed (each booking once, to the first that fits).
    public enum Recovery: String, CaseIterable, Sendable {
        /// A freed slot taken from the waitlist (or the standby of a visit left unconfirmed).
        case waitlistRefill = "waitlist refill"
        /// The client moved the visit instead of cancelling it.
        case reschedule = "rescheduled instead of cancelled"
        /// The client booked again from SlotKeeper's invitation (after a no-show or cancel, or the rebooking nudge).
        case winBack = "win-back rebooking"
    }

    public static func make(_ facts: ReportFacts, zone: TimeZone, smsSegmentPrice: Money? = nil) -> Report {
        let visits = facts.visits
        // One currency per report: the one most visits are priced in (a business prices in one).
        let currency = Dictionary(grouping: visits, by: \.price.currency).max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }?.key
            ?? smsSegmentPrice?.currency ?? "GBP"
        func money(_ minor: Int64) -> String { Money.decimal(minor) }
        func percent(_ part: Int, _ whole: Int) -> String { whole == 0 ? "–" : String(format: "%.1f", Double(part) * 100 / Double(whole)) }
        func median(_ values: [Double]) -> String {
            guard !values.isEmpty else { return "–" }
            let s = values.sorted()
            let m = s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
            return String(format: "%.0f", m)
        }
        let due = visits.filter { [.arrived, .completed, .noShow].contains($0.status) }
        let noShows = due.filter { $0.status == .noShow }
        let kept = visits.filter { $0.status != .cancelled && $0.status != .noShow }

        // No-shows by a dimension: visits due, no-shows, the rate, and what they cost.
        func byDimension(_ name: String, _ column: String, _ key: (ReportFacts.Visit) -> String) -> ReportTable {
            var groups: [String: (due: Int, noShows: Int, lost: Int64)] = [:]
            for v in due {
                var g = groups[key(v), default: (0, 0, 0)]
                g.due += 1
                if v.status == .noShow { g.noShows += 1; g.lost += lostToNoShow(v) }
                groups[key(v)] = g
            }
            let rows = groups.sorted { ($0.value.noShows, $1.key) > ($1.value.noShows, $0.key) }.map { k, g in
                [k, "\(g.due)", "\(g.noShows)", percent(g.noShows, g.due), money(g.lost)]
            }
            return ReportTable(name: name, columns: [column, "visits due", "no-shows", "no-show %", "lost"], rows: rows)
        }
        func lostToNoShow(_ v: ReportFacts.Visit) -> Int64 {
            let kept: Int64 = if case .forfeited(let m) = v.deposit { m.minorUnits } else { 0 }
            return max(0, v.price.minorUnits - kept)
        }

        // Heat map of no-shows by weekday and hour.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        var heat = Array(repeating: Array(repeating: (due: 0, noShows: 0), count: 24), count: 7)
        for v in due {
            let c = calendar.dateComponents([.weekday, .hour], from: v.start)
            let day = ((c.weekday ?? 2) + 5) % 7, hour = c.hour ?? 0
            heat[day][hour].due += 1
            if v.status == .noShow { heat[day][hour].noShows += 1 }
        }

        // Recovered revenue: each booking that held, attributed once.
        var recovered: [Recovery: (count: Int, minor: Int64)] = [:]
        for v in kept {
            let kind: Recovery? = v.source == .waitlist ? .waitlistRefill : v.movedByClient ? .reschedule : v.source == .conversation ? .winBack : nil
            if let kind { recovered[kind, default: (0, 0)].count += 1; recovered[kind, default: (0, 0)].minor += v.price.minorUnits }
        }
        // Lost revenue: no-shows (less a deposit kept) and late cancels whose time nobody took (less the fee).
        let lateCancels = visits.filter { $0.status == .cancelled && $0.cancelledLate }
        struct Slot: Hashable { let staff: StaffID; let start: Date }
        let refilledSlots = Set(visits.filter { $0.source == .waitlist && $0.status != .cancelled }.map { Slot(staff: $0.staffID, start: $0.start) })
        let unrefilled = lateCancels.filter { !refilledSlots.contains(Slot(staff: $0.staffID, start: $0.start)) }
        let lostNoShows = noShows.map(lostToNoShow).reduce(0, +)
        let lostLate = unrefilled.map { max(0, $0.price.minorUnits - ($0.cancelFee?.minorUnits ?? 0)) }.reduce(0, +)
        let recoveredTotal = recovered.values.map(\.minor).reduce(0, +)

        // Confirmations: of the visits reminded, how many the client confirmed, how fast, and which reminder they answered.
        let reminded = visits.filter { $0.firstReminderAt != nil }
        let confirmed = reminded.filter { $0.confirmedAt != nil }
        let answerMinutes = confirmed.compactMap { v in v.confirmedAt.flatMap { c in v.firstReminderAt.map { c.timeIntervalSince($0) / 60 } } }
        var steps: [String: Int] = [:]
        for v in confirmed { steps[v.answeredReminder ?? "other", default: 0] += 1 }

        // Cancellations by reason.
        var reasons: [String: (early: Int, late: Int, fees: Int64, waived: Int)] = [:]
        for v in visits where v.status == .cancelled {
            let reason = v.cancelReason.map { $0.split(separator: ":").first.map(String.init) ?? $0 } ?? (v.cancelledByClient ? "client" : "unknown")
            var r = reasons[reason, default: (0, 0, 0, 0)]
            if v.cancelledLate { r.late += 1 } else { r.early += 1 }
            r.fees += v.cancelFee?.minorUnits ?? 0
            if v.feeWaived { r.waived += 1 }
            reasons[reason] = r
        }

        // The waitlist: offers, slots refilled, offers per refill and time to refill (from the slot's first offer).
        let slots = Dictionary(grouping: facts.offers, by: \.slotKey)
        let refills = slots.filter { $0.value.contains { $0.status == .accepted } }
        let refillMinutes = refills.values.compactMap { offers -> Double? in
            guard let first = offers.map(\.offeredAt).min(), let taken = offers.filter({ $0.status == .accepted }).map(\.offeredAt).min() else { return nil }
            return taken.timeIntervalSince(first) / 60
        }
        let offersForRefills = refills.values.map(\.count).reduce(0, +)

        // Messages per channel, SMS segments and their cost.
        var channels: [Channel: (sent: Int, received: Int, segments: Int)] = [:]
        for m in facts.messages {
            var c = channels[m.channel, default: (0, 0, 0)]
            if m.outgoing { c.sent += m.count; c.segments += m.smsSegments } else { c.received += m.count }
            channels[m.channel] = c
        }
        let segments = channels.values.map(\.segments).reduce(0, +)
        let recoveryMessages = facts.messages.filter { $0.outgoing && ($0.name?.hasPrefix("win_back") ?? false) }.map(\.count).reduce(0, +)
        let unrecovered = noShows.filter { !$0.rebookedLater }
        let escalationMinutes = facts.escalations.compactMap { e in e.answered.map { $0.timeIntervalSince(e.opened) / 60 } }

        // Deposits.
        let paid = facts.depositsPaid.map(\.minorUnits).reduce(0, +)
        let refunded = facts.depositsRefunded.map(\.minorUnits).reduce(0, +)
        let forfeited = visits.compactMap { v -> Int64? in if case .forfeited(let m) = v.deposit { m.minorUnits } else { nil } }.reduce(0, +)
        let credit = facts.creditKept.map(\.minorUnits).reduce(0, +)

        struct FeeKey: Hashable, Comparable {
            let kind: String, status: String
            static func < (a: FeeKey, b: FeeKey) -> Bool { (a.kind, a.status) < (b.kind, b.status) }
        }
        var fees: [FeeKey: (count: Int, minor: Int64)] = [:]
        for f in facts.fees {
            fees[FeeKey(kind: f.kind, status: f.status), default: (0, 0)].count += 1
            fees[FeeKey(kind: f.kind, status: f.status), default: (0, 0)].minor += f.amount.minorUnits
        }

        let figures: [(key: String, value: String)] = [
            ("visits", "\(visits.count)"),
            ("visits_due", "\(due.count)"),
            ("no_shows", "\(noShows.count)"),
            ("no_show_rate", percent(noShows.count, due.count)),
            ("recovered_revenue", money(recoveredTotal)),
            ("lost_revenue", money(lostNoShows + lostLate)),
            ("confirmation_rate", percent(confirmed.count, reminded.count)),
            ("median_minutes_to_confirm", median(answerMinutes)),
            ("cancellations_early", "\(visits.filter { $0.status == .cancelled && !$0.cancelledLate }.count)"),
            ("cancellations_late", "\(lateCancels.count)"),
            ("slots_refilled", "\(refills.count)"),
            ("offers_sent", "\(facts.offers.count)"),
            ("offers_per_refill", refills.isEmpty ? "–" : String(format: "%.1f", Double(offersForRefills) / Double(refills.count))),
            ("median_minutes_to_refill", median(refillMinutes)),
            ("waitlist_conversion", percent(facts.offers.filter { $0.status == .accepted }.count, facts.offers.count)),
            ("recovery_messages", "\(recoveryMessages)"),
            ("win_back_rebookings", "\(recovered[.winBack]?.count ?? 0)"),
            ("unrecovered_no_shows", "\(unrecovered.count)"),
            ("escalations", "\(facts.escalations.count)"),
            ("median_minutes_to_answer_escalation", median(escalationMinutes)),
            ("opt_outs", "\(facts.optOuts)"),
            ("sms_segments", "\(segments)"),
            ("sms_cost", smsSegmentPrice.map { money($0.minorUnits * Int64(segments)) } ?? "–"),
            ("deposits_collected", money(paid)),
            ("deposits_refunded", money(refunded)),
            ("deposits_kept", money(forfeited)),
            ("deposits_as_credit", money(credit)),
        ]
        let tables = [
            byDimension("no_shows_by_service", "service", \.serviceName),
            byDimension("no_shows_by_staff", "staff", \.staffName),
            byDimension("no_shows_by_channel", "channel", { $0.channel?.rawValue ?? "none" }),
            byDimension("no_shows_by_tier", "tier", \.tier),
            ReportTable(name: "recovered_revenue", columns: ["how", "bookings", "revenue"],
                        rows: Recovery.allCases.map { [$0.rawValue, "\(recovered[$0]?.count ?? 0)", money(recovered[$0]?.minor ?? 0)] }),
            ReportTable(name: "lost_revenue", columns: ["why", "visits", "revenue"],
                        rows: [["no-shows", "\(noShows.count)", money(lostNoShows)], ["late cancels not refilled", "\(unrefilled.count)", money(lostLate)]]),
            ReportTable(name: "confirmations_by_reminder", columns: ["reminder", "confirmations"],
                        rows: steps.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { [$0.key, "\($0.value)"] }),
            ReportTable(name: "cancellations_by_reason", columns: ["reason", "early", "late", "fees", "fees waived"],
                        rows: reasons.sorted { ($0.value.early + $0.value.late, $1.key) > ($1.value.early + $1.value.late, $0.key) }.map { k, r in
                            [k, "\(r.early)", "\(r.late)", money(r.fees), "\(r.waived)"]
                        }),
            ReportTable(name: "fees", columns: ["kind", "status", "count", "amount"],
                        rows: fees.sorted { $0.key < $1.key }.map { k, f in [k.kind, k.status, "\(f.count)", money(f.minor)] }),
            ReportTable(name: "messages_by_channel", columns: ["channel", "sent", "received", "sms segments", "cost"],
                        rows: channels.sorted { $0.key.rawValue < $1.key.rawValue }.map { ch, c in
                            [ch.rawValue, "\(c.sent)", "\(c.received)", "\(c.segments)",
                             ch == .sms ? (smsSegmentPrice.map { money($0.minorUnits * Int64(c.segments)) } ?? "–") : "–"]
                        }),
        ]
        return Report(figures: figures, tables: tables, heatmap: heat, currency: currency)
    }
}
