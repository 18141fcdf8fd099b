import Foundation

/// What a report is computed from: the visits of a period and what happened around them, as plain rows read from the
/// store. `Report.make` turns them into figures without any I/O, so a hand-made set of facts tests every rule.
public struct ReportFacts: Sendable {
    /// A visit that started in the period.
    public struct Visit: Hashable, Sendable {
        public var id: AppointmentID
        public var clientID: ClientID
        public var serviceName: String
        public var staffName: String
        public var staffID: StaffID
        public var start: Date
        public var price: Money
        public var status: AppointmentStatus
        public var source: BookingSource
        /// The channel the client is reached on (their preferred, else their first).
        public var channel: Channel?
        /// The client's attendance tier now, as text (`good`, `deposit:50`, `blocked`).
        public var tier: String
        /// For a cancelled visit: whether inside the late-cancel window (whoever cancelled, fee or not), who cancelled, the reason, the fee, whether staff waived it.
        public var cancelledLate: Bool
        public var cancelledByClient: Bool
        public var cancelReason: String?
        public var cancelFee: Money?
        public var feeWaived: Bool
        public var deposit: DepositState
        /// The client moved it themselves (a reschedule rather than a cancel).
        public var movedByClient: Bool
        /// When the client confirmed it, the first reminder it got, and the reminder the confirmation answered.
        public var confirmedAt: Date?
        public var firstReminderAt: Date?
        public var answeredReminder: String?
        /// For a no-show: the client has a later booking that held (at any location, after the period too).
        public var rebookedLater: Bool

        public init(id: AppointmentID, clientID: ClientID, serviceName: String, staffName: String, staffID: StaffID, start: Date, price: Money,
                    status: AppointmentStatus, source: BookingSource, channel: Channel? = nil, tier: String = "good", cancelledLate: Bool = false,
                    cancelledByClient: Bool = false, cancelReason: String? = nil, cancelFee: Money? = nil, feeWaived: Bool = false,
                    deposit: DepositState = .notRequired, movedByClient: Bool = false, confirmedAt: Date? = nil, firstReminderAt: Date? = nil,
                    answeredReminder: String? = nil, rebookedLater: Bool = false) {
            self.id = id; self.clientID = clientID; self.serviceName = serviceName; self.staffName = staffName; self.staffID = staffID
            self.start = start; self.price = price; self.status = status; self.source = source; self.channel = channel; self.tier = tier
            self.cancelledLate = cancelledLate; self.cancelledByClient = cancelledByClient; self.cancelReason = cancelReason
            self.cancelFee = cancelFee; self.feeWaived = feeWaived; self.deposit = deposit; self.movedByClient = movedByClient
            self.confirmedAt = confirmedAt; self.firstReminderAt = firstReminderAt; self.answeredReminder = answeredReminder
            self.rebookedLater = rebookedLater
        }
    }

    /// A freed slot offered to one waitlisted client in the period.
    public struct Offer: Hashable, Sendable {
        public var slotKey: String
        public var status: WaitlistOfferStatus
        public var offeredAt: Date

        public init(slotKey: String, status: WaitlistOfferStatus, offeredAt: Date) {
            self.slotKey = slotKey; self.status = status; self.offeredAt = offeredAt
        }
    }

    /// A fee due on a cancellation or no-show, and what became of it (`noted`, `pending`, `charged`, `failed`, `void`).
    public struct Fee: Hashable, Sendable {
        public var kind: String
        public var amount: Money
        public var status: String

        public init(kind: String, amount: Money, status: String) { self.kind = kind; self.amount = amount; self.status = status }
    }

    /// Messages of the period counted by channel, direction and catalogue message (nil for replies).
    public struct Messages: Hashable, Sendable {
        public var channel: Channel
        public var outgoing: Bool
        public var name: String?
        public var count: Int
        public var smsSegments: Int

        public init(channel: Channel, outgoing: Bool, name: String?, count: Int, smsSegments: Int = 0) {
            self.channel = channel; self.outgoing = outgoing; self.name = name; self.count = count; self.smsSegments = smsSegments
        }
    }

    public var visits: [Visit]
    public var offers: [Offer]
    public var fees: [Fee]
    public var messages: [Messages]
    /// When each escalation of the period was opened and first answered or resolved.
    public var escalations: [(opened: Date, answered: Date?)]
    /// Replies read as opting out in the period.
    public var optOuts: Int
    /// Deposits: paid in, refunded, kept on a cancel or no-show, and kept as credit, in the period.
    public var depositsPaid: [Money]
    public var depositsRefunded: [Money]
    public var creditKept: [Money]

    public init(visits: [Visit] = [], offers: [Offer] = [], fees: [Fee] = [], messages: [Messages] = [],
                escalations: [(opened: Date, answered: Date?)] = [], optOuts: Int = 0, depositsPaid: [Money] = [], depositsRefunded: [Money] = [],
                creditKept: [Money] = []) {
        self.visits = visits; self.offers = offers; self.fees = fees; self.messages = messages; self.escalations = escalations
        self.optOuts = optOuts; self.depositsPaid = depositsPaid; self.depositsRefunded = depositsRefunded; self.creditKept = creditKept
    }
}

/// Where a freed slot's offer to one waitlisted client stands.
public enum WaitlistOfferStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// Offered, not answered yet, not expired.
    case open
    /// The client said yes first: the slot is theirs.
    case accepted
    /// No answer before it expired.
    case lapsed
    case declined
    /// Another client took the slot, or it was booked otherwise.
    case withdrawn
    /// Queued behind a client who said yes while a deposit or a hold is pending.
    case standby
    /// Said yes while queued: gets the slot if the one before lets it go.
    case standbyAccepted = "standby-accepted"
}
