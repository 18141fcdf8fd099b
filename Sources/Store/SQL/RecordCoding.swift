import BookingCore
import Foundation
import GRDB

/// Turning the business's values into rows and back. Nested values (hours, lists) are JSON columns;
/// instants used in range queries are integer epoch seconds.
enum RecordCoding {
    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = .sortedKeys
        return e
    }()
    static let decoder = JSONDecoder()

    static func json(_ value: some Encodable) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String?, column: String) throws -> T {
        do {
            return try decoder.decode(T.self, from: Data((text ?? "null").utf8))
        } catch {
            throw StoreError.unusableDatabase("column \(column) holds unreadable data: \(error)")
        }
    }

    /// A JSON array of plain strings (`["sms","email"]`), read without a JSON decoder when it has no escapes.
    static func strings(_ text: String?, column: String) throws -> [String] {
        guard let text, text.utf8.first == UInt8(ascii: "["), text.utf8.last == UInt8(ascii: "]"),
              !text.utf8.contains(UInt8(ascii: "\\")) else {
            return try decode([String].self, text, column: column)
        }
        let bytes = Array(text.utf8.dropFirst().dropLast())
        let blank: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        if bytes.allSatisfy(blank) { return [] }
        var out: [String] = []
        for part in bytes.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) {
            guard let first = part.firstIndex(where: { !blank($0) }), let last = part.lastIndex(where: { !blank($0) }),
                  last > first, part[first] == UInt8(ascii: "\""), part[last] == UInt8(ascii: "\"") else {
                return try decode([String].self, text, column: column)
            }
            out.append(String(decoding: part[(first + 1)..<last], as: UTF8.self))
        }
        return out
    }

    static func seconds(_ d: Date) -> Int64 { Int64(d.timeIntervalSince1970.rounded()) }
    static func date(_ s: Int64) -> Date { Date(timeIntervalSince1970: TimeInterval(s)) }

    // MARK: Location

    static func insert(_ l: Location, _ db: any SQLExecutor) throws {
        try db.execute("""
            INSERT INTO location (id, name, time_zone, opening_hours, closures, quiet_start, quiet_end, address, phone)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, time_zone = excluded.time_zone,
              opening_hours = excluded.opening_hours, closures = excluded.closures, quiet_start = excluded.quiet_start,
              quiet_end = excluded.quiet_end, address = excluded.address, phone = excluded.phone
            """, [l.id.rawValue, l.name, l.timeZoneIdentifier, try json(l.openingHours),
                             try json(l.closures.sorted()), l.quietHours.start.minutes, l.quietHours.end.minutes, l.address, l.phone])
    }

    static func location(_ r: SQLRow) throws -> Location {
        Location(id: LocationID(r["id"]), name: r["name"], timeZoneIdentifier: r["time_zone"],
                 openingHours: try decode(WeeklyHours.self, r["opening_hours"], column: "location.opening_hours"),
                 closures: Set(try decode([LocalDate].self, r["closures"], column: "location.closures")),
                 quietHours: QuietHours(start: LocalTime(minutes: r["quiet_start"]), end: LocalTime(minutes: r["quiet_end"])),
                 address: r["address"], phone: r["phone"])
    }

    // MARK: Service

    static func insert(_ s: Service, _ db: any SQLExecutor) throws {
        try db.execute("""
            INSERT INTO service (id, name, duration_minutes, buffer_before, buffer_after, price_minor, currency, deposit, category, rebook_after_days)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, duration_minutes = excluded.duration_minutes,
              buffer_before = excluded.buffer_before, buffer_after = excluded.buffer_after, price_minor = excluded.price_minor,
              currency = excluded.currency, deposit = excluded.deposit, category = excluded.category,
              rebook_after_days = excluded.rebook_after_days
            """, [s.id.rawValue, s.name, s.durationMinutes, s.bufferBeforeMinutes, s.bufferAfterMinutes,
                             s.price.minorUnits, s.price.currency, s.deposit.text, s.category, s.rebookAfterDays])
    }

    static func service(_ r: SQLRow) throws -> Service {
        let currency: String = r["currency"]
        let depositText: String = r["deposit"]
        guard let deposit = DepositRule(text: depositText, currency: currency) else {
            throw StoreError.unusableDatabase("service.deposit holds \"\(depositText)\"")
        }
        return Service(id: ServiceID(r["id"]), name: r["name"], durationMinutes: r["duration_minutes"],
                       bufferBeforeMinutes: r["buffer_before"], bufferAfterMinutes: r["buffer_after"],
                       price: Money(minorUnits: r["price_minor"], currency: currency), deposit: deposit,
                       category: r["category"], rebookAfterDays: r["rebook_after_days"])
    }

    // MARK: Staff

    static func insert(_ s: StaffMember, _ db: any SQLExecutor) throws {
        let off = s.timeOff.map { [seconds($0.start), seconds($0.end)] }
        try db.execute("""
            INSERT INTO staff (id, name, role, location_ids, working_hours, time_off, service_ids, escalation_channel, escalation_address, active)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, role = excluded.role, location_ids = excluded.location_ids,
              working_hours = excluded.working_hours, time_off = excluded.time_off, service_ids = excluded.service_ids,
              escalation_channel = excluded.escalation_channel, escalation_address = excluded.escalation_address, active = excluded.active
            """, [s.id.rawValue, s.name, s.role.rawValue, try json(s.locationIDs), try json(s.workingHours),
                             try json(off), try json(s.serviceIDs.sorted()), s.escalationChannel?.rawValue, s.escalationAddress, s.active])
    }

    static func staff(_ r: SQLRow) throws -> StaffMember {
        let off = try decode([[Int64]].self, r["time_off"], column: "staff.time_off")
        let roleText: String = r["role"]
        let channelText: String? = r["escalation_channel"]
        return StaffMember(id: StaffID(r["id"]), name: r["name"], role: StaffMember.Role(rawValue: roleText) ?? .staff,
                           locationIDs: try decode([LocationID].self, r["location_ids"], column: "staff.location_ids"),
                           workingHours: try decode(WeeklyHours.self, r["working_hours"], column: "staff.working_hours"),
                           timeOff: off.compactMap { $0.count == 2 ? DateInterval(start: date($0[0]), end: date($0[1])) : nil },
                           serviceIDs: Set(try decode([ServiceID].self, r["service_ids"], column: "staff.service_ids")),
                           escalationChannel: channelText.flatMap(Channel.init(rawValue:)),
                           escalationAddress: r["escalation_address"], active: r["active"])
    }

    // MARK: Client

    static func insert(_ c: Client, _ db: any SQLExecutor) throws {
        try db.execute("""
            INSERT INTO client (id, first_name, last_name, preferred_channel, locale, locale_known, opted_out, tags, tier_override, notes,
                                block_reason, block_actor, block_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET first_name = excluded.first_name, last_name = excluded.last_name,
              preferred_channel = excluded.preferred_channel,
              -- A language said before (or read from a reply) is kept when the new row does not say one.
              locale = CASE WHEN excluded.locale_known <> 0 THEN excluded.locale ELSE client.locale END,
              locale_known = CASE WHEN excluded.locale_known <> 0 THEN 1 ELSE client.locale_known END,
              opted_out = excluded.opted_out,
              tags = excluded.tags, tier_override = excluded.tier_override, notes = excluded.notes
            """, [c.id.rawValue, c.firstName, c.lastName, c.preferredChannel?.rawValue, c.locale, c.localeKnown,
                             try json(c.optedOut.map(\.rawValue).sorted()), try json(c.tags.sorted()),
                             c.tierOverride?.description, c.notes,
                             c.onlineBookingBlock?.reason, c.onlineBookingBlock?.by.description, c.onlineBookingBlock?.at.timeIntervalSince1970])
        try db.execute("DELETE FROM client_address WHERE client_id = ?", [c.id.rawValue])
        for (channel, address) in c.addresses.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            try db.execute("INSERT INTO client_address (client_id, channel, address) VALUES (?, ?, ?)", [c.id.rawValue, channel.rawValue, address])
        }
        try db.execute("DELETE FROM attendance_mark WHERE client_id = ?", [c.id.rawValue])
        for m in c.attendance { try insert(m, client: c.id, db) }
    }

    static func insert(_ m: AttendanceMark, client: ClientID, _ db: any SQLExecutor) throws {
        try db.execute("INSERT INTO attendance_mark (client_id, kind, at, appointment_id) VALUES (?, ?, ?, ?)", [client.rawValue, m.kind.rawValue, m.at.timeIntervalSince1970, m.appointmentID?.rawValue])
    }

    /// Reads clients with their addresses and attendance; `whereSQL` filters the client table (alias `c`).
    static func clients(_ db: any SQLExecutor, where whereSQL: String = "TRUE", arguments: SQLArguments = []) throws -> [Client] {
        let rows = try db.rows("SELECT * FROM client c WHERE \(whereSQL) ORDER BY c.id", arguments)
        guard !rows.isEmpty else { return [] }
        let ids = rows.map { $0["id"] as String }
        let marks = ids.count == 1 ? "?" : Array(repeating: "?", count: ids.count).joined(separator: ",")
        var addresses: [String: [Channel: String]] = [:]
        for r in try db.rows("SELECT * FROM client_address WHERE client_id IN (\(marks))", SQLArguments(ids)) {
            if let ch = Channel(rawValue: r["channel"]) { addresses[r["client_id"], default: [:]][ch] = r["address"] }
        }
        var attendance: [String: [AttendanceMark]] = [:]
        for r in try db.rows("SELECT * FROM attendance_mark WHERE client_id IN (\(marks)) ORDER BY at", SQLArguments(ids)) {
            guard let kind = AttendanceMark.Kind(rawValue: r["kind"]) else { continue }
            let appt: String? = r["appointment_id"]
            attendance[r["client_id"], default: []].append(
                AttendanceMark(kind: kind, at: Date(timeIntervalSince1970: r["at"]), appointmentID: appt.map { AppointmentID($0) }))
        }
        return try rows.map { r in
            let id: String = r["id"]
            let preferred: String? = r["preferred_channel"]
            let tier: String? = r["tier_override"]
            let blockReason: String? = r["block_reason"], blockActor: String? = r["block_actor"], blockAt: Double? = r["block_at"]
            let block = blockReason.map { ClientBlock(reason: $0, by: blockActor.flatMap(Actor.init(text:)) ?? .system("unknown"),
                                                      at: Date(timeIntervalSince1970: blockAt ?? 0)) }
            return Client(id: ClientID(id), firstName: r["first_name"], lastName: r["last_name"], addresses: addresses[id] ?? [:],
                          preferredChannel: preferred.flatMap(Channel.init(rawValue:)), locale: r["locale"], localeKnown: r["locale_known"],
                          optedOut: Set(try strings(r["opted_out"], column: "client.opted_out").compactMap(Channel.init(rawValue:))),
                          tags: Set(try strings(r["tags"], column: "client.tags")),
                          attendance: attendance[id] ?? [], tierOverride: tier.flatMap(AttendanceTier.init(text:)),
                          onlineBookingBlock: block, notes: r["notes"])
        }
    }

    // MARK: Appointment

    static let appointmentColumns = """
        id, client_id, service_id, staff_id, location_id, start_at, end_at, price_minor, currency, deposit_kind, deposit_minor,
        status, source, notes, hold_expires_at, cancelled_by, cancel_reason, cancelled_at, cancel_late, cancel_fee_minor,
        created_at, updated_at
        """

    static func arguments(_ a: Appointment) -> SQLArguments {
        let c = a.cancellation
        return [a.id.rawValue, a.clientID.rawValue, a.serviceID.rawValue, a.staffID.rawValue, a.locationID.rawValue,
                seconds(a.start), seconds(a.end), a.price.minorUnits, a.price.currency, a.deposit.kind, a.deposit.amount?.minorUnits,
                a.status.rawValue, a.source.rawValue, a.notes, a.holdExpiresAt.map(seconds), c?.by.description, c?.reason,
                c?.at.timeIntervalSince1970, c.map { $0.late }, c?.fee?.minorUnits,
                a.createdAt.timeIntervalSince1970, a.updatedAt.timeIntervalSince1970]
    }

    /// An appointment from a row selected as `appointmentColumns`, read by position: a slot search decodes thousands
    /// of them, and reading by column name costs several times more.
    static func appointment(_ r: SQLRow) throws -> Appointment {
        guard r.count == 22 else { throw StoreError.unusableDatabase("an appointment row has \(r.count) columns; select appointmentColumns") }
        let currency: String = r[8]
        let depositKind: String = r[9]
        let depositMinor: Int64? = r[10]
        guard let deposit = DepositState(kind: depositKind, amount: depositMinor.map { Money(minorUnits: $0, currency: currency) }),
              let status = AppointmentStatus(rawValue: r[11]),
              let source = BookingSource(rawValue: r[12]) else {
            throw StoreError.unusableDatabase("appointment \(r[0] as String) holds an unknown status, source or deposit")
        }
        var cancellation: Cancellation?
        if let byText: String = r[15], let by = Actor(text: byText) {
            let fee: Int64? = r[19]
            let at: Double? = r[17], late: Bool? = r[18], reason: String? = r[16]
            cancellation = Cancellation(by: by, reason: reason ?? "", at: Date(timeIntervalSince1970: at ?? 0),
                                        late: late ?? false, fee: fee.map { Money(minorUnits: $0, currency: currency) })
        }
        let hold: Int64? = r[14]
        return Appointment(id: AppointmentID(r[0]), clientID: ClientID(r[1]), serviceID: ServiceID(r[2]),
                           staffID: StaffID(r[3]), locationID: LocationID(r[4]),
                           start: date(r[5]), end: date(r[6]),
                           price: Money(minorUnits: r[7], currency: currency), deposit: deposit, status: status,
                           source: source, notes: r[13], holdExpiresAt: hold.map(date), cancellation: cancellation,
                           createdAt: Date(timeIntervalSince1970: r[20]), updatedAt: Date(timeIntervalSince1970: r[21]))
    }

    // MARK: Waitlist

    static func insert(_ w: WaitlistEntry, _ db: any SQLExecutor) throws {
        try db.execute("""
            INSERT INTO waitlist_entry (id, client_id, location_id, service_ids, preferred_staff, windows, flexibility, created_at, expires_at, active)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET client_id = excluded.client_id, location_id = excluded.location_id,
              service_ids = excluded.service_ids, preferred_staff = excluded.preferred_staff, windows = excluded.windows,
              flexibility = excluded.flexibility, expires_at = excluded.expires_at, active = excluded.active
            """, [w.id.rawValue, w.clientID.rawValue, w.locationID.rawValue, try json(w.serviceIDs), try json(w.preferredStaff),
                             try json(w.windows), w.flexibility.rawValue, w.createdAt.timeIntervalSince1970,
                             w.expiresAt?.timeIntervalSince1970, w.active])
    }

    static func waitlistEntry(_ r: SQLRow) throws -> WaitlistEntry {
        let expires: Double? = r["expires_at"]
        return WaitlistEntry(id: WaitlistEntryID(r["id"]), clientID: ClientID(r["client_id"]), locationID: LocationID(r["location_id"]),
                             serviceIDs: try decode([ServiceID].self, r["service_ids"], column: "waitlist_entry.service_ids"),
                             preferredStaff: try decode([StaffID].self, r["preferred_staff"], column: "waitlist_entry.preferred_staff"),
                             windows: try decode([WaitlistWindow].self, r["windows"], column: "waitlist_entry.windows"),
                             flexibility: WaitlistEntry.Flexibility(rawValue: r["flexibility"]) ?? .flexible,
                             createdAt: Date(timeIntervalSince1970: r["created_at"]),
                             expiresAt: expires.map { Date(timeIntervalSince1970: $0) }, active: r["active"])
    }

    // MARK: Audit

    static func insert(_ e: AuditEntry, _ db: any SQLExecutor) throws {
        try db.execute("INSERT INTO audit (at, actor, subject_kind, subject_id, action, detail) VALUES (?, ?, ?, ?, ?, ?)",
                       [e.at.timeIntervalSince1970, e.actor.description, e.subjectKind, e.subjectID, e.action, e.detail])
    }

    /// A status column read back as its enum; a value this program doesn't know means the file was changed by hand or by a
    /// newer SlotKeeper.
    static func status<S: RawRepresentable>(_ raw: String, column: String) throws -> S where S.RawValue == String {
        guard let s = S(rawValue: raw) else { throw StoreError.unusableDatabase("\(column) holds \"\(raw)\", a status this SlotKeeper doesn't know") }
        return s
    }
}
