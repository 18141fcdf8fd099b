import BookingCore
import Foundation

/// How a deposit was and is being paid: the payment page, the provider's payment, the part paid from credit, the refund.
public struct DepositPaymentRecord: Hashable, Sendable {
    public var appointmentID: AppointmentID
    /// ISO 4217, upper case, as the appointment's price.
    public var currency: String
    /// The provider's payment page (a Stripe Checkout Session) and where it lives.
    public var sessionID: String?
    public var sessionURL: String?
    public var sessionExpiresAt: Date?
    /// The hold the page was made for: a new hold (after a move or a second hold) needs a new page.
    public var sessionHoldExpiresAt: Date?
    /// The provider's payment (a Stripe PaymentIntent id), needed for a refund.
    public var paymentIntent: String?
    /// What the provider took, in minor units.
    public var amountPaidMinor: Int64?
    public var paidAt: Date?
    /// The part of the deposit paid from the client's credit, in minor units.
    public var creditAppliedMinor: Int64
    /// `pending` (a refund job is due), `succeeded`, `partial`, `failed`, `manual` (to be refunded by hand).
    public var refundStatus: RefundStatus?
    public var refundID: String?
    public var refundedMinor: Int64?
    /// Why the last refund attempt failed, as the provider said it.
    public var refundError: String?
    public var refundedAt: Date?

    public init(appointmentID: AppointmentID, currency: String, sessionID: String? = nil, sessionURL: String? = nil, sessionExpiresAt: Date? = nil,
                sessionHoldExpiresAt: Date? = nil, paymentIntent: String? = nil, amountPaidMinor: Int64? = nil, paidAt: Date? = nil,
                creditAppliedMinor: Int64 = 0, refundStatus: RefundStatus? = nil, refundID: String? = nil, refundedMinor: Int64? = nil,
                refundError: String? = nil, refundedAt: Date? = nil) {
        self.appointmentID = appointmentID
        self.currency = currency
        self.sessionID = sessionID
        self.sessionURL = sessionURL
        self.sessionExpiresAt = sessionExpiresAt
        self.sessionHoldExpiresAt = sessionHoldExpiresAt
        self.paymentIntent = paymentIntent
        self.amountPaidMinor = amountPaidMinor
        self.paidAt = paidAt
        self.creditAppliedMinor = creditAppliedMinor
        self.refundStatus = refundStatus
        self.refundID = refundID
        self.refundedMinor = refundedMinor
        self.refundError = refundError
        self.refundedAt = refundedAt
    }

    /// The part of the deposit paid from credit, as money.
    public var creditApplied: Money { Money(minorUnits: creditAppliedMinor, currency: currency) }

    /// What the provider took, as money (zero when nothing was paid through it).
    public var amountPaid: Money { Money(minorUnits: amountPaidMinor ?? 0, currency: currency) }
}

/// One line of a client's deposit credit: credit kept from a cancelled visit, or credit spent on the next deposit.
public struct CreditEntry: Hashable, Sendable {
    /// Positive when credit is kept, negative when it is spent or taken back.
    public var amount: Money
    public var appointmentID: AppointmentID?
    public var reason: String
    public var at: Date

    public init(amount: Money, appointmentID: AppointmentID?, reason: String, at: Date) {
        self.amount = amount
        self.appointmentID = appointmentID
        self.reason = reason
        self.at = at
    }
}

/// Where a deposit's refund stands.
public enum RefundStatus: String, Hashable, Sendable, CaseIterable {
    /// A refund job is due.
    case pending
    case succeeded
    /// The provider refunded part of it (the rest was spent or is held).
    case partial
    /// The provider refused it; staff see why.
    case failed
    /// To be refunded by hand (no payment provider, or nothing to refund through it).
    case manual
    /// The provider took it and the bank has it; the provider's event confirms it later.
    case processing

    /// What a provider's refund status (Stripe's `succeeded`, `pending`, `requires_action`, `failed`, `canceled`) means here.
    public init(provider status: String) {
        switch status {
        case "succeeded": self = .succeeded
        case "failed", "canceled": self = .failed
        default: self = .processing
        }
    }

    /// A stored status; older releases stored a refund's provider word as it came (`requires_action`, `canceled`).
    public init(stored status: String) {
        self = RefundStatus(rawValue: status) ?? RefundStatus(provider: status)
    }
}
