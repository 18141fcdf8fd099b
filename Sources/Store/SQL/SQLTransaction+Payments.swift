import BookingCore
import Foundation
import GRDB

extension SQLTransaction {
    // MARK: Deposit payments

    /// How an appointment's deposit is being paid, if anything was recorded yet.
    public func depositPayment(_ appointment: AppointmentID) throws -> DepositPaymentRecord? {
        try db.row("SELECT * FROM deposit_payment WHERE appointment_id = ?", [appointment.rawValue])
            .map(Self.depositPayment)
    }

    /// The appointment a provider's payment (a Stripe PaymentIntent) paid for.
    public func appointment(paymentIntent: String) throws -> AppointmentID? {
        try db.value(String.self, "SELECT appointment_id FROM deposit_payment WHERE payment_intent = ?", [paymentIntent])
            .map { AppointmentID($0) }
    }

    /// Makes sure an appointment has a payment row (in the appointment's currency) before one of its columns is set.
    func ensureDepositPayment(_ appointment: AppointmentID, currency: String, at now: Date) throws {
        try exec("INSERT INTO deposit_payment (appointment_id, currency, updated_at) VALUES (?, ?, ?) ON CONFLICT(appointment_id) DO NOTHING",
                 arguments: [appointment.rawValue, currency, now.timeIntervalSince1970])
    }

    /// Remembers the payment page made for a hold, so a second visit reuses it.
    public func saveCheckoutSession(_ appointment: AppointmentID, currency: String, id: String, url: String, expiresAt: Date, holdExpiresAt: Date,
                                    at now: Date) throws {
        try ensureDepositPayment(appointment, currency: currency, at: now)
        try exec("""
            UPDATE deposit_payment SET session_id = ?, session_url = ?, session_expires_at = ?, session_hold_expires_at = ?, updated_at = ?
            WHERE appointment_id = ?
            """, arguments: [id, url, expiresAt.timeIntervalSince1970, holdExpiresAt.timeIntervalSince1970, now.timeIntervalSince1970,
                             appointment.rawValue])
    }

    /// Records the provider's payment (what a refund needs); the same payment recorded twice changes nothing.
    public func recordDepositPaid(_ appointment: AppointmentID, currency: String, paymentIntent: String?, amountMinor: Int64?,
                                  sessionID: String?, at now: Date) throws {
        try ensureDepositPayment(appointment, currency: currency, at: now)
        try exec("""
            UPDATE deposit_payment SET payment_intent = COALESCE(?, payment_intent), amount_paid_minor = COALESCE(?, amount_paid_minor),
              session_id = COALESCE(session_id, ?), paid_at = COALESCE(paid_at, ?), updated_at = ?
            WHERE appointment_id = ?
            """, arguments: [paymentIntent, amountMinor, sessionID, now.timeIntervalSince1970, now.timeIntervalSince1970, appointment.rawValue])
    }

    /// Records the part of a deposit paid from the client's credit.
    public func recordCreditApplied(_ appointment: AppointmentID, _ amount: Money, at now: Date) throws {
        try ensureDepositPayment(appointment, currency: amount.currency, at: now)
        try exec("UPDATE deposit_payment SET credit_applied_minor = ?, updated_at = ? WHERE appointment_id = ?",
                 arguments: [amount.minorUnits, now.timeIntervalSince1970, appointment.rawValue])
    }

    /// Records where a refund stands: `pending` when its job is scheduled, then what the provider answered.
    public func recordRefund(_ appointment: AppointmentID, status: RefundStatus, refundID: String? = nil, refundedMinor: Int64? = nil,
                             error: String? = nil, at now: Date) throws {
        try exec("""
            UPDATE deposit_payment SET refund_status = ?, refund_id = COALESCE(?, refund_id), refunded_minor = COALESCE(?, refunded_minor),
              refund_error = ?, refunded_at = CASE WHEN ? IN ('succeeded', 'partial') THEN COALESCE(refunded_at, ?) ELSE refunded_at END,
              updated_at = ?
            WHERE appointment_id = ?
            """, arguments: [status.rawValue, refundID, refundedMinor, error, status.rawValue, now.timeIntervalSince1970, now.timeIntervalSince1970,
                             appointment.rawValue])
    }

    static func depositPayment(_ r: SQLRow) -> DepositPaymentRecord {
        let date = { (column: String) in (r[column] as Double?).map { Date(timeIntervalSince1970: $0) } }
        let refund = (r["refund_status"] as String?).map(RefundStatus.init(stored:))
        return DepositPaymentRecord(appointmentID: AppointmentID(r["appointment_id"] as String), currency: r["currency"], sessionID: r["session_id"],
                                    sessionURL: r["session_url"], sessionExpiresAt: date("session_expires_at"),
                                    sessionHoldExpiresAt: date("session_hold_expires_at"), paymentIntent: r["payment_intent"],
                                    amountPaidMinor: r["amount_paid_minor"], paidAt: date("paid_at"), creditAppliedMinor: r["credit_applied_minor"],
                                    refundStatus: refund, refundID: r["refund_id"], refundedMinor: r["refunded_minor"],
                                    refundError: r["refund_error"], refundedAt: date("refunded_at"))
    }

    // MARK: Deposit credit

    /// A client's deposit credit in one currency (never below zero for spending: a taken-back credit can leave a debt that is not charged).
    public func creditBalance(_ client: ClientID, currency: String) throws -> Money {
        let sum = try db.value(Int64.self, "SELECT COALESCE(SUM(amount_minor), 0) FROM client_credit WHERE client_id = ? AND currency = ?", [client.rawValue, currency]) ?? 0
        return Money(minorUnits: sum, currency: currency)
    }

    /// A client's deposit credit per currency, leaving out currencies where it is zero.
    public func creditBalances(_ client: ClientID) throws -> [Money] {
        try db.rows("""
            SELECT currency, SUM(amount_minor) AS total FROM client_credit WHERE client_id = ? GROUP BY currency HAVING SUM(amount_minor) <> 0 ORDER BY currency
            """, [client.rawValue]).map { Money(minorUnits: $0["total"], currency: $0["currency"]) }
    }

    /// Adds a line to a client's credit: positive to keep credit, negative to spend it.
    public func addCredit(_ client: ClientID, _ amount: Money, appointment: AppointmentID?, reason: String, at now: Date) throws {
        guard amount.minorUnits != 0 else { return }
        try exec("INSERT INTO client_credit (client_id, amount_minor, currency, appointment_id, reason, at) VALUES (?, ?, ?, ?, ?, ?)",
                 arguments: [client.rawValue, amount.minorUnits, amount.currency, appointment?.rawValue, reason, now.timeIntervalSince1970])
    }

    /// A client's credit lines, oldest first.
    public func creditHistory(_ client: ClientID) throws -> [CreditEntry] {
        try db.rows("SELECT * FROM client_credit WHERE client_id = ? ORDER BY id", [client.rawValue]).map {
            CreditEntry(amount: Money(minorUnits: $0["amount_minor"], currency: $0["currency"]),
                        appointmentID: ($0["appointment_id"] as String?).map { AppointmentID($0) }, reason: $0["reason"],
                        at: Date(timeIntervalSince1970: $0["at"]))
        }
    }
}
