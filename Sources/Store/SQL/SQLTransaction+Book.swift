import BookingCore
import Foundation
import GRDB

extension SQLTransaction {
    public func bookVersion() throws -> BookVersion {
        let row = try db.row("SELECT seq, reset FROM book_version WHERE id = 1", [])
        return BookVersion(seq: row?[0] ?? 0, reset: row?[1] ?? 0)
    }

    /// Every appointment that holds its slot and ends after `date`, at any location, in the few columns slot search reads.
    public func bookedTimes(endingAfter date: Date) throws -> [BookedTime] {
        try bookedTimes("WHERE end_at > ? AND status <> 'cancelled'", [RecordCoding.seconds(date)])
    }

    /// The appointments whose place in the book changed after `seq` (cancelled ones included, so they leave it).
    public func bookedTimes(changedSince seq: Int64) throws -> [BookedTime] {
        try bookedTimes("WHERE book_seq > ?", [seq])
    }

    private func bookedTimes(_ filter: String, _ arguments: SQLArguments) throws -> [BookedTime] {
        var times: [BookedTime] = []
        for r in try db.rows("SELECT id, staff_id, service_id, start_at, end_at, status FROM appointment \(filter)", arguments) {
            guard let status = AppointmentStatus(rawValue: r[5]) else { throw StoreError.unusableDatabase("appointment \(r[0] as String) has an unknown status") }
            times.append(BookedTime(id: AppointmentID(r[0] as String), staffID: StaffID(r[1] as String), serviceID: ServiceID(r[2] as String),
                                    start: RecordCoding.date(r[3]), end: RecordCoding.date(r[4]), status: status))
        }
        return times
    }
}
