import Foundation

/// One local day in one time zone, able to turn wall-clock minutes into instants cheaply.
///
/// Built with at most three zone look-ups; every conversion afterwards is
/// arithmetic. On a daylight-saving change day, a wall-clock time inside the
/// spring-forward gap moves forward by the gap (as clocks do), and a time that
/// happens twice in the autumn takes its first occurrence.
public struct ZoneDay: Sendable {
    public let date: LocalDate
    /// Local midnight expressed as seconds since the epoch as if the zone were UTC.
    private let naiveMidnight: Int
    private let offsetBefore: Int
    private let offsetAfter: Int
    /// The instant of the offset change inside this day's reach, if any.
    private let transition: Int?

    public init(_ date: LocalDate, in zone: TimeZone) {
        self.date = date
        naiveMidnight = date.daysSinceEpoch * 86_400
        // Probe the offset at the previous local noon, then look for a change within 48 hours.
        let naivePrevNoon = naiveMidnight - 43_200
        let guess = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(naivePrevNoon)))
        let prevNoon = Date(timeIntervalSince1970: TimeInterval(naivePrevNoon - guess))
        let before = zone.secondsFromGMT(for: prevNoon)
        offsetBefore = before
        if let next = zone.nextDaylightSavingTimeTransition(after: prevNoon),
           next.timeIntervalSince1970 < prevNoon.timeIntervalSince1970 + 172_800 {
            transition = Int(next.timeIntervalSince1970)
            offsetAfter = zone.secondsFromGMT(for: next)
        } else {
            transition = nil
            offsetAfter = before
        }
    }

    /// The instant at which the wall clock shows `minutes` after midnight on this day.
    public func instantSeconds(atMinute minutes: Int) -> Int {
        let naive = naiveMidnight + minutes * 60
        guard let t = transition else { return naive - offsetBefore }
        let early = naive - offsetBefore
        if early < t { return early }
        let late = naive - offsetAfter
        if late >= t { return late }
        // In a spring-forward gap: the clock jumps, so the time moves forward by the gap.
        return early
    }

    /// The instant at which the wall clock shows `time` on this day.
    public func instant(at time: LocalTime) -> Date {
        Date(timeIntervalSince1970: TimeInterval(instantSeconds(atMinute: time.minutes)))
    }

    /// The first instant of this day.
    public var start: Date { instant(at: LocalTime(minutes: 0)) }
}

/// A wall-clock reading of an instant in a zone.
public struct LocalDateTime: Hashable, Sendable, CustomStringConvertible {
    public var date: LocalDate
    public var time: LocalTime

    public init(date: LocalDate, time: LocalTime) {
        self.date = date
        self.time = time
    }

    /// What the clock on the wall shows at `instant` in `zone` (seconds are dropped).
    public init(_ instant: Date, in zone: TimeZone) {
        let t = Int(instant.timeIntervalSince1970.rounded(.down))
        let local = t + zone.secondsFromGMT(for: instant)
        let days = Int((Double(local) / 86_400).rounded(.down))
        date = LocalDate(daysSinceEpoch: days)
        time = LocalTime(minutes: (local - days * 86_400) / 60)
    }

    /// The instant this wall-clock reading stands for in `zone`.
    public func instant(in zone: TimeZone) -> Date { ZoneDay(date, in: zone).instant(at: time) }

    /// `YYYY-MM-DDTHH:MM`.
    public var description: String { "\(date)T\(time)" }

    /// Parses `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD HH:MM`.
    public init?(text: some StringProtocol) {
        let s = String(text)
        guard let sep = s.firstIndex(where: { $0 == "T" || $0 == " " }),
              let d = LocalDate(iso: s[..<sep]),
              let t = LocalTime(text: s[s.index(after: sep)...]) else { return nil }
        self.init(date: d, time: t)
    }
}
