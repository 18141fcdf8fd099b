import Foundation

/// A calendar day in a location's own zone, counted as days since 1970-01-01.
///
/// Civil-date arithmetic is done by hand (Howard Hinnant's days-from-civil
/// algorithm) so slot search never pays for `Calendar` in its inner loops.
public struct LocalDate: Hashable, Comparable, Sendable, TextCodable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public var daysSinceEpoch: Int

    public init(daysSinceEpoch: Int) { self.daysSinceEpoch = daysSinceEpoch }

    /// A date from its year, month (1–12) and day (1–31); nil when the day does not exist.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= LocalDate.daysIn(month: month, year: year) else { return nil }
        daysSinceEpoch = LocalDate.days(year: year, month: month, day: day)
    }

    /// Days since 1970-01-01 of a civil date (proleptic Gregorian), without checking that the day exists.
    public static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso: some StringProtocol) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Year, month and day of this date.
    public var components: (year: Int, month: Int, day: Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        let index = ((daysSinceEpoch % 7) + 7 + 3) % 7 // 0 = Monday
        return Weekday.allCases[index]
    }

    /// The date `days` later (or earlier when negative).
    public func adding(days: Int) -> LocalDate { LocalDate(daysSinceEpoch: daysSinceEpoch + days) }

    /// `YYYY-MM-DD`.
    public var description: String {
        // By hand rather than `String(format:)`: every message's stored variables write dates.
        let c = components
        let year = String(c.year)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year + (c.month < 10 ? "-0" : "-") + String(c.month)
            + (c.day < 10 ? "-0" : "-") + String(c.day)
    }

    public static func < (a: LocalDate, b: LocalDate) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }

    public init?(codingText: String) { self.init(iso: codingText) }
    public var codingText: String { description }
    public static let textFormHint = "a YYYY-MM-DD date"

    /// How many days a month has.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }


}

/// A day of the week, Monday first (ISO 8601).
public enum Weekday: String, CaseIterable, Sendable, Codable, CodingKeyRepresentable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    /// Three-letter English abbreviation as used in configuration files (`mon`).
    public var short: String { String(rawValue.prefix(3)) }

    /// Accepts `mon`, `monday`, `Mon`, `MONDAY`.
    public init?(name: some StringProtocol) {
        let lowered = name.lowercased()
        guard let day = Weekday.allCases.first(where: { $0.rawValue == lowered || $0.short == lowered }) else { return nil }
        self = day
    }
}
