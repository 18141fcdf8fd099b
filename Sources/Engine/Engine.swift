import BookingCore
import Channels
import Conversation
import Dialogs
import Foundation
import Intents
import Store
import Synchronization

/// SlotKeeper running: every event goes context → decide → apply in one store transaction, with its
/// idempotency key; follow-ups are durable jobs; the dispatcher sends what apply put in the outbox.
///
/// On SQLite an event is applied inside one write transaction from reading its context to marking it
/// processed, so nothing can change under `decide`; events that arrive together share that transaction, each in a
/// savepoint of its own (`GroupCommit`), and each caller hears back once the commit is durable. An event that fails
/// is retried as a job.
public actor Engine {
    public let store: any BookingStore
    let matcher: ReplyMatcher
    /// Every message's wording, for previews.
    public nonisolated let dialogs: DialogCatalogue
    let clock: any EngineClock
    let config: EngineConfiguration
    var senders: [Channel: any ChannelSender]
    /// When interrupted and stranded sends were last swept for (at most every half minute, off the hot path of each dispatch).
    var lastSendSweep: Date?
    /// What each channel sent in the last second, across dispatch rounds (its per-second limit).
    var pace: ChannelPace
    /// Whether a settle is running (see `settle`).
    var settling = false
    let ids = Mutex(0)
    /// The business's catalogue, decoded once per change rather than once per event.
    let catalogue = CatalogueCache()
    /// The book slot search reads, kept between events.
    let books = BookCache()
    /// Events on an embedded database, several to a commit.
    let commits: GroupCommit
    /// Called with a line for each thing that happens, for the demo and logs.
    var observer: (@Sendable (EngineNote) -> Void)?
    /// The deposit payment provider (Stripe), when one is set up: payment pages and refunds.
    var payments: (any DepositPayments)?

    public init(store: any BookingStore, matcher: ReplyMatcher, dialogs: DialogCatalogue, clock: any EngineClock,
                config: EngineConfiguration = .init(), senders: [Channel: any ChannelSender] = [:]) {
        self.store = store
        self.matcher = matcher
        self.dialogs = dialogs
        self.clock = clock
        self.config = config
        self.senders = senders
        pace = ChannelPace(limits: config.perChannelPerSecond)
        let catalogue = self.catalogue, books = self.books
        commits = GroupCommit(store: store) {
            catalogue.forget()
            books.forget()
        }
    }

    public func setObserver(_ observer: (@Sendable (EngineNote) -> Void)?) { self.observer = observer }

    public func register(_ sender: any ChannelSender, for channel: Channel) { senders[channel] = sender }

    var now: Date { clock.now() }

    /// A fresh id with a prefix: `appt-…`, `esc-…`.
    nonisolated func newID(_ prefix: String) -> String {
        let n = ids.withLock { $0 += 1; return $0 }
        // 64 random bits: a held appointment's id is the only key of its public payment link.
        var generator = SystemRandomNumberGenerator()
        let bits = String(generator.next() as UInt64, radix: 16)
        return "\(prefix)-\(String(repeating: "0", count: 16 - bits.count))\(bits)\(n)"
    }

    // MARK: Inbound messages

    /// A message from a client or staff member. Returns false when it was a redelivery (applied already) or nobody is known by that address.
    ///
    /// Finding the sender, reading the reply, deciding and applying all happen in one transaction.
    @discardableResult
    public func receive(channel: Channel, from address: String, text: String, providerID: String, button: String? = nil) async throws -> Bool {
        let now = self.now
        let key = "in:\(channel.rawValue):\(providerID)"
        let matcher = self.matcher, staffLocale = config.staffLocale
        let known = try await run(key: key, inbound: (channel, providerID, text), now: now) { tx, catalogue -> Resolution? in
            if let staff = catalogue.staff.first(where: { $0.escalationChannel == channel && $0.escalationAddress == address }) {
                // A staff member's message answers what they were asked last: a short yes or no answers an attendance
                // check newer than their escalations; other text goes to the client of their one open escalation.
                let escalations = try tx.openEscalations(assignedTo: staff.id)
                if let newest = escalations.first {
                    let thread = try tx.thread(Party.staff(staff.id).key).flatMap { try? JSONDecoder().decode(ConversationState.self, from: Data($0.utf8)) }
                    let check = thread?.openQuestions(at: now).first { if case .attendance = $0.kind { true } else { false } }
                    let short = text.split(separator: " ").count <= 5
                    let yesNo = short && [.confirm, .accept, .decline, .cancel].contains(
                        matcher.understand(text, locale: staffLocale, expecting: .confirm, context: ReplyContext(now: now, zone: .gmt)).intent)
                    let answersCheck = yesNo && check.map { $0.openedAt > newest.openedAt } ?? false
                    if !answersCheck {
                        // "DONE" (as the escalation message says) closes the newest one without a word to the client.
                        if matcher.catalogue.closesHandOver(text) {
                            return Resolution(party: .client(newest.clientID), sender: .staff(staff.id), focus: nil) { _, _ in
                                .staff(.resolve(escalationID: newest.id, by: staff.id))
                            }
                        }
                        // With several open, relaying a guess could tell one client another's business: staff are asked instead.
                        if escalations.count == 1 {
                            return Resolution(party: .client(newest.clientID), sender: .staff(staff.id), focus: nil) { _, _ in
                                .staff(.answer(escalationID: newest.id, text: text, by: staff.id))
                            }
                        }
                    }
                }
                return Resolution(party: .staff(staff.id), sender: .staff(staff.id), focus: nil) { state, context in
                    Self.inbound(matcher, text: text, channel: channel, locale: staffLocale, state: state, context: context, now: now)
                }
            }
            guard var client = try tx.client(channel: channel, address: address) else { return nil }
            // A client whose language nobody said: the first reply clearly in one language settles it, and it is kept.
            if !client.localeKnown, button == nil, let language = matcher.clearLanguage(of: text) {
                client.locale = language
                client.localeKnown = true
                try tx.settleLocale(language, of: client.id)
                try tx.audit(AuditEntry(at: now, actor: .system("engine"), subjectKind: "client", subjectID: client.id.rawValue,
                                        action: "language", detail: "\(language), read from their reply"))
            }
            return Resolution(party: .client(client.id), sender: .client(client.id), focus: nil, client: client) { state, context in
                if let button, let u = Self.understanding(button: button, locale: context.client?.locale ?? "en") {
                    return .inbound(InboundReply(channel: channel, text: text, understanding: u))
                }
                return Self.inbound(matcher, text: text, channel: channel, locale: context.client?.locale, state: state, context: context, now: now)
            }
        }
        if known == nil { observer?(.unknownSender(channel: channel, address: address)) }
        return known ?? false
    }

    /// A message a channel adapter read from its provider.
    @discardableResult
    public func receive(_ message: InboundMessage) async throws -> Bool {
        try await receive(channel: message.channel, from: message.from, text: message.text, providerID: message.providerID, button: message.button)
    }

    /// A tapped reply button means exactly what its payload says (see the `buttons` of `dialogs/`): no guessing.
    static func understanding(button payload: String, locale: String) -> Understanding? {
        if payload.hasPrefix("slot:"), let n = Int(payload.dropFirst(5)), n > 0 {
            return Understanding(intent: .accept, confidence: 1, choice: n, locale: locale)
        }
        guard let intent = Intent(rawValue: payload), [.confirm, .cancel, .reschedule, .accept, .decline].contains(intent) else { return nil }
        return Understanding(intent: intent, confidence: 1, locale: locale)
    }

    /// What the matcher makes of a reply, for the thread's open question, in the location's zone and hours.
    static func inbound(_ matcher: ReplyMatcher, text: String, channel: Channel, locale: String?, state: ConversationState,
                        context: ConversationContext, now: Date) -> ConversationEvent {
        let hours = context.location.openingHours.span
        // The visit a reminder asked about, or with no question open the client's next one: a time without a day is on its day.
        let open = state.openQuestions(at: now).first
        let visit: Date? = switch open?.kind {
        case .confirm(let a)?, .confirmCancel(let a)?: context.appointments.first { $0.id == a }?.start
        case nil: context.upcoming(at: now).first?.start
        default: nil
        }
        let reply = ReplyContext(now: now, zone: context.location.timeZone, openingMinute: hours?.start.minutes ?? 540,
                                 closingMinute: hours?.end.minutes ?? 1200, visit: visit, staffNames: context.staff.map(\.name),
                                 providerKeywords: channel == .sms || channel == .simulator)
        let u = matcher.understand(text, locale: locale, expecting: Conversation.expecting(state, now: now), context: reply)
        return .inbound(InboundReply(channel: channel, text: text, understanding: u))
    }

    // MARK: Staff actions and changes from outside

    /// Something staff did on the dashboard or through the API; `key` makes a retried request safe.
    public func staffAction(_ action: StaffAction, key: String) async throws {
        let appointment: AppointmentID? = switch action {
        case .arrived(let a, _), .noShow(let a, _), .cancel(let a, _, _, _), .reinstate(let a, _): a
        case .answer, .resolve: nil
        }
        var client: ClientID?
        if let appointment { client = try await store.appointment(appointment)?.clientID }
        if case .answer(let id, _, _) = action { client = try await store.read { try $0.escalation(id)?.clientID } }
        if case .resolve(let id, _) = action { client = try await store.read { try $0.escalation(id)?.clientID } }
        guard let client else { throw StoreError.notFound(kind: "appointment", id: appointment?.rawValue ?? "?") }
        _ = try await run(.staff(action), for: .client(client), key: key, focus: appointment, inbound: nil, now: now)
    }

    /// A deposit arrived for a held slot (a payment provider's webhook); `key` is the provider's event id.
    public func depositPaid(_ appointment: AppointmentID, key: String) async throws {
        guard let a = try await store.appointment(appointment) else { throw StoreError.notFound(kind: "appointment", id: appointment.rawValue) }
        _ = try await run(.booking(.depositPaid(appointment)), for: .client(a.clientID), key: key, focus: nil, inbound: nil, now: now)
    }

    /// The payment page for a held slot expired unpaid: the hold is released now rather than at its own expiry.
    public func depositExpired(_ appointment: AppointmentID, key: String) async throws {
        try await releaseHold(appointment, job: nil, key: key, now: now, paymentPageExpired: true)
    }

    /// A booking change made outside the conversation (API, import, another system).
    public func bookingChanged(_ change: BookingChange, client: ClientID, key: String) async throws {
        _ = try await run(.booking(change), for: .client(client), key: key, focus: nil, inbound: nil, now: now)
    }

    // MARK: The pipeline

    typealias Inbound = (channel: Channel, providerID: String, text: String)

    /// Whose thread an event belongs to, who sent it, and how to build it once the thread and context are loaded.
    struct Resolution {
        var party: Party
        var sender: Party
        var focus: AppointmentID?
        /// The client, when resolving already loaded them.
        var client: Client? = nil
        /// The location the event is about, when it says (an offered slot).
        var location: LocationID? = nil
        var event: @Sendable (ConversationState, ConversationContext) -> ConversationEvent
    }

    func run(_ event: ConversationEvent, for party: Party, key: String, focus: AppointmentID?, inbound: Inbound?, job: Int64? = nil,
             now: Date) async throws -> Bool {
        try await run(key: key, inbound: inbound, job: job, now: now) { tx, _ in
            Resolution(party: party, sender: party, focus: focus, location: try Self.location(of: event, tx)) { _, _ in event }
        } ?? false
    }

    /// context → decide → apply, in one transaction with the idempotency key: true when applied, false if the key
    /// was seen before, nil when `resolve` finds nobody.
    func run(key: String, inbound: Inbound?, job: Int64? = nil, now: Date,
             resolve: @escaping @Sendable (any StoreTransaction, CatalogueCache.Catalogue) throws -> Resolution?) async throws -> Bool? {
        // A change refused because the world moved (a slot taken meanwhile) runs again on fresh state.
        var attempt = 0
        let outcome: (Bool?, Party?, ConversationEvent?, Decision?)
        while true {
            attempt += 1
            do {
                outcome = try await once(key: key, inbound: inbound, job: job, now: now, resolve: resolve)
                break
            } catch let error as StoreError where attempt < 3 {
                guard case .slotTaken = error else { throw error }
            } catch is LifecycleError where attempt < 3 {
                continue
            }
        }
        if let party = outcome.1, let e = outcome.2, let d = outcome.3 { observer?(.decided(party: party, event: e, decision: d, at: now)) }
        return outcome.0
    }

    /// One attempt at an event, in one transaction.
    func once(key: String, inbound: Inbound?, job: Int64?, now: Date,
              resolve: @escaping @Sendable (any StoreTransaction, CatalogueCache.Catalogue) throws -> Resolution?) async throws
        -> (Bool?, Party?, ConversationEvent?, Decision?) {
        let dialogs = self.dialogs, config = self.config, catalogue = self.catalogue, books = self.books
        let newID: @Sendable (String) -> String = { [self] in self.newID($0) }
        let work = { @Sendable (tx: any StoreTransaction) throws -> (Bool?, Party?, ConversationEvent?, Decision?) in
            if try tx.isProcessed(key) {
                if let job { try tx.finishJob(job) }
                return (false, nil, nil, nil)
            }
            let business = try catalogue.catalogue(tx)
            guard let resolution = try resolve(tx, business) else { return (nil, nil, nil, nil) }
            let party = resolution.party
            // Another process may have applied this very event while this one waited for the thread.
            if try tx.lockThread(party.key), try tx.isProcessed(key) {
                if let job { try tx.finishJob(job) }
                return (false, nil, nil, nil)
            }
            if let inbound {
                guard try tx.logInbound(party: resolution.sender.key, channel: inbound.channel, providerID: inbound.providerID,
                                        body: inbound.text, at: now) else { return (false, nil, nil, nil) }
            }
            let state = try tx.thread(party.key).map { try JSONDecoder().decode(ConversationState.self, from: Data($0.utf8)) }
                ?? ConversationState(party: party)
            // A staff thread's reply is about the appointment its open question asks about.
            var focus = resolution.focus
            if focus == nil, case .staff = party { focus = state.openQuestions(at: now).first?.appointmentID }
            let loader = ContextLoader(tx: tx, config: config, now: now, cache: catalogue, known: business, books: books)
            // A reply is about its open question's slot or visit; other events say where they happen.
            var location = resolution.location
            if location == nil, let q = state.openQuestions(at: now).first {
                location = try q.options.first?.locationID ?? q.appointmentID.flatMap { try tx.appointment($0)?.locationID }
            }
            guard var context = try loader.context(for: party, focus: focus, knownClient: resolution.client,
                                                   location: location) else {
                throw StoreError.notFound(kind: "location", id: "any")
            }
            let e = resolution.event(state, context)
            if let inbound, case .inbound(let reply) = e {
                try tx.noteReading(channel: inbound.channel, providerID: inbound.providerID, intent: reply.understanding.intent.rawValue,
                                   confidence: reply.understanding.confidence)
            }
            // The location's book is loaded only when the event may search or check free slots.
            if Self.needsBook(e, state: state, now: now) { context.book = try loader.book() }
            let decision = Conversation.decide(state, e, context, now: now)
            try Applier(tx: tx, context: context, dialogs: dialogs, config: config, party: party, now: now, newID: newID).apply(decision.effects)
            try tx.saveThread(party.key, state: String(decoding: try JSONEncoder().encode(decision.state), as: UTF8.self), at: now)
            try tx.markProcessed(key, at: now)
            if let job { try tx.finishJob(job) }
            return (true, party, e, decision)
        }
        // An event that fails is rolled back (its savepoint, or its transaction), and with it the book version it may have
        // moved: what the caches read during it may hold writes that never happened, and the next write reuses the version.
        let undoable = { @Sendable (tx: any StoreTransaction) throws -> (Bool?, Party?, ConversationEvent?, Decision?) in
            do {
                return try work(tx)
            } catch {
                catalogue.forget()
                books.forget()
                throw error
            }
        }
        // An embedded database's events share commits; a server's are waited for one by one.
        return store.prefersInlineTransactions ? try await commits.run(undoable) : try await store.transaction(undoable)
    }

    /// The location an event happens at, when it names one: an offered slot's, or its appointment's.
    static func location(of event: ConversationEvent, _ tx: any StoreTransaction) throws -> LocationID? {
        let appointment: AppointmentID?
        switch event {
        case .booking(.offer(let slots, _, _)): return slots.first?.locationID
        case .booking(.standbyOffer(let slot, _, _)), .booking(.slotTaken(let slot)), .booking(.standbyLost(let slot)): return slot.locationID
        case .booking(.booked(let a)), .booking(.bookedOnline(let a)), .booking(.moved(let a, _)), .booking(.cancelled(let a)), .booking(.standbyBooked(let a)): appointment = a
        case .staff(.arrived(let a, _)), .staff(.noShow(let a, _)), .staff(.cancel(let a, _, _, _)), .staff(.reinstate(let a, _)): appointment = a
        case .timer(let t): appointment = t.appointment
        case .web(let w): appointment = w.appointment
        default: appointment = nil
        }
        return try appointment.flatMap { try tx.appointment($0)?.locationID }
    }

    /// Whether deciding `event` may look for free slots: a reschedule, a pick from a list, an offer, a timer.
    static func needsBook(_ event: ConversationEvent, state: ConversationState, now: Date) -> Bool {
        guard case .inbound(let reply) = event else { return true }
        if state.openQuestions(at: now).contains(where: { !$0.options.isEmpty }) { return true }
        return reply.understanding.intent == .reschedule || reply.understanding.choice != nil
    }

    // MARK: Jobs

    /// Runs every job due now; returns how many ran.
    @discardableResult
    public func runDueJobs(limit: Int = 500) async throws -> Int {
        let now = self.now
        // On a database several processes share, each claims a few at a time, so due work spreads over them; alone, a
        // claim needs no length (a restart after a crash runs what the crash cut off at once).
        let shared = store.sharedByProcesses
        let jobs = try await store.claimDueJobs(until: now, limit: shared ? min(limit, 50) : limit,
                                                claimUntil: shared ? now.addingTimeInterval(config.jobClaim) : now)
        for job in jobs { await run(job) }
        return jobs.count
    }

    func run(_ job: StoredJob) async {
        let now = self.now
        let key = "job:\(job.id)"
        do {
            let payload = try JobPayload.decode(job.payload)
            let party = Party(key: job.party)
            switch payload {
            case .timer(let t):
                guard let party else { throw StoreError.notFound(kind: "thread", id: job.party) }
                let focus: AppointmentID? = if case .staff = party { payload.appointment } else { nil }
                _ = try await run(.timer(t), for: party, key: key, focus: focus, inbound: nil, job: job.id, now: now)
            case .booked(let a):
                guard let party else { throw StoreError.notFound(kind: "thread", id: job.party) }
                _ = try await run(.booking(.booked(a)), for: party, key: key, focus: nil, inbound: nil, job: job.id, now: now)
            case .offer(let slots, let entry, let hold):
                guard let party else { throw StoreError.notFound(kind: "thread", id: job.party) }
                _ = try await run(.booking(.offer(slots, entry: entry, holdMinutes: hold)), for: party, key: key, focus: nil, inbound: nil,
                                  job: job.id, now: now)
            case .slotTaken(let slot):
                guard let party else { throw StoreError.notFound(kind: "thread", id: job.party) }
                _ = try await run(.booking(.slotTaken(slot)), for: party, key: key, focus: nil, inbound: nil, job: job.id, now: now)
            case .refill(let slot):
                try await refill(slot, job: job.id, key: key, now: now)
            case .holdExpiry(let appointment):
                try await releaseHold(appointment, job: job.id, key: key, now: now)
            case .standbyRefill(let slot, let appointment):
                try await standbyRefill(slot, atRisk: appointment, job: job.id, key: key, now: now)
            case .standbyOffer(let slot, let entry, let until):
                guard let party else { throw StoreError.notFound(kind: "thread", id: job.party) }
                _ = try await run(.booking(.standbyOffer(slot, entry: entry, until: until)), for: party, key: key, focus: nil, inbound: nil,
                                  job: job.id, now: now)
            case .standbyLost(let slot):
                guard let party else { throw StoreError.notFound(kind: "thread", id: job.party) }
                _ = try await run(.booking(.standbyLost(slot)), for: party, key: key, focus: nil, inbound: nil, job: job.id, now: now)
            case .standbyWon(let appointment):
                guard let party else { throw StoreError.notFound(kind: "thread", id: job.party) }
                _ = try await run(.booking(.standbyBooked(appointment)), for: party, key: key, focus: nil, inbound: nil, job: job.id, now: now)
            case .escalationReminder(let id, let round):
                try await remind(escalation: id, round: round, job: job.id, key: key, now: now)
            case .fallback(let outboxID, let failed):
                try await fallback(outboxID, failed: failed, job: job.id, key: key, now: now)
            case .refund(let appointment):
                try await refundDeposit(appointment, job: job, key: key, now: now)
            case .expireCheckout(let appointment, let pageID):
                try await expireCheckout(appointment, pageID: pageID, job: job, key: key, now: now)
            case .settleSend(let outboxID, let since):
                try await settleSend(outboxID, since: since, job: job, now: now)
            case .chargeFee(let appointment):
                try await chargeFee(appointment, job: job, key: key, now: now)
            case .paymentNeedsPerson(let appointment, let client, let what):
                _ = try await run(.booking(.paymentFailed(appointment, what: what)), for: .client(client), key: key, focus: nil, inbound: nil,
                                  job: job.id, now: now)
            }
        } catch {
            // Try again with backoff; give up after five attempts (the failure is kept on the job row).
            let next = now.addingTimeInterval(60 * pow(2, Double(job.attempts)))
            _ = try? await store.transaction { tx in try tx.retryJob(job.id, next: next, giveUp: job.attempts >= 4) }
            observer?(.jobFailed(id: job.id, error: "\(error)"))
        }
    }

    // MARK: Running until quiet

    /// Runs due jobs and sends due messages until nothing more is due now. One settle runs at a time: the actor
    /// interleaves at each await, and two dispatchers reading the same due rows would send them twice; a call that
    /// finds one running returns, and the running one picks up what is due before it stops.
    public func settle() async throws {
        guard !settling else { return }
        settling = true
        defer { settling = false }
        for _ in 0..<50 {
            let jobs = try await runDueJobs()
            let sent = try await dispatchDue()
            if jobs == 0 && sent == 0 { return }
        }
    }

    /// When the next job or message is due, if anything is pending.
    public func nextDue() async throws -> Date? {
        let a = try await store.nextJobDue(), b = try await store.nextOutboxDue()
        return [a, b].compactMap { $0 }.min()
    }
}

/// What the engine reports as it works.
public enum EngineNote: Sendable {
    case decided(party: Party, event: ConversationEvent, decision: Decision, at: Date)
    case sent(OutboundMessage, name: String, at: Date)
    case sendFailed(OutboundMessage, error: String, willRetry: Bool, at: Date)
    case offered(OfferedSlot, to: [ClientID], at: Date)
    case unknownSender(channel: Channel, address: String)
    case jobFailed(id: Int64, error: String)
    /// A provider reported on a message it was given (delivered, read, failed…).
    case delivery(DeliveryReport)
}
