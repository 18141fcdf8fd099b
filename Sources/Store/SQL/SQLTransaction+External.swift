import BookingCore
import Foundation
import GRDB

extension SQLTransaction {
    /// Our appointment for a booking made in an outside system (`source` is e.g. `calcom`, `id` its booking uid).
    public func externalBooking(source: String, id: String) throws -> AppointmentID? {
        try db.value(String.self, "SELECT appointment_id FROM external_booking WHERE source = ? AND external_id = ?", [source, id]).map { AppointmentID($0) }
    }

    /// Links an outside booking uid to our appointment (a rescheduled booking gets a new uid: both lead to the same appointment).
    public func linkExternalBooking(source: String, id: String, to appointment: AppointmentID, at now: Date) throws {
        try exec("INSERT INTO external_booking (source, external_id, appointment_id, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                 arguments: [source, id, appointment.rawValue, now.timeIntervalSince1970])
    }

    /// Adds a client inside the transaction (a booking from outside may bring someone new); an address already taken is refused.
    public func add(_ client: Client) throws {
        do {
            try db.attempt { try RecordCoding.insert(client, db) }
        } catch where db.constraint(of: error) == .unique {
            throw StoreError.missingReference(try SQLBookingStore.addressClash(client, db) ?? "an address of client \(client.id) is taken")
        }
    }
}
