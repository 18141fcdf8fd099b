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

    public init(reminders: ReminderCadence = .init(), lateCancel: LateCancelPolicy = .init(), noShow: NoShowPolicy = .init(),
                waitlist: WaitlistPolicy = .init(), winBack: WinBackPolicy = .init(), followUp: FollowUpPolicy = .init(),
                depositHoldMinutes: Int = 30, highValueMinorUnits: Int64? = nil, slotGridMinutes: Int = 15) {
        self.reminders = reminders
        self.lateCancel = lateCancel
        self.noShow = noShow
        self.waitlist = waitlist
        self.winBack = winBack
        self.followUp = followUp
        self.depositHoldMinutes = depositHoldMinutes
        self.highValueMinorUnits = highValueMinorUnits
        self.slotGridMinutes = slotGridMinutes
    }

    /// The defaults most spas start with.
    public static let standard = Policies()

    /// Problems a person must fix, each naming the field.
    public func validate() -> [FieldProblem] {
        var p: [FieldProblem] = []
        if reminders.steps.isEmpty { p.append(.init("reminders", "needs at least one step")) }
        for s in reminders.steps where s.minutesBefore <= 0 {
            p.append(.init("reminders", "a step \(s.minutesBefore) minutes before the start is not before it"))
        }
        if lateCancel.windowHours < 0 { p.append(.init("lateCancel.windowHours", "must not be negative")) }
        if case .percent(let x) = lateCancel.fee, !(0...100).contains(x) { p.append(.init("lateCancel.fee", "\(x)% is outside 0-100%")) }
        if noShow.lookbackDays <= 0 { p.append(.init("noShow.lookbackDays", "must be positive")) }
        if waitlist.maxOffersPerSlot <= 0 { p.append(.init("waitlist.maxOffersPerSlot", "must be positive")) }
        if waitlist.maxOffersPerClientPerDay <= 0 { p.append(.init("waitlist.maxOffersPerClientPerDay", "must be positive")) }
        if ![5, 10, 15, 20, 30, 60].contains(slotGridMinutes) { p.append(.init("slotGridMinutes", "\(slotGridMinutes) is not one of 5, 10, 15, 20, 30, 60")) }
        if depositHoldMinutes < 5 { p.append(.init("depositHoldMinutes", "must be at least 5")) }
        return p
    }
}

/// When reminders go out before a visit.
public struct ReminderCadence: Hashable, Sendable, Codable {
    /// One reminder: how long before the start, and whether a confirmed visit skips it.
    public struct Step: Hashable, Sendable, Codable {
        public var minutesBefore: Int
        public var skipIfConfirmed: Bool
        /// Whether this reminder asks the client to confirm (opens a question).
        public var asksForConfirmation: Bool

        public init(minutesBefore: Int, skipIfConfirmed: Bool, asksForConfirmation: Bool = true) {
            self.minutesBefore = minutesBefore
            self.skipIfConfirmed = skipIfConfirmed
            self.asksForConfirmation = asksForConfirmation
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
}

/// Cancelling close to the visit costs a fee.
public struct LateCancelPolicy: Hashable, Sendable, Codable {
    /// A client cancellation less than this many hours before the start is late.
    public var windowHours: Int
    public var fee: FeeRule
    /// A paid deposit on an early cancellation.
    public var depositOnEarlyCancel: DepositOnCancel
    /// A paid deposit on a late cancellation or a no-show.
    public var depositOnLateCancel: DepositOnCancel

    public init(windowHours: Int = 24, fee: FeeRule = .percent(50), depositOnEarlyCancel: DepositOnCancel = .refund,
                depositOnLateCancel: DepositOnCancel = .keep) {
        self.windowHours = windowHours
        self.fee = fee
        self.depositOnEarlyCancel = depositOnEarlyCancel
        self.depositOnLateCancel = depositOnLateCancel
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

    /// 2 no-shows in 12 months → 100 % deposit; 3 → no online booking. A late cancel counts half.
    public init(lookbackDays: Int = 365, lateCancelWeight: Double = 0.5,
                thresholds: [Threshold] = [.init(marks: 2, tier: .depositRequired(percent: 100)), .init(marks: 3, tier: .noOnlineBooking)],
                checkAfterMinutes: Int = 15, autoMarkAfterMinutes: Int? = 120) {
        self.lookbackDays = lookbackDays
        self.lateCancelWeight = lateCancelWeight
        self.thresholds = thresholds
        self.checkAfterMinutes = checkAfterMinutes
        self.autoMarkAfterMinutes = autoMarkAfterMinutes
    }

    /// The weighted count of marks within the look-back window.
    public func score(_ marks: [AttendanceMark], now: Date) -> Double {
        let since = now.addingTimeInterval(-Double(lookbackDays) * 86_400)
        return marks.filter { $0.at >= since && $0.at <= now }.reduce(0) { $0 + ($1.kind == .noShow ? 1 : lateCancelWeight) }
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

    public init(mode: Mode = .batch(size: 3, holdMinutes: 20), maxOffersPerSlot: Int = 9, maxOffersPerClientPerDay: Int = 3,
                stopBeforeStartMinutes: Int = 60, confirmOrRelease: Bool = false) {
        self.mode = mode
        self.maxOffersPerSlot = maxOffersPerSlot
        self.maxOffersPerClientPerDay = maxOffersPerClientPerDay
        self.stopBeforeStartMinutes = stopBeforeStartMinutes
        self.confirmOrRelease = confirmOrRelease
    }
}

/// Inviting clients back after a missed or cancelled visit.
public struct WinBackPolicy: Hashable, Sendable, Codable {
    public var enabled: Bool
    public var delayAfterNoShowHours: Int
    public var delayAfterCancelHours: Int
    /// How many open slots the invitation lists.
    public var slotsOffered: Int

    public init(enabled: Bool = true, delayAfterNoShowHours: Int = 24, delayAfterCancelHours: Int = 72, slotsOffered: Int = 3) {
        self.enabled = enabled
        self.delayAfterNoShowHours = delayAfterNoShowHours
        self.delayAfterCancelHours = delayAfterCancelHours
        self.slotsOffered = slotsOffered
    }
}

/// Thanking clients after a visit and nudging them to rebook at the service's cadence.
public struct FollowUpPolicy: Hashable, Sendable, Codable {
    public var enabled: Bool
    /// Hours after the end for the thank-you.
    public var thanksAfterHours: Int
    /// Rebook nudge cadence when the service names none.
    public var defaultRebookAfterDays: Int?

    public init(enabled: Bool = true, thanksAfterHours: Int = 3, defaultRebookAfterDays: Int? = nil) {
        self.enabled = enabled
        self.thanksAfterHours = thanksAfterHours
        self.defaultRebookAfterDays = defaultRebookAfterDays
    }
}
