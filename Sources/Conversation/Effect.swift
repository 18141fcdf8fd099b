import BookingCore
import Dialogs
import Foundation

/// What `decide` wants done. Apply carries out all effects of one event in one store transaction;
/// messages go to the outbox and are sent afterwards.
public enum Effect: Hashable, Sendable {
    case send(OutgoingMessage)
    case openQuestion(OpenQuestion)
    case closeQuestion(id: String)
    /// A lifecycle change to an appointment (confirm, cancel, move, arrived, no-show).
    case change(AppointmentID, AppointmentChange, by: Actor)
    /// Book a slot the client took (an offer or a win-back invitation).
    case book(OfferedSlot, client: ClientID, source: BookingSource, status: AppointmentStatus)
    /// A slot came free: offer it to the waitlist.
    case slotFreed(OfferedSlot)
    /// The slot went to someone: tell everyone else it was offered to.
    case offerTaken(OfferedSlot, by: ClientID)
    /// An offer lapsed unanswered: the waitlist moves on to the next candidate.
    case offerLapsed(OfferedSlot, client: ClientID)
    /// "Confirm or release": an unconfirmed visit's slot is offered to the waitlist as a standby.
    case releaseAtRisk(OfferedSlot, appointment: AppointmentID)
    /// A waitlisted client queued for a slot that may come free.
    case standbyAccepted(OfferedSlot, client: ClientID)
    case escalate(Escalation)
    /// A client's rating of a visit (1–5, when they gave one) and their words.
    case feedback(AppointmentID, score: Int?, comment: String)
    /// A staff member answered an escalation: it stops asking for attention.
    case escalationAnswered(id: String)
    /// A staff member closed an escalation.
    case escalationResolved(id: String)
    case optOut(Channel)
    case optIn(Channel)
    case schedule(Job)
    /// Drop every pending job about an appointment (it was cancelled or moved).
    case cancelJobs(AppointmentID)
    /// Recompute the client's attendance tier (after a no-show or late cancel).
    case recomputeTier(ClientID)
    case audit(AuditEntry)
}

/// A message to a client or staff member, by catalogue name and variables; rendered in their language at apply time.
public struct OutgoingMessage: Hashable, Sendable {
    public var to: Party
    public var name: MessageName
    /// Exactly the variables the message declares, typed so each language formats them its own way.
    public var variables: [String: DialogValue]
    /// The channel to use; nil means the person's last or preferred reachable channel.
    public var channel: Channel?
    /// Not before this instant (quiet hours); nil to send at once.
    public var notBefore: Date?

    public init(to: Party, name: MessageName, variables: [String: DialogValue] = [:], channel: Channel? = nil, notBefore: Date? = nil) {
        self.to = to
        self.name = name
        self.variables = variables
        self.channel = channel
        self.notBefore = notBefore
    }
}

/// A thread handed to a person.
public struct Escalation: Hashable, Sendable {
    public enum Reason: String, Hashable, Sendable, Codable {
        case unclear, dispute, question, anger, health, legal, highValue, repeatOffender, tooManyClarifications, undeliverable, late
        /// A fee could not be charged or a deposit refunded: a person settles it with the client.
        case payment
        /// The client rated their visit low, or complained about it: the manager follows up.
        case feedback
    }

    public var client: ClientID
    public var appointment: AppointmentID?
    public var reason: Reason
    /// What the client wrote, and the last messages before it.
    public var clientText: String
    public var recentMessages: [String]

    public init(client: ClientID, appointment: AppointmentID?, reason: Reason, clientText: String, recentMessages: [String]) {
        self.client = client
        self.appointment = appointment
        self.reason = reason
        self.clientText = clientText
        self.recentMessages = recentMessages
    }
}

/// A durable timer to set.
public struct Job: Hashable, Sendable {
    public var due: Date
    public var timer: TimerEvent
    /// The thread the timer belongs to.
    public var party: Party

    public init(due: Date, timer: TimerEvent, party: Party) {
        self.due = due
        self.timer = timer
        self.party = party
    }
}

/// The outcome of one event: the thread's new state and what to do.
public struct Decision: Hashable, Sendable {
    public var state: ConversationState
    public var effects: [Effect]

    /// The messages among the effects, in order.
    public var messages: [OutgoingMessage] {
        effects.compactMap { if case .send(let m) = $0 { m } else { nil } }
    }

    /// The appointment changes among the effects, in order.
    public var changes: [AppointmentChange] {
        effects.compactMap { if case .change(_, let c, _) = $0 { c } else { nil } }
    }
}
