import BookingCore
import Foundation
import Testing

@Suite("Local dates, times and zones")
struct CalendarArithmeticTests {
    @Test("civil dates round-trip and know their weekday", arguments: [
        ("1970-01-01", Weekday.thursday), ("2026-11-23", .monday), ("2024-02-29", .thursday),
        ("2000-03-01", .wednesday), ("1969-12-31", .wednesday), ("2026-03-29", .sunday), ("2100-02-28", .sunday),
    ])
    func civilDates(text: String, weekday: Weekday) {
        let d = LocalDate(iso: text)!
        #expect(d.description == text)
        #expect(d.weekday == weekday)
        #expect(LocalDate(iso: d.adding(days: 1).description)!.adding(days: -1) == d)
    }

    @Test("impossible dates are refused", arguments: ["2026-02-29", "2026-13-01", "2026-04-31", "26-01-01", "2026-1-1", "tomorrow"])
    func impossibleDates(text: String) {
        #expect(LocalDate(iso: text) == nil)
    }

    @Test("times and ranges parse and refuse nonsense")
    func timesAndRanges() {
        #expect(LocalTime(text: "09:30")?.minutes == 570)
        #expect(LocalTime(text: "24:00")?.minutes == 1440)
        #expect(LocalTime(text: "24:30") == nil)
        #expect(LocalTime(text: "9.30") == nil)
        #expect(LocalTimeRange(text: "09:00–20:00")?.description == "09:00-20:00")
        #expect(LocalTimeRange(text: "20:00-09:00") == nil)
    }

    @Test("a wall-clock time in the spring-forward gap moves forward; a doubled one takes its first occurrence")
    func daylightSavingEdges() {
        let utc = TimeZone(identifier: "UTC")!
        // London, 29 March 2026: 01:00 GMT becomes 02:00 BST.
        #expect(LocalDateTime(Spa.at("2026-03-29T01:30"), in: utc).description == "2026-03-29T01:30")
        #expect(LocalDateTime(Spa.at("2026-03-29T01:30"), in: Spa.london).time.description == "02:30")
        #expect(LocalDateTime(Spa.at("2026-03-29T09:00"), in: utc).time.description == "08:00")
        #expect(LocalDateTime(Spa.at("2026-03-28T09:00"), in: utc).time.description == "09:00")
        // London, 25 October 2026: 02:00 BST becomes 01:00 GMT; 01:30 happens twice.
        #expect(LocalDateTime(Spa.at("2026-10-25T01:30"), in: utc).description == "2026-10-25T00:30")
        #expect(LocalDateTime(Spa.at("2026-10-25T09:00"), in: utc).time.description == "09:00")
        // New York, 8 March and 1 November 2026.
        #expect(LocalDateTime(Spa.at("2026-03-07T09:00", Spa.newYork), in: utc).time.description == "14:00")
        #expect(LocalDateTime(Spa.at("2026-03-08T09:00", Spa.newYork), in: utc).time.description == "13:00")
        #expect(LocalDateTime(Spa.at("2026-03-08T02:30", Spa.newYork), in: Spa.newYork).time.description == "03:30")
        #expect(LocalDateTime(Spa.at("2026-11-01T09:00", Spa.newYork), in: utc).time.description == "14:00")
        #expect(LocalDateTime(Spa.at("2026-11-01T01:30", Spa.newYork), in: utc).time.description == "05:30")
    }

    @Test("a local day is 23, 24 or 25 hours long around the changes")
    func dayLengths() {
        func hours(_ day: String, _ zone: TimeZone) -> Double {
            let d = LocalDate(iso: day)!
            return ZoneDay(d.adding(days: 1), in: zone).start.timeIntervalSince(ZoneDay(d, in: zone).start) / 3600
        }
        #expect(hours("2026-03-29", Spa.london) == 23)
        #expect(hours("2026-10-25", Spa.london) == 25)
        #expect(hours("2026-11-23", Spa.london) == 24)
        #expect(hours("2026-03-08", Spa.newYork) == 23)
        #expect(hours("2026-11-01", Spa.newYork) == 25)
    }

    @Test("quiet hours cross midnight and defer to their end")
    func quietHours() {
        let q = QuietHours.default
        #expect(q.contains(LocalTime(text: "22:15")!))
        #expect(q.contains(LocalTime(text: "07:59")!))
        #expect(!q.contains(LocalTime(text: "08:00")!))
        #expect(!q.contains(LocalTime(text: "20:59")!))
        #expect(q.nextAllowed(after: Spa.at("2026-11-23T22:30"), in: Spa.london) == Spa.at("2026-11-24T08:00"))
        #expect(q.nextAllowed(after: Spa.at("2026-11-24T06:10"), in: Spa.london) == Spa.at("2026-11-24T08:00"))
        #expect(q.nextAllowed(after: Spa.at("2026-11-24T12:00"), in: Spa.london) == Spa.at("2026-11-24T12:00"))
        // The night the clocks go forward still ends at 08:00 local.
        #expect(LocalDateTime(q.nextAllowed(after: Spa.at("2026-03-28T23:00"), in: Spa.london), in: Spa.london).description == "2026-03-29T08:00")
    }
}
