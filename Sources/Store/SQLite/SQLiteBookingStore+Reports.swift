import BookingCore
import Foundation
import GRDB

/// The facts a report is computed from, read in one snapshot: visits that started in the period with what happened to
/// them, and the period's offers, fees, messages, escalations and deposits.
extension SQLiteBookingStore {
    public func reportFacts(from: Date, to: Date, location: LocationID?, now: Date) async throws -> ReportFacts {
        try await pool.read { db in
            let range: [DatabaseValueConvertible] = [from.timeIntervalSince1970, to.timeIntervalSince1970]
            let here = location.map { " AND a.location_id = '\($0.rawValue.replacingOccurrences(of: "'", with: "''"))'" } ?? ""
            let clients = Dictionary(try RecordCoding.clients(db).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            var policies: [LocationID?: Policies] = [:]
            func noShowPolicy(_ l: LocationID) throws -> NoShowPolicy {
                if let p = policies[l] { return p.noShow }
                let p = try StoreTransaction(db: db).policies(for: l)
                policies[l] = p
                return p.noShow
            }
            var visits: [ReportFacts.Visit] = []
            let rows = try Row.fetchCursor(db, sql: """
                WITH v AS (
                    SELECT a.id, a.client_id, a.location_id, s.name AS service_name, a.staff_id, st.name AS staff_name, a.start_at,
                           a.price_minor, a.currency, a.status, a.source, a.cancelled_by, a.cancel_reason, a.cancel_late, a.cancel_fee_minor,
                           a.deposit_kind, a.deposit_minor,
                           (SELECT MIN(au.at) FROM audit au WHERE au.subject_kind = 'appointment' AND au.subject_id = a.id
                               AND au.action = 'confirmed' AND au.actor LIKE 'client:%') AS confirmed_at,
                           EXISTS (SELECT 1 FROM audit au WHERE au.subject_kind = 'appointment' AND au.subject_id = a.id
                               AND au.action = 'moved' AND au.actor LIKE 'client:%') AS moved_by_client,
                           EXISTS (SELECT 1 FROM audit au WHERE au.subject_kind = 'appointment' AND au.subject_id = a.id
                               AND au.action = 'cancelled' AND au.detail LIKE '%(fee waived)%') AS fee_waived,
                           (SELECT MIN(m.created_at) FROM message m WHERE m.party = 'client:' || a.client_id AND m.direction = 'out'
                               AND m.name LIKE 'reminder%' AND m.created_at BETWEEN a.start_at - 604800 AND a.start_at) AS first_reminder
                    FROM appointment a JOIN service s ON s.id = a.service_id JOIN staff st ON st.id = a.staff_id
                    WHERE a.start_at >= ? AND a.start_at < ?\(here)
                )
                SELECT v.*, (SELECT m.name FROM message m WHERE m.party = 'client:' || v.client_id AND m.direction = 'out'
                                AND m.name LIKE 'reminder%' AND m.created_at BETWEEN v.start_at - 604800 AND v.confirmed_at
                             ORDER BY m.created_at DESC LIMIT 1) AS answered_reminder
                FROM v ORDER BY v.start_at
                """, arguments: StatementArguments([Int(from.timeIntervalSince1970.rounded(.up)), Int(to.timeIntervalSince1970.rounded(.up))]))
            while let r = try rows.next() {
                let clientID = ClientID(r["client_id"] as String)
                let client = clients[clientID]
                let currency: String = r["currency"]
                let cancelledBy: String? = r["cancelled_by"], feeMinor: Int64? = r["cancel_fee_minor"], depositMinor: Int64? = r["deposit_minor"]
                let confirmed: Double? = r["confirmed_at"], reminder: Double? = r["first_reminder"]
                let tier = try client.map { $0.tier(under: try noShowPolicy(LocationID(r["location_id"] as String)), now: now).description } ?? "good"
                visits.append(ReportFacts.Visit(
                    id: AppointmentID(r["id"] as String), clientID: clientID, serviceName: r["service_name"], staffName: r["staff_name"],
                    staffID: StaffID(r["staff_id"] as String), start: Date(timeIntervalSince1970: Double(r["start_at"] as Int64)),
                    price: Money(minorUnits: r["price_minor"], currency: currency),
                    status: AppointmentStatus(rawValue: r["status"]) ?? .booked, source: BookingSource(rawValue: r["source"]) ?? .api,
                    channel: client.flatMap { $0.preferredChannel ?? $0.reachableChannels.first }, tier: tier,
                    cancelledLate: (r["cancel_late"] as Bool?) ?? false, cancelledByClient: cancelledBy?.hasPrefix("client:") ?? false,
                    cancelReason: r["cancel_reason"], cancelFee: feeMinor.map { Money(minorUnits: $0, currency: currency) },
                    feeWaived: r["fee_waived"], deposit: DepositState(kind: r["deposit_kind"], amount: depositMinor.map { Money(minorUnits: $0, currency: currency) }) ?? .notRequired,
                    movedByClient: r["moved_by_client"], confirmedAt: confirmed.map { Date(timeIntervalSince1970: $0) },
                    firstReminderAt: reminder.map { Date(timeIntervalSince1970: $0) }, answeredReminder: r["answered_reminder"]))
            }
            let offers = try Row.fetchAll(db, sql: "SELECT slot_key, status, offered_at FROM waitlist_offer a WHERE offered_at >= ? AND offered_at < ?\(here)",
                                          arguments: StatementArguments(range)).map {
                ReportFacts.Offer(slotKey: $0["slot_key"], status: $0["status"], offeredAt: Date(timeIntervalSince1970: $0["offered_at"]))
            }
            let fees = try Row.fetchAll(db, sql: """
                SELECT f.kind, f.amount_minor, f.currency, f.status FROM fee_charge f JOIN appointment a ON a.id = f.appointment_id
                WHERE f.created_at >= ? AND f.created_at < ?\(here)
                """, arguments: StatementArguments(range)).map {
                ReportFacts.Fee(kind: $0["kind"], amount: Money(minorUnits: $0["amount_minor"], currency: $0["currency"]), status: $0["status"])
            }
            let messages = try Row.fetchAll(db, sql: """
                SELECT channel, direction, name, COUNT(*) AS n, COALESCE(SUM(segments), 0) AS segments FROM message
                WHERE created_at >= ? AND created_at < ? AND (direction = 'in' OR status IN ('sent', 'delivered'))
                GROUP BY channel, direction, name
                """, arguments: StatementArguments(range)).compactMap { r -> ReportFacts.Messages? in
                guard let channel = Channel(rawValue: r["channel"]) else { return nil }
                return ReportFacts.Messages(channel: channel, outgoing: (r["direction"] as String) == "out", name: r["name"], count: r["n"],
                                            smsSegments: channel == .sms ? r["segments"] : 0)
            }
            let escalations = try Row.fetchAll(db, sql: """
                SELECT opened_at, COALESCE(answered_at, resolved_at) AS handled FROM escalation WHERE opened_at >= ? AND opened_at < ?
                """, arguments: StatementArguments(range)).map { r -> (opened: Date, answered: Date?) in
                let handled: Double? = r["handled"]
                return (Date(timeIntervalSince1970: r["opened_at"]), handled.map { Date(timeIntervalSince1970: $0) })
            }
            let optOuts = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM message WHERE direction = 'in' AND intent = 'optout' AND created_at >= ? AND created_at < ?",
                                           arguments: StatementArguments(range)) ?? 0
            func amounts(_ sql: String) throws -> [Money] {
                try Row.fetchAll(db, sql: sql, arguments: StatementArguments(range)).map { Money(minorUnits: $0[0], currency: $0[1]) }
            }
            return ReportFacts(
                visits: visits, offers: offers, fees: fees, messages: messages, escalations: escalations, optOuts: optOuts,
                depositsPaid: try amounts("SELECT p.amount_paid_minor, p.currency FROM deposit_payment p JOIN appointment a ON a.id = p.appointment_id WHERE p.amount_paid_minor IS NOT NULL AND p.paid_at >= ? AND p.paid_at < ?\(here)"),
                depositsRefunded: try amounts("SELECT p.refunded_minor, p.currency FROM deposit_payment p JOIN appointment a ON a.id = p.appointment_id WHERE p.refunded_minor IS NOT NULL AND p.refunded_at >= ? AND p.refunded_at < ?\(here)"),
                creditKept: try amounts("SELECT c.amount_minor, c.currency FROM client_credit c WHERE c.amount_minor > 0 AND c.at >= ? AND c.at < ?"))
        }
    }
}
