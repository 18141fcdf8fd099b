import BookingCore
import Conversation
import Foundation
import Store
import Synchronization

/// Bookings changed in an outside calendar (Cal.com). Each change is written in the transaction of the event it causes, with the
/// delivery's idempotency key: the appointment, the client it may bring, the link to the outside id, the messages and the
/// waitlist refill commit together or not at all.
extension Engine {
    /// A booking made outside: our appointment for it, with a new client when nobody is known by that e-mail or phone.
    public func bookExternal(_ b: ExternalBooking, key: String) async throws -> ExternalChangeOutcome {
        let now = self.now
        let appointmentID = AppointmentID(newID("appt")), newClient = ClientID(newID("client"))
        return try await external(key: key) { tx, catalogue in
            if let existing = try tx.externalBooking(source: b.source, id: b.externalID) { throw ExternalChangeStop.unchanged(existing, "already booked") }
            guard b.end > b.start else { throw ExternalChangeStop.unmatched("the booking ends before it starts") }
            let service = try Self.service(for: b, in: catalogue)
            let staff = try Self.staff(for: b, service: service, in: catalogue)
            guard let location = staff.locationIDs.first(where: { id in catalogue.locations.contains { $0.id == id } }) else {
                throw ExternalChangeStop.unmatched("staff member \(staff.id) works at no known location")
            }
            let client = try Self.client(for: b, tx, newID: newClient, now: now)
            let a = Appointment(id: appointmentID, clientID: client, serviceID: service.id, staffID: staff.id, locationID: location, start: b.start,
                                end: b.end, price: service.price, status: .booked, source: .online, notes: b.notes, createdAt: now)
            try tx.book(a, by: .external(b.source))
            // The booking lives in the outside calendar, so SlotKeeper can't hold it for a deposit (a lapsed hold would leave it
            // booked there): a client whose record asks a deposit, or who is blocked from online booking, is handed to staff to
            // take the deposit at the desk or cancel the booking where it was made.
            let policies = catalogue.policies[location] ?? .standard
            let tier = try tx.client(client)?.tier(under: policies.noShow, now: now) ?? .good
            let why: String? = switch tier {
            case .noOnlineBooking: "a client blocked from online booking booked \(service.name) in \(b.source)"
            case .depositRequired(let p): "a client whose record asks a \(p)% deposit (\(service.price.percent(p))) booked \(service.name) in \(b.source) without paying it"
            case .good: nil  // a service's own deposit is the outside calendar's to take (Cal.com's payment app)
            }
            if let why {
                try tx.audit(AuditEntry(at: now, actor: .system("policy"), subjectKind: "appointment", subjectID: a.id.rawValue,
                                        action: tier == .noOnlineBooking ? "blockedOnline" : "depositOwed", detail: why))
                try Self.handToPerson(tx, a.id, client: client, what: "\(why): take the deposit at the desk, or cancel the booking in \(b.source)", now: now)
            }
            try tx.linkExternalBooking(source: b.source, id: b.externalID, to: a.id, at: now)
            return (Resolution(party: .client(client), sender: .client(client), focus: nil, location: location) { [id = a.id] _, _ in .booking(.booked(id)) }, a.id)
        }
    }

    /// A booking cancelled outside: ours is cancelled (by the client when the attendee did it, else by the outside system) and
    /// its slot offered to the waitlist; a paid deposit follows the late-cancel policy.
    public func cancelExternal(source: String, externalID: String, cancelledBy: String?, reason: String?, key: String) async throws
        -> ExternalChangeOutcome {
        let now = self.now
        return try await external(key: key) { tx, catalogue in
            let a = try Self.linked(source: source, ids: [externalID], tx)
            let by = cancelledBy?.lowercased()
            let client = try tx.client(a.clientID)
            let actor: BookingCore.Actor = if let by, client?.addresses[.email] == by { .client(a.clientID) }
                else if let by, let s = catalogue.staff.first(where: { $0.escalationChannel == .email && $0.escalationAddress?.lowercased() == by }) { .staff(s.id) }
                else { .external(source) }
            let words = reason.map { ": \($0.prefix(200))" } ?? ""
            let policies = catalogue.policies[a.locationID] ?? .standard
            let t = try tx.change(a.id, .cancel(reason: "cancelled in \(source)\(words)"), by: actor, at: now, policies: policies)
            try DepositSettlement(tx: tx, now: now).settle(before: a, after: t.appointment)
            try FeeCollection(tx: tx, now: now).settle(t, policies: policies)
            return (Resolution(party: .client(a.clientID), sender: .client(a.clientID), focus: nil, location: a.locationID) { _, _ in
                .booking(.cancelled(a.id))
            }, a.id)
        }
    }

    /// A booking moved outside (it gets a new id there; `previousID` is the old one): ours moves, its old time is offered to the waitlist.
    public func moveExternal(source: String, previousID: String?, externalID: String, start: Date, end: Date, staff: StaffID?, key: String) async throws
        -> ExternalChangeOutcome {
        let now = self.now
        let outcome = try await external(key: key) { tx, catalogue in
            let a = try Self.linked(source: source, ids: [previousID, externalID].compactMap { $0 }, tx)
            try tx.linkExternalBooking(source: source, id: externalID, to: a.id, at: now)
            let newStaff = staff.flatMap { s in catalogue.staff.contains { $0.id == s } ? s : nil }
            if a.start == start && a.end == end && (newStaff ?? a.staffID) == a.staffID { throw ExternalChangeStop.unchanged(a.id, "already at that time") }
            try tx.change(a.id, .move(start: start, end: end, staffID: newStaff, confirmed: false), by: .external(source), at: now,
                          policies: catalogue.policies[a.locationID] ?? .standard)
            return (Resolution(party: .client(a.clientID), sender: .client(a.clientID), focus: nil, location: a.locationID) { _, _ in
                .booking(.moved(a.id, from: a.start))
            }, a.id)
        }
        // Moved to where it already was: nothing changes, but the new outside id must still lead here.
        if case .unchanged(let id, _) = outcome {
            try await store.transaction { tx in try tx.linkExternalBooking(source: source, id: externalID, to: id, at: now) }
        }
        return outcome
    }

    /// Runs an outside change as an event and says what it came to.
    private func external(key: String, _ resolve: @escaping @Sendable (any StoreTransaction, CatalogueCache.Catalogue) throws -> (Resolution, AppointmentID))
        async throws -> ExternalChangeOutcome {
        let applied = Applied()
        do {
            let done = try await run(key: key, inbound: nil, now: now) { tx, catalogue in
                let (resolution, id) = try resolve(tx, catalogue)
                applied.set(id)
                return resolution
            }
            guard done == true, let id = applied.get() else { return .duplicate }
            return .applied(id)
        } catch let stop as ExternalChangeStop {
            switch stop {
            case .unmatched(let why): return .unmatched(why)
            case .unknownBooking(let ids): return .unknownBooking(ids)
            case .unchanged(let a, let why): return .unchanged(a, why)
            }
        } catch let e as StoreError {
            if case .slotTaken(_, let other) = e { return .slotTaken(other) }
            throw e
        } catch let e as LifecycleError {
            return .refused(e.description)
        }
    }

    /// Our appointment for the first of `ids` linked to one, still ahead.
    static func linked(source: String, ids: [String], _ tx: any StoreTransaction) throws -> Appointment {
        guard let id = try ids.lazy.compactMap({ try tx.externalBooking(source: source, id: $0) }).first, let a = try tx.appointment(id) else {
            throw ExternalChangeStop.unknownBooking(ids.joined(separator: ", "))
        }
        guard a.status.isUpcoming else { throw ExternalChangeStop.unchanged(a.id, "already \(a.status.rawValue)") }
        return a
    }

    /// The service: the configured one, else the first of the outside names that matches one of ours by name or id.
    static func service(for b: ExternalBooking, in catalogue: CatalogueCache.Catalogue) throws -> Service {
        if let id = b.service {
            guard let s = catalogue.services[id] else { throw ExternalChangeStop.unmatched("the configured service \"\(id)\" does not exist") }
            return s
        }
        let services = catalogue.services.values.sorted { $0.id.rawValue < $1.id.rawValue }
        for name in b.serviceNames.map(slug) where !name.isEmpty {
            if let s = services.first(where: { slug($0.name) == name || slug($0.id.rawValue) == name }) { return s }
        }
        throw ExternalChangeStop.unmatched("no service matches \(b.serviceNames.map { "\"\($0)\"" }.joined(separator: " or "))")
    }

    /// The staff member: the configured one, else the one who takes escalations at the organizer's e-mail, else the only one
    /// who offers the service.
    static func staff(for b: ExternalBooking, service: Service, in catalogue: CatalogueCache.Catalogue) throws -> StaffMember {
        if let id = b.staff {
            guard let s = catalogue.staff.first(where: { $0.id == id }) else { throw ExternalChangeStop.unmatched("the configured staff member \"\(id)\" does not exist") }
            return s
        }
        if let email = b.organizerEmail?.lowercased(),
           let s = catalogue.staff.first(where: { $0.escalationChannel == .email && $0.escalationAddress?.lowercased() == email }) {
            return s
        }
        let offering = catalogue.staff.filter { $0.active && $0.serviceIDs.contains(service.id) }
        if offering.count == 1 { return offering[0] }
        throw ExternalChangeStop.unmatched("no staff member matches the organizer \(b.organizerEmail.map { "\"\($0)\"" } ?? "(none given)")")
    }

    /// The client: whoever has the attendee's e-mail or phone, else a new client with them.
    static func client(for b: ExternalBooking, _ tx: any StoreTransaction, newID: ClientID, now: Date) throws -> ClientID {
        let email = b.attendee.email.flatMap { try? ContactAddress.validate($0, for: .email).get() }
        let phone = b.attendee.phone.flatMap { try? ContactAddress.validate($0, for: .sms).get() }
        if let email, let c = try tx.client(channel: .email, address: email) { return c.id }
        if let phone, let c = try tx.client(channel: .sms, address: phone) ?? tx.client(channel: .whatsapp, address: String(phone.dropFirst())) {
            return c.id
        }
        var addresses: [Channel: String] = [:]
        if let email { addresses[.email] = email }
        if let phone { addresses[.sms] = phone }
        guard !addresses.isEmpty else { throw ExternalChangeStop.unmatched("the attendee has neither a usable e-mail address nor a phone number") }
        let words = b.attendee.name.split(separator: " ").map(String.init)
        let first = b.attendee.firstName.flatMap { $0.isEmpty ? nil : $0 } ?? words.first ?? "Guest"
        let last = b.attendee.lastName.flatMap { $0.isEmpty ? nil : $0 } ?? words.dropFirst().joined(separator: " ")
        let client = Client(id: newID, firstName: first, lastName: last, addresses: addresses, preferredChannel: phone != nil ? .sms : .email,
                            locale: b.attendee.locale ?? "en", localeKnown: b.attendee.locale != nil, notes: "added from a \(b.source) booking")
        try tx.add(client)
        try tx.audit(AuditEntry(at: now, actor: .external(b.source), subjectKind: "client", subjectID: newID.rawValue, action: "added",
                                detail: "from booking \(b.externalID)"))
        return newID
    }

    /// `Deep Tissue Massage` → `deep-tissue-massage`, the way calendar tools write an event type's slug.
    public static func slug(_ s: String) -> String {
        s.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: "-")
    }
}

/// The appointment an outside change applied to, handed out of the event's transaction.
private final class Applied: Sendable {
    private let value = Mutex<AppointmentID?>(nil)
    func set(_ id: AppointmentID) { value.withLock { $0 = id } }
    func get() -> AppointmentID? { value.withLock { $0 } }
}
