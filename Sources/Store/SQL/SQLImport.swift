import BookingCore
import Foundation
import GRDB

/// Writes an `ImportBatch` inside one write transaction. Every problem found is collected with its
/// source line; if there is any, the whole transaction is rolled back and nothing is written.
struct SQLImport {
    let db: any SQLExecutor

    func run(_ batch: ImportBatch) throws -> ImportSummary {
        var problems: [ImportProblem] = []
        var summary = ImportSummary()

        for item in batch.locations {
            try RecordCoding.insert(item.record, db)
            summary.locations += 1
        }
        for item in batch.services {
            try RecordCoding.insert(item.record, db)
            summary.services += 1
        }
        for item in batch.staff {
            for location in item.record.locationIDs where try !db.exists(table: "location", id: location.rawValue) {
                problems.append(ImportProblem(source: item.source, field: "locations", message: "no location with id \"\(location)\""))
            }
            for service in item.record.serviceIDs.sorted() where try !db.exists(table: "service", id: service.rawValue) {
                problems.append(ImportProblem(source: item.source, field: "services", message: "no service with id \"\(service)\""))
            }
            try RecordCoding.insert(item.record, db)
            summary.staff += 1
        }
        for item in batch.clients {
            do {
                try db.attempt { try RecordCoding.insert(item.record, db) }
                summary.clients += 1
            } catch where db.constraint(of: error) == .unique {
                let clash = try SQLBookingStore.addressClash(item.record, db) ?? "an address is already taken by another client"
                let field = clash.hasPrefix("sms") ? "phone" : String(clash.prefix { $0 != " " })
                problems.append(ImportProblem(source: item.source, field: field, message: clash))
            }
        }
        for item in batch.appointments {
            let a = item.record
            var missing = false
            for (field, table, id) in [("client", "client", a.clientID.rawValue), ("service", "service", a.serviceID.rawValue),
                                       ("staff", "staff", a.staffID.rawValue), ("location", "location", a.locationID.rawValue)]
            where try !db.exists(table: table, id: id) {
                problems.append(ImportProblem(source: item.source, field: field, message: "no \(table) with id \"\(id)\""))
                missing = true
            }
            if missing { continue }
            do {
                if try db.exists(table: "appointment", id: a.id.rawValue) {
                    try SQLBookingStore.update(a, db)
                } else {
                    try SQLBookingStore.insert(a, db)
                    try RecordCoding.insert(AuditEntry(at: a.createdAt, actor: .external("import"), subjectKind: "appointment",
                                                       subjectID: a.id.rawValue, action: "booked",
                                                       detail: "imported from \(item.source)"), db)
                }
                // A missed visit in the imported history counts on the client's record (the no-show ladder) like one marked here;
                // importing the same file again adds it once.
                try db.execute("DELETE FROM attendance_mark WHERE appointment_id = ? AND kind IN ('noShow', 'attended')", [a.id.rawValue])
                let kind: AttendanceMark.Kind? = switch a.status {
                case .noShow: .noShow
                case .arrived, .completed: .attended
                default: nil
                }
                if let kind { try RecordCoding.insert(AttendanceMark(kind: kind, at: a.start, appointmentID: a.id), client: a.clientID, db) }
                summary.appointments += 1
            } catch StoreError.slotTaken(let staff, let other) {
                let when = try conflictDescription(other)
                problems.append(ImportProblem(source: item.source, field: "start",
                                              message: "\(staff) is already booked then" + (when.map { " (\($0))" } ?? "")))
            }
        }
        for item in batch.waitlist {
            let w = item.record
            var ok = true
            if try !db.exists(table: "client", id: w.clientID.rawValue) {
                problems.append(ImportProblem(source: item.source, field: "client", message: "no client with id \"\(w.clientID)\""))
                ok = false
            }
            if try !db.exists(table: "location", id: w.locationID.rawValue) {
                problems.append(ImportProblem(source: item.source, field: "location", message: "no location with id \"\(w.locationID)\""))
                ok = false
            }
            for s in w.serviceIDs where try !db.exists(table: "service", id: s.rawValue) {
                problems.append(ImportProblem(source: item.source, field: "services", message: "no service with id \"\(s)\""))
                ok = false
            }
            if ok {
                try RecordCoding.insert(w, db)
                summary.waitlist += 1
            }
        }
        if !problems.isEmpty { throw StoreError.importRejected(problems) }
        return summary
    }

    /// "appointment a12, 10:00-11:00 UTC on 2026-11-24" for the appointment already in the way.
    private func conflictDescription(_ id: AppointmentID?) throws -> String? {
        guard let id, let row = try db.row("SELECT \(RecordCoding.appointmentColumns) FROM appointment WHERE id = ?", [id.rawValue]) else { return nil }
        let a = try RecordCoding.appointment(row)
        var zone = TimeZone(identifier: "UTC")!
        if let tz = try db.value(String.self, "SELECT time_zone FROM location WHERE id = ?", [a.locationID.rawValue]),
           let z = TimeZone(identifier: tz) { zone = z }
        let s = LocalDateTime(a.start, in: zone), e = LocalDateTime(a.end, in: zone)
        return "appointment \(a.id), \(s.date) \(s.time)-\(e.time)"
    }
}
