import BookingCore
import Foundation
import GRDB

extension SQLTransaction {
    // MARK: Fees

    /// Records a fee a change made due; one fee per appointment (a second one of the same visit replaces the first).
    public func recordFee(_ appointment: AppointmentID, _ fee: FeeDue, status: FeeChargeRecord.Status, at now: Date) throws {
        try exec("""
            INSERT INTO fee_charge (appointment_id, kind, amount_minor, currency, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(appointment_id) DO UPDATE SET kind = excluded.kind, amount_minor = excluded.amount_minor, currency = excluded.currency,
              status = excluded.status, payment_intent = NULL, error = NULL, updated_at = excluded.updated_at
            """, arguments: [appointment.rawValue, fee.kind.rawValue, fee.amount.minorUnits, fee.amount.currency, status.rawValue,
                             now.timeIntervalSince1970, now.timeIntervalSince1970])
    }

    /// The fee of an appointment, if one was made due.
    public func fee(_ appointment: AppointmentID) throws -> FeeChargeRecord? {
        try db.row("SELECT * FROM fee_charge WHERE appointment_id = ?", [appointment.rawValue]).map { r in
            FeeChargeRecord(appointmentID: appointment, kind: FeeDue.Kind(rawValue: r["kind"]) ?? .lateCancel,
                            amount: Money(minorUnits: r["amount_minor"], currency: r["currency"]),
                            status: FeeChargeRecord.Status(rawValue: r["status"]) ?? .noted, paymentIntent: r["payment_intent"], error: r["error"],
                            createdAt: Date(timeIntervalSince1970: r["created_at"]), updatedAt: Date(timeIntervalSince1970: r["updated_at"]))
        }
    }

    /// Marks a pending fee charged; false when it is no longer pending (voided meanwhile), and then nothing changes.
    public func markFeeCharged(_ appointment: AppointmentID, paymentIntent: String, at now: Date) throws -> Bool {
        let changed = try db.execute("UPDATE fee_charge SET status = 'charged', payment_intent = ?, error = NULL, updated_at = ? WHERE appointment_id = ? AND status = 'pending'",
                                     [paymentIntent, now.timeIntervalSince1970, appointment.rawValue])
        return changed > 0
    }

    /// Records where a fee's collection stands.
    public func updateFee(_ appointment: AppointmentID, status: FeeChargeRecord.Status, paymentIntent: String? = nil, error: String? = nil,
                          at now: Date) throws {
        try exec("""
            UPDATE fee_charge SET status = ?, payment_intent = COALESCE(?, payment_intent), error = ?, updated_at = ? WHERE appointment_id = ?
            """, arguments: [status.rawValue, paymentIntent, error, now.timeIntervalSince1970, appointment.rawValue])
    }
}
