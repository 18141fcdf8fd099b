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
    /// The spans of each staff member's appointments, sorted by start: merged again in one pass, without sorting.
    private var byStaff: [StaffID: [(start: Int, end: Int, id: AppointmentID)]] = [:]
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
                if let i = byStaff[old.staffID]?.firstIndex(where: { $0.id == t.id }) { byStaff[old.staffID]!.remove(at: i) }
                touched.insert(old.staffID)
            }
            guard t.status.holdsSlot else { continue }
            let s = services[t.serviceID]
            let span = Span(staffID: t.staffID, start: Int(t.start.timeIntervalSince1970) - (s?.bufferBeforeMinutes ?? 0) * 60,
                            end: Int(t.end.timeIntervalSince1970) + (s?.bufferAfterMinutes ?? 0) * 60)
            spans[t.id] = span
            var list = byStaff.removeValue(forKey: t.staffID) ?? []
            // After every span starting at or before it (binary search), so the list stays sorted.
            var low = 0, high = list.count
            while low < high {
                let mid = (low + high) / 2
                if list[mid].start <= span.start { low = mid + 1 } else { high = mid }
            }
            list.insert((span.start, span.end, t.id), at: low)
            byStaff[t.staffID] = list
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
        BusyCalendar.mergedInOrder((byStaff[staff] ?? []).lazy.filter { $0.id != leavingOut }.map { (start: $0.start, end: $0.end) })
    }
}
