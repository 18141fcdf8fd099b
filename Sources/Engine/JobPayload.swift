import BookingCore
import Conversation
import Foundation

/// What a durable job runs. Every follow-up of an event is a job, so a crash loses nothing.
enum JobPayload: Codable, Sendable, Hashable {
    /// A conversation timer (reminder, expiry, win-back, follow-up, attendance check).
    case timer(TimerEvent)
    /// A new booking: reminders get scheduled; an unpaid hold asks for its deposit.
    case booked(AppointmentID)
    /// Offer freed slots to a waitlisted client.
    case offer([OfferedSlot], entry: WaitlistEntryID?, holdMinutes: Int)
    /// Tell a client a slot they were offered has gone.
    case slotTaken(OfferedSlot)
    /// Offer a freed slot to the next waitlisted clients.
    case refill(OfferedSlot)
    /// An unpaid deposit hold runs out: release it and offer the slot on.
    case holdExpiry(AppointmentID)
    /// "Confirm or release": offer an unconfirmed visit's slot to the waitlist as a standby.
    case standbyRefill(OfferedSlot, appointment: AppointmentID)
    /// Ask a waitlisted client to queue for a slot that may come free.
    case standbyOffer(OfferedSlot, entry: WaitlistEntryID?, until: Date)
    /// The slot a client queued for came free and is booked for them.
    case standbyWon(AppointmentID)
    /// The slot a client queued for won't be theirs.
    case standbyLost(OfferedSlot)
    /// An escalation still unanswered: remind, then hand to the manager.
    case escalationReminder(id: String, round: Int)
    /// A message that could not be delivered on its channel: try the client's next channel.
    case fallback(outboxID: Int64, failed: Channel)
    /// Refund a paid deposit through the payment provider (retried with backoff; the result is audited).
    case refund(AppointmentID)
    /// Close the payment page of a hold that was released, so nobody pays for a slot that is gone.
    case expireCheckout(AppointmentID, pageID: String)
    /// Settle an outbox row whose send had no answer (begun at `since`): found at the provider, it is sent; else sent again.
    case settleSend(outboxID: Int64, since: Date)
    /// Charge a late-cancel or no-show fee to the card saved with the deposit (retried with backoff; a refusal goes to staff).
    case chargeFee(AppointmentID)
    /// Hand a payment matter (a fee not charged, a refund not made, a deposit to take at the desk) to staff, on the client's thread.
    case paymentNeedsPerson(AppointmentID, client: ClientID, what: String)

    var json: String { String(decoding: try! JSONEncoder().encode(self), as: UTF8.self) }

    static func decode(_ text: String) throws -> JobPayload { try JSONDecoder().decode(JobPayload.self, from: Data(text.utf8)) }

    /// The appointment the job is about, so cancelling an appointment's jobs finds it.
    var appointment: AppointmentID? {
        switch self {
        case .timer(let t): t.appointment
        case .booked(let a), .holdExpiry(let a): a
        default: nil
        }
    }
}

extension Party {
    /// `client:ID` or `staff:ID`, the thread's key in the store.
    public var key: String {
        switch self {
        case .client(let c): "client:\(c)"
        case .staff(let s): "staff:\(s)"
        }
    }

    public init?(key: String) {
        if key.hasPrefix("client:") { self = .client(ClientID(String(key.dropFirst(7)))) } else if key.hasPrefix("staff:") {
            self = .staff(StaffID(String(key.dropFirst(6))))
        } else { return nil }
    }
}
