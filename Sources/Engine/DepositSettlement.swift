import BookingCore
import Foundation
import Store

/// What a change to an appointment means for the money of its deposit, written in the same transaction as the change:
/// a refund job, credit kept or given back, a payment page closed. A crash can't lose a refund that is owed.
///
/// The lifecycle decides the deposit's fate (`refunded`, `forfeited`, `credited`, from `LateCancelPolicy`); the payment row
/// says how it was paid: by card through the provider (`paymentIntent`, `amountPaid`), from credit (`creditApplied`), or both.
/// The appointment's deposit amount is the part asked of the card: a deposit the client's credit paid in full is `paid(0)`.
struct DepositSettlement {
    let tx: any StoreTransaction
    let now: Date

    /// The changes that can move a deposit's money.
    static func concerns(_ change: AppointmentChange) -> Bool {
        switch change {
        case .cancel, .cancelOnTerms, .noShow, .reinstate, .holdExpired: true
        default: false
        }
    }

    /// Carries out what the change from `before` to `after` means for the deposit.
    func settle(before: Appointment, after: Appointment) throws {
        let id = after.id, client = after.clientID
        let payment = try tx.depositPayment(id)
        let currency = after.deposit.amount?.currency ?? after.price.currency
        let credit = payment?.creditAppliedMinor ?? 0
        // What went through the card: the provider's amount when it reported one, else the deposit's own amount.
        let card = { (m: Money) in payment?.amountPaidMinor ?? m.minorUnits }
        let money = { (minor: Int64) in Money(minorUnits: minor, currency: currency) }
        switch (before.deposit, after.deposit) {
        case (.paid(let m), .refunded):
            try tx.addCredit(client, money(credit), appointment: id, reason: "credit used for this deposit given back", at: now)
            let owed = card(m)
            if owed == 0 {
                if credit > 0 { try audit(id, "creditReturned", "\(money(credit)) back to credit") }
            } else if let payment, payment.paymentIntent != nil {
                guard payment.refundStatus == nil || payment.refundStatus == .failed else { return }
                try tx.recordRefund(id, status: .pending, at: now)
                try tx.schedule(party: "engine", due: now, payload: JobPayload.refund(id).json, appointment: nil, at: now)
                try audit(id, "refundScheduled", "\(money(owed)) back to the card" + (credit > 0 ? ", \(money(credit)) back to credit" : ""))
            } else {
                // Paid somewhere SlotKeeper can't refund through (a payment link of another system): staff refund it.
                if payment != nil { try tx.recordRefund(id, status: .manual, at: now) }
                try audit(id, "refundByHand", "\(money(owed)) is owed back, but no payment through the provider is recorded: refund it by hand")
            }
        case (.paid(let m), .credited):
            let total = money(card(m) + credit)
            try tx.addCredit(client, total, appointment: id, reason: "deposit kept as credit for the next booking", at: now)
            try audit(id, "depositCredited", "\(total) kept as credit for the next booking")
        case (.credited(let m), .paid):
            // A no-show marked by mistake is undone: the credit it gave is taken back, the deposit counts as paid again.
            try tx.addCredit(client, money(-(card(m) + credit)), appointment: id, reason: "credit taken back: the visit was reinstated", at: now)
        case (.required, .required) where after.status == .cancelled:
            // An unpaid hold ended: the credit it used goes back, and its payment page is closed so nobody pays for it now.
            try tx.addCredit(client, money(credit), appointment: id, reason: "hold released: credit given back", at: now)
            if let page = payment?.sessionID, payment?.paidAt == nil {
                try tx.schedule(party: "engine", due: now, payload: JobPayload.expireCheckout(id, pageID: page).json, appointment: nil, at: now)
            }
        default:
            break
        }
    }

    /// A payment that arrived for a hold already released (the page outlived it): the slot is gone, so the money goes back.
    func refundPaymentForReleasedHold(_ id: AppointmentID) throws {
        guard let a = try tx.appointment(id), let payment = try tx.depositPayment(id), payment.paymentIntent != nil,
              payment.refundStatus == nil else { return }
        if case .paid = a.deposit { return }
        try tx.recordRefund(id, status: .pending, at: now)
        try tx.schedule(party: "engine", due: now, payload: JobPayload.refund(id).json, appointment: nil, at: now)
        try audit(id, "refundScheduled", "\(payment.amountPaid) paid after the hold was released (\(a.status.rawValue)): refunded")
    }

    func audit(_ id: AppointmentID, _ action: String, _ detail: String) throws {
        try tx.audit(AuditEntry(at: now, actor: .system("payments"), subjectKind: "appointment", subjectID: id.rawValue, action: action, detail: detail))
    }
}
