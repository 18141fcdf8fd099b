import BookingCore
import Foundation

/// Reads and writes inside one store transaction: everything the engine does for one event, in the business's terms.
///
/// It only lives inside `BookingStore.transaction` (or `read`): all of it commits or none of it does. Its operations are
/// synchronous on purpose: an event's transaction holds no suspension point, so it never waits on anything but the
/// database, and `decide` in the middle of it stays a plain function call.
public protocol StoreTransaction {
    /// Moves whenever a location, staff member, service or policy changes.
    func catalogueVersion() throws -> Int

    func locations() throws -> [Location]

    func location(_ id: LocationID) throws -> Location?

    func staff() throws -> [StaffMember]

    func services() throws -> [Service]

    func client(_ id: ClientID) throws -> Client?

    func client(channel: Channel, address: String) throws -> Client?

    func appointments(of client: ClientID) throws -> [Appointment]

    func appointments(at location: LocationID, from: Date, to: Date) throws -> [Appointment]

    func waitlist(at location: LocationID, openAt now: Date) throws -> [WaitlistEntry]

    func deactivateWaitlistEntry(_ id: WaitlistEntryID) throws

    func policies(for location: LocationID?) throws -> Policies

    func outbox(_ id: Int64) throws -> OutboxRow?

    /// Whether an event with this key (provider message id, job id, request id) was applied already.
    func isProcessed(_ key: String) throws -> Bool

    func markProcessed(_ key: String, at: Date) throws

    func thread(_ party: String) throws -> String?

    /// Holds a party's thread for the rest of the transaction: another transaction on it (another process's, with the
    /// same client's next reply) waits until this one ends, so two replies are applied one after the other and `decide`
    /// never works on a state that is being changed. True when it may have waited for another transaction (whatever was
    /// read before may have changed, the event's own key among it).
    func lockThread(_ party: String) throws -> Bool

    /// Settles a client's language (read from their reply): it is known from now on.
    func settleLocale(_ locale: String, of client: ClientID) throws

    func saveThread(_ party: String, state: String, at: Date) throws

    func openQuestion(id: String, party: String, kind: String, appointment: AppointmentID?, openedAt: Date, expiresAt: Date?) throws

    func closeQuestion(id: String, at: Date) throws

    @discardableResult
    func change(_ id: AppointmentID, _ change: AppointmentChange, by actor: Actor, at now: Date, policies: Policies) throws -> AppointmentTransition

    func book(_ appointment: Appointment, by actor: Actor) throws

    func appointment(_ id: AppointmentID) throws -> Appointment?

    func setOptedOut(_ client: ClientID, channel: Channel, _ optedOut: Bool) throws

    func audit(_ entry: AuditEntry) throws

    /// Logs an inbound message; false when the provider's id was seen before (a redelivery).
    func logInbound(party: String, channel: Channel, providerID: String?, body: String, at: Date) throws -> Bool

    /// Notes how an inbound message (by its provider id) was read, for staff reading the thread later.
    func noteReading(channel: Channel, providerID: String, intent: String, confidence: Double) throws

    /// Puts a message in the outbox and the message log; returns the outbox id (the provider's idempotency key).
    @discardableResult
    func enqueue(_ m: OutboxDraft, at now: Date) throws -> Int64

    /// Channels a message with this name and body was already put on for a thread (so a fallback doesn't repeat one).
    func triedChannels(party: String, name: String, body: String) throws -> [Channel]

    /// The last messages of a thread, oldest first, as "in: …" / "out: …" lines.
    func recentMessages(party: String, limit: Int) throws -> [String]

    func schedule(party: String, due: Date, payload: String, appointment: AppointmentID?, at now: Date) throws

    /// Drops every pending job about an appointment.
    func cancelJobs(appointment: AppointmentID) throws

    /// A job that failed: run it again at `next`, or give up after too many attempts.
    func retryJob(_ id: Int64, next: Date, giveUp: Bool) throws

    func finishJob(_ id: Int64) throws

    func openEscalation(_ e: EscalationRecord) throws

    /// The open escalation of a client, if one.
    func openEscalation(for client: ClientID) throws -> EscalationRecord?

    /// Every open escalation assigned to a staff member, newest first.
    func openEscalations(assignedTo staff: StaffID) throws -> [EscalationRecord]

    func escalation(_ id: String) throws -> EscalationRecord?

    /// A further message of a client whose thread is already with a person: it becomes the escalation's newest message, the one
    /// before it moves into the context (the last twelve kept), so the next alert shows the thread in order.
    func foldIntoEscalation(_ id: String, text: String, fromClient: Bool) throws

    /// A note of SlotKeeper's own (not the client's words) added to an open escalation's thread.
    func foldIntoEscalation(_ id: String, note: String) throws

    func updateEscalation(_ id: String, status: EscalationStatus?, assignedTo: StaffID?, remindedAt: Date?, at now: Date) throws

    func insertOffer(_ o: WaitlistOfferRecord) throws

    func offers(slotKey: String) throws -> [WaitlistOfferRecord]

    /// Offers made since `since`, newest first.
    func offers(since: Date) throws -> [WaitlistOfferRecord]

    /// How many offers a client was sent since `since` (the per-day limit).
    func offerCount(client: ClientID, since: Date) throws -> Int

    /// Moves offers of a slot from one status to another (optionally for one client only).
    func updateOffers(slotKey: String, client: ClientID?, from: WaitlistOfferStatus, to: WaitlistOfferStatus) throws

    func bookVersion() throws -> BookVersion

    /// Every appointment that holds its slot and ends after `date`, at any location, in the few columns slot search reads.
    func bookedTimes(endingAfter date: Date) throws -> [BookedTime]

    /// The appointments whose place in the book changed after `seq` (cancelled ones included, so they leave it).
    func bookedTimes(changedSince seq: Int64) throws -> [BookedTime]

    /// Records a client's rating of a visit; a second answer replaces the first.
    func recordFeedback(_ f: VisitFeedback) throws

    /// Stores a one-time code that links the chat using it to `client` until `expiresAt`.
    func createTelegramLink(code: String, client: ClientID, expiresAt: Date, at now: Date) throws

    /// Burns `code` for `chat` if it is unused and unexpired at `now`.
    func redeemTelegramLink(code: String, chat: String, at now: Date) throws -> TelegramLinkRedemption

    /// Makes `address` the client's address on `channel`, taking it from any other client who had it (audited), and clears
    /// an opt-out there: linking is the client asking for messages on that channel.
    func linkAddress(_ address: String, channel: Channel, to client: ClientID, preferred: Bool, by actor: Actor, at now: Date) throws

    /// Our appointment for a booking made in an outside system (`source` is e.g. `calcom`, `id` its booking uid).
    func externalBooking(source: String, id: String) throws -> AppointmentID?

    /// Links an outside booking uid to our appointment (a rescheduled booking gets a new uid: both lead to the same appointment).
    func linkExternalBooking(source: String, id: String, to appointment: AppointmentID, at now: Date) throws

    /// Adds a client inside the transaction (a booking from outside may bring someone new); an address already taken is refused.
    func add(_ client: Client) throws

    /// Records a fee a change made due; one fee per appointment (a second one of the same visit replaces the first).
    func recordFee(_ appointment: AppointmentID, _ fee: FeeDue, status: FeeChargeRecord.Status, at now: Date) throws

    /// The fee of an appointment, if one was made due.
    func fee(_ appointment: AppointmentID) throws -> FeeChargeRecord?

    /// Marks a pending fee charged; false when it is no longer pending (voided meanwhile), and then nothing changes.
    func markFeeCharged(_ appointment: AppointmentID, paymentIntent: String, at now: Date) throws -> Bool

    /// Records where a fee's collection stands.
    func updateFee(_ appointment: AppointmentID, status: FeeChargeRecord.Status, paymentIntent: String?, error: String?,
        at now: Date) throws

    /// How an appointment's deposit is being paid, if anything was recorded yet.
    func depositPayment(_ appointment: AppointmentID) throws -> DepositPaymentRecord?

    /// The appointment a provider's payment (a Stripe PaymentIntent) paid for.
    func appointment(paymentIntent: String) throws -> AppointmentID?

    /// Remembers the payment page made for a hold, so a second visit reuses it.
    func saveCheckoutSession(_ appointment: AppointmentID, currency: String, id: String, url: String, expiresAt: Date, holdExpiresAt: Date,
        at now: Date) throws

    /// Records the provider's payment (what a refund needs); the same payment recorded twice changes nothing.
    func recordDepositPaid(_ appointment: AppointmentID, currency: String, paymentIntent: String?, amountMinor: Int64?,
        sessionID: String?, at now: Date) throws

    /// Records the part of a deposit paid from the client's credit.
    func recordCreditApplied(_ appointment: AppointmentID, _ amount: Money, at now: Date) throws

    /// Records where a refund stands: `pending` when its job is scheduled, then what the provider answered.
    func recordRefund(_ appointment: AppointmentID, status: RefundStatus, refundID: String?, refundedMinor: Int64?,
        error: String?, at now: Date) throws

    /// A client's deposit credit in one currency (never below zero for spending: a taken-back credit can leave a debt that is not charged).
    func creditBalance(_ client: ClientID, currency: String) throws -> Money

    /// A client's deposit credit per currency, leaving out currencies where it is zero.
    func creditBalances(_ client: ClientID) throws -> [Money]

    /// Adds a line to a client's credit: positive to keep credit, negative to spend it.
    func addCredit(_ client: ClientID, _ amount: Money, appointment: AppointmentID?, reason: String, at now: Date) throws

    /// A client's credit lines, oldest first.
    func creditHistory(_ client: ClientID) throws -> [CreditEntry]
}

extension StoreTransaction {
    /// Adds a client's message to an open escalation.
    public func foldIntoEscalation(_ id: String, text: String) throws { try foldIntoEscalation(id, text: text, fromClient: true) }

    public func updateEscalation(_ id: String, status: EscalationStatus, at now: Date) throws {
        try updateEscalation(id, status: status, assignedTo: nil, remindedAt: nil, at: now)
    }

    public func updateEscalation(_ id: String, assignedTo staff: StaffID, at now: Date) throws {
        try updateEscalation(id, status: nil, assignedTo: staff, remindedAt: nil, at: now)
    }

    public func updateEscalation(_ id: String, remindedAt: Date, at now: Date) throws {
        try updateEscalation(id, status: nil, assignedTo: nil, remindedAt: remindedAt, at: now)
    }

    public func updateFee(_ appointment: AppointmentID, status: FeeChargeRecord.Status, error: String? = nil, at now: Date) throws {
        try updateFee(appointment, status: status, paymentIntent: nil, error: error, at: now)
    }

    public func recordRefund(_ appointment: AppointmentID, status: RefundStatus, error: String? = nil, at now: Date) throws {
        try recordRefund(appointment, status: status, refundID: nil, refundedMinor: nil, error: error, at: now)
    }
}
