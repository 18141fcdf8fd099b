import BookingCore
import Foundation
import Store

/// What a change to an appointment means for its fee, written in the same transaction as the change: a fee made due is
/// noted for the front desk or, where the policy charges cards and the client saved one with a deposit, a charge job is
/// scheduled; a no-show undone voids a fee not yet taken.
struct FeeCollection {
    let tx: any StoreTransaction
    let now: Date

    func settle(_ transition: AppointmentTransition, policies: Policies) throws {
        let a = transition.appointment
        if let fee = transition.fee {
            let card = try tx.depositPayment(a.id)?.paymentIntent
            if policies.fees.charge == .card, card != nil {
                try tx.recordFee(a.id, fee, status: .pending, at: now)
                try tx.schedule(party: "engine", due: now, payload: JobPayload.chargeFee(a.id).json, appointment: nil, at: now)
                try audit(a.id, "feeScheduled", "\(fee.amount) \(Self.name(fee.kind)) to be charged to the card saved with the deposit")
            } else {
                try tx.recordFee(a.id, fee, status: .noted, at: now)
                let why = policies.fees.charge == .card ? "no card is saved for this visit: collect it at the desk" : "to collect at the desk"
                try audit(a.id, "feeNoted", "\(fee.amount) \(Self.name(fee.kind)), \(why)")
            }
        }
        if transition.removesAttendanceMark, let fee = try tx.fee(a.id), fee.kind == .noShow {
            switch fee.status {
            case .noted, .pending, .failed:
                try tx.updateFee(a.id, status: .void, at: now)
                try audit(a.id, "feeVoid", "\(fee.amount) no-show fee no longer owed: the visit was reinstated")
            case .charged:
                try audit(a.id, "feeToRefund", "\(fee.amount) no-show fee was charged (\(fee.paymentIntent ?? "payment")): refund it by hand")
            case .void:
                break
            }
        }
    }

    static func name(_ kind: FeeDue.Kind) -> String {
        switch kind {
        case .lateCancel: "late-cancellation fee"
        case .noShow: "no-show fee"
        }
    }

    /// Audited as the payments part, like a deposit's settlement.
    func audit(_ id: AppointmentID, _ action: String, _ detail: String) throws {
        try DepositSettlement(tx: tx, now: now).audit(id, action, detail)
    }
}
