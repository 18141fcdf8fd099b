import Foundation

/// Every rule a business can tune, as data with sensible defaults.
public struct Policies: Hashable, Sendable, Codable {
    public var reminders: ReminderCadence
    public var lateCancel: LateCancelPolicy
    public var noShow: NoShowPolicy
    public var waitlist: WaitlistPolicy
    public var winBack: WinBackPolicy
    public var followUp: FollowUpPolicy
    /// How long an unpaid deposit hold keeps its slot.
    public var depositHoldMinutes: Int
    /// Appointments worth at least this much are handed to a person rather than changed by the bot (minor units; nil = never).
    public var highValueMinorUnits: Int64?
    /// The booking grid for slot search.
    public var slotGridMinutes: Int
    /// Why staff cancel, and how the client hears of it.
    public var cancellation: CancellationPolicy
    /// The no-show fee, and whether fees are charged to the card saved with a deposit or noted for the front desk.
    public var fees: FeePolicy
    /// Which clients' changes go to a person, and how soon an unanswered hand-off is chased.
    public var escalation: EscalationPolicy
    /// The hours in which only direct answers to a client's own message are sent; nil keeps the location's own.
    public var quietHours: QuietHours?

    public init(reminders: ReminderCadence = .init(), lateCancel: LateCancelPolicy = .init(), noShow: NoShowPolicy = .init(),
                waitlist: WaitlistPolicy = .init(), winBack: WinBackPolicy = .init(), followUp: FollowUpPolicy = .init(),
                depositHoldMinutes: Int = 30, highValueMinorUnits: Int64? = nil, slotGridMinutes: Int = 15,
                cancellation: CancellationPolicy = .init(), fees: FeePolicy = .init(), escalation: EscalationPolicy = .init(),
                quietHours: QuietHours? = nil) {
        self.quietHours = quietHours
        self.reminders = reminders
        self.lateCancel = lateCancel
        self.noShow = noShow
        self.waitlist = waitlist
        self.winBack = winBack
        self.followUp = followUp
        self.depositHoldMinutes = depositHoldMinutes
        self.highValueMinorUnits = highValueMinorUnits
        self.slotGridMinutes = slotGridMinutes
        self.cancellation = cancellation
        self.fees = fees
        self.escalation = escalation
    }

    private enum CodingKeys: String, CodingKey {
        case reminders, lateCancel, noShow, waitlist, winBack, followUp, depositHoldMinutes, highValueMinorUnits, slotGridMinutes, cancellation, fees,
             escalation, quietHours
    }

    /// Reads stored policies; a setting added after they were stored takes its default.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Policies()
        reminders = try c.decodeIfPresent(ReminderCadence.self, forKey: .reminders) ?? d.reminders
        lateCancel = try c.decodeIfPresent(LateCancelPolicy.self, forKey: .lateCancel) ?? d.lateCancel
        noShow = try c.decodeIfPresent(NoShowPolicy.self, forKey: .noShow) ?? d.noShow
        waitlist = try c.decodeIfPresent(WaitlistPolicy.self, forKey: .waitlist) ?? d.waitlist
        winBack = try c.decodeIfPresent(WinBackPolicy.self, forKey: .winBack) ?? d.winBack
        followUp = try c.decodeIfPresent(FollowUpPolicy.self, forKey: .followUp) ?? d.followUp
        depositHoldMinutes = try c.decodeIfPresent(Int.self, forKey: .depositHoldMinutes) ?? d.depositHoldMinutes
        highValueMinorUnits = try c.decodeIfPresent(Int64.self, forKey: .highValueMinorUnits)
        slotGridMinutes = try c.decodeIfPresent(Int.self, forKey: .slotGridMinutes) ?? d.slotGridMinutes
        cancellation = try c.decodeIfPresent(CancellationPolicy.self, forKey: .cancellation) ?? d.cancellation
        fees = try c.decodeIfPresent(FeePolicy.self, forKey: .fees) ?? d.fees
        escalation = try c.decodeIfPresent(EscalationPolicy.self, forKey: .escalation) ?? d.escalation
        quietHours = try c.decodeIfPresent(QuietHours.self, forKey: .quietHours)
    }

    /// The defaults most spas start with.
    public static let standard = Policies()

    /// The hours in which only direct answers go out at `location`: the policy's, else the location's own.
    public func quietHours(at location: Location) -> QuietHours { quietHours ?? location.quietHours }

    /// Problems a person must fix, each naming the field as it is written in the policy document
    /// (`noShow.ladder[1].deposit`); see `PolicyDocument`.
    public func validate() -> [FieldProblem] { PolicyDocument.problems(in: self) }
}

/// When reminders go out before a visit.
public struct ReminderCadence: Hashable, Sendable, Codable {
    /// One reminder: how long before the start, and whether a confirmed visit skips it.
    public struct Step: Hashable, Sendable, Codable {
        public var minutesBefore: Int
        public var skipIfConfirmed: Bool
        /// Whether this reminder asks the client to confirm (opens a question).
        public var asksForConfirmation: Bool
        /// The channel it goes on when the client can be reached there; nil for the client's preferred channel.
        public var channel: Channel?

        public init(minutesBefore: Int, skipIfConfirmed: Bool, asksForConfirmation: Bool = true, channel: Channel? = nil) {
            self.minutesBefore = minutesBefore
            self.skipIfConfirmed = skipIfConfirmed
            self.asksForConfirmation = asksForConfirmation
            self.channel = channel
        }

        private enum CodingKeys: String, CodingKey { case minutesBefore, skipIfConfirmed, asksForConfirmation, channel }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            minutesBefore = try c.decode(Int.self, forKey: .minutesBefore)
            skipIfConfirmed = try c.decode(Bool.self, forKey: .skipIfConfirmed)
            asksForConfirmation = try c.decodeIfPresent(Bool.self, forKey: .asksForConfirmation) ?? true
            channel = try c.decodeIfPresent(Channel.self, forKey: .channel)
        }
    }

    /// Steps, earliest first once sorted by `dueTimes`.
    public var steps: [Step]

    /// 48 hours before (asks to confirm), then 3 hours before unless already confirmed.
    public init(steps: [Step] = [Step(minutesBefore: 48 * 60, skipIfConfirmed: false), Step(minutesBefore: 180, skipIfConfirmed: true)]) {
        self.steps = steps
    }

    /// The reminders still due for a visit starting at `start`, booked at `now`, in time order.
    /// A step whose time has already passed when the visit is booked is dropped.
    public func dueTimes(start: Date, now: Date) -> [(step: Step, at: Date)] {
        steps.map { ($0, start.addingTimeInterval(-Double($0.minutesBefore) * 60)) }
            .filter { $0.1 > now }
            .sorted { $0.1 < $1.1 }
    }
}

/// How a fee is worked out.
public enum FeeRule: Hashable, Sendable, Codable {
    case none
    case fixed(Money)
    case percent(Int)

    /// The fee on `price`, nil when none or zero.
    public func fee(on price: Money) -> Money? {
        switch self {
        case .none: return nil
        case .fixed(let m): return m.minorUnits > 0 ? m : nil
        case .percent(let p): let f = price.percent(p); return f.minorUnits > 0 ? f : nil
        }
    }
}

/// What happens to a paid deposit when the client cancels.
public enum DepositOnCancel: String, Hashable, Sendable, Codable, CaseIterable {
    case refund, keep, credit

    /// What becomes of a paid deposit of `m` under this rule.
    public func applied(to m: Money) -> DepositState {
        switch self {
        case .refund: .refunded(m)
        case .keep: .forfeited(m)
        case .credit: .credited(m)
        }
    }
}

/// Cancelling close to the visit costs a fee.
public struct LateCancelPolicy: Hashable, Sendable, Codable {
    /// A client cancellation less than this many hours before the start is late.
    public var windowHours: Int
    public var fee: FeeRule
    /// A paid deposit on an early cancellation.
    public var depositOnEarlyCancel: DepositOnCancel
    /// A paid deposit on a late cancellation.
    public var depositOnLateCancel: DepositOnCancel
    /// A paid deposit when the client doesn't come.
    public var depositOnNoShow: DepositOnCancel

    public init(windowHours: Int = 24, fee: FeeRule = .percent(50), depositOnEarlyCancel: DepositOnCancel = .refund,
                depositOnLateCancel: DepositOnCancel = .keep, depositOnNoShow: DepositOnCancel = .keep) {
        self.windowHours = windowHours
        self.fee = fee
        self.depositOnEarlyCancel = depositOnEarlyCancel
        self.depositOnLateCancel = depositOnLateCancel
        self.depositOnNoShow = depositOnNoShow
    }

    private enum CodingKeys: String, CodingKey { case windowHours, fee, depositOnEarlyCancel, depositOnLateCancel, depositOnNoShow }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        windowHours = try c.decode(Int.self, forKey: .windowHours)
        fee = try c.decode(FeeRule.self, forKey: .fee)
        depositOnEarlyCancel = try c.decode(DepositOnCancel.self, forKey: .depositOnEarlyCancel)
        depositOnLateCancel = try c.decode(DepositOnCancel.self, forKey: .depositOnLateCancel)
        // Before it had its own setting, a no-show followed the late-cancel rule.
        depositOnNoShow = try c.decodeIfPresent(DepositOnCancel.self, forKey: .depositOnNoShow) ?? depositOnLateCancel
    }

    /// Whether cancelling at `now` a visit that starts at `start` is late.
    public func isLate(start: Date, now: Date) -> Bool {
        start.timeIntervalSince(now) < Double(windowHours) * 3600
    }
}

/// A client's standing, from their record of missed visits.
public enum AttendanceTier: Hashable, Sendable, TextCodable, Comparable, CustomStringConvertible {
    case good
    /// Must prepay this percentage of the price to book.
    case depositRequired(percent: Int)
    /// May not book online or take waitlist offers; staff can still book them.
    case noOnlineBooking

    private var rank: Int {
        switch self {
        case .good: 0
        case .depositRequired(let p): 1 + p
        case .noOnlineBooking: 1000
        }
    }

    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }

    /// `good`, `deposit:100`, `blocked`.
    public var description: String {
        switch self {
        case .good: "good"
        case .depositRequired(let p): "deposit:\(p)"
        case .noOnlineBooking: "blocked"
        }
    }

    /// Parses the `description` form.
    public init?(text: String) {
        switch text {
        case "good": self = .good
        case "blocked": self = .noOnlineBooking
        default:
            guard text.hasPrefix("deposit:"), let p = Int(text.dropFirst(8)), (1...100).contains(p) else { return nil }
            self = .depositRequired(percent: p)
        }
    }

    public init?(codingText: String) { self.init(text: codingText) }
    public var codingText: String { description }
    public static let textFormHint = "a tier (good, deposit:PERCENT, blocked)"


}

/// Repeat no-shows are held to a stricter policy.
public struct NoShowPolicy: Hashable, Sendable, Codable {
    /// A threshold: this many marks (within the look-back) put a client in `tier`.
    public struct Threshold: Hashable, Sendable, Codable {
        public var marks: Double
        public var tier: AttendanceTier

        public init(marks: Double, tier: AttendanceTier) {
            self.marks = marks
            self.tier = tier
        }
    }

    public var lookbackDays: Int
    /// What one late cancellation counts for, next to a no-show counting 1.
    public var lateCancelWeight: Double
    public var thresholds: [Threshold]
    /// Minutes after the end with no arrival marked before staff are asked whether the client came.
    public var checkAfterMinutes: Int
    /// Mark a no-show by itself if staff don't answer within this many minutes (nil = wait for staff).
    public var autoMarkAfterMinutes: Int?
    /// Whether marking a no-show asks staff whether to block the client from online booking.
    public var askToBlock: Bool
    /// A miss no longer counts once the client has come to this many visits after it (nil = only the look-back forgives).
    public var forgiveAfterVisits: Int?

    /// 2 no-shows in 12 months → 100 % deposit; 3 → no online booking. A late cancel counts half.
    public init(lookbackDays: Int = 365, lateCancelWeight: Double = 0.5,
                thresholds: [Threshold] = [.init(marks: 2, tier: .depositRequired(percent: 100)), .init(marks: 3, tier: .noOnlineBooking)],
                checkAfterMinutes: Int = 15, autoMarkAfterMinutes: Int? = 120, askToBlock: Bool = false, forgiveAfterVisits: Int? = nil) {
        self.lookbackDays = lookbackDays
        self.lateCancelWeight = lateCancelWeight
        self.thresholds = thresholds
        self.checkAfterMinutes = checkAfterMinutes
        self.autoMarkAfterMinutes = autoMarkAfterMinutes
        self.askToBlock = askToBlock
        self.forgiveAfterVisits = forgiveAfterVisits
    }

    private enum CodingKeys: String, CodingKey {
        case lookbackDays, lateCancelWeight, thresholds, checkAfterMinutes, autoMarkAfterMinutes, askToBlock, forgiveAfterVisits
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        lookbackDays = try c.decode(Int.self, forKey: .lookbackDays)
        lateCancelWeight = try c.decode(Double.self, forKey: .lateCancelWeight)
        thresholds = try c.decode([Threshold].self, forKey: .thresholds)
        checkAfterMinutes = try c.decode(Int.self, forKey: .checkAfterMinutes)
        autoMarkAfterMinutes = try c.decodeIfPresent(Int.self, forKey: .autoMarkAfterMinutes)
        askToBlock = try c.decodeIfPresent(Bool.self, forKey: .askToBlock) ?? false
        forgiveAfterVisits = try c.decodeIfPresent(Int.self, forKey: .forgiveAfterVisits)
    }

    /// The weighted count of misses within the look-back window, leaving out those forgiven by visits attended since.
    public func score(_ marks: [AttendanceMark], now: Date) -> Double {
        let since = now.addingTimeInterval(-Double(lookbackDays) * 86_400)
        let attended = marks.filter { $0.kind == .attended && $0.at <= now }.map(\.at)
        return marks.filter { $0.kind != .attended && $0.at >= since && $0.at <= now }
            .filter { miss in forgiveAfterVisits.map { n in attended.filter { $0 > miss.at }.count < n } ?? true }
            .reduce(0) { $0 + ($1.kind == .noShow ? 1 : lateCancelWeight) }
    }

    /// The strictest tier whose threshold the record reaches.
    public func tier(for marks: [AttendanceMark], now: Date) -> AttendanceTier {
        let s = score(marks, now: now)
        return thresholds.filter { s >= $0.marks }.map(\.tier).max() ?? .good
    }
}

/// How a freed slot is offered to the waitlist.
public struct WaitlistPolicy: Hashable, Sendable, Codable {
    public enum Mode: Hashable, Sendable, Codable {
        /// One client at a time, each holding the offer for `holdMinutes`.
        case sequential(holdMinutes: Int)
        /// `size` clients at once; the first yes wins; the next batch after `holdMinutes`.
        case batch(size: Int, holdMinutes: Int)
        /// Everyone who fits at once; the first yes wins.
        case broadcast
    }

    public var mode: Mode
    public var maxOffersPerSlot: Int
    public var maxOffersPerClientPerDay: Int
    /// No offers once the slot starts within this many minutes.
    public var stopBeforeStartMinutes: Int
    /// Offer an unconfirmed appointment's slot as a standby after the last reminder.
    public var confirmOrRelease: Bool
    /// Minutes after the last reminder that asks to confirm before an unconfirmed visit counts as at risk.
    public var confirmDeadlineMinutes: Int
    /// Who is offered a freed slot first.
    public var rank: WaitlistRanking.Order

    public init(mode: Mode = .batch(size: 3, holdMinutes: 20), maxOffersPerSlot: Int = 9, maxOffersPerClientPerDay: Int = 3,
                stopBeforeStartMinutes: Int = 60, confirmOrRelease: Bool = false, confirmDeadlineMinutes: Int = 60, rank: WaitlistRanking.Order = .fit) {
        self.mode = mode
        self.maxOffersPerSlot = maxOffersPerSlot
        self.maxOffersPerClientPerDay = maxOffersPerClientPerDay
        self.stopBeforeStartMinutes = stopBeforeStartMinutes
        self.confirmOrRelease = confirmOrRelease
        self.confirmDeadlineMinutes = confirmDeadlineMinutes
        self.rank = rank
    }

    private enum CodingKeys: String, CodingKey {
        case mode, maxOffersPerSlot, maxOffersPerClientPerDay, stopBeforeStartMinutes, confirmOrRelease, confirmDeadlineMinutes, rank
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        mode = try c.decode(Mode.self, forKey: .mode)
        maxOffersPerSlot = try c.decode(Int.self, forKey: .maxOffersPerSlot)
        maxOffersPerClientPerDay = try c.decode(Int.self, forKey: .maxOffersPerClientPerDay)
        stopBeforeStartMinutes = try c.decode(Int.self, forKey: .stopBeforeStartMinutes)
        confirmOrRelease = try c.decode(Bool.self, forKey: .confirmOrRelease)
        confirmDeadlineMinutes = try c.decodeIfPresent(Int.self, forKey: .confirmDeadlineMinutes) ?? 60
        rank = try c.decodeIfPresent(WaitlistRanking.Order.self, forKey: .rank) ?? .fit
    }
}

/// Inviting clients back after a missed or cancelled visit.
public struct WinBackPolicy: Hashable, Sendable, Codable {
    /// After what an invitation goes out.
    public enum Trigger: String, Hashable, Sendable, Codable, CaseIterable {
        case noShow, cancel, both
    }

    /// Whose cancellation leads to an invitation.
    public enum CancelledBy: String, Hashable, Sendable, Codable, CaseIterable {
        case client, staff, either
    }

    public var enabled: Bool
    public var after: Trigger
    public var cancelledBy: CancelledBy
    public var delayAfterNoShowHours: Int
    public var delayAfterCancelHours: Int
    /// How many open slots the invitation lists; 0 sends the booking link instead.
    public var slotsOffered: Int
    /// Hours after the invitation before a second one (the booking link) goes, when nothing was booked; nil for none.
    public var secondStepAfterHours: Int?
    /// The channel invitations go on when the client can be reached there; nil for the client's preferred one.
    public var channel: Channel?

    public init(enabled: Bool = true, after: Trigger = .both, cancelledBy: CancelledBy = .client, delayAfterNoShowHours: Int = 24,
                delayAfterCancelHours: Int = 72, slotsOffered: Int = 3, secondStepAfterHours: Int? = nil, channel: Channel? = nil) {
        self.secondStepAfterHours = secondStepAfterHours
        self.channel = channel
        self.enabled = enabled
        self.after = after
        self.cancelledBy = cancelledBy
        self.delayAfterNoShowHours = delayAfterNoShowHours
        self.delayAfterCancelHours = delayAfterCancelHours
        self.slotsOffered = slotsOffered
    }

    private enum CodingKeys: String, CodingKey {
        case enabled, after, cancelledBy, delayAfterNoShowHours, delayAfterCancelHours, slotsOffered, secondStepAfterHours, channel
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        enabled = try c.decode(Bool.self, forKey: .enabled)
        after = try c.decodeIfPresent(Trigger.self, forKey: .after) ?? .both
        cancelledBy = try c.decodeIfPresent(CancelledBy.self, forKey: .cancelledBy) ?? .client
        delayAfterNoShowHours = try c.decode(Int.self, forKey: .delayAfterNoShowHours)
        delayAfterCancelHours = try c.decode(Int.self, forKey: .delayAfterCancelHours)
        slotsOffered = try c.decode(Int.self, forKey: .slotsOffered)
        secondStepAfterHours = try c.decodeIfPresent(Int.self, forKey: .secondStepAfterHours)
        channel = try c.decodeIfPresent(Channel.self, forKey: .channel)
    }

    /// Whether a no-show leads to an invitation.
    public var afterNoShow: Bool { enabled && after != .cancel }

    /// Whether a cancellation by the client (or, when false, by staff) leads to an invitation.
    public func afterCancel(byClient: Bool) -> Bool {
        guard enabled, after != .noShow else { return false }
        switch cancelledBy {
        case .client: return byClient
        case .staff: return !byClient
        case .either: return true
        }
    }
}

/// Why staff cancel a visit and how the client hears of it.
public struct CancellationPolicy: Hashable, Sendable, Codable {
    /// Where a cancellation notice goes.
    public enum Notice: String, Hashable, Sendable, Codable, CaseIterable {
        /// The client's preferred channel (else the first they can be reached on).
        case preferred
        /// Every channel the client can be reached on.
        case all
    }

    /// The reasons staff pick from when they cancel; empty means any reason in words.
    public var reasons: [String]
    public var notify: Notice

    public init(reasons: [String] = CancellationPolicy.standardReasons, notify: Notice = .preferred) {
        self.reasons = reasons
        self.notify = notify
    }

    /// The reasons most spas start with.
    public static let standardReasons = ["client asked", "staff unavailable", "illness", "double booking", "business closed", "other"]

    /// The reason as listed (matched without regard to case), or nil when it is not on the list.
    public func listed(_ reason: String) -> String? {
        if reasons.isEmpty { return reason }
        return reasons.first { $0.caseInsensitiveCompare(reason.trimmingCharacters(in: .whitespaces)) == .orderedSame }
    }
}

/// Thanking clients after a visit and nudging them to rebook at the service's cadence.
public struct FollowUpPolicy: Hashable, Sendable, Codable {
    public var enabled: Bool
    /// Hours after the end for the thank-you.
    public var thanksAfterHours: Int
    /// Rebook nudge cadence when the service names none.
    public var defaultRebookAfterDays: Int?
    /// Ask the client to rate the visit (1–5, or in words) with the thank-you.
    public var feedback: Bool
    /// A rating at or below this goes to the manager.
    public var lowScore: Int

    public init(enabled: Bool = true, thanksAfterHours: Int = 3, defaultRebookAfterDays: Int? = nil, feedback: Bool = false, lowScore: Int = 2) {
        self.enabled = enabled
        self.thanksAfterHours = thanksAfterHours
        self.defaultRebookAfterDays = defaultRebookAfterDays
        self.feedback = feedback
        self.lowScore = lowScore
    }

    private enum CodingKeys: String, CodingKey { case enabled, thanksAfterHours, defaultRebookAfterDays, feedback, lowScore }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        enabled = try c.decode(Bool.self, forKey: .enabled)
        thanksAfterHours = try c.decode(Int.self, forKey: .thanksAfterHours)
        defaultRebookAfterDays = try c.decodeIfPresent(Int.self, forKey: .defaultRebookAfterDays)
        feedback = try c.decodeIfPresent(Bool.self, forKey: .feedback) ?? false
        lowScore = try c.decodeIfPresent(Int.self, forKey: .lowScore) ?? 2
    }
}

/// What a missed visit costs, and how fees are collected.
public struct FeePolicy: Hashable, Sendable, Codable {
    /// How a late-cancel or no-show fee is collected.
    public enum Collection: String, Hashable, Sendable, Codable, CaseIterable {
        /// Recorded for the front desk to collect.
        case note
        /// Charged to the card saved with the client's deposit (the deposit's payment page saves it); noted when there is none.
        case card
    }

    /// The fee for not coming (on top of a deposit kept).
    public var noShow: FeeRule
    public var charge: Collection

    public init(noShow: FeeRule = .none, charge: Collection = .note) {
        self.noShow = noShow
        self.charge = charge
    }
}

/// Which cases go to a person rather than the bot, beyond what the conversation itself hands over (disputes, unclear replies,
/// health and legal words, a high-value visit), and how an unanswered hand-off is chased.
public struct EscalationPolicy: Hashable, Sendable, Codable {
    /// Tiers whose clients' cancellations and moves go to a person.
    public enum Tier: String, Hashable, Sendable, Codable, CaseIterable {
        /// Clients asked for a deposit by the no-show ladder.
        case deposit
        /// Clients blocked from online booking.
        case blocked
    }

    public var tiers: Set<Tier>
    /// Minutes before the staff member is reminded of a hand-off nobody answered.
    public var reminderMinutes: Int
    /// Minutes after the hand-off before it goes to the manager.
    public var managerAfterMinutes: Int

    public init(tiers: Set<Tier> = [.deposit, .blocked], reminderMinutes: Int = 15, managerAfterMinutes: Int = 30) {
        self.tiers = tiers
        self.reminderMinutes = reminderMinutes
        self.managerAfterMinutes = managerAfterMinutes
    }

    /// Whether a client of `tier` is handed to a person for a change.
    public func handsOver(_ tier: AttendanceTier) -> Bool {
        switch tier {
        case .good: false
        case .depositRequired: tiers.contains(.deposit)
        case .noOnlineBooking: tiers.contains(.blocked)
        }
    }
}
