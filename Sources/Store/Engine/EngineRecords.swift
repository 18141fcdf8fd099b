import BookingCore
import Foundation

/// A durable job: what runs (JSON the engine understands), for whom, and when.
public struct StoredJob: Hashable, Sendable {
    public var id: Int64
    /// The thread it belongs to, `client:ID` or `staff:ID`, or `engine` for engine work.
    public var party: String
    public var due: Date
    public var payload: String
    public var appointmentID: AppointmentID?
    public var attempts: Int
}

/// A message to put in the outbox, rendered for its channel.
public struct OutboxDraft: Hashable, Sendable {
    public var party: String
    public var channel: Channel
    public var address: String
    /// The catalogue message name.
    public var name: String
    public var locale: String
    public var body: String
    public var subject: String?
    public var html: String?
    /// JSON `[{"title":…,"payload":…}]`.
    public var buttons: String
    /// JSON of the variables, to render again for a fallback channel.
    public var variables: String
    public var segments: Int?
    /// Not before this instant (quiet hours).
    public var notBefore: Date

    public init(party: String, channel: Channel, address: String, name: String, locale: String, body: String, subject: String? = nil,
                html: String? = nil, buttons: String = "[]", variables: String = "{}", segments: Int? = nil, notBefore: Date) {
        self.party = party
        self.channel = channel
        self.address = address
        self.name = name
        self.locale = locale
        self.body = body
        self.subject = subject
        self.html = html
        self.buttons = buttons
        self.variables = variables
        self.segments = segments
        self.notBefore = notBefore
    }
}

/// An outbox row waiting to be sent (or sent).
public struct OutboxRow: Hashable, Sendable {
    public var id: Int64
    public var draft: OutboxDraft
    public var status: OutboxStatus
    public var attempts: Int
    public var providerID: String?
    public var lastError: String?
}

/// An outbox row a provider took, with the id it gave the message.
public struct SentRow: Hashable, Sendable {
    public var id: Int64
    public var providerID: String?

    public init(id: Int64, providerID: String?) {
        self.id = id
        self.providerID = providerID
    }
}

/// A thread handed to a person.
public struct EscalationRecord: Hashable, Sendable {
    public var id: String
    public var clientID: ClientID
    public var appointmentID: AppointmentID?
    public var reason: String
    public var status: EscalationStatus
    public var assignedStaff: StaffID?
    public var clientText: String
    public var context: [String]
    public var openedAt: Date
    public var remindedAt: Date?
    public var answeredAt: Date?
    public var resolvedAt: Date?

    public init(id: String, clientID: ClientID, appointmentID: AppointmentID?, reason: String, status: EscalationStatus = .open, assignedStaff: StaffID?,
                clientText: String, context: [String], openedAt: Date, remindedAt: Date? = nil, answeredAt: Date? = nil, resolvedAt: Date? = nil) {
        self.id = id
        self.clientID = clientID
        self.appointmentID = appointmentID
        self.reason = reason
        self.status = status
        self.assignedStaff = assignedStaff
        self.clientText = clientText
        self.context = context
        self.openedAt = openedAt
        self.remindedAt = remindedAt
        self.answeredAt = answeredAt
        self.resolvedAt = resolvedAt
    }
}

/// A freed slot offered to one waitlisted client.
public struct WaitlistOfferRecord: Hashable, Sendable {
    public var slotKey: String
    public var clientID: ClientID
    public var entryID: WaitlistEntryID?
    public var serviceID: ServiceID
    public var staffID: StaffID
    public var locationID: LocationID
    public var start: Date
    public var end: Date
    public var status: WaitlistOfferStatus
    public var offeredAt: Date
    public var expiresAt: Date

    public init(slotKey: String, clientID: ClientID, entryID: WaitlistEntryID?, serviceID: ServiceID, staffID: StaffID, locationID: LocationID,
                start: Date, end: Date, status: WaitlistOfferStatus = .open, offeredAt: Date, expiresAt: Date) {
        self.slotKey = slotKey
        self.clientID = clientID
        self.entryID = entryID
        self.serviceID = serviceID
        self.staffID = staffID
        self.locationID = locationID
        self.start = start
        self.end = end
        self.status = status
        self.offeredAt = offeredAt
        self.expiresAt = expiresAt
    }
}

/// One message in or out, as the message log keeps it.
public struct MessageRecord: Hashable, Sendable {
    public var id: Int64
    public var party: String
    public var channel: Channel
    /// `in` or `out`.
    public var direction: String
    public var name: String?
    public var body: String
    public var status: String
    public var segments: Int?
    public var createdAt: Date
    /// How an inbound reply was read: its intent and the matcher's confidence (nil for outgoing messages and older rows).
    public var intent: String? = nil
    public var confidence: Double? = nil
}

/// Where an outgoing message stands in the outbox.
public enum OutboxStatus: String, Hashable, Sendable, CaseIterable {
    /// Waiting for its time (or its next try).
    case pending
    /// Handed to the provider's API just now: a crash from here leaves it to be settled before any resend.
    case sending
    /// The provider may or may not have taken it (no answer in time): looked up before it is sent again.
    case unknown
    /// The provider took it.
    case sent
    /// The provider reported it delivered.
    case delivered
    /// Given up: the provider refused it for good.
    case failed
}

/// Where a hand-over to a person stands.
public enum EscalationStatus: String, Hashable, Sendable, CaseIterable {
    /// Waiting for a person.
    case open
    /// A person answered the client; it stays until someone resolves it.
    case answered
    case resolved
}
