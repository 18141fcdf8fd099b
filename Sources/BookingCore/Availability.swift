import Foundation

/// A bookable start for a service with one staff member.
public struct Slot: Hashable, Sendable, Codable {
    public var start: Date
    public var end: Date
    public var staffID: StaffID
    public var locationID: LocationID

    public init(start: Date, end: Date, staffID: StaffID, locationID: LocationID) {
        self.start = start
        self.end = end
        self.staffID = staffID
        self.locationID = locationID
    }
}

/// What to search for.
public struct SlotQuery: Sendable {
    public var service: Service
    /// Only this staff member; nil for anyone who performs the service.
    public var staffID: StaffID?
    /// Slots starting in `[from, to)`.
    public var from: Date
    public var to: Date
    /// Order by distance from this instant (nearest first, earlier first on a tie); nil for time order.
    public var near: Date?
    public var gridMinutes: Int
    /// Keep one slot per start time (the first staff member in order), for short lists offered to clients.
    public var distinctTimes: Bool
    public var limit: Int?

    public init(service: Service, staffID: StaffID? = nil, from: Date, to: Date, near: Date? = nil, gridMinutes: Int = 15,
                distinctTimes: Bool = false, limit: Int? = nil) {
        self.service = service
        self.staffID = staffID
        self.from = from
        self.to = to
        self.near = near
        self.gridMinutes = gridMinutes
        self.distinctTimes = distinctTimes
        self.limit = limit
    }
}

/// The time each staff member is already taken, buffers included, ready for slot search.
public struct BusyCalendar: Sendable {
    /// Merged, sorted `[start, end)` intervals in epoch seconds, per staff member.
    var intervals: [StaffID: [(start: Int, end: Int)]]

    init(intervals: [StaffID: [(start: Int, end: Int)]]) {
        self.intervals = intervals
    }

    /// Builds the calendar from appointments (only those that hold their slot count) and the services that give their buffers.
    public init(appointments: some Sequence<Appointment>, services: [ServiceID: Service]) {
        var raw: [StaffID: [(start: Int, end: Int)]] = [:]
        for a in appointments where a.holdsSlot {
            let s = services[a.serviceID]
            let start = Int(a.start.timeIntervalSince1970) - (s?.bufferBeforeMinutes ?? 0) * 60
            let end = Int(a.end.timeIntervalSince1970) + (s?.bufferAfterMinutes ?? 0) * 60
            raw[a.staffID, default: []].append((start, end))
        }
        intervals = raw.mapValues(BusyCalendar.merged)
    }

    /// Adds absences (time off) as busy time.
    public mutating func add(timeOff: [DateInterval], for staff: StaffID) {
        guard !timeOff.isEmpty else { return }
        let extra = timeOff.map { (start: Int($0.start.timeIntervalSince1970), end: Int($0.end.timeIntervalSince1970)) }
        intervals[staff] = BusyCalendar.merged((intervals[staff] ?? []) + extra)
    }

    static func merged(_ list: [(start: Int, end: Int)]) -> [(start: Int, end: Int)] {
        mergedInOrder(list.sorted { $0.start < $1.start })
    }

    /// Intervals already sorted by start, overlapping or touching ones joined.
    static func mergedInOrder(_ sorted: some Sequence<(start: Int, end: Int)>) -> [(start: Int, end: Int)] {
        var out: [(start: Int, end: Int)] = []
        out.reserveCapacity(sorted.underestimatedCount)
        for i in sorted {
            if let last = out.last, i.start <= last.end {
                out[out.count - 1].end = max(last.end, i.end)
            } else {
                out.append(i)
            }
        }
        return out
    }
}

/// Finds free slots, honouring opening hours, closures, staff hours and breaks, time off, buffers and bookings.
public enum SlotSearch {
    /// Free slots for `query` at `location` among `staff`, given what is already `busy`.
    ///
    /// The appointment itself must lie within both the location's and the staff member's hours;
    /// its buffers must not touch another appointment (or its buffers) nor time off. Starts sit on
    /// the local grid (every `gridMinutes` after local midnight), in the location's zone, so a
    /// daylight-saving change day has its real number of slots.
    public static func freeSlots(_ query: SlotQuery, location: Location, staff: [StaffMember], busy: BusyCalendar) -> [Slot] {
        let zone = location.timeZone
        let service = query.service
        let grid = max(query.gridMinutes, 1)
        let gridSec = grid * 60
        let dur = service.durationMinutes * 60
        let before = service.bufferBeforeMinutes * 60
        let after = service.bufferAfterMinutes * 60
        let fromSec = Int(query.from.timeIntervalSince1970.rounded(.up))
        let toSec = Int(query.to.timeIntervalSince1970.rounded(.down))
        guard fromSec < toSec else { return [] }

        let team = staff.filter {
            $0.active && $0.performs(service.id) && $0.locationIDs.contains(location.id)
                && (query.staffID == nil || $0.id == query.staffID)
        }
        guard !team.isEmpty else { return [] }

        let firstDay = LocalDateTime(query.from, in: zone).date
        let lastDay = LocalDateTime(query.to, in: zone).date
        let near = query.near.map { Int($0.timeIntervalSince1970) }

        /// The free starts of one day, each with its staff member's place in the team; with distinct times, each start once
        /// (with the first staff member in order who has it).
        func candidates(on day: LocalDate) -> [(start: Int, staff: Int)] {
            if location.closures.contains(day) { return [] }
            let open = location.openingHours.ranges(on: day.weekday)
            if open.isEmpty { return [] }
            let zoneDay = ZoneDay(day, in: zone)
            var found: [(start: Int, staff: Int)] = []
            var startsFound = Set<Int>()
            for (index, member) in team.enumerated() {
                let busyList = busy.intervals[member.id] ?? []
                let offList = member.timeOff
                for range in intersect(open, member.workingHours.ranges(on: day.weekday)) {
                    let rangeStart = zoneDay.instantSeconds(atMinute: range.start.minutes)
                    let rangeEnd = zoneDay.instantSeconds(atMinute: range.end.minutes)
                    // First grid point at or after the range start, in local minutes.
                    let origin = rangeStart + ((grid - range.start.minutes % grid) % grid) * 60
                    var s = origin
                    if s < fromSec { s += ((fromSec - s + gridSec - 1) / gridSec) * gridSec }
                    var i = firstEndingAfter(busyList, s - before)
                    while s + dur <= rangeEnd && s < toSec {
                        let lo = s - before, hi = s + dur + after
                        while i < busyList.count && busyList[i].end <= lo { i += 1 }
                        if i < busyList.count && busyList[i].start < hi {
                            let clear = busyList[i].end + before
                            s = origin + ((clear - origin + gridSec - 1) / gridSec) * gridSec
                            continue
                        }
                        if let off = offList.first(where: { Int($0.start.timeIntervalSince1970) < s + dur && Int($0.end.timeIntervalSince1970) > s }) {
                            let clear = Int(off.end.timeIntervalSince1970)
                            s = origin + ((clear - origin + gridSec - 1) / gridSec) * gridSec
                            continue
                        }
                        if !query.distinctTimes || startsFound.insert(s).inserted { found.append((s, index)) }
                        s += gridSec
                    }
                }
            }
            return found
        }

        // Nearest to `near` first, earlier first on a tie, then the team's order; without `near`, in time order.
        let ahead = { (a: (start: Int, staff: Int), b: (start: Int, staff: Int)) -> Bool in
            if let near {
                let da = abs(a.start - near), db = abs(b.start - near)
                if da != db { return da < db }
            }
            return a.start != b.start ? a.start < b.start : a.staff < b.staff
        }
        /// The first `limit` of `list` in that order, without sorting all of it.
        func head(_ list: [(start: Int, staff: Int)], _ limit: Int) -> [(start: Int, staff: Int)] {
            var best: [(start: Int, staff: Int)] = []
            best.reserveCapacity(limit + 1)
            for f in list where best.count < limit || ahead(f, best[best.count - 1]) {
                best.insert(f, at: best.firstIndex { ahead(f, $0) } ?? best.count)
                if best.count > limit { best.removeLast() }
            }
            return best
        }

        var days: [LocalDate] = []
        var day = firstDay
        while day <= lastDay {
            days.append(day)
            day = day.adding(days: 1)
        }
        var found: [(start: Int, staff: Int)] = []
        if let near, let limit = query.limit {
            // A few times near one moment: the days are searched nearest first, and the search stops once no later day can
            // hold a time as near as the ones already found (a reschedule reads a day or two, not two weeks).
            func distance(_ d: LocalDate) -> Int {
                let start = ZoneDay(d, in: zone).instantSeconds(atMinute: 0), end = ZoneDay(d.adding(days: 1), in: zone).instantSeconds(atMinute: 0)
                return near < start ? start - near : (near >= end ? near - end + 1 : 0)
            }
            var byGap: [(day: LocalDate, gap: Int)] = days.map { ($0, distance($0)) }
            byGap.sort { a, b in a.gap != b.gap ? a.gap < b.gap : a.day < b.day }
            for (d, gap) in byGap {
                if found.count >= limit, let worst = found.last, gap > abs(worst.start - near) { break }
                found = head(found + candidates(on: d), limit)
            }
        } else {
            for d in days { found += candidates(on: d) }
            if let limit = query.limit, found.count > 8 * limit { found = head(found, limit) } else { found.sort { ahead($0, $1) } }
        }
        var slots: [Slot] = []
        for f in found {
            slots.append(Slot(start: Date(timeIntervalSince1970: TimeInterval(f.start)),
                              end: Date(timeIntervalSince1970: TimeInterval(f.start + dur)),
                              staffID: team[f.staff].id, locationID: location.id))
            if let limit = query.limit, slots.count >= limit { break }
        }
        return slots
    }

    /// Whether a specific start is free for `service` with `staffID` (a slot search over just that instant).
    public static func isFree(start: Date, service: Service, staffID: StaffID, location: Location, staff: [StaffMember],
                              busy: BusyCalendar, gridMinutes: Int = 15) -> Bool {
        let q = SlotQuery(service: service, staffID: staffID, from: start, to: start.addingTimeInterval(1), gridMinutes: gridMinutes)
        return freeSlots(q, location: location, staff: staff, busy: busy).contains { $0.start == start }
    }

    /// The overlap of two sorted lists of ranges.
    static func intersect(_ a: [LocalTimeRange], _ b: [LocalTimeRange]) -> [LocalTimeRange] {
        var out: [LocalTimeRange] = []
        var i = 0, j = 0
        while i < a.count && j < b.count {
            let s = max(a[i].start, b[j].start), e = min(a[i].end, b[j].end)
            if s < e { out.append(LocalTimeRange(start: s, end: e)) }
            if a[i].end < b[j].end { i += 1 } else { j += 1 }
        }
        return out
    }

    /// Index of the first interval whose end is after `t` (binary search).
    static func firstEndingAfter(_ list: [(start: Int, end: Int)], _ t: Int) -> Int {
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid].end <= t { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
