import BookingCore
import Foundation
import GRDB

extension SQLTransaction {
    /// Records a client's rating of a visit; a second answer replaces the first.
    public func recordFeedback(_ f: VisitFeedback) throws {
        try exec("""
            INSERT INTO feedback (appointment_id, client_id, staff_id, score, comment, at) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(appointment_id) DO UPDATE SET score = COALESCE(excluded.score, feedback.score),
              comment = CASE WHEN feedback.comment = '' THEN excluded.comment ELSE feedback.comment || char(10) || excluded.comment END, at = excluded.at
            """, arguments: [f.appointmentID.rawValue, f.clientID.rawValue, f.staffID.rawValue, f.score, f.comment, f.at.timeIntervalSince1970])
    }
}

extension SQLBookingStore {
    public func feedback(from: Date, to: Date) async throws -> [VisitFeedback] {
        try await reading { db in
            try db.rows("SELECT * FROM feedback WHERE at >= ? AND at < ? ORDER BY at", [from.timeIntervalSince1970, to.timeIntervalSince1970])
                .map { r in
                    VisitFeedback(appointmentID: AppointmentID(r["appointment_id"] as String), clientID: ClientID(r["client_id"] as String),
                                  staffID: StaffID(r["staff_id"] as String), score: r["score"], comment: r["comment"], at: Date(timeIntervalSince1970: r["at"]))
                }
        }
    }
}
