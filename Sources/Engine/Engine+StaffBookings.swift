import BookingCore
import Conversation
import Foundation
import Store

/// A visit staff book for a client (on the dashboard or through the admin API).
public struct StaffBooking: Hashable, Sendable {
    /// The new appointment's id.
    public var id: AppointmentID
    /// Who comes.
    public var clientID: ClientID
    /// What for; it gives the length and the price.
    public var serviceID: ServiceID
    /// With whom.
    public var staffID: StaffID
    /// Where; nil when the staff member works at one location only.
    public var locationID: LocationID?
    /// The start, or a wall-clock time to read in the location's zone.
    public var start: BookingTime
    /// Notes for staff.
    public var notes: String
    /// How the booking came (`api` for the admin API).
    public var source: BookingSource
    /// A manager books a client whose record (or a manual block) closed online booking to them: who and why.
    public var override: BookingOverride?
    /// Book without the deposit the service or the client's tier asks for (audited with the override's who and why).
    public var waiveDeposit: Bool
    /// The client chose the time themselves (the booking page): the visit starts confirmed, and they get a receipt with its link.
    public var chosenByClient: Bool

    /// A booking request.
    public init(id: AppointmentID, clientID: ClientID, serviceID: ServiceID, staffID: StaffID, locationID: LocationID?, start: BookingTime,
                notes: String = "", source: BookingSource = .api, override: BookingOverride? = nil, waiveDeposit: Bool = false,
                chosenByClient: Bool = false) {
        self.chosenByClient = chosenByClient
        self.id = id
        self.clientID = clientID
        self.serviceID = serviceID
        self.staffID = staffID
        self.locationID = locationID
        self.start = start
        self.notes = notes
        self.source = source
        self.override = override
        self.waiveDeposit = waiveDeposit
    }
}

/// Staff book past a rule on purpose: who did it and why, kept in the audit trail.
public struct BookingOverride: Hashable, Sendable {
    public var by: Actor
    public var reason: String

    public init(by: Actor, reason: String) {
        self.by = by
        self.reason = reason
    }
}

/// A start time as given: an instant, or a wall-clock time in the location's own zone.
public enum BookingTime: Hashable, Sendable {
    /// An instant (given with a zone or an offset).
    case instant(Date)
    /// A wall-clock time, read in the location's zone.
    case local(LocalDateTime)

    /// The instant, reading a wall-clock time in `zone`.
    public func instant(in zone: TimeZone) -> Date {
        switch self {
        case .instant(let d): d
        case .local(let l): l.instant(in: zone)
        }
    }
}

/// Why a visit staff asked for can't be booked or moved there; nothing was written.
public enum BookingRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    /// No client with this id.
    case unknownClient(ClientID)
    /// No service with this id.
    case unknownService(ServiceID)
    /// No staff member with this id.
    case unknownStaff(StaffID)
    /// No location with this id.
    case unknownLocation(LocationID)
    /// The staff member doesn't work at that location.
    case staffNotAtLocation(StaffID, LocationID)
    /// The staff member works at several locations: say which.
    case locationNeeded(StaffID, [LocationID])
    /// The staff member doesn't perform the service.
    case staffDoesNotPerform(StaffID, ServiceID)
    /// The start is not after now.
    case inThePast(Date)
    /// Outside the location's or the staff member's hours, on a closure day, in time off, or off the minute: why, in words.
    case unavailable(String)
    /// The appointment is no longer upcoming (done, cancelled, a no-show).
    case notUpcoming(AppointmentID, AppointmentStatus)
    /// The client may not be booked without a staff override: why (their record or a manual block).
    case clientBlocked(ClientID, String)
    /// Waiving a deposit needs an override saying who and why.
    case overrideNeeded(String)
    /// The appointment is not a no-show, so there is nothing to undo.
    case notANoShow(AppointmentID, AppointmentStatus)

    /// What is wrong, for a person.
    public var description: String {
        switch self {
        case .unknownClient(let id): "no client with id \"\(id)\""
        case .unknownService(let id): "no service with id \"\(id)\""
        case .unknownStaff(let id): "no staff member with id \"\(id)\""
        case .unknownLocation(let id): "no location with id \"\(id)\""
        case .staffNotAtLocation(let s, let l): "\(s) does not work at \(l)"
        case .locationNeeded(let s, let ls): "\(s) works at \(ls.map(\.rawValue).joined(separator: " and ")): say which location"
        case .staffDoesNotPerform(let s, let service): "\(s) does not perform \(service)"
        case .inThePast(let d): "\(d.formatted(.iso8601)) is not in the future"
        case .unavailable(let why): why
        case .notUpcoming(let id, let status): "appointment \(id) is \(status.rawValue); only upcoming appointments can be changed"
        case .clientBlocked(let id, let why): "client \(id) is blocked from booking (\(why)); a manager can book them with an override saying who and why"
        case .overrideNeeded(let what): "\(what) needs an override saying who and why"
        case .notANoShow(let id, let status): "appointment \(id) is \(status.rawValue), not a no-show; there is nothing to undo"
        }
    }
}

extension Engine {
    /// The engine's "now" (the same clock its events use), for callers that check times before asking for a change.
    public nonisolated func currentTime() -> Date { clock.now() }

    /// Books a visit staff asked for, together with the booking event on the client's thread (reminders get scheduled),
    /// in one transaction with `key`: outside hours or in time off it throws `BookingRefusal`, when the staff member is
    /// busy then `StoreError.slotTaken`, and writes nothing. Returns false when `key` was applied before.
    @discardableResult
    public func book(_ request: StaffBooking, by actor: Actor, key: String) async throws -> Bool {
        let now = self.now
        return try await run(key: key, inbound: nil, now: now) { tx, catalogue in
            guard let client = try tx.client(request.clientID) else { throw BookingRefusal.unknownClient(request.clientID) }
            guard let service = catalogue.services[request.serviceID] else { throw BookingRefusal.unknownService(request.serviceID) }
            guard let member = catalogue.staff.first(where: { $0.id == request.staffID }) else { throw BookingRefusal.unknownStaff(request.staffID) }
            let location = try Self.location(request.locationID, for: member, catalogue)
            guard member.performs(service.id) else { throw BookingRefusal.staffDoesNotPerform(member.id, service.id) }
            let start = request.start.instant(in: location.timeZone)
            let end = start.addingTimeInterval(Double(service.durationMinutes) * 60)
            try Self.checkBookable(start: start, end: end, service: service, member: member, location: location, excluding: nil, now: now,
                                   tx: tx, catalogue: catalogue)
            var appointment = Appointment(id: request.id, clientID: client.id, serviceID: service.id, staffID: member.id, locationID: location.id,
                                          start: start, end: end, price: service.price, status: request.chosenByClient ? .confirmed : .booked,
                                          source: request.source, createdAt: now)
            appointment.notes = request.notes
            // The business's rules hold at the front desk too: a blocked client only with an override, a deposit where one is due.
            let policies = catalogue.policies[location.id] ?? .standard
            let tier = client.tier(under: policies.noShow, now: now)
            if tier == .noOnlineBooking {
                guard let override = request.override else { throw BookingRefusal.clientBlocked(client.id, Self.blockReason(client, policies, now)) }
                try tx.audit(AuditEntry(at: now, actor: override.by, subjectKind: "appointment", subjectID: appointment.id.rawValue,
                                        action: "blockOverridden", detail: "\(client.id) booked despite: \(Self.blockReason(client, policies, now)); \(override.reason)"))
            }
            var creditUsed: Money?
            let hold = DepositHold(tx: tx, now: now)
            if let due = service.depositDue(tier: tier) {
                if request.waiveDeposit {
                    guard let override = request.override else { throw BookingRefusal.overrideNeeded("waiving the \(due) deposit") }
                    try tx.audit(AuditEntry(at: now, actor: override.by, subjectKind: "appointment", subjectID: appointment.id.rawValue,
                                            action: "depositWaived", detail: "\(due) not asked of \(client.id): \(override.reason)"))
                } else {
                    creditUsed = try hold.apply(due: due, to: &appointment, holdMinutes: policies.depositHoldMinutes)
                }
            }
            try tx.book(appointment, by: actor)
            try hold.record(appointment, creditUsed: creditUsed)
            let id = appointment.id
            return Resolution(party: .client(client.id), sender: .client(client.id), focus: id, client: client,
                              location: location.id) { [online = request.chosenByClient] _, _ in .booking(online ? .bookedOnline(id) : .booked(id)) }
        } ?? false
    }

    /// Moves a visit to `start` (and optionally to another staff member at the same location), keeping its length, with
    /// the move event on the client's thread (they are told, reminders start again, the old time goes to the waitlist),
    /// in one transaction with `key`. Refusals are as for `book`. Returns false when `key` was applied before.
    @discardableResult
    public func move(_ id: AppointmentID, to start: BookingTime, staff: StaffID?, by actor: Actor, key: String) async throws -> Bool {
        let now = self.now
        return try await run(key: key, inbound: nil, now: now) { tx, catalogue in
            guard let a = try tx.appointment(id) else { throw StoreError.notFound(kind: "appointment", id: id.rawValue) }
            guard a.status.isUpcoming else { throw BookingRefusal.notUpcoming(id, a.status) }
            guard let service = catalogue.services[a.serviceID] else { throw BookingRefusal.unknownService(a.serviceID) }
            let staffID = staff ?? a.staffID
            guard let member = catalogue.staff.first(where: { $0.id == staffID }) else { throw BookingRefusal.unknownStaff(staffID) }
            guard let location = catalogue.locations.first(where: { $0.id == a.locationID }) else { throw BookingRefusal.unknownLocation(a.locationID) }
            guard member.locationIDs.contains(location.id) else { throw BookingRefusal.staffNotAtLocation(member.id, location.id) }
            guard member.performs(service.id) else { throw BookingRefusal.staffDoesNotPerform(member.id, service.id) }
            let newStart = start.instant(in: location.timeZone)
            let newEnd = newStart.addingTimeInterval(a.end.timeIntervalSince(a.start))
            try Self.checkBookable(start: newStart, end: newEnd, service: service, member: member, location: location, excluding: a.id, now: now,
                                   tx: tx, catalogue: catalogue)
            try tx.change(id, .move(start: newStart, end: newEnd, staffID: staff, confirmed: false), by: actor, at: now,
                          policies: catalogue.policies[location.id] ?? .standard)
            return Resolution(party: .client(a.clientID), sender: .client(a.clientID), focus: id, location: location.id) { _, _ in
                .booking(.moved(id, from: a.start))
            }
        } ?? false
    }

    /// Free slots for a service in `[from, to)`: at one location or every location, with one staff member or anyone who
    /// performs it, on each location's slot grid, honouring hours, closures, time off, buffers and every booking.
    public nonisolated func freeSlots(service serviceID: ServiceID, from: Date, to: Date, staff: StaffID?, location: LocationID?) async throws -> [Slot] {
        let books = self.books, catalogue = self.catalogue, now = clock.now()
        return try await store.read { tx in
            guard let service = try tx.services().first(where: { $0.id == serviceID }) else { throw BookingRefusal.unknownService(serviceID) }
            let allStaff = try tx.staff()
            if let staff, !allStaff.contains(where: { $0.id == staff }) { throw BookingRefusal.unknownStaff(staff) }
            var locations = try tx.locations()
            if let location {
                locations = locations.filter { $0.id == location }
                if locations.isEmpty { throw BookingRefusal.unknownLocation(location) }
            }
            var slots: [Slot] = []
            let book = try books.book(tx, catalogue: catalogue.catalogue(tx), now: now)
            for l in locations {
                let team = allStaff.filter { $0.locationIDs.contains(l.id) }
                var busy = book.calendar()
                for s in team { busy.add(timeOff: s.timeOff, for: s.id) }
                let grid = try tx.policies(for: l.id).slotGridMinutes
                slots += SlotSearch.freeSlots(SlotQuery(service: service, staffID: staff, from: from, to: to, gridMinutes: grid),
                                              location: l, staff: team, busy: busy)
            }
            return slots.sorted { ($0.start, $0.locationID.rawValue, $0.staffID.rawValue) < ($1.start, $1.locationID.rawValue, $1.staffID.rawValue) }
        }
    }

    /// Undoes a no-show marked by mistake: the visit counts as attended, the mark leaves the client's record (and with it the
    /// tier it earned), a win-back invitation still pending is dropped; in one transaction with `key`.
    public func reinstate(_ id: AppointmentID, by staff: StaffID, key: String) async throws {
        guard let a = try await store.appointment(id) else { throw StoreError.notFound(kind: "appointment", id: id.rawValue) }
        if a.status != .noShow, try await !store.read({ try $0.isProcessed(key) }) { throw BookingRefusal.notANoShow(id, a.status) }
        try await staffAction(.reinstate(id, by: staff), key: key)
    }

    /// Why a client is blocked, in words for staff.
    static func blockReason(_ client: Client, _ policies: Policies, _ now: Date) -> String {
        if let block = client.onlineBookingBlock { return "blocked by \(block.by): \(block.reason)" }
        if client.tierOverride == .noOnlineBooking { return "tier set to blocked by staff" }
        let marks = client.attendance.filter { $0.kind != .attended && $0.at >= now.addingTimeInterval(-Double(policies.noShow.lookbackDays) * 86_400) }
        let noShows = marks.filter { $0.kind == .noShow }.count, late = marks.count - noShows
        return "\(noShows) no-show\(noShows == 1 ? "" : "s")" + (late > 0 ? " and \(late) late cancellation\(late == 1 ? "" : "s")" : "")
            + " in the last \(policies.noShow.lookbackDays) days"
    }

    // MARK: Checks

    /// The location of a staff booking: the one named (where the staff member must work), else their only one.
    static func location(_ id: LocationID?, for member: StaffMember, _ catalogue: CatalogueCache.Catalogue) throws -> Location {
        if let id {
            guard let location = catalogue.locations.first(where: { $0.id == id }) else { throw BookingRefusal.unknownLocation(id) }
            guard member.locationIDs.contains(id) else { throw BookingRefusal.staffNotAtLocation(member.id, id) }
            return location
        }
        let known = member.locationIDs.filter { l in catalogue.locations.contains { $0.id == l } }
        guard known.count == 1, let location = catalogue.locations.first(where: { $0.id == known[0] }) else {
            throw BookingRefusal.locationNeeded(member.id, known)
        }
        return location
    }

    /// Refuses `[start, end)` with `member` when it is in the past, outside hours, on a closure, in time off, or busy
    /// (another visit or its buffers: `StoreError.slotTaken` naming it). `excluding` is the visit being moved.
    static func checkBookable(start: Date, end: Date, service: Service, member: StaffMember, location: Location, excluding: AppointmentID?,
                              now: Date, tx: any StoreTransaction, catalogue: CatalogueCache.Catalogue) throws {
        guard start > now else { throw BookingRefusal.inThePast(start) }
        guard Int(start.timeIntervalSince1970) % 60 == 0 else { throw BookingRefusal.unavailable("the start must be on a whole minute") }
        guard member.active else { throw BookingRefusal.unavailable("\(member.name) is not taking appointments (inactive)") }
        let zone = location.timeZone
        let from = LocalDateTime(start, in: zone), until = LocalDateTime(end.addingTimeInterval(-1), in: zone)
        let day = "\(from.date.weekday.rawValue.capitalized) \(from.date)"
        let span = "\(from.time)-\(LocalDateTime(end, in: zone).time)"
        guard from.date == until.date else { throw BookingRefusal.unavailable("\(span) on \(day) runs past midnight at \(location.name)") }
        if location.closures.contains(from.date) { throw BookingRefusal.unavailable("\(location.name) is closed on \(day)") }
        let startMinute = from.time.minutes, endMinute = startMinute + Int(end.timeIntervalSince(start) / 60)
        func within(_ ranges: [LocalTimeRange]) -> Bool {
            ranges.contains { $0.start.minutes <= startMinute && endMinute <= $0.end.minutes }
        }
        func hours(_ ranges: [LocalTimeRange]) -> String { ranges.isEmpty ? "closed" : ranges.map(\.description).joined(separator: ", ") }
        let open = location.openingHours.ranges(on: from.date.weekday)
        guard within(open) else {
            throw BookingRefusal.unavailable("\(span) on \(day) is outside \(location.name)'s opening hours (\(hours(open)))")
        }
        let working = member.workingHours.ranges(on: from.date.weekday)
        guard within(working) else {
            throw BookingRefusal.unavailable("\(span) on \(day) is outside \(member.name)'s working hours (\(working.isEmpty ? "not working" : hours(working)))")
        }
        if let off = member.timeOff.first(where: { $0.start < end && start < $0.end }) {
            throw BookingRefusal.unavailable("\(member.name) is off from \(off.start.formatted(.iso8601)) to \(off.end.formatted(.iso8601))")
        }
        // Another visit of this staff member (anywhere), with both visits' buffers.
        let before = Double(service.bufferBeforeMinutes * 60), after = Double(service.bufferAfterMinutes * 60)
        let nearby = try Self.appointments(tx, of: member, from: start.addingTimeInterval(-before - 86_400), to: end.addingTimeInterval(after + 86_400))
        for other in nearby where other.holdsSlot && other.id != excluding {
            let s = catalogue.services[other.serviceID]
            let otherStart = other.start.addingTimeInterval(-Double((s?.bufferBeforeMinutes ?? 0) * 60))
            let otherEnd = other.end.addingTimeInterval(Double((s?.bufferAfterMinutes ?? 0) * 60))
            if otherStart < end.addingTimeInterval(after) && start.addingTimeInterval(-before) < otherEnd {
                throw StoreError.slotTaken(staff: member.id, conflicting: other.id)
            }
        }
    }

    /// A staff member's appointments at any of their locations overlapping `[from, to)`.
    static func appointments(_ tx: any StoreTransaction, of member: StaffMember, from: Date, to: Date) throws -> [Appointment] {
        try member.locationIDs.flatMap { try tx.appointments(at: $0, from: from, to: to) }.filter { $0.staffID == member.id }
    }
}
