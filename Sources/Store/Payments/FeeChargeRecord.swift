import BookingCore
import Foundation

/// A late-cancel or no-show fee, and how its collection stands.
public struct FeeChargeRecord: Hashable, Sendable {
    /// Where a fee stands.
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        /// For the front desk to collect (the policy says so, or no card is saved).
        case noted
        /// To be charged to the saved card: a job is due.
        case pending
        /// Taken from the card.
        case charged
        /// The card was refused or the charge gave up: staff were told.
        case failed
        /// Not owed after all (a no-show reinstated before it was charged).
        case void
    }

    public var appointmentID: AppointmentID
    public var kind: FeeDue.Kind
    public var amount: Money
    public var status: Status
    /// The provider's payment for the fee (a Stripe PaymentIntent id), once charged.
    public var paymentIntent: String?
    /// Why the last charge attempt failed, as the provider said it.
    public var error: String?
    public var createdAt: Date
    public var updatedAt: Date

    public init(appointmentID: AppointmentID, kind: FeeDue.Kind, amount: Money, status: Status, paymentIntent: String? = nil, error: String? = nil,
                createdAt: Date, updatedAt: Date) {
        self.appointmentID = appointmentID
        self.kind = kind
        self.amount = amount
        self.status = status
        self.paymentIntent = paymentIntent
        self.error = error
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
