import BookingCore
import Foundation

/// What the client's payment page says about a deposit, in the client's language: what it is for, when, how much.
public struct DepositPage: Hashable, Sendable {
    /// Where the deposit stands for the page.
    public enum State: Hashable, Sendable {
        /// The slot is held and the deposit can be paid now.
        case awaiting
        /// The deposit is paid (or was paid from credit): the booking stands.
        case paid
        /// The hold ran out or the visit was cancelled: there is nothing to pay.
        case released
        /// The visit needs no deposit: there is nothing to pay and the booking stands.
        case nothingDue
    }

    public var appointmentID: AppointmentID
    public var state: State
    /// The language of the page: the client's, as the message catalogue resolves it (`en` when unknown).
    public var locale: String
    public var service: String
    /// The visit's date and time in the location's zone, written the client's way.
    public var when: String
    /// The same, short (`Tue 24 Nov 15:00`), for the line on the provider's page.
    public var whenShort: String
    /// What is to pay now (the deposit less credit), written the client's way.
    public var amount: String
    /// When the hold runs out (local time), while it runs.
    public var holdUntil: String?
    public var business: String
    /// Where to book again after a released hold.
    public var bookingLink: String

    public init(appointmentID: AppointmentID, state: State, locale: String, service: String, when: String, whenShort: String, amount: String,
                holdUntil: String?, business: String, bookingLink: String) {
        self.appointmentID = appointmentID
        self.state = state
        self.locale = locale
        self.service = service
        self.when = when
        self.whenShort = whenShort
        self.amount = amount
        self.holdUntil = holdUntil
        self.business = business
        self.bookingLink = bookingLink
    }
}

/// What opening the payment page of a held slot came to.
public enum CheckoutOutcome: Hashable, Sendable {
    /// Send the client here (the provider's hosted page).
    case redirect(String)
    /// The slot is not waiting for a deposit (paid, released, or unknown): show the page for its state instead.
    case notAwaiting
    /// No payment provider is set up.
    case notConfigured
    /// The provider failed (down, or refused the request): try again in a minute. The reason is for the log.
    case unavailable(String)
}

/// A payment the provider reports for a deposit: what a refund of it later needs.
public struct ProviderPayment: Hashable, Sendable {
    /// The provider's payment (`pi_…`).
    public var paymentIntent: String?
    /// What was taken.
    public var amount: Money?
    /// The payment page it was made on (`cs_…`).
    public var pageID: String?

    public init(paymentIntent: String?, amount: Money?, pageID: String?) {
        self.paymentIntent = paymentIntent
        self.amount = amount
        self.pageID = pageID
    }
}
