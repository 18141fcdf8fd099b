import Foundation

/// A client waiting for an earlier or a specific slot.
public struct WaitlistEntry: Hashable, Sendable, Codable, Identifiable {
    /// How far the client will bend: the ranking prefers those who fit exactly.
    public enum Flexibility: Int, Hashable, Sendable, Codable, Comparable, CaseIterable {
        /// Only the windows given.
        case exact = 0
        /// The windows give or take a couple of hours.
        case flexible = 1
        /// Any time the location is open.
        case anytime = 2

        public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    }

    public var id: WaitlistEntryID
    public var clientID: ClientID
    public var locationID: LocationID
    /// Any of these services will do.
    public var serviceIDs: [ServiceID]
    /// Staff the client wants; empty means anyone.
    public var preferredStaff: [StaffID]
    public var windows: [WaitlistWindow]
    public var flexibility: Flexibility
    public var createdAt: Date
    public var expiresAt: Date?
    public var active: Bool

    public init(id: WaitlistEntryID, clientID: ClientID, locationID: LocationID, serviceIDs: [ServiceID], preferredStaff: [StaffID] = [],
                windows: [WaitlistWindow] = [], flexibility: Flexibility = .flexible, createdAt: Date, expiresAt: Date? = nil, active: Bool = true) {
        self.id = id
        self.clientID = clientID
        self.locationID = locationID
        self.serviceIDs = serviceIDs
        self.preferredStaff = preferredStaff
        self.windows = windows
        self.flexibility = flexibility
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.active = active
    }

    /// Whether the entry still waits at `now`.
    public func isOpen(at now: Date) -> Bool { active && (expiresAt.map { now < $0 } ?? true) }

    /// How well a slot fits: nil when it doesn't, 0 for an exact fit, higher for looser ones.
    public func fit(service: ServiceID, staff: StaffID, start: LocalDateTime, durationMinutes: Int) -> Int? {
        guard serviceIDs.contains(service) else { return nil }
        if !preferredStaff.isEmpty && !preferredStaff.contains(staff) { return nil }
        if windows.isEmpty { return 1 }
        let end = start.time.minutes + durationMinutes
        if windows.contains(where: { $0.contains(date: start.date, from: start.time.minutes, to: end, slack: 0) }) { return 0 }
        switch flexibility {
        case .exact: return nil
        case .flexible: return windows.contains(where: { $0.contains(date: start.date, from: start.time.minutes, to: end, slack: 120) }) ? 1 : nil
        case .anytime: return 2
        }
    }
}

/// When a waitlisted client can come: a date range (or every day) and hours, optionally on some weekdays only.
public struct WaitlistWindow: Hashable, Sendable, Codable {
    public var from: LocalDate?
    public var to: LocalDate?
    /// Empty means every day.
    public var weekdays: Set<Weekday>
    public var hours: LocalTimeRange

    public init(from: LocalDate? = nil, to: LocalDate? = nil, weekdays: Set<Weekday> = [], hours: LocalTimeRange) {
        self.from = from
        self.to = to
        self.weekdays = weekdays
        self.hours = hours
    }

    /// Whether `[fromMinute, toMinute)` on `date` lies inside the window, widened by `slack` minutes either side.
    public func contains(date: LocalDate, from fromMinute: Int, to toMinute: Int, slack: Int) -> Bool {
        if let f = from, date < f { return false }
        if let t = to, date > t { return false }
        if !weekdays.isEmpty && !weekdays.contains(date.weekday) { return false }
        return fromMinute >= hours.start.minutes - slack && toMinute <= hours.end.minutes + slack
    }
}
