import BookingCore
import Foundation
import Intents

/// Something the bot asked and is waiting for an answer to. Every prompt opens one; each has an expiry.
public struct OpenQuestion: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var kind: Kind
    public var openedAt: Date
    public var expiresAt: Date?

    public init(id: String, kind: Kind, openedAt: Date, expiresAt: Date?) {
        self.id = id
        self.kind = kind
        self.openedAt = openedAt
        self.expiresAt = expiresAt
    }

    /// What was asked.
    public enum Kind: Hashable, Sendable, Codable {
        /// A reminder: "will you come to A?"
        case confirm(AppointmentID)
        /// "Cancel A? Reply yes to cancel": asked before a cancellation nobody asked about in so many words.
        case confirmCancel(AppointmentID)
        /// "Which of these times instead of A?" (a numbered list).
        case pickSlot(for: AppointmentID, options: [OfferedSlot])
        /// A waitlist offer of one or more freed slots; `entry` is the waitlist entry it answers.
        case offer(options: [OfferedSlot], entry: WaitlistEntryID?)
        /// An invitation to come back after a missed or cancelled visit, with numbered slots.
        case rebook(after: AppointmentID, options: [OfferedSlot])
        /// "Which appointment do you mean?" with the action waiting for the answer.
        case whichAppointment(candidates: [AppointmentID], pending: PendingAction)
        /// To staff: "did the client come to A?"
        case attendance(AppointmentID)
        /// "A slot may come free: queue for it?"
        case standby(OfferedSlot, entry: WaitlistEntryID?)
        /// "How was your visit to A? 1 to 5, or in words."
        case feedback(AppointmentID)
    }

    /// The kind's name as stored and shown: `confirm`, `pickSlot`, `whichAppointment`…
    public var kindName: String {
        switch kind {
        case .confirm: "confirm"
        case .confirmCancel: "confirmCancel"
        case .pickSlot: "pickSlot"
        case .offer: "offer"
        case .rebook: "rebook"
        case .whichAppointment: "whichAppointment"
        case .attendance: "attendance"
        case .standby: "standby"
        case .feedback: "feedback"
        }
    }

    /// The matcher's `expecting` for a reply to this question.
    public var expecting: Expecting {
        switch kind {
        case .confirm: .confirm
        case .confirmCancel: .confirm
        case .pickSlot, .offer, .whichAppointment: .offer
        case .rebook: .rebook
        case .attendance: .confirm
        case .standby: .offer
        case .feedback: .none
        }
    }

    /// The appointment the question is about, if one.
    public var appointmentID: AppointmentID? {
        switch kind {
        case .confirm(let a), .confirmCancel(let a), .pickSlot(let a, _), .rebook(let a, _), .attendance(let a), .feedback(let a): a
        case .offer, .whichAppointment, .standby: nil
        }
    }

    /// The numbered slots offered, if any.
    public var options: [OfferedSlot] {
        switch kind {
        case .pickSlot(_, let o), .offer(let o, _), .rebook(_, let o): o
        default: []
        }
    }
}

/// What a client meant to do before we had to ask which appointment.
public enum PendingAction: Hashable, Sendable, Codable {
    case confirm
    case cancel
    case reschedule(near: Date?)
    case late(minutes: Int?)
}
