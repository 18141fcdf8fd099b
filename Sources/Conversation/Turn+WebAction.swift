import BookingCore
import Foundation

extension Turn {
    /// A change the client made on the booking page: confirmed, cancelled or moved as if they had replied so, with the same
    /// receipts, fees, waitlist refill and hand-overs. A visit that is no longer upcoming, or a time that is no longer free,
    /// changes nothing (the page reads the visit again and says how it stands).
    mutating func webAction(_ action: WebAction) {
        guard let a = context.appointment(action.appointment), a.status.isUpcoming, a.start > now else { return }
        switch action {
        case .confirm: confirm(a, question: nil)
        case .cancel: cancel(a, text: "cancelled on the booking page")
        case .move(_, let slot):
            if let reason = needsPerson(for: a) {
                escalate(reason, text: "asked on the booking page to move to \(LocalDateTime(slot.start, in: zone))", appointment: a.id)
                return
            }
            guard slot.start > now, slot.locationID == a.locationID, slot.serviceID == a.serviceID, context.isFree(slot, excluding: a.id) else { return }
            closeQuestions(about: a.id)
            moveInto(slot, a)
        }
    }
}
