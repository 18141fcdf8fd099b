/// A wall-clock time of day, in minutes after local midnight (0…1440).
public struct LocalTime: Hashable, Comparable, Sendable, TextCodable, CustomStringConvertible {
    /// Minutes after midnight; 1440 stands for the end of the day.
    public var minutes: Int

    public init(minutes: Int) { self.minutes = minutes }

    public init?(hour: Int, minute: Int = 0) {
        guard (0...24).contains(hour), (0...59).contains(minute), hour * 60 + minute <= 1440 else { return nil }
        minutes = hour * 60 + minute
    }

    /// Parses `HH:MM` (or `H:MM`); `24:00` is the end of the day.
    public init?(text: some StringProtocol) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(hour: h, minute: m)
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    /// `HH:MM`.
    public var description: String {
        let h = hour, m = minute
        return (h < 10 ? "0" : "") + String(h) + ":" + (m < 10 ? "0" : "") + String(m)
    }

    public static func < (a: LocalTime, b: LocalTime) -> Bool { a.minutes < b.minutes }

    public init?(codingText: String) { self.init(text: codingText) }
    public var codingText: String { description }
    public static let textFormHint = "an HH:MM time"


}

/// A stretch of wall-clock time within one day, `start` inclusive, `end` exclusive.
public struct LocalTimeRange: Hashable, Sendable, TextCodable, CustomStringConvertible {
    public var start: LocalTime
    public var end: LocalTime

    public init(start: LocalTime, end: LocalTime) {
        self.start = start
        self.end = end
    }

    /// Parses `09:00-20:00` (an en dash is accepted too). The end must be after the start.
    public init?(text: some StringProtocol) {
        let normalized = text.replacingOccurrences(of: "–", with: "-")
        let parts = normalized.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let s = LocalTime(text: parts[0]), let e = LocalTime(text: parts[1]), s < e else { return nil }
        self.init(start: s, end: e)
    }

    public var description: String { "\(start)-\(end)" }

    public init?(codingText: String) { self.init(text: codingText) }
    public var codingText: String { description }
    public static let textFormHint = "an HH:MM-HH:MM range"


}

/// Opening or working hours for each day of the week; a day with no ranges is closed.
public struct WeeklyHours: Hashable, Sendable, Codable {
    /// Ranges per weekday, sorted and non-overlapping.
    public private(set) var days: [Weekday: [LocalTimeRange]]

    public init(_ days: [Weekday: [LocalTimeRange]] = [:]) {
        self.days = days.mapValues { $0.sorted { $0.start < $1.start } }
    }

    /// The same ranges on each of the given days.
    public static func every(_ weekdays: [Weekday], _ ranges: [LocalTimeRange]) -> WeeklyHours {
        WeeklyHours(Dictionary(uniqueKeysWithValues: weekdays.map { ($0, ranges) }))
    }

    /// The ranges of one weekday (empty when closed).
    public func ranges(on day: Weekday) -> [LocalTimeRange] { days[day] ?? [] }

    /// Earliest opening and latest closing across the week, used to settle a bare hour ("at 4").
    public var span: LocalTimeRange? {
        let all = days.values.flatMap { $0 }
        guard let s = all.map(\.start).min(), let e = all.map(\.end).max() else { return nil }
        return LocalTimeRange(start: s, end: e)
    }

    /// Ranges that overlap each other on one day, if any (a configuration mistake).
    public func overlappingDay() -> Weekday? {
        for (day, ranges) in days {
            for (a, b) in zip(ranges, ranges.dropFirst()) where b.start < a.end { return day }
        }
        return nil
    }
}
