import BookingCore
import Foundation

/// Where SlotKeeper keeps the business's world. SQLite is the embedded default;
/// every implementation passes the same test suite.
public protocol BookingStore: Sendable {
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
    func escalations(status: String?) async throws -> [EscalationRecord]
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
