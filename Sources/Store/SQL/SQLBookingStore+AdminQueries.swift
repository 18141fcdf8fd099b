import BookingCore
import Foundation
import GRDB

/// Which appointments to list: every condition given must hold.
public struct AppointmentFilter: Hashable, Sendable {
    /// Only at this location.
    public var location: LocationID?
    /// Only with this staff member.
    public var staff: StaffID?
    /// Only of this client.
    public var client: ClientID?
    /// Only in one of these statuses (any when empty).
    public var statuses: Set<AppointmentStatus>
    /// Appointments that overlap `[from, to)`.
    public var from: Date?
    /// See `from`.
    public var to: Date?
    /// At most this many, after skipping `offset`.
    public var limit: Int
    /// How many to skip (paging).
    public var offset: Int

    /// A filter; every condition left out matches everything.
    public init(location: LocationID? = nil, staff: StaffID? = nil, client: ClientID? = nil, statuses: Set<AppointmentStatus> = [],
                from: Date? = nil, to: Date? = nil, limit: Int = 100, offset: Int = 0) {
        self.location = location
        self.staff = staff
        self.client = client
        self.statuses = statuses
        self.from = from
        self.to = to
        self.limit = limit
        self.offset = offset
    }
}

extension SQLBookingStore {
    // MARK: Clients

    /// Clients whose name, phone number or address contains `query` (any case; a phone number matches by its digits),
    /// by id; every client when `query` is empty.
    public func searchClients(_ query: String, limit: Int, offset: Int) async throws -> [Client] {
        let q = query.trimmingCharacters(in: .whitespaces).lowercased()
        return try await reading { db in
            if q.isEmpty {
                return try RecordCoding.clients(db, where: "c.id IN (SELECT id FROM client ORDER BY id LIMIT ? OFFSET ?)", arguments: [limit, offset])
            }
            let pattern = "%" + Self.likeEscaped(q) + "%"
            // "+44 7700 900-101" finds "+447700900101" (SMS) and "447700900101" (WhatsApp): compare digits only.
            let digits = q.filter(\.isNumber)
            let phoneLike = q.allSatisfy { $0.isNumber || " +-().".contains($0) } && digits.count >= 3
            let digitPattern = phoneLike ? "%" + digits + "%" : pattern
            return try RecordCoding.clients(db, where: """
                c.id IN (SELECT c2.id FROM client c2 WHERE lower(c2.first_name || ' ' || c2.last_name) LIKE ?1 ESCAPE '\\'
                           OR lower(c2.id) = ?3
                           OR c2.id IN (SELECT client_id FROM client_address
                                        WHERE lower(address) LIKE ?1 ESCAPE '\\' OR (?4 <> 0 AND replace(address, '+', '') LIKE ?2))
                         ORDER BY c2.id LIMIT ?5 OFFSET ?6)
                """, arguments: [pattern, digitPattern, q, phoneLike, limit, offset])
        }
    }

    /// Adds a new client, audited; refuses an id that is taken (`missingReference`) or an address another client has.
    public func insertClient(_ client: Client, by actor: Actor, at now: Date) async throws {
        try await writing { db in
            if try db.exists(table: "client", id: client.id.rawValue) {
                throw StoreError.missingReference("a client with id \"\(client.id)\" already exists")
            }
            try Self.saveChecked(client, db)
            try RecordCoding.insert(AuditEntry(at: now, actor: actor, subjectKind: "client", subjectID: client.id.rawValue, action: "created"), db)
        }
    }

    /// Reads, changes and saves one client in one write with its audit entry, so nothing written meanwhile (an opt-out,
    /// a no-show mark) is lost.
    @discardableResult
    public func updateClient(_ id: ClientID, by actor: Actor, at now: Date, _ change: @escaping @Sendable (inout Client) throws -> Void) async throws -> Client {
        try await writing { db in
            guard var client = try RecordCoding.clients(db, where: "c.id = ?", arguments: [id.rawValue]).first else {
                throw StoreError.notFound(kind: "client", id: id.rawValue)
            }
            let before = client
            try change(&client)
            guard client != before else { return client }
            try Self.saveChecked(client, db)
            try RecordCoding.insert(AuditEntry(at: now, actor: actor, subjectKind: "client", subjectID: id.rawValue, action: "updated"), db)
            return client
        }
    }

    /// Saves a client, naming the other client when one of its addresses is taken.
    static func saveChecked(_ client: Client, _ db: any SQLExecutor) throws {
        do {
            try db.attempt { try RecordCoding.insert(client, db) }
        } catch where db.constraint(of: error) == .unique {
            throw StoreError.missingReference(try addressClash(client, db) ?? "an address of client \(client.id) is taken")
        }
    }

    // MARK: Appointments

    /// Appointments matching `filter`, by start time (then staff member).
    public func appointments(matching filter: AppointmentFilter) async throws -> [Appointment] {
        var conditions: [String] = []
        var arguments: SQLArguments = []
        if let l = filter.location { conditions.append("location_id = ?"); arguments += [l.rawValue] }
        if let s = filter.staff { conditions.append("staff_id = ?"); arguments += [s.rawValue] }
        if let c = filter.client { conditions.append("client_id = ?"); arguments += [c.rawValue] }
        if !filter.statuses.isEmpty {
            let statuses = filter.statuses.map(\.rawValue).sorted()
            conditions.append("status IN (\(Array(repeating: "?", count: statuses.count).joined(separator: ",")))")
            arguments += SQLArguments(statuses)
        }
        if let to = filter.to { conditions.append("start_at < ?"); arguments += [RecordCoding.seconds(to)] }
        if let from = filter.from { conditions.append("end_at > ?"); arguments += [RecordCoding.seconds(from)] }
        arguments += [filter.limit, filter.offset]
        let whereSQL = conditions.isEmpty ? "TRUE" : conditions.joined(separator: " AND ")
        return try await reading { [arguments] db in
            try db.rows("SELECT \(RecordCoding.appointmentColumns) FROM appointment WHERE \(whereSQL) ORDER BY start_at, staff_id, id LIMIT ? OFFSET ?", arguments).map(RecordCoding.appointment)
        }
    }

    // MARK: Waitlist

    /// Waitlist entries, oldest first: of one location or client when given; only those open at `openAt` unless that is nil.
    public func waitlistEntries(location: LocationID? = nil, client: ClientID? = nil, openAt now: Date?) async throws -> [WaitlistEntry] {
        var conditions: [String] = []
        var arguments: SQLArguments = []
        if let location { conditions.append("location_id = ?"); arguments += [location.rawValue] }
        if let client { conditions.append("client_id = ?"); arguments += [client.rawValue] }
        if let now { conditions.append("active = 1 AND (expires_at IS NULL OR expires_at > ?)"); arguments += [now.timeIntervalSince1970] }
        let whereSQL = conditions.isEmpty ? "TRUE" : conditions.joined(separator: " AND ")
        return try await reading { [arguments] db in
            try db.rows("SELECT * FROM waitlist_entry WHERE \(whereSQL) ORDER BY created_at, id", arguments)
                .map(RecordCoding.waitlistEntry)
        }
    }

    /// One waitlist entry, open or not.
    public func waitlistEntry(_ id: WaitlistEntryID) async throws -> WaitlistEntry? {
        try await reading { db in
            try db.row("SELECT * FROM waitlist_entry WHERE id = ?", [id.rawValue]).map(RecordCoding.waitlistEntry)
        }
    }

    /// Takes a client off the waitlist: the entry stays on record, inactive, and is offered nothing more. Audited.
    public func removeWaitlistEntry(_ id: WaitlistEntryID, by actor: Actor, at now: Date) async throws {
        try await writing { db in
            guard try db.exists(table: "waitlist_entry", id: id.rawValue) else {
                throw StoreError.notFound(kind: "waitlist entry", id: id.rawValue)
            }
            try db.execute("UPDATE waitlist_entry SET active = 0 WHERE id = ?", [id.rawValue])
            try RecordCoding.insert(AuditEntry(at: now, actor: actor, subjectKind: "waitlist", subjectID: id.rawValue, action: "removed"), db)
        }
    }

    /// `%`, `_` and `\` taken literally in a LIKE pattern with `ESCAPE '\'`.
    static func likeEscaped(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }
}
