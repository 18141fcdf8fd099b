import BookingCore
import Foundation
import Intents

/// Something that happened to a thread: a reply, a timer, a staff action, or a booking change from outside.
public enum ConversationEvent: Equatable, Sendable {
    case inbound(InboundReply)
    case timer(TimerEvent)
    case staff(StaffAction)
    case booking(BookingChange)
    /// What the client did themselves on the booking page, from a signed link.
    case web(WebAction)
}

/// A client's own change on the booking page ("manage your booking"): the same rules as if they had replied.
public enum WebAction: Hashable, Sendable {
    /// They confirmed they're coming.
    case confirm(AppointmentID)
    /// They cancelled, having seen the fee the policy asks when it is late.
    case cancel(AppointmentID)
    /// They picked another free time.
    case move(AppointmentID, to: OfferedSlot)

    /// The appointment acted on.
    public var appointment: AppointmentID {
        switch self {
        case .confirm(let a), .cancel(let a), .move(let a, _): a
        }
    }
}

/// A message a person sent, with what the reply matcher understood of it.
public struct InboundReply: Equatable, Sendable {
    public var channel: Channel
    public var text: String
    public var understanding: Understanding

    public init(channel: Channel, text: String, understanding: Understanding) {
        self.channel = channel
        self.text = text
        self.understanding = understanding
    }
}

/// A durable job coming due.
public enum TimerEvent: Hashable, Sendable, Codable {
    /// Step `step` (an index into the policy's cadence) of the reminders for an appointment.
    case reminderDue(AppointmentID, step: Int)
    case questionExpired(questionID: String)
    case winBackDue(AppointmentID)
    /// The win-back's second step: the booking link, when the first invitation booked nothing.
    case winBackReminderDue(AppointmentID)
    case followUpDue(AppointmentID)
    /// The visit ended with no arrival marked: ask staff.
    case attendanceCheckDue(AppointmentID)
    /// Staff did not answer the attendance check in time: mark per policy.
    case attendanceCheckLapsed(AppointmentID)
    /// "Confirm or release": after the last reminder, a visit still unconfirmed is at risk; its slot goes on standby.
    case releaseCheck(AppointmentID)

    /// The appointment the timer is about, if one.
    public var appointment: AppointmentID? {
        switch self {
        case .reminderDue(let a, _), .winBackDue(let a), .winBackReminderDue(let a), .followUpDue(let a), .attendanceCheckDue(let a),
             .attendanceCheckLapsed(let a), .releaseCheck(let a): a
        case .questionExpired: nil
        }
    }
}

/// What staff did, on the dashboard, through the API or by replying on their channel.
public enum StaffAction: Hashable, Sendable {
    case arrived(AppointmentID, by: StaffID)
    case noShow(AppointmentID, by: StaffID)
    /// Staff cancel a visit, with their decision on the fee and the deposit.
    case cancel(AppointmentID, by: StaffID, reason: String, terms: CancellationTerms = .policy)
    /// Staff undo a no-show marked by mistake: the visit counts as attended and the client's record loses the mark.
    case reinstate(AppointmentID, by: StaffID)
    /// A staff member's answer to an escalation, relayed to the client.
    case answer(escalationID: String, text: String, by: StaffID)
    /// A staff member closed an escalation without a message for the client ("DONE").
    case resolve(escalationID: String, by: StaffID)
}

/// A change to the book that the thread must know about.
public enum BookingChange: Hashable, Sendable {
    /// A new appointment for this client: reminders, attendance check and follow-up get scheduled.
    case booked(AppointmentID)
    /// The client booked this visit themselves on the booking page: as `booked`, and they get its receipt with its own link.
    case bookedOnline(AppointmentID)
    /// A fee could not be charged or a deposit refunded (`what` says which, and why): staff settle it; the client is not told.
    case paymentFailed(AppointmentID, what: String)
    /// Moved by someone else (staff, another system).
    case moved(AppointmentID, from: Date)
    /// Cancelled by someone else.
    case cancelled(AppointmentID)
    /// Offer these freed slots to this waitlisted client, holding the offer for `holdMinutes`.
    case offer([OfferedSlot], entry: WaitlistEntryID?, holdMinutes: Int)
    /// Someone else took a slot this client was offered.
    case slotTaken(OfferedSlot)
    /// A slot that may come free (its client hasn't confirmed): ask this waitlisted client to queue for it until `until`.
    case standbyOffer(OfferedSlot, entry: WaitlistEntryID?, until: Date)
    /// The slot this client queued for came free and is now booked for them.
    case standbyBooked(AppointmentID)
    /// The client paid the deposit for a held slot: it becomes a confirmed booking.
    case depositPaid(AppointmentID)
    /// The slot this client queued for won't come free (its client confirmed) or went to someone queued earlier.
    case standbyLost(OfferedSlot)
}
