import BookingCore
import Foundation
import GRDB

/// The facts a report is computed from, read in two snapshots taken together: visits that started in the period with what happened to
/// them, and the period's offers, fees, messages, escalations and deposits.
extension SQLBookingStore {
    public func reportFacts(from: Date, to: Date, location: LocationID?, now: Date) async throws -> ReportFacts {
        // The visits and the period's other rows are read on two connections at once (each its own snapshot).
        async let visits = reportVisits(from: from, to: to, location: location, now: now)
        async let rest = reportRest(from: from, to: to, location: location)
        var facts = try await rest
        facts.visits = try await visits
        return facts
    }

    /// `AND a.location_id = ?` for one location (its id appended to `arguments`), else nothing.
    static func locationFilter(_ location: LocationID?, _ arguments: [DatabaseValueConvertible]) -> (String, SQLArguments) {
        guard let location else { return ("", SQLArguments(arguments)) }
        return (" AND a.location_id = ?", SQLArguments(arguments + [location.rawValue]))
    }

    /// Visits that started in the period, with who confirmed or moved them, a waived fee, and the reminders before them: each
    /// read in one pass over its table rather than once per visit.
    func reportVisits(from: Date, to: Date, location: LocationID?, now: Date) async throws -> [ReportFacts.Visit] {
        try await reading { db in
            let (here, period) = Self.locationFilter(location, [Int(from.timeIntervalSince1970.rounded(.up)), Int(to.timeIntervalSince1970.rounded(.up))])
            let clients = Dictionary(try RecordCoding.clients(db).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            var policies: [LocationID: Policies] = [:]
            func policy(_ l: LocationID) throws -> Policies {
                if let p = policies[l] { return p }
                let p = try SQLTransaction(db: db).policies(for: l)
                policies[l] = p
                return p
            }
            // Confirmed by the client (the first time), moved by the client, cancelled with the fee waived.
            var confirmedAt: [String: Double] = [:], movedByClient: Set<String> = [], feeWaived: Set<String> = []
            let audit = try db.rows("""
                SELECT au.subject_id, au.action, au.at, au.actor LIKE 'client:%' AS by_client, au.detail LIKE '%(fee waived)%' AS waived
                FROM audit au JOIN appointment a ON a.id = au.subject_id
                WHERE au.subject_kind = 'appointment' AND au.action IN ('confirmed', 'moved', 'cancelled') AND a.start_at >= ? AND a.start_at < ?\(here)
                """, period)
            for r in audit {
                let id: String = r[0], action: String = r[1], at: Double = r[2], byClient: Bool = r[3]
                switch action {
                case "confirmed" where byClient: confirmedAt[id] = min(confirmedAt[id] ?? at, at)
                case "moved" where byClient: movedByClient.insert(id)
                case "cancelled" where r[4] as Bool: feeWaived.insert(id)
                default: break
                }
            }
            // Reminders sent in the period (and the week before it), per client, oldest first.
            var reminders: [String: [(at: Double, name: String)]] = [:]
            let sent = try db.rows("""
                SELECT party, created_at, name FROM message WHERE direction = 'out' AND name LIKE 'reminder%' AND status NOT IN ('queued', 'failed')
                  AND created_at >= ? AND created_at < ?
                ORDER BY created_at
                """, [from.timeIntervalSince1970 - 604_800, to.timeIntervalSince1970])
            for r in sent { reminders[r[0], default: []].append((r[1], r[2])) }
            var visits: [ReportFacts.Visit] = []
            // Columns read by position: a year of a busy clinic is 100,000 rows.
            let rows = try db.rows("""
                SELECT a.id, a.client_id, a.location_id, s.name, a.staff_id, st.name, a.start_at, a.price_minor, a.currency, a.status,
                       a.source, a.cancelled_by, a.cancel_reason, a.cancel_late, a.cancel_fee_minor, a.deposit_kind, a.deposit_minor,
                       a.cancelled_at,
                       CASE WHEN a.status = 'noShow' THEN EXISTS (SELECT 1 FROM appointment b WHERE b.client_id = a.client_id
                           AND b.start_at > a.start_at AND b.status NOT IN ('cancelled', 'noShow')) END AS rebooked
                FROM appointment a JOIN service s ON s.id = a.service_id JOIN staff st ON st.id = a.staff_id
                WHERE a.start_at >= ? AND a.start_at < ?\(here)
                """, period)
            // A client's tier and channel, worked out once per client and location rather than once per visit.
            var tiers: [String: String] = [:]
            for r in rows {
                let id: String = r[0]
                let clientText: String = r[1], locationText: String = r[2]
                let clientID = ClientID(clientText)
                let client = clients[clientID]
                let currency: String = r[8]
                let start = Double(r[6] as Int64)
                let cancelledBy: String? = r[11], feeMinor: Int64? = r[14], depositMinor: Int64? = r[16]
                // Late: cancelled inside the location's late-cancel window, whoever cancelled and whatever became of the fee.
                let cancelledAt: Double? = r[17]
                let window = Double(try policy(LocationID(locationText)).lateCancel.windowHours) * 3600
                let late = ((r[13] as Bool?) ?? false) || cancelledAt.map { start - $0 < window } ?? false
                let rebooked: Bool? = r[18]
                let confirmed = confirmedAt[id]
                let before = reminders["client:" + clientText]?.filter { $0.at >= start - 604_800 && $0.at <= start } ?? []
                let answered = confirmed.flatMap { c in before.last { $0.at <= c }?.name }
                // A confirmation counts as an answer to a reminder only when it came after one.
                let confirmedAfterReminder = confirmed.flatMap { c in before.first.map { $0.at <= c ? c : nil } ?? nil }
                let tierKey = clientText + "|" + locationText
                let tier: String
                if let known = tiers[tierKey] { tier = known } else {
                    tier = try client.map { $0.tier(under: try policy(LocationID(locationText)).noShow, now: now).description } ?? "good"
                    tiers[tierKey] = tier
                }
                visits.append(ReportFacts.Visit(
                    id: AppointmentID(id), clientID: clientID, serviceName: r[3], staffName: r[5], staffID: StaffID(r[4] as String),
                    start: Date(timeIntervalSince1970: start), price: Money(minorUnits: r[7], currency: currency),
                    status: AppointmentStatus(rawValue: r[9]) ?? .booked, source: BookingSource(rawValue: r[10]) ?? .api,
                    channel: client.flatMap { $0.preferredChannel ?? $0.reachableChannels.first }, tier: tier,
                    cancelledLate: late, cancelledByClient: cancelledBy?.hasPrefix("client:") ?? false,
                    cancelReason: r[12], cancelFee: feeMinor.map { Money(minorUnits: $0, currency: currency) },
                    feeWaived: feeWaived.contains(id),
                    deposit: DepositState(kind: r[15], amount: depositMinor.map { Money(minorUnits: $0, currency: currency) }) ?? .notRequired,
                    movedByClient: movedByClient.contains(id), confirmedAt: confirmedAfterReminder.map { Date(timeIntervalSince1970: $0) },
                    firstReminderAt: before.first.map { Date(timeIntervalSince1970: $0.at) }, answeredReminder: answered,
                    rebookedLater: rebooked ?? false))
            }
            return visits
        }
    }

    /// The period's offers, fees, messages, escalations, opt-outs and deposits.
    func reportRest(from: Date, to: Date, location: LocationID?) async throws -> ReportFacts {
        try await reading { db in
            let range: [DatabaseValueConvertible] = [from.timeIntervalSince1970, to.timeIntervalSince1970]
            let (here, placed) = Self.locationFilter(location, range)
            let offers = try db.rows("SELECT slot_key, status, offered_at FROM waitlist_offer a WHERE offered_at >= ? AND offered_at < ?\(here)", placed).map {
                ReportFacts.Offer(slotKey: $0["slot_key"], status: try RecordCoding.status($0["status"], column: "waitlist_offer.status"), offeredAt: Date(timeIntervalSince1970: $0["offered_at"]))
            }
            let fees = try db.rows("""
                SELECT f.kind, f.amount_minor, f.currency, f.status FROM fee_charge f JOIN appointment a ON a.id = f.appointment_id
                WHERE f.created_at >= ? AND f.created_at < ?\(here)
                """, placed).map {
                ReportFacts.Fee(kind: $0["kind"], amount: Money(minorUnits: $0["amount_minor"], currency: $0["currency"]), status: $0["status"])
            }
            let messages = try db.rows("""
                SELECT channel, direction, name, COUNT(*) AS n, COALESCE(SUM(segments), 0) AS segments FROM message
                WHERE created_at >= ? AND created_at < ? AND (direction = 'in' OR status NOT IN ('queued', 'failed'))
                GROUP BY channel, direction, name
                """, SQLArguments(range)).compactMap { r -> ReportFacts.Messages? in
                guard let channel = Channel(rawValue: r["channel"]) else { return nil }
                return ReportFacts.Messages(channel: channel, outgoing: (r["direction"] as String) == "out", name: r["name"], count: r["n"],
                                            smsSegments: channel == .sms ? r["segments"] : 0)
            }
            let escalations = try db.rows("""
                SELECT opened_at, COALESCE(answered_at, resolved_at) AS handled FROM escalation WHERE opened_at >= ? AND opened_at < ?
                """, SQLArguments(range)).map { r -> (opened: Date, answered: Date?) in
                let handled: Double? = r["handled"]
                return (Date(timeIntervalSince1970: r["opened_at"]), handled.map { Date(timeIntervalSince1970: $0) })
            }
            let optOuts = try db.value(Int.self, "SELECT COUNT(*) FROM message WHERE direction = 'in' AND intent = 'optout' AND created_at >= ? AND created_at < ?", SQLArguments(range)) ?? 0
            func amounts(_ sql: String, _ arguments: SQLArguments) throws -> [Money] {
                try db.rows(sql, arguments).map { Money(minorUnits: $0[0], currency: $0[1]) }
            }
            return ReportFacts(
                visits: [], offers: offers, fees: fees, messages: messages, escalations: escalations, optOuts: optOuts,
                depositsPaid: try amounts("SELECT p.amount_paid_minor, p.currency FROM deposit_payment p JOIN appointment a ON a.id = p.appointment_id WHERE p.amount_paid_minor IS NOT NULL AND p.paid_at >= ? AND p.paid_at < ?\(here)", placed),
                depositsRefunded: try amounts("SELECT p.refunded_minor, p.currency FROM deposit_payment p JOIN appointment a ON a.id = p.appointment_id WHERE p.refunded_minor IS NOT NULL AND p.refunded_at >= ? AND p.refunded_at < ?\(here)", placed),
                // Deposits kept as credit (not credit handed back after a hold, nor taken back on a reinstated visit).
                creditKept: try amounts("SELECT c.amount_minor, c.currency FROM client_credit c WHERE c.amount_minor > 0 AND c.reason LIKE 'deposit kept as credit%' AND c.at >= ? AND c.at < ?",
                                        SQLArguments(range)))
        }
    }
}
