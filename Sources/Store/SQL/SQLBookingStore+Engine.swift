import BookingCore
import Foundation
import GRDB

extension SQLBookingStore {
    /// Runs `body` in one write transaction: everything it writes commits together, or nothing does.
    public func transaction<T: Sendable>(_ body: @escaping @Sendable (any StoreTransaction) throws -> T) async throws -> T {
        try await writing { db in try body(SQLTransaction(db: db)) }
    }

    /// Several bodies in one write transaction, each in a savepoint of its own, blocking the calling thread: see the protocol.
    public func transactionNow(each bodies: [(any StoreTransaction) throws -> Void]) throws -> [(any Error)?] {
        try database.writingNow { db in
            let tx = SQLTransaction(db: db)
            return bodies.map { body in
                do {
                    try db.undoable { try body(tx) }
                    return nil
                } catch {
                    return error
                }
            }
        }
    }

    /// A thread's saved state (JSON), if it has one.
    public func thread(_ party: String) async throws -> String? {
        try await reading { db in try db.value(String.self, "SELECT state FROM conversation_thread WHERE party = ?", [party]) }
    }

    /// Claims pending jobs due by `until` that no other process holds, soonest first, for this process until `claimUntil`.
    /// On PostgreSQL the rows are locked with SKIP LOCKED, so two processes claiming at once take different jobs; a job
    /// whose process died is claimed again when its claim runs out. Uses the partial index on due pending jobs.
    public func claimDueJobs(until: Date, limit: Int, claimUntil: Date) async throws -> [StoredJob] {
        try await writing { db in
            let skipLocked = db.dialect == .postgres ? "FOR UPDATE SKIP LOCKED" : ""
            return try db.rows("""
                UPDATE job SET claimed_until = ? WHERE id IN (
                    SELECT id FROM job WHERE status = 'pending' AND due_at <= ? AND (claimed_until IS NULL OR claimed_until <= ?)
                    ORDER BY due_at, id LIMIT ? \(skipLocked))
                RETURNING *
                """, [claimUntil.timeIntervalSince1970, until.timeIntervalSince1970, until.timeIntervalSince1970, limit])
                .map(Self.job).sorted { ($0.due, $0.id) < ($1.due, $1.id) }
        }
    }

    /// When the next pending job may run, if any: when it is due, or when another process's claim on it runs out.
    public func nextJobDue() async throws -> Date? {
        try await reading { db in
            let later = db.dialect == .postgres ? "GREATEST" : "MAX"
            return try db.value(Double.self, "SELECT MIN(\(later)(due_at, COALESCE(claimed_until, due_at))) FROM job WHERE status = 'pending'", [])
                .map { Date(timeIntervalSince1970: $0) }
        }
    }

    /// Rows due by `until`: messages to staff first (an escalation's alert never waits behind a bulk send), then oldest first.
    public func dueOutbox(until: Date, limit: Int) async throws -> [OutboxRow] {
        try await reading { db in
            try db.rows("SELECT * FROM outbox WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY (party LIKE 'staff:%') DESC, next_attempt_at, id LIMIT ?", [until.timeIntervalSince1970, limit]).map(Self.outbox)
        }
    }

    /// When the next pending outbox row is due, if any.
    public func nextOutboxDue() async throws -> Date? {
        try await reading { db in
            try db.value(Double.self, "SELECT MIN(next_attempt_at) FROM outbox WHERE status = 'pending'", []).map { Date(timeIntervalSince1970: $0) }
        }
    }

    /// Records sends: each row's provider id, its status, and the message log, all in one write; only for a row still being
    /// sent (a provider's report may have settled it meanwhile, and is not undone).
    public func markSent(_ sends: [SentRow], at now: Date) async throws {
        guard !sends.isEmpty else { return }
        let at = now.timeIntervalSince1970
        try await writing { db in
            for send in sends {
                let changed = try db.execute("UPDATE outbox SET status = 'sent', attempts = attempts + 1, provider_id = ?, sent_at = ?, last_error = NULL WHERE id = ? AND status IN ('sending', 'pending')", [send.providerID, at, send.id])
                guard changed > 0 else { continue }
                try db.execute("UPDATE message SET status = 'sent', provider_id = ?, updated_at = ? WHERE outbox_id = ?", [send.providerID, at, send.id])
            }
        }
    }

    /// Records, before the provider is called, that these rows are being sent: a crash from here on leaves them `sending`, to be
    /// settled (looked up at the provider) before any is sent again.
    /// Returns the rows it claimed: only those still pending (another dispatcher may have taken one), and, with an interval,
    /// only those whose recipient got nothing from any process in the last `recipientInterval` seconds; a row held back for
    /// that waits until the interval has passed.
    public func markSending(_ ids: [Int64], at now: Date, recipientInterval: TimeInterval) async throws -> Set<Int64> {
        guard !ids.isEmpty else { return [] }
        let at = now.timeIntervalSince1970
        return try await writing { db in
            var claimed = Set<Int64>()
            for id in ids {
                guard let row = try db.row("SELECT channel, address FROM outbox WHERE id = ? AND status = 'pending'", [id]) else { continue }
                if recipientInterval > 0 {
                    // Takes the recipient's turn: one statement, so two processes can't both take it.
                    let recipient = "\(row["channel"] as String):\(row["address"] as String)"
                    let paced = try db.execute("""
                        INSERT INTO recipient_pace (recipient, last_sent_at) VALUES (?, ?)
                        ON CONFLICT (recipient) DO UPDATE SET last_sent_at = excluded.last_sent_at WHERE recipient_pace.last_sent_at <= ?
                        """, [recipient, at, at - recipientInterval]) == 1
                    guard paced else {
                        try db.execute("""
                            UPDATE outbox SET next_attempt_at = (SELECT last_sent_at FROM recipient_pace WHERE recipient = ?) + ?
                            WHERE id = ? AND status = 'pending'
                            """, [recipient, recipientInterval, id])
                        continue
                    }
                }
                if try db.execute("UPDATE outbox SET status = 'sending', sending_at = ? WHERE id = ? AND status = 'pending'", [at, id]) > 0 {
                    claimed.insert(id)
                }
            }
            return claimed
        }
    }

    /// Forgets when recipients last got a message, for those before `before` (long past any pause between messages).
    public func forgetRecipientPace(before: Date) async throws {
        try await writing { db in
            try db.execute("DELETE FROM recipient_pace WHERE last_sent_at < ?", [before.timeIntervalSince1970])
        }
    }

    /// The provider may or may not have taken the row (no answer in time): it waits, `unknown`, until it is settled; `then` runs
    /// in the same write (the job that settles it).
    public func markUnknown(_ id: Int64, error: String, then: @escaping @Sendable (any StoreTransaction) throws -> Void) async throws {
        try await writing { db in
            // A report that settled the row while the send was out stands.
            let changed = try db.execute("UPDATE outbox SET status = 'unknown', attempts = attempts + 1, last_error = ? WHERE id = ? AND status = 'sending'", [error, id])
            guard changed > 0 else { return }
            try then(SQLTransaction(db: db))
        }
    }

    /// Rows left `sending` since before `before` (the process stopped mid-send): made `unknown`, each with `then` (given the row
    /// and when its send began) in the same write.
    @discardableResult
    public func expireSending(before: Date, then: @escaping @Sendable (any StoreTransaction, Int64, Date) throws -> Void) async throws -> [Int64] {
        try await writing { db in
            let rows = try db.rows("SELECT id, sending_at FROM outbox WHERE status = 'sending' AND sending_at < ?", [before.timeIntervalSince1970])
            for r in rows {
                let id: Int64 = r["id"], began: Double = r["sending_at"]
                try db.execute("UPDATE outbox SET status = 'unknown', last_error = 'the process stopped while sending' WHERE id = ?", [id])
                try then(SQLTransaction(db: db), id, Date(timeIntervalSince1970: began))
            }
            return rows.map { $0["id"] }
        }
    }

    /// Rows `unknown` since before `before` with no settle job pending (one that failed for good): each with `then`.
    public func strandedUnknown(before: Date) async throws -> [(id: Int64, began: Date)] {
        try await reading { db in
            try db.rows("""
                SELECT id, sending_at FROM outbox o WHERE status = 'unknown' AND sending_at < ?
                AND NOT EXISTS (SELECT 1 FROM job j WHERE j.status = 'pending' AND j.payload LIKE '%"settleSend"%'
                                  AND (j.payload LIKE '%"outboxID":' || o.id || ',%' OR j.payload LIKE '%"outboxID":' || o.id || '}%'))
                """, [before.timeIntervalSince1970]).map { r in (r["id"], Date(timeIntervalSince1970: r["sending_at"] ?? before.timeIntervalSince1970)) }
        }
    }

    /// Whether another outbox row already carries this provider id (a look-up must not take another message for this one).
    public func providerIDTaken(_ providerID: String, channel: Channel, except id: Int64) async throws -> Bool {
        try await reading { db in
            try db.value(Bool.self, "SELECT EXISTS (SELECT 1 FROM outbox WHERE channel = ? AND provider_id = ? AND id <> ?)", [channel.rawValue, providerID, id]) ?? false
        }
    }

    /// An unknown row found at the provider (its status callback, or a look-up): sent, with the provider's id. False when the row
    /// was no longer unknown or sending (settled already), and then nothing changes.
    @discardableResult
    public func settleSent(_ id: Int64, providerID: String, at now: Date) async throws -> Bool {
        try await writing { db in
            let changed = try db.execute("UPDATE outbox SET status = 'sent', provider_id = ?, sent_at = COALESCE(sent_at, ?), last_error = NULL WHERE id = ? AND status IN ('unknown', 'sending')", [providerID, now.timeIntervalSince1970, id])
            guard changed > 0 else { return false }
            try db.execute("UPDATE message SET status = 'sent', provider_id = ?, updated_at = ? WHERE outbox_id = ?", [providerID, now.timeIntervalSince1970, id])
            return true
        }
    }

    /// An unknown row the provider never took: back in the queue, to go at `next`.
    public func resendUnknown(_ id: Int64, next: Date) async throws {
        try await writing { db in
            try db.execute("UPDATE outbox SET status = 'pending', next_attempt_at = ? WHERE id = ? AND status = 'unknown'", [next.timeIntervalSince1970, id])
        }
    }

    /// A transient failure: try again at `next`.
    public func markRetry(_ id: Int64, next: Date, error: String) async throws {
        try await writing { db in
            try db.execute("UPDATE outbox SET status = 'pending', attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ? AND status IN ('sending', 'pending')", [next.timeIntervalSince1970, error, id])
        }
    }

    /// Holds a row back until `until` without counting an attempt (a rate limit, not a failure); only while it is pending,
    /// so a row another process claimed meanwhile is never put back to be sent again.
    public func postpone(_ ids: [Int64], until: Date) async throws {
        guard !ids.isEmpty else { return }
        try await writing { db in
            for start in stride(from: 0, to: ids.count, by: 500) {
                let chunk = ids[start..<min(start + 500, ids.count)]
                try db.execute("UPDATE outbox SET next_attempt_at = ? WHERE id IN (\(Array(repeating: "?", count: chunk.count).joined(separator: ","))) AND status = 'pending'",
                               SQLArguments([until.timeIntervalSince1970]) + SQLArguments(Array(chunk)))
            }
        }
    }

    /// A permanent failure: never retried. `then` runs in the same write (the fallback job), so a crash can't lose it; it
    /// runs once, by whichever process fails the row first.
    public func markFailed(_ id: Int64, error: String, at now: Date, then: (@Sendable (any StoreTransaction) throws -> Void)? = nil) async throws {
        try await writing { db in
            let changed = try db.execute("""
                UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = ? WHERE id = ? AND status <> 'failed'
                """, [error, id])
            guard changed > 0 else { return }
            try db.execute("UPDATE message SET status = 'failed', updated_at = ? WHERE outbox_id = ?", [now.timeIntervalSince1970, id])
            try then?(SQLTransaction(db: db))
        }
    }

    /// A delivery status from the provider (delivered, undelivered, failed…), by the provider's id.
    public func updateDelivery(providerID: String, channel: Channel, status: String, at now: Date) async throws {
        try await writing { db in
            try db.execute("UPDATE message SET status = ?, updated_at = ? WHERE channel = ? AND provider_id = ?", [status, now.timeIntervalSince1970, channel.rawValue, providerID])
            if status == "delivered" {
                try db.execute("UPDATE outbox SET status = 'delivered' WHERE channel = ? AND provider_id = ?", [channel.rawValue, providerID])
            }
        }
    }

    /// Figures for monitoring: open escalations, pending outbox rows and jobs, and how far the oldest due ones are behind.
    public func operationalFigures(now: Date) async throws -> (openEscalations: Int, outboxPending: Int, outboxLag: Double, jobsPending: Int, jobLag: Double) {
        try await reading { db in
            let t = now.timeIntervalSince1970
            let escalations = try db.value(Int.self, "SELECT COUNT(*) FROM escalation WHERE status = 'open'", []) ?? 0
            // Rows being sent or with an unknown outcome are still owed to someone: they count in the depth.
            let outbox = try db.row("SELECT COUNT(*) AS n, MIN(next_attempt_at) AS due FROM outbox WHERE status IN ('pending', 'sending', 'unknown')", [])
            let jobs = try db.row("SELECT COUNT(*) AS n, MIN(due_at) AS due FROM job WHERE status = 'pending'", [])
            let outboxDue: Double? = outbox?["due"], jobDue: Double? = jobs?["due"]
            return (escalations, outbox?["n"] ?? 0, max(0, t - (outboxDue ?? t)), jobs?["n"] ?? 0, max(0, t - (jobDue ?? t)))
        }
    }

    /// When a party last wrote on a channel, and the provider's id of that message, if they ever did.
    public func lastInbound(party: String, channel: Channel) async throws -> (at: Date, providerID: String?)? {
        try await reading { db in
            try db.row("SELECT created_at, provider_id FROM message WHERE party = ? AND channel = ? AND direction = 'in' ORDER BY created_at DESC, id DESC LIMIT 1", [party, channel.rawValue]).map { (Date(timeIntervalSince1970: $0["created_at"]), $0["provider_id"]) }
        }
    }

    /// The outbox row a provider's id belongs to (for a delivery report).
    public func outbox(providerID: String, channel: Channel) async throws -> OutboxRow? {
        try await reading { db in
            try db.row("SELECT * FROM outbox WHERE channel = ? AND provider_id = ? ORDER BY id DESC LIMIT 1", [channel.rawValue, providerID]).map(Self.outbox)
        }
    }

    /// A sent message the provider could not deliver for now: send it again at `next` (the attempt is counted).
    public func requeue(_ id: Int64, next: Date, error: String, at now: Date) async throws {
        try await writing { db in
            // Only a row that was sent: a report that reaches two processes requeues it once.
            let changed = try db.execute("""
                UPDATE outbox SET status = 'pending', provider_id = NULL, attempts = attempts + 1, next_attempt_at = ?, last_error = ?
                WHERE id = ? AND status IN ('sent', 'delivered')
                """, [next.timeIntervalSince1970, error, id])
            guard changed > 0 else { return }
            try db.execute("UPDATE message SET status = 'queued', updated_at = ? WHERE outbox_id = ?", [now.timeIntervalSince1970, id])
        }
    }

    /// A thread's message log, oldest first.
    public func messages(party: String) async throws -> [MessageRecord] {
        try await reading { db in
            try db.rows("SELECT * FROM message WHERE party = ? ORDER BY id", [party]).map { r in
                MessageRecord(id: r["id"], party: r["party"], channel: Channel(rawValue: r["channel"]) ?? .simulator, direction: r["direction"],
                              name: r["name"], body: r["body"], status: r["status"], segments: r["segments"],
                              createdAt: Date(timeIntervalSince1970: r["created_at"]), intent: r["intent"], confidence: r["confidence"])
            }
        }
    }

    /// Messages in and out between two instants: counts, SMS segments, and outgoing by channel.
    public func messageTotals(from: Date, to: Date) async throws -> (outgoing: Int, incoming: Int, smsSegments: Int, byChannel: [Channel: Int]) {
        try await reading { db in
            let range: SQLArguments = [from.timeIntervalSince1970, to.timeIntervalSince1970]
            let outgoing = try db.value(Int.self, "SELECT COUNT(*) FROM message WHERE direction = 'out' AND status IN ('sent', 'delivered') AND created_at >= ? AND created_at < ?", range) ?? 0
            let incoming = try db.value(Int.self, "SELECT COUNT(*) FROM message WHERE direction = 'in' AND created_at >= ? AND created_at < ?", range) ?? 0
            let segments = try db.value(Int.self, "SELECT COALESCE(SUM(segments), 0) FROM message WHERE direction = 'out' AND channel = 'sms' AND status IN ('sent', 'delivered') AND created_at >= ? AND created_at < ?", range) ?? 0
            var byChannel: [Channel: Int] = [:]
            for r in try db.rows("SELECT channel, COUNT(*) AS n FROM message WHERE direction = 'out' AND status IN ('sent', 'delivered') AND created_at >= ? AND created_at < ? GROUP BY channel", range) {
                if let c = Channel(rawValue: r["channel"]) { byChannel[c] = r["n"] }
            }
            return (outgoing, incoming, segments, byChannel)
        }
    }

    public func escalation(_ id: String) async throws -> EscalationRecord? {
        try await read { try $0.escalation(id) }
    }

    public func waitlistOffers(since: Date) async throws -> [WaitlistOfferRecord] {
        try await read { try $0.offers(since: since) }
    }

    public func escalations(status: EscalationStatus? = nil) async throws -> [EscalationRecord] {
        try await reading { db in
            try db.rows("SELECT * FROM escalation \(status == nil ? "" : "WHERE status = ?") ORDER BY opened_at", status.map { [$0.rawValue] } ?? []).map(Self.escalation)
        }
    }

    // MARK: Rows

    static func job(_ r: SQLRow) -> StoredJob {
        let appointment: String? = r["appointment_id"]
        return StoredJob(id: r["id"], party: r["party"], due: Date(timeIntervalSince1970: r["due_at"]), payload: r["payload"],
                         appointmentID: appointment.map { AppointmentID($0) }, attempts: r["attempts"])
    }

    static func outbox(_ r: SQLRow) throws -> OutboxRow {
        let draft = OutboxDraft(party: r["party"], channel: Channel(rawValue: r["channel"]) ?? .simulator, address: r["address"], name: r["name"],
                                locale: r["locale"], body: r["body"], subject: r["subject"], html: r["html"], buttons: r["buttons"],
                                variables: r["variables"], segments: r["segments"], notBefore: Date(timeIntervalSince1970: r["next_attempt_at"]))
        return OutboxRow(id: r["id"], draft: draft, status: try RecordCoding.status(r["status"], column: "outbox.status"), attempts: r["attempts"], providerID: r["provider_id"], lastError: r["last_error"])
    }

    static func escalation(_ r: SQLRow) throws -> EscalationRecord {
        let appointment: String? = r["appointment_id"], staff: String? = r["assigned_staff_id"]
        let context = (try? RecordCoding.decode([String].self, r["context"], column: "escalation.context")) ?? []
        let reminded: Double? = r["reminded_at"], answered: Double? = r["answered_at"], resolved: Double? = r["resolved_at"]
        return EscalationRecord(id: r["id"], clientID: ClientID(r["client_id"]), appointmentID: appointment.map { AppointmentID($0) },
                                reason: r["reason"], status: try RecordCoding.status(r["status"], column: "escalation.status"), assignedStaff: staff.map { StaffID($0) }, clientText: r["client_text"],
                                context: context, openedAt: Date(timeIntervalSince1970: r["opened_at"]),
                                remindedAt: reminded.map { Date(timeIntervalSince1970: $0) }, answeredAt: answered.map { Date(timeIntervalSince1970: $0) },
                                resolvedAt: resolved.map { Date(timeIntervalSince1970: $0) })
    }

    static func offer(_ r: SQLRow) throws -> WaitlistOfferRecord {
        let entry: String? = r["entry_id"]
        return WaitlistOfferRecord(slotKey: r["slot_key"], clientID: ClientID(r["client_id"]), entryID: entry.map { WaitlistEntryID($0) },
                                   serviceID: ServiceID(r["service_id"]), staffID: StaffID(r["staff_id"]), locationID: LocationID(r["location_id"]),
                                   start: RecordCoding.date(r["start_at"]), end: RecordCoding.date(r["end_at"]), status: try RecordCoding.status(r["status"], column: "waitlist_offer.status"),
                                   offeredAt: Date(timeIntervalSince1970: r["offered_at"]), expiresAt: Date(timeIntervalSince1970: r["expires_at"]))
    }
}
