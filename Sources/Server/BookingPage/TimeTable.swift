import BookingCore
import Foundation

/// Free times as the page shows them: the days that have any (each a link, with how many), and the times of the day picked
/// (the first such day unless one is asked for), one link a time. With "anyone", each time goes to the staff member
/// least booked that day, so the day fills evenly.
struct TimeTable {
    let slots: [Slot]
    let zone: TimeZone
    let picked: LocalDate?
    let format: DeskFormat
    let names: [StaffID: String]
    let dayHref: (LocalDate) -> String
    let timeHref: (Slot) -> String

    /// The slots of each local day, in order.
    var byDay: [(day: LocalDate, slots: [Slot])] {
        var days: [LocalDate: [Slot]] = [:]
        for s in slots { days[LocalDateTime(s.start, in: zone).date, default: []].append(s) }
        return days.keys.sorted().map { ($0, days[$0]!.sorted { $0.start < $1.start }) }
    }

    /// The day shown: the one asked for (even with nothing free, to say so), else the first with a free time.
    var day: LocalDate? { picked ?? byDay.first?.day }

    /// One slot a start time: the staff member with the most free time that day (the least booked), by id on a tie.
    static func distinct(_ slots: [Slot]) -> [Slot] {
        var free: [StaffID: Int] = [:]
        for s in slots { free[s.staffID, default: 0] += 1 }
        var best: [Date: Slot] = [:]
        for s in slots {
            if let other = best[s.start] {
                let mine = free[s.staffID] ?? 0, theirs = free[other.staffID] ?? 0
                if mine < theirs || (mine == theirs && s.staffID.rawValue > other.staffID.rawValue) { continue }
            }
            best[s.start] = s
        }
        return best.values.sorted { $0.start < $1.start }
    }

    var values: [String: Any] {
        let days = byDay
        var v: [String: Any] = [:]
        v["days"] = days.map { d -> [String: Any] in
            let sample = ZoneDay(d.day, in: zone).start.addingTimeInterval(12 * 3600)
            return ["label": format.day(sample), "count": "\(Self.distinct(d.slots).count)", "href": dayHref(d.day), "current": d.day == day]
        }
        v["hasDays"] = !days.isEmpty
        guard let day else { return v }
        v["dayLabel"] = format.longDay(ZoneDay(day, in: zone).start.addingTimeInterval(12 * 3600))
        let today = Self.distinct(days.first { $0.day == day }?.slots ?? [])
        v["times"] = today.map { s -> [String: Any] in
            ["time": format.time(s.start), "staff": names[s.staffID] ?? "", "href": timeHref(s)]
        }
        v["dayIsEmpty"] = today.isEmpty
        v["day"] = day.description
        return v
    }
}
