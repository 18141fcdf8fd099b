import Foundation

/// A place where clients are seen, with its own time zone and hours.
public struct Location: Hashable, Sendable, Codable, Identifiable {
    public var id: LocationID
    public var name: String
    /// IANA zone name, e.g. `Europe/London`; validated by `validate()`.
    public var timeZoneIdentifier: String
    public var openingHours: WeeklyHours
    /// Days the location is shut (holidays), in its own calendar.
    public var closures: Set<LocalDate>
    /// Local hours in which nothing but a direct answer is sent, e.g. 21:00-08:00 (may cross midnight).
    public var quietHours: QuietHours
    public var address: String?
    public var phone: String?

    public init(id: LocationID, name: String, timeZoneIdentifier: String, openingHours: WeeklyHours,
                closures: Set<LocalDate> = [], quietHours: QuietHours = .default, address: String? = nil, phone: String? = nil) {
        self.id = id
        self.name = name
        self.timeZoneIdentifier = timeZoneIdentifier
        self.openingHours = openingHours
        self.closures = closures
        self.quietHours = quietHours
        self.address = address
        self.phone = phone
    }

    /// The zone; falls back to UTC only for a location that skipped validation.
    public var timeZone: TimeZone { TimeZone(identifier: timeZoneIdentifier) ?? TimeZone(identifier: "UTC")! }

    /// Problems a person must fix, each naming the field.
    public func validate() -> [FieldProblem] {
        var problems: [FieldProblem] = []
        if name.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(.init("name", "must not be empty")) }
        if !Location.isKnownZone(timeZoneIdentifier) {
            problems.append(.init("timeZone", "unknown time zone \"\(timeZoneIdentifier)\" (use an IANA name such as Europe/London)"))
        }
        if let day = openingHours.overlappingDay() { problems.append(.init("hours", "ranges overlap on \(day.rawValue)")) }
        return problems
    }

    /// Whether `name` is an IANA zone this system knows (abbreviations such as "EST" are refused).
    public static func isKnownZone(_ name: String) -> Bool {
        name == "UTC" || knownZones.contains(name)
    }

    private static let knownZones = Set(TimeZone.knownTimeZoneIdentifiers)
}

/// The wall-clock hours in which only direct answers may be sent.
public struct QuietHours: Hashable, Sendable, Codable {
    /// Quiet from this time…
    public var start: LocalTime
    /// …until this time, possibly on the next day.
    public var end: LocalTime

    public init(start: LocalTime, end: LocalTime) {
        self.start = start
        self.end = end
    }

    /// Parses `21:00-08:00`; the end may be on the next day.
    public init?(text: some StringProtocol) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let start = LocalTime(text: parts[0]), let end = LocalTime(text: parts[1]) else { return nil }
        self.init(start: start, end: end)
    }

    /// 21:00 to 08:00, the US federal window's complement.
    public static let `default` = QuietHours(start: LocalTime(minutes: 21 * 60), end: LocalTime(minutes: 8 * 60))

    /// Whether the wall-clock time `t` is quiet.
    public func contains(_ t: LocalTime) -> Bool {
        start <= end ? (t >= start && t < end) : (t >= start || t < end)
    }

    /// The first instant at or after `instant` that is not quiet in `zone`.
    public func nextAllowed(after instant: Date, in zone: TimeZone) -> Date {
        let local = LocalDateTime(instant, in: zone)
        guard contains(local.time) else { return instant }
        let day = (start > end && local.time >= start) ? local.date.adding(days: 1) : local.date
        return ZoneDay(day, in: zone).instant(at: end)
    }
}

/// A problem with one field of one record, for messages like `clients.csv:14: phone: …`.
public struct FieldProblem: Hashable, Sendable, CustomStringConvertible {
    public var field: String
    public var message: String

    public init(_ field: String, _ message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { "\(field): \(message)" }
}
