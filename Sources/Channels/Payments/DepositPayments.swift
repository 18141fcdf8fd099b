import BookingCore
import Foundation

/// A payment provider as SlotKeeper needs it for deposits: a payment page for a held slot, a refund, closing a page early.
/// The live one is `StripePayments`; tests run it against a fake Stripe on loopback.
public protocol DepositPayments: Sendable {
    /// Opens a hosted payment page for one deposit.
    func createCheckout(_ request: CheckoutRequest) async throws(PaymentFailure) -> CheckoutPage
    /// Refunds a payment (all of what is left of it unless `amount` says less).
    func refund(_ request: RefundRequest) async throws(PaymentFailure) -> RefundReceipt
    /// Closes a payment page that is still open, so nobody pays for a hold that was released.
    func expireCheckout(_ pageID: String) async throws(PaymentFailure)
    /// Charges a fee to the card the client saved when paying a deposit, without the client present.
    func chargeSavedCard(_ request: CardChargeRequest) async throws(PaymentFailure) -> CardChargeReceipt
}

/// A fee to take from the card saved with a deposit.
public struct CardChargeRequest: Hashable, Sendable {
    /// The deposit's payment (`pi_…`), whose card and customer are charged.
    public var depositPayment: String
    public var amount: Money
    /// What the client's statement and the provider's dashboard show, e.g. "Late cancellation fee: Swedish massage".
    public var description: String
    /// `fee-<appointment>`: a retry after a timeout can't charge twice.
    public var idempotencyKey: String
    public var appointmentID: AppointmentID

    public init(depositPayment: String, amount: Money, description: String, idempotencyKey: String, appointmentID: AppointmentID) {
        self.depositPayment = depositPayment
        self.amount = amount
        self.description = description
        self.idempotencyKey = idempotencyKey
        self.appointmentID = appointmentID
    }
}

/// What the provider answered to a charge.
public struct CardChargeReceipt: Hashable, Sendable {
    /// The provider's payment for the fee (`pi_…`).
    public var id: String
    /// `succeeded`, `processing`, `requires_action` (the bank wants the client present), …
    public var status: String

    public init(id: String, status: String) {
        self.id = id
        self.status = status
    }
}

/// What a deposit's payment page shows and where it leads.
public struct CheckoutRequest: Hashable, Sendable {
    public var appointmentID: AppointmentID
    /// The amount to pay now (the deposit less any credit), in the appointment's currency.
    public var amount: Money
    /// The line the client sees, e.g. "Deposit: Deep tissue massage, Tue 24 Nov 15:00".
    public var productName: String
    /// Our page after a successful payment, and the one "back" leads to.
    public var successURL: String
    public var cancelURL: String
    /// When the page stops taking payments.
    public var expiresAt: Date
    /// The same key for the same hold: a retried request answers with the first page instead of making a second.
    public var idempotencyKey: String
    /// Pre-filled on the page, when we know it.
    public var customerEmail: String?
    /// The client's language, e.g. `es`.
    public var locale: String?
    /// Keep the card for fees the policy charges later (the page tells the client so).
    public var saveCard: Bool

    public init(appointmentID: AppointmentID, amount: Money, productName: String, successURL: String, cancelURL: String, expiresAt: Date,
                idempotencyKey: String, customerEmail: String? = nil, locale: String? = nil, saveCard: Bool = false) {
        self.saveCard = saveCard
        self.appointmentID = appointmentID
        self.amount = amount
        self.productName = productName
        self.successURL = successURL
        self.cancelURL = cancelURL
        self.expiresAt = expiresAt
        self.idempotencyKey = idempotencyKey
        self.customerEmail = customerEmail
        self.locale = locale
    }
}

/// A payment page the provider opened.
public struct CheckoutPage: Hashable, Sendable {
    /// The provider's id for it (`cs_…`).
    public var id: String
    /// Where to send the client.
    public var url: String
    public var expiresAt: Date

    public init(id: String, url: String, expiresAt: Date) {
        self.id = id
        self.url = url
        self.expiresAt = expiresAt
    }
}

/// A refund to make.
public struct RefundRequest: Hashable, Sendable {
    /// The provider's payment (`pi_…`).
    public var paymentIntent: String
    /// Less than the whole payment; nil refunds all that is left of it.
    public var amount: Money?
    /// `refund-<appointment>`: a retry after a timeout can't refund twice.
    public var idempotencyKey: String
    public var appointmentID: AppointmentID
    /// Whether the client asked for it (the provider records it as requested by the customer).
    public var requestedByClient: Bool

    public init(paymentIntent: String, amount: Money? = nil, idempotencyKey: String, appointmentID: AppointmentID, requestedByClient: Bool) {
        self.paymentIntent = paymentIntent
        self.amount = amount
        self.idempotencyKey = idempotencyKey
        self.appointmentID = appointmentID
        self.requestedByClient = requestedByClient
    }
}

/// What the provider answered to a refund.
public struct RefundReceipt: Hashable, Sendable {
    /// The provider's id for it (`re_…`).
    public var id: String
    /// `succeeded`, `pending` (the bank has it), `requires_action`, `failed`, `canceled`.
    public var status: String
    /// How much was refunded, in minor units.
    public var amountMinor: Int64?

    public init(id: String, status: String, amountMinor: Int64?) {
        self.id = id
        self.status = status
        self.amountMinor = amountMinor
    }
}

/// Why a payment call failed, as the caller needs to know it.
public enum PaymentFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// Try again later: the provider or the network is down, slow, or rate-limiting (`retryAfter` when it says).
    case transient(String, retryAfter: TimeInterval?)
    /// The provider refused the request itself; retrying the same request won't help. `code` is the provider's error code.
    case refused(String, code: String?)

    public var description: String {
        switch self {
        case .transient(let s, _): s
        case .refused(let s, let code): code.map { "\(s) (\($0))" } ?? s
        }
    }
}
