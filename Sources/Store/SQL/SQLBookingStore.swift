import BookingCore
import Foundation
import GRDB

/// What a SQL database offers the store: transactions on one connection, and what differs between databases
/// (migrations, backups). SQLite and PostgreSQL each implement it; everything else in the store is one body of SQL.
protocol SQLDatabase: Sendable {
    var address: StoreAddress { get }
    /// Runs `body` in one read-only transaction.
    func reading<T: Sendable>(_ body: @escaping @Sendable (any SQLExecutor) throws -> T) async throws -> T
    /// Runs `body` in one write transaction: all of it commits, or none of it does.
    func writing<T: Sendable>(_ body: @escaping @Sendable (any SQLExecutor) throws -> T) async throws -> T
    /// The same, blocking the calling thread until it is done.
    func writingNow<T>(_ body: (any SQLExecutor) throws -> T) throws -> T
    /// Whether `writingNow` is the faster way (an embedded database).
    var prefersInlineTransactions: Bool { get }
    func appliedMigrations() async throws -> [String]
    func counts() async throws -> StoreCounts
    func backup(to destination: String) async throws -> StoreCounts
}

/// The store on a SQL database: every operation of `BookingStore` and `StoreTransaction`, written once.
public class SQLBookingStore: BookingStore, @unchecked Sendable {
    let database: any SQLDatabase

    init(database: any SQLDatabase) {
        self.database = database
    }

    public var address: StoreAddress { database.address }

    public var prefersInlineTransactions: Bool { database.prefersInlineTransactions }

    /// A server database may have other processes on it; an embedded one has this one.
    public var sharedByProcesses: Bool { !database.prefersInlineTransactions }

    func writing<T: Sendable>(_ body: @escaping @Sendable (any SQLExecutor) throws -> T) async throws -> T {
        try await database.writing(body)
    }

    func reading<T: Sendable>(_ body: @escaping @Sendable (any SQLExecutor) throws -> T) async throws -> T {
        try await database.reading(body)
    }

    /// Migrations applied to this database, in the order they were released.
    public func appliedMigrations() async throws -> [String] { try await database.appliedMigrations() }

    /// What the database holds now.
    public func counts() async throws -> StoreCounts { try await database.counts() }

    /// A consistent copy of the database in a new file at `destination`.
    public func backup(to destination: String) async throws -> StoreCounts { try await database.backup(to: destination) }

    // MARK: Catalogue

    public func save(_ location: Location) async throws { try await writing { db in try RecordCoding.insert(location, db) } }
    public func save(_ service: Service) async throws { try await writing { db in try RecordCoding.insert(service, db) } }
    public func save(_ entry: WaitlistEntry) async throws { try await writing { db in try RecordCoding.insert(entry, db) } }

    public func save(_ staff: StaffMember) async throws {
        try await writing { db in try RecordCoding.insert(staff, db) }
    }

    public func save(_ client: Client) async throws {
        try await writing { db in
            do {
                try db.attempt { try RecordCoding.insert(client, db) }
            } catch where db.constraint(of: error) == .unique {
                throw StoreError.missingReference(try Self.addressClash(client, db) ?? "an address of client \(client.id) is taken")
            }
        }
    }

    /// Staff lift (or set) a client's attendance tier by hand, e.g. to let a blocked client book again; audited with who and why.
    public func overrideTier(_ client: ClientID, to tier: AttendanceTier?, by actor: Actor, reason: String, at now: Date) async throws {
        try await writing { db in
            guard try db.exists(table: "client", id: client.rawValue) else { throw StoreError.notFound(kind: "client", id: client.rawValue) }
            try db.execute("UPDATE client SET tier_override = ? WHERE id = ?", [tier?.description, client.rawValue])
            try RecordCoding.insert(AuditEntry(at: now, actor: actor, subjectKind: "client", subjectID: client.rawValue, action: "tierOverride",
                                               detail: "\(tier?.description ?? "none (the record decides)"): \(reason)"), db)
        }
    }

    public func setOnlineBookingBlock(_ client: ClientID, _ block: ClientBlock?, by actor: Actor, reason: String, at now: Date) async throws {
        try await writing { db in
            guard try db.exists(table: "client", id: client.rawValue) else { throw StoreError.notFound(kind: "client", id: client.rawValue) }
            try db.execute("UPDATE client SET block_reason = ?, block_actor = ?, block_at = ? WHERE id = ?", [block?.reason, block?.by.description, block?.at.timeIntervalSince1970, client.rawValue])
            try RecordCoding.insert(AuditEntry(at: now, actor: actor, subjectKind: "client", subjectID: client.rawValue,
                                               action: block == nil ? "unblocked" : "blocked",
                                               detail: (block == nil ? "online booking open again: " : "online booking closed: ") + reason), db)
        }
    }

    public func save(_ policies: Policies, for location: LocationID?) async throws {
        try await writing { db in
            try db.execute("INSERT INTO policy (scope, document) VALUES (?, ?) ON CONFLICT(scope) DO UPDATE SET document = excluded.document", [location?.rawValue ?? "*", try RecordCoding.json(policies)])
        }
    }

    public func locations() async throws -> [Location] { try await read { try $0.locations() } }

    public func location(_ id: LocationID) async throws -> Location? { try await read { try $0.location(id) } }

    public func staff(at location: LocationID?) async throws -> [StaffMember] {
        let all = try await read { try $0.staff() }
        guard let location else { return all }
        return all.filter { $0.locationIDs.contains(location) }
    }

    public func services() async throws -> [Service] { try await read { try $0.services() } }

    public func clients() async throws -> [Client] {
        try await reading { db in try RecordCoding.clients(db) }
    }

    public func client(_ id: ClientID) async throws -> Client? { try await read { try $0.client(id) } }

    public func client(channel: Channel, address: String) async throws -> Client? {
        try await read { try $0.client(channel: channel, address: address) }
    }

    public func waitlist(at location: LocationID, openAt now: Date) async throws -> [WaitlistEntry] {
        try await read { try $0.waitlist(at: location, openAt: now) }
    }

    public func policies(for location: LocationID?) async throws -> Policies { try await read { try $0.policies(for: location) } }

    /// Runs `body` in one read transaction.
    public func read<T: Sendable>(_ body: @escaping @Sendable (any StoreTransaction) throws -> T) async throws -> T {
        try await reading { db in try body(SQLTransaction(db: db)) }
    }

    // MARK: Appointments

    @discardableResult
    public func book(_ appointment: Appointment, by actor: Actor) async throws -> Appointment {
        try await writing { db in
            try Self.book(appointment, by: actor, db)
            return appointment
        }
    }

    @discardableResult
    public func change(_ id: AppointmentID, _ change: AppointmentChange, by actor: Actor, at now: Date,
                       policies: Policies) async throws -> AppointmentTransition {
        try await writing { db in try Self.change(id, change, by: actor, at: now, policies: policies, db) }
    }

    /// Inserts an appointment and its audit entry.
    static func book(_ appointment: Appointment, by actor: Actor, _ db: any SQLExecutor) throws {
        try insert(appointment, db)
        try RecordCoding.insert(AuditEntry(at: appointment.createdAt, actor: actor, subjectKind: "appointment",
                                           subjectID: appointment.id.rawValue, action: "booked",
                                           detail: "\(appointment.status.rawValue), \(appointment.source.rawValue)"), db)
    }

    /// Loads, changes and saves an appointment with its audit entry and attendance mark.
    static func change(_ id: AppointmentID, _ change: AppointmentChange, by actor: Actor, at now: Date,
                       policies: Policies, _ db: any SQLExecutor) throws -> AppointmentTransition {
        guard let row = try db.row("SELECT \(RecordCoding.appointmentColumns) FROM appointment WHERE id = ?", [id.rawValue]) else {
                throw StoreError.notFound(kind: "appointment", id: id.rawValue)
            }
            let transition = try RecordCoding.appointment(row).applying(change, by: actor, at: now, policies: policies)
            try Self.update(transition.appointment, db)
            try RecordCoding.insert(transition.audit, db)
            let client = transition.appointment.clientID
            if let mark = transition.attendanceMark { try RecordCoding.insert(mark, client: client, db) }
            if transition.removesAttendanceMark {
                try db.execute("DELETE FROM attendance_mark WHERE client_id = ? AND appointment_id = ? AND kind = 'noShow'", [client.rawValue, id.rawValue])
            }
            return transition
    }

    public func appointment(_ id: AppointmentID) async throws -> Appointment? {
        try await reading { db in
            try db.row("SELECT \(RecordCoding.appointmentColumns) FROM appointment WHERE id = ?", [id.rawValue]).map(RecordCoding.appointment)
        }
    }

    public func appointments(at location: LocationID, from: Date, to: Date) async throws -> [Appointment] {
        try await read { try $0.appointments(at: location, from: from, to: to) }
    }

    public func appointments(of client: ClientID) async throws -> [Appointment] { try await read { try $0.appointments(of: client) } }

    public func audit(subjectKind: String, subjectID: String) async throws -> [AuditEntry] {
        try await reading { db in
            try db.rows("SELECT * FROM audit WHERE subject_kind = ? AND subject_id = ? ORDER BY id", [subjectKind, subjectID]).map { r in
                AuditEntry(at: Date(timeIntervalSince1970: r["at"]), actor: Actor(text: r["actor"]) ?? .system("unknown"),
                           subjectKind: r["subject_kind"], subjectID: r["subject_id"], action: r["action"], detail: r["detail"])
            }
        }
    }

    // MARK: Import

    public func importBatch(_ batch: ImportBatch) async throws -> ImportSummary {
        try await writing { db in try SQLImport(db: db).run(batch) }
    }

    // MARK: Writing appointments

    /// Inserts an appointment, turning the overlap guard and foreign keys into `StoreError`s.
    static func insert(_ a: Appointment, _ db: any SQLExecutor) throws {
        do {
            try db.attempt {
                try db.execute("INSERT INTO appointment (\(RecordCoding.appointmentColumns)) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                               RecordCoding.arguments(a))
            }
        } catch {
            throw try storeError(error, for: a, db)
        }
    }

    static func update(_ a: Appointment, _ db: any SQLExecutor) throws {
        do {
            try db.attempt { try db.execute("""
                UPDATE appointment SET client_id = ?2, service_id = ?3, staff_id = ?4, location_id = ?5, start_at = ?6, end_at = ?7,
                  price_minor = ?8, currency = ?9, deposit_kind = ?10, deposit_minor = ?11, status = ?12, source = ?13, notes = ?14,
                  hold_expires_at = ?15, cancelled_by = ?16, cancel_reason = ?17, cancelled_at = ?18, cancel_late = ?19,
                  cancel_fee_minor = ?20, created_at = ?21, updated_at = ?22, version = version + 1
                WHERE id = ?1
                """, RecordCoding.arguments(a)) }
        } catch {
            throw try storeError(error, for: a, db)
        }
    }

    static func storeError(_ e: any Error, for a: Appointment, _ db: any SQLExecutor) throws -> any Error {
        switch db.constraint(of: e) {
        case .overlap:
            let other = try db.value(String.self, """
                SELECT id FROM appointment WHERE staff_id = ? AND status <> 'cancelled' AND id <> ? AND start_at < ? AND end_at > ? LIMIT 1
                """, [a.staffID.rawValue, a.id.rawValue, RecordCoding.seconds(a.end), RecordCoding.seconds(a.start)])
            return StoreError.slotTaken(staff: a.staffID, conflicting: other.map { AppointmentID($0) })
        case .foreignKey:
            for (table, id) in [("client", a.clientID.rawValue), ("service", a.serviceID.rawValue), ("staff", a.staffID.rawValue),
                                ("location", a.locationID.rawValue)]
            where try !db.exists(table: table, id: id) {
                return StoreError.notFound(kind: table, id: id)
            }
            return e
        case .primaryKey:
            return StoreError.missingReference("an appointment with id \"\(a.id)\" already exists")
        case .unique, nil:
            return e
        }
    }

    /// The other client that already uses one of `client`'s addresses, as a sentence.
    static func addressClash(_ client: Client, _ db: any SQLExecutor) throws -> String? {
        for (channel, address) in client.addresses {
            if let owner = try db.value(String.self, "SELECT client_id FROM client_address WHERE channel = ? AND address = ? AND client_id <> ?", [channel.rawValue, address, client.id.rawValue]) {
                return "\(channel.rawValue) address \(address) already belongs to client \(owner)"
            }
        }
        return nil
    }
}

extension Bool {
    /// Whether a row with primary key `id` exists in `table`.
    init(exists db: any SQLExecutor, table: String, id: String) throws {
        self = try db.value(Bool.self, "SELECT EXISTS (SELECT 1 FROM \(table) WHERE id = ?)", [id]) ?? false
    }
}
