import BookingCore
import Foundation
import Store

/// The deposit a new booking asks for, whichever way it was made (a client's reply, the front desk, the admin API, an outside
/// calendar): the service's own deposit, or the client's attendance tier's share of the price when that is more. The client's
/// deposit credit pays first; what it leaves holds the slot for the policy's hold time until paid.
struct DepositHold {
    let tx: any StoreTransaction
    let now: Date

    /// Sets `appointment`'s deposit and status for `due` (nil: nothing is due, the booking stands as it is) and returns the credit
    /// used, which the caller records once the appointment is written (`recordCredit`).
    func apply(due: Money?, to appointment: inout Appointment, holdMinutes: Int) throws -> Money? {
        guard let due, due.minorUnits > 0 else { return nil }
        let used = max(0, min(try tx.creditBalance(appointment.clientID, currency: due.currency).minorUnits, due.minorUnits))
        if used < due.minorUnits {
            appointment.status = .awaitingDeposit
            appointment.deposit = .required(Money(minorUnits: due.minorUnits - used, currency: due.currency))
            appointment.holdExpiresAt = now.addingTimeInterval(Double(holdMinutes) * 60)
        } else {
            // Paid from credit: nothing is asked of the card (the payment row keeps what the credit paid).
            appointment.status = .confirmed
            appointment.deposit = .paid(Money(minorUnits: 0, currency: due.currency))
        }
        return used > 0 ? Money(minorUnits: used, currency: due.currency) : nil
    }

    /// Takes the credit that paid towards `appointment`'s deposit off the client's balance, and schedules the hold's expiry.
    func record(_ appointment: Appointment, creditUsed: Money?) throws {
        if let creditUsed {
            try tx.addCredit(appointment.clientID, Money(minorUnits: -creditUsed.minorUnits, currency: creditUsed.currency),
                             appointment: appointment.id, reason: "paid towards the deposit", at: now)
            try tx.recordCreditApplied(appointment.id, creditUsed, at: now)
        }
        if let expiry = appointment.holdExpiresAt {
            let payload = JobPayload.holdExpiry(appointment.id)
            try tx.schedule(party: "engine", due: expiry, payload: payload.json, appointment: payload.appointment, at: now)
        }
    }
}
