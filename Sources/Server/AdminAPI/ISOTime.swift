import BookingCore
import Engine
import Foundation

/// ISO 8601 times as the API reads them: `2026-11-24T10:00:00Z` or with an offset (`+01:00`, `+0100`), optional seconds
/// and fractions; without a zone (`2026-11-24T10:00`) the time is a wall-clock time in the location's own zone.
enum ISOTime {
    /// A parsed time.
    typealias Parsed = BookingTime

    static func parse(_ text: String) -> BookingTime? {
        guard let t = text.firstIndex(where: { $0 == "T" || $0 == "t" }), let date = LocalDate(iso: text[..<t]) else { return nil }
        var rest = Substring(text[text.index(after: t)...])
        // The zone designator: Z, or ±HH:MM / ±HHMM / ±HH.
        var offset: Int?
        if rest.hasSuffix("Z") || rest.hasSuffix("z") {
            offset = 0
            rest = rest.dropLast()
        } else if let sign = rest.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let zone = rest[rest.index(after: sign)...].filter { $0 != ":" }
            guard [2, 4].contains(zone.count), zone.allSatisfy(\.isASCII), let hh = Int(zone.prefix(2)), let mm = Int(zone.dropFirst(2).isEmpty ? "0" : zone.dropFirst(2)),
                  hh <= 18, mm < 60 else { return nil }
            offset = (hh * 60 + mm) * 60 * (rest[sign] == "-" ? -1 : 1)
            rest = rest[..<sign]
        }
        let parts = rest.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts[0].count == 2, parts[1].count == 2,
              let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60 else { return nil }
        var seconds = 0.0
        if parts.count == 3 {
            let s = parts[2]
            guard s.count >= 2, s.prefix(2).allSatisfy(\.isNumber), let value = Double(s), value < 60 else { return nil }
            seconds = value
        }
        guard let time = LocalTime(hour: hour, minute: minute) else { return nil }
        guard let offset else {
            guard seconds == 0 else { return nil }
            return .local(LocalDateTime(date: date, time: time))
        }
        let epoch = Double(date.daysSinceEpoch * 86_400 + time.minutes * 60 - offset) + seconds
        return .instant(Date(timeIntervalSince1970: epoch))
    }

    /// A date (`2026-11-24`) as the API reads it.
    static func date(_ text: String) -> LocalDate? { LocalDate(iso: text) }

    /// `2026-11-24T10:00:00Z`.
    static func format(_ date: Date) -> String { date.formatted(.iso8601) }
}
