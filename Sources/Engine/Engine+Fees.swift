import BookingCore
import Channels
import Conversation
import Foundation
import Store

/// Fees charged to the card a client saved with a deposit, and payment failures handed to staff.
extension Engine {
    /// Attempts at a fee charge before it is handed to a person; the waits double from a minute (as for refunds).
    static let feeAttempts = 8

    /// Charges a pending fee to the card saved with the appointment's deposit, with the idempotency key `fee-<appointment>`, so a
    /// retry after a timeout can't charge twice. Outages are retried with backoff; a refusal (a declined card, one that needs the
    /// client present) or too many failures goes to staff as an escalation, and the fee stays for the front desk.
    func chargeFee(_ id: AppointmentID, job: StoredJob, key: String, now: Date) async throws {
        let found = try await store.read { tx in (try tx.appointment(id), try tx.fee(id), try tx.depositPayment(id)) }
        guard let a = found.0, let fee = found.1, fee.status == .pending else {
            try await store.transaction { tx in try tx.finishJob(job.id) }
            return
        }
        let what = "\(fee.amount) \(FeeCollection.name(fee.kind))"
        let audit = { @Sendable (tx: any StoreTransaction, action: String, detail: String) in
            try FeeCollection(tx: tx, now: now).audit(id, action, detail)
        }
        guard let payments, let card = found.2?.paymentIntent else {
            try await store.transaction { tx in
                try tx.updateFee(id, status: .noted, error: "no payment provider or saved card", at: now)
                try audit(tx, "feeNoted", "\(what): no card to charge, collect it at the desk")
                try tx.finishJob(job.id)
            }
            return
        }
        let service = try await store.services().first { $0.id == a.serviceID }?.name ?? a.serviceID.rawValue
        let request = CardChargeRequest(depositPayment: card, amount: fee.amount, description: "\(FeeCollection.name(fee.kind).capitalizedFirst): \(service)",
                                        idempotencyKey: "fee-\(id)", appointmentID: id)
        let result: Result<CardChargeReceipt, PaymentFailure>
        do throws(PaymentFailure) {
            result = .success(try await payments.chargeSavedCard(request))
        } catch {
            result = .failure(error)
        }
        switch result {
        case .success(let receipt) where receipt.status == "succeeded" || receipt.status == "processing":
            try await store.transaction { tx in
                // Staff may have reinstated the no-show while the card was being charged: then the money goes back, by a person.
                if try tx.markFeeCharged(id, paymentIntent: receipt.id, at: now) {
                    try audit(tx, "feeCharged", "\(what) charged to the saved card (\(receipt.id), \(receipt.status))")
                } else {
                    try audit(tx, "feeToRefund", "\(what) was charged (\(receipt.id)) after the fee was voided: refund it by hand")
                    try Self.handToPerson(tx, id, client: a.clientID, what: "\(what) was charged (\(receipt.id)) after the visit was reinstated: refund it",
                                          now: now)
                }
                try tx.finishJob(job.id)
            }
        case .success(let receipt):
            try await feeFailed(id, a, what: what, reason: "the bank wants the client present (\(receipt.status))", job: job, now: now)
        case .failure(.refused(_, let code)) where code == "no_saved_card":
            // A deposit paid before cards were kept: nothing to charge, the desk collects it.
            try await store.transaction { tx in
                try tx.updateFee(id, status: .noted, error: "no card saved with the deposit", at: now)
                try audit(tx, "feeNoted", "\(what): no card was saved with the deposit, collect it at the desk")
                try tx.finishJob(job.id)
            }
        case .failure(.refused(let message, _)):
            try await feeFailed(id, a, what: what, reason: message, job: job, now: now)
        case .failure(.transient(let message, let retryAfter)):
            if job.attempts + 1 >= Self.feeAttempts {
                try await feeFailed(id, a, what: what, reason: "\(message), \(Self.feeAttempts) attempts", job: job, now: now)
            } else {
                let next = now.addingTimeInterval(max(retryAfter ?? 0, Self.refundBackoff(attempts: job.attempts)))
                try await store.transaction { tx in
                    try tx.updateFee(id, status: .pending, error: message, at: now)
                    try tx.retryJob(job.id, next: next, giveUp: false)
                }
                observer?(.jobFailed(id: job.id, error: message))
            }
        }
    }

    /// A fee the card did not pay: recorded as failed and handed to staff, in one transaction.
    private func feeFailed(_ id: AppointmentID, _ a: Appointment, what: String, reason: String, job: StoredJob, now: Date) async throws {
        try await store.transaction { tx in
            try tx.updateFee(id, status: .failed, error: reason, at: now)
            try FeeCollection(tx: tx, now: now).audit(id, "feeFailed", "\(what) not charged: \(reason)")
            try Self.handToPerson(tx, id, client: a.clientID, what: "\(what) could not be charged to the saved card (\(reason)): collect it from the client",
                                  now: now)
            try tx.retryJob(job.id, next: now, giveUp: true)
        }
    }

    /// Schedules, inside the caller's transaction, the hand-off of a payment matter to staff (an escalation on the client's
    /// thread), so it can't be lost between the failure being recorded and a person being told.
    static func handToPerson(_ tx: any StoreTransaction, _ id: AppointmentID, client: ClientID, what: String, now: Date) throws {
        let payload = JobPayload.paymentNeedsPerson(id, client: client, what: what)
        try tx.schedule(party: Party.client(client).key, due: now, payload: payload.json, appointment: nil, at: now)
    }
}

extension String {
    /// The same text with its first letter upper case.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
