import BookingCore
import Foundation

/// Where SlotKeeper keeps the business's world. SQLite is the embedded default;
/// every implementation passes the same test suite.
public protocol BookingStore: Sendable {
    /// Where this store lives (what `--database` or `SLOTKEEPER_DATABASE_URL` named).
    var address: StoreAddress { get }

    // MARK: The business's catalogue

    func save(_ location: Location) async throws
    func save(_ staff: StaffMember) async throws
    func save(_ service: Service) async throws
    func save(_ client: Client) async throws
    func save(_ entry: WaitlistEntry) async throws
    /// Policies for a location (nil for the business-wide default).
    func save(_ policies: Policies, for location: LocationID?) async throws

    func locations() async throws -> [Location]
    func location(_ id: LocationID) async throws -> Location?
    /// Staff of one location, or everyone.
    func staff(at location: LocationID?) async throws -> [StaffMember]
    func services() async throws -> [Service]
    func clients() async throws -> [Client]
    func client(_ id: ClientID) async throws -> Client?
    /// The client who owns an address on a channel (an inbound message's sender).
    func client(channel: Channel, address: String) async throws -> Client?
    /// Open waitlist entries of a location at `now`, oldest first.
    func waitlist(at location: LocationID, openAt now: Date) async throws -> [WaitlistEntry]
    /// The location's policies, or the business-wide ones, or the defaults.
    func policies(for location: LocationID?) async throws -> Policies

    // MARK: Policy versions

    /// Puts a whole policy in force in one transaction: the business-wide and per-location policies, a new version with who
    /// set it, and an audit entry. Throws `StoreError.policyChanged` when `basedOn` is not the current version.
    @discardableResult
    func setPolicies(_ change: PolicyChange) async throws -> PolicyRecord
    /// The version in force, nil before any policy was set.
    func currentPolicy() async throws -> PolicyRecord?
    /// The newest version that came from `source`, nil when none did.
    func latestPolicy(from source: PolicySource) async throws -> PolicyRecord?
    /// Every version, newest first.
    func policyHistory(limit: Int) async throws -> [PolicyRecord]

    // MARK: Feedback

    /// Clients' ratings of their visits given in `[from, to)`, oldest first.
    func feedback(from: Date, to: Date) async throws -> [VisitFeedback]

    // MARK: Client standing

    /// Staff set (or, with nil, lift) a client's attendance tier by hand; audited with who and why.
    func overrideTier(_ client: ClientID, to tier: AttendanceTier?, by actor: Actor, reason: String, at now: Date) async throws
    /// Staff close online booking to a client by hand (or, with nil, open it again); audited with who and why.
    func setOnlineBookingBlock(_ client: ClientID, _ block: ClientBlock?, by actor: Actor, reason: String, at now: Date) async throws

    // MARK: Appointments

    /// Books an appointment; throws `StoreError.slotTaken` when its staff member is already busy then.
    @discardableResult
    func book(_ appointment: Appointment, by actor: Actor) async throws -> Appointment
    /// Applies a lifecycle change, persists it with its audit entry and the client's attendance mark, in one transaction.
    @discardableResult
    func change(_ id: AppointmentID, _ change: AppointmentChange, by actor: Actor, at now: Date, policies: Policies) async throws -> AppointmentTransition
    func appointment(_ id: AppointmentID) async throws -> Appointment?
    /// Appointments of a location overlapping `[from, to)`, by start time.
    func appointments(at location: LocationID, from: Date, to: Date) async throws -> [Appointment]
    /// A client's appointments, by start time.
    func appointments(of client: ClientID) async throws -> [Appointment]
    /// The audit trail of one record, oldest first.
    func audit(subjectKind: String, subjectID: String) async throws -> [AuditEntry]

    // MARK: Dashboard accounts

    /// A new account; throws `StoreError.duplicate` when the username is taken.
    func addAccount(_ account: StaffAccount) async throws
    /// Counts a wrong password for `username` in one step (parallel attempts all count); at `lockAfter` in a row the account
    /// is locked until `at + lockFor` and the count starts again. Returns the lock's end when this failure locked it.
    @discardableResult
    func recordSignInFailure(username: String, at: Date, lockAfter: Int, lockFor: TimeInterval) async throws -> Date?
    /// A good sign-in: the count of wrong passwords and any lock are cleared.
    func clearSignInFailures(username: String) async throws
    /// A new password hash; the account is unlocked and every session of the old password ends.
    func setPassword(username: String, hash: String) async throws
    /// The interface language of an account.
    func setLocale(username: String, locale: String) async throws
    /// Turns an account off (its sessions end) or on again.
    func setActive(username: String, _ active: Bool, by actor: Actor, at now: Date) async throws
    func account(username: String) async throws -> StaffAccount?
    func accounts() async throws -> [StaffAccount]
    /// A signed-in browser; sessions expired by then are forgotten.
    func startSession(_ session: DeskSession) async throws
    func session(tokenHash: String) async throws -> DeskSession?
    func touchSession(tokenHash: String, at now: Date) async throws
    func endSession(tokenHash: String) async throws
    /// Records something a person did that no other change records.
    func audit(_ entry: AuditEntry) async throws

    // MARK: Threads, escalations and offers, as staff read them

    /// A thread's message log (`client:ID` or `staff:ID`), oldest first, with how each inbound reply was read.
    func messages(party: String) async throws -> [MessageRecord]
    /// Escalations with `status` (every one when nil), oldest first.
    func escalations(status: EscalationStatus?) async throws -> [EscalationRecord]
    func escalation(_ id: String) async throws -> EscalationRecord?
    /// Waitlist offers made since `since`, newest first.
    func waitlistOffers(since: Date) async throws -> [WaitlistOfferRecord]
    /// Clients whose name, address or id holds `query` (every client for an empty one), by id.
    func searchClients(_ query: String, limit: Int, offset: Int) async throws -> [Client]
    /// The newest error a provider gave for a message on `channel`, nil when none failed.
    func lastSendFailure(on channel: Channel) async throws -> String?
    /// A client's credit, per currency, leaving out currencies at zero.
    func creditBalances(_ client: ClientID) async throws -> [Money]

    // MARK: Reports

    /// What a report over visits starting in `[from, to)` is computed from (one location's, or the business's when nil);
    /// tiers are as they stand at `now`.
    func reportFacts(from: Date, to: Date, location: LocationID?, now: Date) async throws -> ReportFacts

    // MARK: The booking page

    /// The secret that signs the links in clients' messages: `candidate` is kept the first time it is asked for, and what was
    /// kept is returned ever after, so every process signs alike.
    func linkSecret(orNew candidate: [UInt8]) async throws -> [UInt8]
    /// Keeps a one-time code for a phone, unless that phone or the address asking had as many as `limits` allow lately.
    func issueCode(_ code: VerificationCode, limits: CodeLimits) async throws -> CodeIssue
    /// Checks a code entered for `phone` against its newest unused one: a right code is used up; a wrong one counts, and
    /// after `maxAttempts` wrong ones the code is dead.
    func checkCode(phone: String, hash: String, at now: Date, maxAttempts: Int) async throws -> CodeCheck

    // MARK: The engine's transactions

    /// Whether `transactionNow(each:)` is the faster way to run events (an embedded database: waiting for it is short, and
    /// events arriving together share one commit); otherwise the engine suspends on `transaction` while the database works.
    var prefersInlineTransactions: Bool { get }
    /// Whether several processes may work on this store at once (PostgreSQL); SQLite takes one server a file.
    var sharedByProcesses: Bool { get }

    /// Runs `body` in one write transaction: everything it writes commits together, or nothing does.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (any StoreTransaction) throws -> T) async throws -> T

    /// Several events' bodies in one write transaction, blocking the calling thread (SQLite has one writer, so waiting is
    /// short): each body is all-or-nothing on its own (one that throws leaves nothing behind, and the rest go on), and
    /// what the others wrote commits together, once. Returns each body's error, or nil where it succeeded; throws when
    /// the transaction itself fails, and then nothing of any body is kept.
    func transactionNow(each bodies: [(any StoreTransaction) throws -> Void]) throws -> [(any Error)?]

    /// Runs `body` in a read-only transaction: one consistent view of the store.
    func read<T: Sendable>(_ body: @escaping @Sendable (any StoreTransaction) throws -> T) async throws -> T

    // MARK: Jobs and the outbox

    /// A thread's saved state (JSON), if it has one.
    func thread(_ party: String) async throws -> String?

    /// Claims pending jobs due by `until` that no other process holds, soonest first, until `claimUntil`: two
    /// processes claiming at once take different jobs, and a job whose process died is claimed again after that.
    func claimDueJobs(until: Date, limit: Int, claimUntil: Date) async throws -> [StoredJob]

    /// When the next pending job may run, if any (when it is due, or when another process's claim on it runs out).
    func nextJobDue() async throws -> Date?

    /// Rows due by `until`: messages to staff first (an escalation's alert never waits behind a bulk send), then oldest first.
    func dueOutbox(until: Date, limit: Int) async throws -> [OutboxRow]

    /// When the next pending outbox row is due, if any.
    func nextOutboxDue() async throws -> Date?

    /// Records sends: each row's provider id, its status, and the message log, all in one write; only for a row still being
    /// sent (a provider's report may have settled it meanwhile, and is not undone).
    func markSent(_ sends: [SentRow], at now: Date) async throws

    /// Records, before the provider is called, that these rows are being sent: a crash from here on leaves them `sending`, to be
    /// settled (looked up at the provider) before any is sent again.
    /// Returns the rows it claimed: only those still pending (another dispatcher may have taken one), and, with an interval,
    /// only those whose recipient got nothing from any process in the last `recipientInterval` seconds; a row held back for
    /// that waits until the interval has passed.
    func markSending(_ ids: [Int64], at now: Date, recipientInterval: TimeInterval) async throws -> Set<Int64>

    /// Forgets when recipients last got a message, for those before `before` (long past any pause between messages).
    func forgetRecipientPace(before: Date) async throws

    /// The provider may or may not have taken the row (no answer in time): it waits, `unknown`, until it is settled; `then` runs
    /// in the same write (the job that settles it).
    func markUnknown(_ id: Int64, error: String, then: @escaping @Sendable (any StoreTransaction) throws -> Void) async throws

    /// Rows left `sending` since before `before` (the process stopped mid-send): made `unknown`, each with `then` (given the row
    /// and when its send began) in the same write.
    @discardableResult
    func expireSending(before: Date, then: @escaping @Sendable (any StoreTransaction, Int64, Date) throws -> Void) async throws -> [Int64]

    /// Rows `unknown` since before `before` with no settle job pending (one that failed for good): each with `then`.
    func strandedUnknown(before: Date) async throws -> [(id: Int64, began: Date)]

    /// Whether another outbox row already carries this provider id (a look-up must not take another message for this one).
    func providerIDTaken(_ providerID: String, channel: Channel, except id: Int64) async throws -> Bool

    /// An unknown row found at the provider (its status callback, or a look-up): sent, with the provider's id. False when the row
    /// was no longer unknown or sending (settled already), and then nothing changes.
    @discardableResult
    func settleSent(_ id: Int64, providerID: String, at now: Date) async throws -> Bool

    /// An unknown row the provider never took: back in the queue, to go at `next`.
    func resendUnknown(_ id: Int64, next: Date) async throws

    /// A transient failure: try again at `next`.
    func markRetry(_ id: Int64, next: Date, error: String) async throws

    /// Holds rows back until `until` without counting an attempt (a rate limit, not a failure), in one write.
    func postpone(_ ids: [Int64], until: Date) async throws

    /// A permanent failure: never retried. `then` runs in the same write (the fallback job), so a crash can't lose it.
    func markFailed(_ id: Int64, error: String, at now: Date, then: (@Sendable (any StoreTransaction) throws -> Void)?) async throws

    /// A delivery status from the provider (delivered, undelivered, failed…), by the provider's id.
    func updateDelivery(providerID: String, channel: Channel, status: String, at now: Date) async throws

    /// Figures for monitoring: open escalations, pending outbox rows and jobs, and how far the oldest due ones are behind.
    func operationalFigures(now: Date) async throws -> (openEscalations: Int, outboxPending: Int, outboxLag: Double, jobsPending: Int, jobLag: Double)

    /// When a party last wrote on a channel, and the provider's id of that message, if they ever did.
    func lastInbound(party: String, channel: Channel) async throws -> (at: Date, providerID: String?)?

    /// The outbox row a provider's id belongs to (for a delivery report).
    func outbox(providerID: String, channel: Channel) async throws -> OutboxRow?

    /// A sent message the provider could not deliver for now: send it again at `next` (the attempt is counted).
    func requeue(_ id: Int64, next: Date, error: String, at now: Date) async throws

    /// Messages in and out between two instants: counts, SMS segments, and outgoing by channel.
    func messageTotals(from: Date, to: Date) async throws -> (outgoing: Int, incoming: Int, smsSegments: Int, byChannel: [Channel: Int])

    // MARK: Leases

    /// Takes or renews the lease `name` for `holder` until `until`: true when `holder` holds it now (it was free, ran out
    /// before `now`, or was `holder`'s already), false while another holder's lease runs. A channel's poller runs in one
    /// process at a time this way, and passes to another when its process dies.
    func holdLease(_ name: String, holder: String, until: Date, now: Date) async throws -> Bool

    /// Gives the lease `name` back, if `holder` still holds it (its process is stopping): the next to ask takes it at once.
    func releaseLease(_ name: String, holder: String) async throws

    // MARK: Idempotent API requests

    /// Claims `key` for a request with `fingerprint`, in one write: a new key is recorded as running.
    ///
    /// A running claim older than `staleAfter` seconds is taken over (its process died before answering); keys older
    /// than `keepFor` seconds are forgotten, so the table stays small.
    func claimAPIRequest(key: String, fingerprint: String, at now: Date, staleAfter: TimeInterval,
        keepFor: TimeInterval) async throws -> APIRequestClaim

    /// Records the response to a claimed key, to be replayed for a retry.
    func finishAPIRequest(key: String, response: StoredAPIResponse, at now: Date) async throws

    /// Forgets a claimed key whose request failed without an answer worth keeping, so a retry runs again.
    func releaseAPIRequest(key: String) async throws

    // MARK: The admin API

    /// Adds a new client, audited; refuses an id that is taken (`missingReference`) or an address another client has.
    func insertClient(_ client: Client, by actor: Actor, at now: Date) async throws

    /// Reads, changes and saves one client in one write with its audit entry, so nothing written meanwhile (an opt-out,
    /// a no-show mark) is lost.
    @discardableResult
    func updateClient(_ id: ClientID, by actor: Actor, at now: Date, _ change: @escaping @Sendable (inout Client) throws -> Void) async throws -> Client

    /// Appointments matching `filter`, by start time (then staff member).
    func appointments(matching filter: AppointmentFilter) async throws -> [Appointment]

    /// Waitlist entries, oldest first: of one location or client when given; only those open at `openAt` unless that is nil.
    func waitlistEntries(location: LocationID?, client: ClientID?, openAt now: Date?) async throws -> [WaitlistEntry]

    /// One waitlist entry, open or not.
    func waitlistEntry(_ id: WaitlistEntryID) async throws -> WaitlistEntry?

    /// Takes a client off the waitlist: the entry stays on record, inactive, and is offered nothing more. Audited.
    func removeWaitlistEntry(_ id: WaitlistEntryID, by actor: Actor, at now: Date) async throws

    // MARK: Operations

    /// How many of the main records the store holds (for `doctor`, backups and restores).
    func counts() async throws -> StoreCounts
    /// The schema migrations this database has applied, in release order.
    func appliedMigrations() async throws -> [String]
    /// A consistent copy of the store in a new file at `destination`, taken while it runs; throws
    /// `StoreError.unusableDatabase` when the file exists or the store keeps its backups by other means.
    func backup(to destination: String) async throws -> StoreCounts

    // MARK: Bulk

    /// Writes a whole import in one transaction, or nothing at all: every problem is reported with its source line.
    func importBatch(_ batch: ImportBatch) async throws -> ImportSummary
}

/// Failures a caller can act on.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The staff member is already busy at that time (the existing appointment's id).
    case slotTaken(staff: StaffID, conflicting: AppointmentID?)
    case notFound(kind: String, id: String)
    /// A record names another that doesn't exist.
    case missingReference(String)
    /// The appointment changed since it was read; read it again and retry.
    case concurrentChange(AppointmentID)
    /// An import with problems; nothing was written.
    case importRejected([ImportProblem])
    /// The database file or URL can't be used.
    case unusableDatabase(String)
    /// The policy changed since the version a change was based on (the current version).
    case policyChanged(current: Int)
    /// A record with that id exists already.
    case duplicate(kind: String, id: String)

    public var description: String {
        switch self {
        case .slotTaken(let staff, let other): "\(staff) is already booked at that time" + (other.map { " (appointment \($0))" } ?? "")
        case .notFound(let kind, let id): "no \(kind) with id \"\(id)\""
        case .missingReference(let s): s
        case .concurrentChange(let id): "appointment \(id) changed meanwhile; try again"
        case .importRejected(let problems): problems.map(\.description).joined(separator: "\n")
        case .unusableDatabase(let s): s
        case .duplicate(let kind, let id): "there is already a \(kind) \"\(id)\""
        case .policyChanged(let v): "the policies changed meanwhile (now version \(v)); read them again and redo the change"
        }
    }
}
