import Foundation

/// Where one appointment sits in the book: what slot search needs of it and nothing more.
public struct BookedTime: Hashable, Sendable {
    public var id: AppointmentID
    public var staffID: StaffID
    public var serviceID: ServiceID
    public var start: Date
    public var end: Date
    public var status: AppointmentStatus

    public init(id: AppointmentID, staffID: StaffID, serviceID: ServiceID, start: Date, end: Date, status: AppointmentStatus) {
        self.id = id
        self.staffID = staffID
        self.serviceID = serviceID
        self.start = start
        self.end = end
        self.status = status
    }
}

extension Appointment {
    /// This appointment's place in the book.
    public var bookedTime: BookedTime { BookedTime(id: id, staffID: staffID, serviceID: serviceID, start: start, end: end, status: status) }
}

/// The whole book as slot search sees it, kept up to date change by change: each staff member's taken time (buffers
/// included) merged once, so a search costs the same whatever the size of the book, and one change rebuilds one staff
/// member's list, not everyone's. Kept per appointment, so a search can leave out the visit being moved.
public struct BusyBook: Sendable {
    struct Span: Sendable {
        var staffID: StaffID
        var start: Int
        var end: Int
    }

    /// Every appointment that holds its slot, by id.
    private var spans: [AppointmentID: Span] = [:]
    /// The appointments of each staff member.
    private var byStaff: [StaffID: Set<AppointmentID>] = [:]
    /// Each staff member's spans merged and sorted: what slot search reads.
    private var merged: [StaffID: [(start: Int, end: Int)]] = [:]

    /// An empty book.
    public init() {}

    /// The book of `times`, each with the buffers of its service in `services`.
    public init(_ times: some Sequence<BookedTime>, services: [ServiceID: Service]) {
        update(times, services: services)
    }

    /// The book of `appointments` (those that hold their slot).
    public init(appointments: some Sequence<Appointment>, services: [ServiceID: Service]) {
        self.init(appointments.lazy.map(\.bookedTime), services: services)
    }

    /// How many appointments hold their slot in this book.
    public var count: Int { spans.count }

    /// Takes in appointments that are new or changed: each replaces what the book held for its id, and one that no longer
    /// holds its slot (cancelled) leaves it. Only the staff members concerned are merged again.
    public mutating func update(_ changes: some Sequence<BookedTime>, services: [ServiceID: Service]) {
        var touched = Set<StaffID>()
        for t in changes {
            if let old = spans.removeValue(forKey: t.id) {
                byStaff[old.staffID]?.remove(t.id)
                touched.insert(old.staffID)
            }
            guard t.status.holdsSlot else { continue }
            let s = services[t.serviceID]
            spans[t.id] = Span(staffID: t.staffID, start: Int(t.start.timeIntervalSince1970) - (s?.bufferBeforeMinutes ?? 0) * 60,
                               end: Int(t.end.timeIntervalSince1970) + (s?.bufferAfterMinutes ?? 0) * 60)
            byStaff[t.staffID, default: []].insert(t.id)
            touched.insert(t.staffID)
        }
        for staff in touched { merged[staff] = mergedSpans(of: staff, leavingOut: nil) }
    }

    /// The calendar slot search reads, leaving out `excluding` (the visit being moved, whose time is free to move into).
    public func calendar(excluding: AppointmentID? = nil) -> BusyCalendar {
        var calendar = BusyCalendar(intervals: merged)
        if let excluding, let span = spans[excluding] {
            calendar.intervals[span.staffID] = mergedSpans(of: span.staffID, leavingOut: excluding)
        }
        return calendar
    }

    private func mergedSpans(of staff: StaffID, leavingOut: AppointmentID?) -> [(start: Int, end: Int)] {
        let ids = byStaff[staff] ?? []
        var list: [(start: Int, end: Int)] = []
        list.reserveCapacity(ids.count)
        for id in ids where id != leavingOut {
            if let s = spans[id] { list.append((s.start, s.end)) }
        }
        return BusyCalendar.merged(list)
    }
}
