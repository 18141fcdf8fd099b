import BookingCore
import Channels
import Dialogs
import Foundation
import Store

extension Engine {
    /// Sets the deposit payment provider: payment pages, refunds and closing pages go through it from now on.
    public func register(payments: any DepositPayments) { self.payments = payments }

    // MARK: The payment page

    /// What a deposit's payment page shows, in the client's language; nil when there is no such appointment.
    public func depositPage(_ id: AppointmentID) async throws -> DepositPage? {
        let now = self.now, dialogs = self.dialogs, config = self.config
        return try await store.read { tx -> DepositPage? in
            guard let a = try tx.appointment(id), let location = try tx.location(a.locationID) else { return nil }
            let client = try tx.client(a.clientID)
            let service = try tx.services().first { $0.id == a.serviceID }?.name ?? a.serviceID.rawValue
            let locale = dialogs.resolvedLocale(client?.locale ?? "en")
            let zone = location.timeZone
            let state: DepositPage.State
            if a.status == .awaitingDeposit, let hold = a.holdExpiresAt, hold > now {
                state = .awaiting
            } else if case .paid = a.deposit, a.status != .cancelled {
                state = .paid
            } else if a.deposit == .notRequired && a.status.holdsSlot && a.status != .awaitingDeposit {
                state = .nothingDue
            } else {
                state = .released
            }
            var values: [String: DialogValue] = ["when": .dateTime(LocalDateTime(a.start, in: zone))]
            if let amount = a.deposit.amount { values["amount"] = .money(amount) }
            if state == .awaiting, let hold = a.holdExpiresAt { values["until"] = .time(LocalDateTime(hold, in: zone).time) }
            let text = dialogs.plainValues(values, locale: locale)
            let short = dialogs.locales[locale]?.formats.formatShort(LocalDateTime(a.start, in: zone)) ?? text["when"] ?? ""
            return DepositPage(appointmentID: id, state: state, locale: locale, service: service, when: text["when"] ?? "", whenShort: short,
                               amount: text["amount"] ?? "",
                               holdUntil: text["until"], business: config.businessName ?? location.name, bookingLink: config.bookingLink)
        }
    }

    /// The provider's payment page for a held slot: the one made for this hold when it is still open, else a new one.
    public func checkout(_ id: AppointmentID, productName: String, successURL: String, cancelURL: String) async throws -> CheckoutOutcome {
        guard let payments else { return .notConfigured }
        let now = self.now
        let found = try await store.read { tx in (try tx.appointment(id), try tx.depositPayment(id)) }
        guard let a = found.0, a.status == .awaitingDeposit, let hold = a.holdExpiresAt, hold > now, case .required(let amount) = a.deposit else {
            return .notAwaiting
        }
        // Times come back from the database as floating-point seconds: the same hold is the same to the second.
        if let payment = found.1, let url = payment.sessionURL, let madeFor = payment.sessionHoldExpiresAt, abs(madeFor.timeIntervalSince(hold)) < 1,
           let expires = payment.sessionExpiresAt, expires > now.addingTimeInterval(60) {
            return .redirect(url)
        }
        let client = try await store.client(a.clientID)
        let expires = Self.checkoutExpiry(hold: hold, now: now)
        // One key per hold; a hold longer than a day gets a page per day-long window, each with its own key.
        let window = expires < hold ? "-\(Int(expires.timeIntervalSince1970.rounded()))" : ""
        // Where the policy charges fees to cards, the deposit's page saves the card for them.
        let saveCard = try await store.policies(for: a.locationID).fees.charge == .card
        let request = CheckoutRequest(appointmentID: id, amount: amount, productName: productName, successURL: successURL, cancelURL: cancelURL,
                                      expiresAt: expires, idempotencyKey: "checkout-\(id)-\(Int(hold.timeIntervalSince1970.rounded()))\(window)",
                                      customerEmail: client?.addresses[.email], locale: client?.locale, saveCard: saveCard)
        let page: CheckoutPage
        do throws(PaymentFailure) {
            page = try await payments.createCheckout(request)
        } catch {
            return .unavailable(error.description)
        }
        try await store.transaction { tx in
            try tx.saveCheckoutSession(id, currency: amount.currency, id: page.id, url: page.url, expiresAt: page.expiresAt, holdExpiresAt: hold, at: now)
        }
        return .redirect(page.url)
    }

    /// When the payment page of a hold stops taking payments. Stripe takes 30 minutes to 24 hours after the page is made, and
    /// holds are often shorter (30 minutes from the booking, some of them gone by the time the link is opened): a hold ending
    /// sooner gets its end plus 31 minutes, one ending later than a day is stepped back in whole hours. Both follow from the hold
    /// alone, so a retried request is the same request and the idempotency key returns the first page. A page that outlives its
    /// hold is closed when the hold is released (`expireCheckout`), and a payment that still gets through is refunded.
    static func checkoutExpiry(hold: Date, now: Date) -> Date {
        let earliest = now.addingTimeInterval(31 * 60), latest = now.addingTimeInterval(24 * 3600 - 60)
        if hold < earliest { return hold.addingTimeInterval(31 * 60) }
        if hold > latest { return hold.addingTimeInterval(-3600 * (hold.timeIntervalSince(latest) / 3600).rounded(.up)) }
        return hold
    }

    // MARK: The provider's events

    /// The provider's word that a deposit was paid (its event id is `key`): the payment is kept for a later refund, the held slot
    /// becomes a confirmed booking, and a payment for a hold already released is refunded.
    public func depositPaid(_ id: AppointmentID, key: String, payment: ProviderPayment) async throws {
        let now = self.now
        guard let a = try await store.appointment(id) else { throw StoreError.notFound(kind: "appointment", id: id.rawValue) }
        try await store.transaction { tx in
            try tx.recordDepositPaid(id, currency: payment.amount?.currency ?? a.price.currency, paymentIntent: payment.paymentIntent,
                                     amountMinor: payment.amount?.minorUnits, sessionID: payment.pageID, at: now)
        }
        try await depositPaid(id, key: key)
        try await store.transaction { tx in try DepositSettlement(tx: tx, now: now).refundPaymentForReleasedHold(id) }
    }

    /// The provider reports a refund (`charge.refunded`: ours, or one made by hand in its dashboard): it is recorded on the
    /// appointment. Returns the appointment, nil when the payment is not one of ours.
    @discardableResult
    public func refundReported(paymentIntent: String?, appointment hint: AppointmentID?, refunded: Money, fully: Bool, key: String) async throws
        -> AppointmentID? {
        let now = self.now
        return try await store.transaction { tx -> AppointmentID? in
            let byPayment = try paymentIntent.flatMap { try tx.appointment(paymentIntent: $0) }
            // A payment named but not a deposit of ours (a fee charged to the saved card, say) is not a deposit refund, whatever its metadata.
            let id = try byPayment ?? (paymentIntent == nil ? hint.flatMap { try tx.depositPayment($0) != nil ? $0 : nil } : nil)
            guard try !tx.isProcessed(key) else { return id }
            try tx.markProcessed(key, at: now)
            guard let id else { return nil }
            try tx.recordRefund(id, status: fully ? .succeeded : .partial, refundID: nil, refundedMinor: refunded.minorUnits, error: nil, at: now)
            try DepositSettlement(tx: tx, now: now).audit(id, "refundReported", "\(refunded) refunded" + (fully ? "" : " (part of the payment)"))
            return id
        }
    }

    // MARK: Jobs

    /// Attempts at a refund before it is handed to a person; the waits double from a minute up to six hours (about a day in all).
    static let refundAttempts = 10

    static func refundBackoff(attempts: Int) -> TimeInterval { min(6 * 3600, 60 * pow(2, Double(attempts))) }

    /// Refunds a paid deposit through the provider with the idempotency key `refund-<appointment>`, so a retry after a timeout
    /// can't refund twice. Provider outages are retried with backoff; a refusal, or too many failures, is audited for staff.
    func refundDeposit(_ id: AppointmentID, job: StoredJob, key: String, now: Date) async throws {
        let found = try await store.read { tx in (try tx.appointment(id), try tx.depositPayment(id)) }
        guard let a = found.0, let payment = found.1, let intent = payment.paymentIntent, payment.refundStatus == .pending else {
            try await store.transaction { tx in try tx.finishJob(job.id) }
            return
        }
        let settle = { @Sendable (tx: any StoreTransaction) in DepositSettlement(tx: tx, now: now) }
        guard let payments else {
            try await store.transaction { tx in
                try tx.recordRefund(id, status: .manual, error: "no payment provider is set up", at: now)
                try settle(tx).audit(id, "refundByHand", "\(payment.amountPaid) is owed back, but no payment provider is set up: refund it by hand")
                try tx.finishJob(job.id)
            }
            return
        }
        let byClient: Bool = if case .client = a.cancellation?.by { true } else { false }
        let request = RefundRequest(paymentIntent: intent, idempotencyKey: "refund-\(id)", appointmentID: id, requestedByClient: byClient)
        let result: Result<RefundReceipt, PaymentFailure>
        do throws(PaymentFailure) {
            result = .success(try await payments.refund(request))
        } catch {
            result = .failure(error)
        }
        switch result {
        case .success(let receipt):
            // The provider's `pending` means the bank has it; the `charge.refunded` event confirms it later.
            let status = RefundStatus(provider: receipt.status)
            try await store.transaction { tx in
                try tx.recordRefund(id, status: status, refundID: receipt.id, refundedMinor: receipt.amountMinor, error: nil, at: now)
                try settle(tx).audit(id, "depositRefunded", "\(receipt.amountMinor.map { Money(minorUnits: $0, currency: payment.currency) } ?? payment.amountPaid) "
                                     + "back to the card (refund \(receipt.id), \(receipt.status))")
                try tx.finishJob(job.id)
            }
        case .failure(let error):
            switch error {
            case .refused(let message, let code) where code == "charge_already_refunded":
                try await store.transaction { tx in
                    try tx.recordRefund(id, status: .succeeded, error: message, at: now)
                    try settle(tx).audit(id, "depositRefunded", "the payment was already refunded")
                    try tx.finishJob(job.id)
                }
            case .refused(let message, _):
                try await store.transaction { tx in
                    try tx.recordRefund(id, status: .failed, error: message, at: now)
                    try settle(tx).audit(id, "refundFailed", "\(message): refund \(payment.amountPaid) by hand in the payment provider's dashboard")
                    try Self.handToPerson(tx, id, client: a.clientID, what: "the \(payment.amountPaid) deposit refund was refused (\(message)): refund it by hand",
                                          now: now)
                    try tx.retryJob(job.id, next: now, giveUp: true)
                }
            case .transient(let message, let retryAfter):
                let giveUp = job.attempts + 1 >= Self.refundAttempts
                let next = now.addingTimeInterval(max(retryAfter ?? 0, Self.refundBackoff(attempts: job.attempts)))
                try await store.transaction { tx in
                    try tx.recordRefund(id, status: giveUp ? .failed : .pending, error: message, at: now)
                    if giveUp {
                        try settle(tx).audit(id, "refundFailed", "\(message), \(Self.refundAttempts) attempts: refund \(payment.amountPaid) by hand")
                        try Self.handToPerson(tx, id, client: a.clientID, what: "the \(payment.amountPaid) deposit refund failed \(Self.refundAttempts) times "
                                              + "(\(message)): refund it by hand", now: now)
                    }
                    try tx.retryJob(job.id, next: next, giveUp: giveUp)
                }
                observer?(.jobFailed(id: job.id, error: message))
            }
        }
    }

    /// Closes the payment page of a released hold while it is still unpaid; a page already closed or paid needs nothing.
    func expireCheckout(_ id: AppointmentID, pageID: String, job: StoredJob, key: String, now: Date) async throws {
        let paid = try await store.read { tx in try tx.depositPayment(id)?.paidAt != nil }
        if let payments, !paid {
            do throws(PaymentFailure) {
                try await payments.expireCheckout(pageID)
            } catch {
                // Already complete or expired: nothing to close. An outage is retried by the job's own backoff.
                if case .transient = error { throw error }
            }
        }
        try await store.transaction { tx in try tx.finishJob(job.id) }
    }
}
