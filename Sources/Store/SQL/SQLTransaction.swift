import BookingCore
import Foundation
import GRDB

/// Reads and writes inside one SQLite transaction: everything the engine does for one event.
/// Only lives inside `SQLBookingStore.transaction` (or `read`); all of it commits or none of it does.
public struct SQLTransaction: StoreTransaction {
    let db: any SQLExecutor

    func exec(_ sql: String, arguments: SQLArguments = []) throws {
        try db.execute(sql, arguments)
    }

    // MARK: Reading the business

    /// Moves whenever a location, staff member, service or policy changes.
    public func catalogueVersion() throws -> Int {
        try db.value(Int.self, "SELECT version FROM catalogue_version WHERE id = 1", []) ?? 0
    }

    public func locations() throws -> [Location] {
        try db.rows("SELECT * FROM location ORDER BY name", []).map(RecordCoding.location)
    }

    public func location(_ id: LocationID) throws -> Location? {
        try db.row("SELECT * FROM location WHERE id = ?", [id.rawValue]).map(RecordCoding.location)
    }

    public func staff() throws -> [StaffMember] {
        try db.rows("SELECT * FROM staff ORDER BY name", []).map(RecordCoding.staff)
    }

    public func services() throws -> [Service] {
        try db.rows("SELECT * FROM service ORDER BY name", []).map(RecordCoding.service)
    }

    public func client(_ id: ClientID) throws -> Client? {
        try RecordCoding.clients(db, where: "c.id = ?", arguments: [id.rawValue]).first
    }

    public func client(channel: Channel, address: String) throws -> Client? {
        try RecordCoding.clients(db, where: "c.id = (SELECT client_id FROM client_address WHERE channel = ? AND address = ?)",
                                 arguments: [channel.rawValue, address]).first
    }

    public func appointments(of client: ClientID) throws -> [Appointment] {
        try db.rows("SELECT \(RecordCoding.appointmentColumns) FROM appointment WHERE client_id = ? ORDER BY start_at", [client.rawValue])
            .map(RecordCoding.appointment)
    }

    public func appointments(at location: LocationID, from: Date, to: Date) throws -> [Appointment] {
        try db.rows("SELECT \(RecordCoding.appointmentColumns) FROM appointment WHERE location_id = ? AND start_at < ? AND end_at > ? ORDER BY start_at, staff_id", [location.rawValue, RecordCoding.seconds(to), RecordCoding.seconds(from)]).map(RecordCoding.appointment)
    }

    public func waitlist(at location: LocationID, openAt now: Date) throws -> [WaitlistEntry] {
        try db.rows("""
            SELECT * FROM waitlist_entry WHERE location_id = ? AND active = 1 AND (expires_at IS NULL OR expires_at > ?) ORDER BY created_at
            """, [location.rawValue, now.timeIntervalSince1970]).map(RecordCoding.waitlistEntry)
    }

    public func deactivateWaitlistEntry(_ id: WaitlistEntryID) throws {
        try exec("UPDATE waitlist_entry SET active = 0 WHERE id = ?", arguments: [id.rawValue])
    }

    public func policies(for location: LocationID?) throws -> Policies {
        for scope in [location?.rawValue, "*"].compactMap({ $0 }) {
            if let doc = try db.value(String.self, "SELECT document FROM policy WHERE scope = ?", [scope]) {
                return try RecordCoding.decode(Policies.self, doc, column: "policy.document")
            }
        }
        return .standard
    }

    public func outbox(_ id: Int64) throws -> OutboxRow? {
        try db.row("SELECT * FROM outbox WHERE id = ?", [id]).map(SQLBookingStore.outbox)
    }

    // MARK: Idempotency

    /// Whether an event with this key (provider message id, job id, request id) was applied already.
    public func isProcessed(_ key: String) throws -> Bool {
        try db.value(Bool.self, "SELECT EXISTS (SELECT 1 FROM processed_event WHERE key = ?)", [key]) ?? false
    }

    public func markProcessed(_ key: String, at: Date) throws {
        try exec("INSERT INTO processed_event (key, processed_at) VALUES (?, ?)", arguments: [key, at.timeIntervalSince1970])
    }

    // MARK: Threads and questions

    public func lockThread(_ party: String) throws -> Bool {
        // SQLite has one writer: the transaction holds every thread already.
        guard db.dialect == .postgres else { return false }
        try db.execute("SELECT pg_advisory_xact_lock(hashtext(?))", [party])
        return true
    }

    public func thread(_ party: String) throws -> String? {
        try db.value(String.self, "SELECT state FROM conversation_thread WHERE party = ?", [party])
    }

    /// Settles a client's language (read from their reply): it is known from now on.
    public func settleLocale(_ locale: String, of client: ClientID) throws {
        try db.execute("UPDATE client SET locale = ?, locale_known = 1 WHERE id = ?", [locale, client.rawValue])
    }

    public func saveThread(_ party: String, state: String, at: Date) throws {
        try exec("""
            INSERT INTO conversation_thread (party, state, updated_at) VALUES (?, ?, ?)
            ON CONFLICT(party) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at
            """, arguments: [party, state, at.timeIntervalSince1970])
    }

    public func openQuestion(id: String, party: String, kind: String, appointment: AppointmentID?, openedAt: Date, expiresAt: Date?) throws {
        try exec("""
            INSERT INTO open_question (id, party, kind, appointment_id, opened_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO NOTHING
            """, arguments: [id, party, kind, appointment?.rawValue, openedAt.timeIntervalSince1970, expiresAt?.timeIntervalSince1970])
    }

    public func closeQuestion(id: String, at: Date) throws {
        try exec("UPDATE open_question SET closed_at = ? WHERE id = ? AND closed_at IS NULL", arguments: [at.timeIntervalSince1970, id])
    }

    // MARK: Appointments and clients

    @discardableResult
    public func change(_ id: AppointmentID, _ change: AppointmentChange, by actor: Actor, at now: Date, policies: Policies) throws -> AppointmentTransition {
        try SQLBookingStore.change(id, change, by: actor, at: now, policies: policies, db)
    }

    public func book(_ appointment: Appointment, by actor: Actor) throws {
        try SQLBookingStore.book(appointment, by: actor, db)
    }

    public func appointment(_ id: AppointmentID) throws -> Appointment? {
        try db.row("SELECT \(RecordCoding.appointmentColumns) FROM appointment WHERE id = ?", [id.rawValue]).map(RecordCoding.appointment)
    }

    public func setOptedOut(_ client: ClientID, channel: Channel, _ optedOut: Bool) throws {
        let current = try db.value(String.self, "SELECT opted_out FROM client WHERE id = ?", [client.rawValue]) ?? "[]"
        var set = Set(try RecordCoding.decode([String].self, current, column: "client.opted_out"))
        if optedOut { set.insert(channel.rawValue) } else { set.remove(channel.rawValue) }
        try exec("UPDATE client SET opted_out = ? WHERE id = ?", arguments: [try RecordCoding.json(set.sorted()), client.rawValue])
    }

    public func audit(_ entry: AuditEntry) throws { try RecordCoding.insert(entry, db) }

    // MARK: Messages

    /// Logs an inbound message; false when the provider's id was seen before (a redelivery).
    public func logInbound(party: String, channel: Channel, providerID: String?, body: String, at: Date) throws -> Bool {
        try db.execute("""
            INSERT INTO message (party, channel, direction, provider_id, body, status, created_at, updated_at)
            VALUES (?, ?, 'in', ?, ?, 'received', ?, ?) ON CONFLICT DO NOTHING
            """, [party, channel.rawValue, providerID, body, at.timeIntervalSince1970, at.timeIntervalSince1970]) == 1
    }

    /// Notes how an inbound message (by its provider id) was read, for staff reading the thread later.
    public func noteReading(channel: Channel, providerID: String, intent: String, confidence: Double) throws {
        try exec("UPDATE message SET intent = ?, confidence = ? WHERE channel = ? AND provider_id = ? AND direction = 'in'",
                 arguments: [intent, confidence, channel.rawValue, providerID])
    }

    /// Puts a message in the outbox and the message log; returns the outbox id (the provider's idempotency key).
    @discardableResult
    public func enqueue(_ m: OutboxDraft, at now: Date) throws -> Int64 {
        let id = try db.insertReturningID("""
            INSERT INTO outbox (party, channel, address, name, locale, body, subject, html, buttons, variables, segments, next_attempt_at, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [m.party, m.channel.rawValue, m.address, m.name, m.locale, m.body, m.subject, m.html, m.buttons, m.variables,
                  m.segments, m.notBefore.timeIntervalSince1970, now.timeIntervalSince1970])
        try exec("""
            INSERT INTO message (party, channel, direction, name, body, status, segments, outbox_id, created_at, updated_at)
            VALUES (?, ?, 'out', ?, ?, 'queued', ?, ?, ?, ?)
            """, arguments: [m.party, m.channel.rawValue, m.name, m.body, m.segments, id, now.timeIntervalSince1970, now.timeIntervalSince1970])
        return id
    }

    /// Channels a message with this name and body was already put on for a thread (so a fallback doesn't repeat one).
    public func triedChannels(party: String, name: String, body: String) throws -> [Channel] {
        try db.values(String.self, "SELECT DISTINCT channel FROM outbox WHERE party = ? AND name = ? AND status = 'failed'", [party, name]).compactMap(Channel.init(rawValue:))
    }

    /// The last messages of a thread, oldest first, as "in: …" / "out: …" lines.
    public func recentMessages(party: String, limit: Int) throws -> [String] {
        try db.rows("SELECT direction, body FROM message WHERE party = ? ORDER BY created_at DESC, id DESC LIMIT ?", [party, limit])
            .map { "\($0["direction"] as String): \($0["body"] as String)" }.reversed()
    }

    // MARK: Jobs

    public func schedule(party: String, due: Date, payload: String, appointment: AppointmentID?, at now: Date) throws {
        try exec("INSERT INTO job (party, due_at, payload, appointment_id, created_at) VALUES (?, ?, ?, ?, ?)",
                       arguments: [party, due.timeIntervalSince1970, payload, appointment?.rawValue, now.timeIntervalSince1970])
    }

    /// Drops every pending job about an appointment.
    public func cancelJobs(appointment: AppointmentID) throws {
        try exec("UPDATE job SET status = 'cancelled' WHERE appointment_id = ? AND status = 'pending'", arguments: [appointment.rawValue])
    }

    /// A job that failed: run it again at `next` (by whichever process claims it then), or give up after too many attempts.
    public func retryJob(_ id: Int64, next: Date, giveUp: Bool) throws {
        try exec("UPDATE job SET attempts = attempts + 1, due_at = ?, status = ?, claimed_until = NULL WHERE id = ?",
                       arguments: [next.timeIntervalSince1970, giveUp ? "failed" : "pending", id])
    }

    public func finishJob(_ id: Int64) throws {
        try exec("UPDATE job SET status = 'done', attempts = attempts + 1 WHERE id = ?", arguments: [id])
    }

    // MARK: Escalations

    public func openEscalation(_ e: EscalationRecord) throws {
        try exec("""
            INSERT INTO escalation (id, client_id, appointment_id, reason, status, assigned_staff_id, client_text, context, opened_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [e.id, e.clientID.rawValue, e.appointmentID?.rawValue, e.reason, e.status.rawValue, e.assignedStaff?.rawValue, e.clientText,
                             try RecordCoding.json(e.context), e.openedAt.timeIntervalSince1970])
    }

    /// The open escalation of a client, if one.
    public func openEscalation(for client: ClientID) throws -> EscalationRecord? {
        try db.row("SELECT * FROM escalation WHERE client_id = ? AND status = 'open' ORDER BY opened_at DESC LIMIT 1", [client.rawValue]).map(SQLBookingStore.escalation)
    }

    /// Every open escalation assigned to a staff member, newest first.
    public func openEscalations(assignedTo staff: StaffID) throws -> [EscalationRecord] {
        try db.rows("SELECT * FROM escalation WHERE assigned_staff_id = ? AND status = 'open' ORDER BY opened_at DESC", [staff.rawValue]).map(SQLBookingStore.escalation)
    }

    public func escalation(_ id: String) throws -> EscalationRecord? {
        try db.row("SELECT * FROM escalation WHERE id = ?", [id]).map(SQLBookingStore.escalation)
    }

    /// A further message of a client whose thread is already with a person: it becomes the escalation's newest message, the one
    /// before it moves into the context (the last twelve kept), so the next alert shows the thread in order.
    public func foldIntoEscalation(_ id: String, text: String, fromClient: Bool = true) throws {
        guard fromClient else { try foldIntoEscalation(id, note: "out: \(text)"); return }
        guard let e = try escalation(id) else { return }
        var context = e.context
        if !e.clientText.isEmpty { context.append("in: \(e.clientText)") }
        try exec("UPDATE escalation SET client_text = ?, context = ? WHERE id = ?",
                 arguments: [String(text.prefix(2000)), try RecordCoding.json(Array(context.suffix(12))), id])
    }

    /// A note of SlotKeeper's own (not the client's words) added to an open escalation's thread.
    public func foldIntoEscalation(_ id: String, note: String) throws {
        guard let e = try escalation(id) else { return }
        try exec("UPDATE escalation SET context = ? WHERE id = ?", arguments: [try RecordCoding.json(Array((e.context + [note]).suffix(12))), id])
    }

    public func updateEscalation(_ id: String, status: EscalationStatus? = nil, assignedTo: StaffID? = nil, remindedAt: Date? = nil, at now: Date) throws {
        if let status {
            let column = status == .answered ? "answered_at" : status == .resolved ? "resolved_at" : nil
            try exec("UPDATE escalation SET status = ?\(column.map { ", \($0) = ?" } ?? "") WHERE id = ?",
                           arguments: column == nil ? [status.rawValue, id] : [status.rawValue, now.timeIntervalSince1970, id])
        }
        if let assignedTo { try exec("UPDATE escalation SET assigned_staff_id = ? WHERE id = ?", arguments: [assignedTo.rawValue, id]) }
        if let remindedAt { try exec("UPDATE escalation SET reminded_at = ? WHERE id = ?", arguments: [remindedAt.timeIntervalSince1970, id]) }
    }

    // MARK: Waitlist offers

    public func insertOffer(_ o: WaitlistOfferRecord) throws {
        try exec("""
            INSERT INTO waitlist_offer (slot_key, client_id, entry_id, service_id, staff_id, location_id, start_at, end_at, status, offered_at, expires_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [o.slotKey, o.clientID.rawValue, o.entryID?.rawValue, o.serviceID.rawValue, o.staffID.rawValue, o.locationID.rawValue,
                             RecordCoding.seconds(o.start), RecordCoding.seconds(o.end), o.status.rawValue, o.offeredAt.timeIntervalSince1970,
                             o.expiresAt.timeIntervalSince1970])
    }

    public func offers(slotKey: String) throws -> [WaitlistOfferRecord] {
        try db.rows("SELECT * FROM waitlist_offer WHERE slot_key = ? ORDER BY id", [slotKey]).map(SQLBookingStore.offer)
    }

    /// Offers made since `since`, newest first.
    public func offers(since: Date) throws -> [WaitlistOfferRecord] {
        try db.rows("SELECT * FROM waitlist_offer WHERE offered_at >= ? ORDER BY offered_at DESC, id DESC", [since.timeIntervalSince1970]).map(SQLBookingStore.offer)
    }

    /// How many offers a client was sent since `since` (the per-day limit).
    public func offerCount(client: ClientID, since: Date) throws -> Int {
        try db.value(Int.self, "SELECT COUNT(*) FROM waitlist_offer WHERE client_id = ? AND offered_at >= ?", [client.rawValue, since.timeIntervalSince1970]) ?? 0
    }

    /// Moves offers of a slot from one status to another (optionally for one client only).
    public func updateOffers(slotKey: String, client: ClientID? = nil, from: WaitlistOfferStatus, to: WaitlistOfferStatus) throws {
        if let client {
            try exec("UPDATE waitlist_offer SET status = ? WHERE slot_key = ? AND client_id = ? AND status = ?",
                           arguments: [to.rawValue, slotKey, client.rawValue, from.rawValue])
        } else {
            try exec("UPDATE waitlist_offer SET status = ? WHERE slot_key = ? AND status = ?", arguments: [to.rawValue, slotKey, from.rawValue])
        }
    }
}
