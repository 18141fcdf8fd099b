import BookingCore
import Foundation

/// Wall-clock arithmetic in one time zone: civil days and minutes, turned into instants with the
/// zone's offset for that very instant, so daylight-saving changes come out right.
struct WallClock: Sendable {
    let zone: TimeZone

    /// Days since 1970-01-01 for a civil date (proleptic Gregorian).
    static func days(year: Int, month: Int, day: Int) -> Int { LocalDate.days(year: year, month: month, day: day) }

    /// The civil date of a day number.
    static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) { LocalDate(daysSinceEpoch: days).components }

    /// 0 = Monday … 6 = Sunday.
    static func weekday(_ days: Int) -> Int { ((days % 7) + 7 + 3) % 7 }

    static func daysInMonth(year: Int, month: Int) -> Int { LocalDate.daysIn(month: month, year: year) }

    /// The local day number and second of the day of an instant.
    func local(_ date: Date) -> (day: Int, second: Int) {
        let t = Int(date.timeIntervalSince1970.rounded(.down)) + zone.secondsFromGMT(for: date)
        let day = t >= 0 ? t / 86400 : (t - 86399) / 86400
        return (day, t - day * 86400)
    }

    /// The instant of a wall-clock time; a time skipped by a spring-forward change moves forward.
    func instant(day: Int, minute: Int, second: Int = 0) -> Date {
        let wall = day * 86400 + minute * 60 + second
        let guess = wall - zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(wall)))
        let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(guess)))
        let t = wall - offset
        if offset != wall - guess {
            // Check which offset really gives this wall time.
            let recheck = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(t)))
            if recheck == offset { return Date(timeIntervalSince1970: TimeInterval(t)) }
            return Date(timeIntervalSince1970: TimeInterval(wall - recheck))
        }
        return Date(timeIntervalSince1970: TimeInterval(t))
    }

    /// ISO 8601 with the zone's offset: "2026-11-26T16:00:00+00:00".
    func format(_ date: Date) -> String {
        let offset = zone.secondsFromGMT(for: date)
        let t = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        let day = t >= 0 ? t / 86400 : (t - 86399) / 86400
        let sec = t - day * 86400
        let (y, m, d) = WallClock.civil(day)
        var s = ""
        s.reserveCapacity(25)
        func two(_ v: Int) { if v < 10 { s.append("0") }; s.append(String(v)) }
        s.append(String(y)); s.append("-"); two(m); s.append("-"); two(d); s.append("T")
        two(sec / 3600); s.append(":"); two(sec / 60 % 60); s.append(":"); two(sec % 60)
        s.append(offset < 0 ? "-" : "+")
        two(abs(offset) / 3600); s.append(":"); two(abs(offset) / 60 % 60)
        return s
    }
}
