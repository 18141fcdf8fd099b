import Foundation

/// The open question a reply answers: it settles confirm against accept and cancel against decline.
public enum Expecting: String, Sendable, Codable, CaseIterable {
    case confirm, offer, rebook, none
}

/// What a client means by a reply.
public enum Intent: String, Sendable, Codable, CaseIterable {
    case confirm, cancel, reschedule, accept, decline, late, optout, optin, help, question, dispute, unknown
}

/// How precise a resolved time is.
public enum TimeGrain: String, Sendable, Codable {
    case minute, hour, partOfDay, day, week, month
}

/// A time a reply names, resolved against `now` in the location's zone.
public struct ResolvedTime: Sendable, Equatable {
    /// The first instant the reply names.
    public var start: Date
    /// The end of a range or of a coarse time (a day, a part of the day); `nil` for a point in time.
    public var end: Date?
    /// How precise `start` is.
    public var grain: TimeGrain

    public init(start: Date, end: Date? = nil, grain: TimeGrain) {
        self.start = start
        self.end = end
        self.grain = grain
    }
}

/// Words that mean a person should read the thread, whatever the intent.
public enum Sensitivity: String, Sendable, CaseIterable {
    case anger, health, legal
}

/// What the matcher needs to know about the moment and the place a reply was written.
public struct ReplyContext: Sendable {
    /// The instant the reply arrived; relative words ("tomorrow") count from it.
    public var now: Date
    /// The location's time zone; every wall-clock time is read in it.
    public var zone: TimeZone
    /// Opening time as minutes after midnight (540 = 09:00); settles a bare "4" to 16:00.
    public var openingMinute: Int
    /// Closing time as minutes after midnight (1200 = 20:00).
    public var closingMinute: Int
    /// The start of the visit the reply is about (a reminder's), if one: a time named without a day ("no, I wanted 2 pm",
    /// "can we do 4 instead?") is on that visit's day when it is a later day.
    public var visit: Date?
    /// The staff's names: a question naming one ("is Maria working tomorrow?", "¿está Jess el viernes?") is about them,
    /// not a request to move.
    public var staffNames: [String]
    /// Whether the reply came where a provider acts on bare keywords (SMS: STOP, CANCEL… unsubscribe whoever sends them; the
    /// simulator plays SMS). Elsewhere (WhatsApp, Telegram, e-mail) a bare "cancel" cancels; "stop" still opts out.
    public var providerKeywords: Bool

    public init(now: Date, zone: TimeZone, openingMinute: Int = 540, closingMinute: Int = 1200, visit: Date? = nil,
                staffNames: [String] = [], providerKeywords: Bool = true) {
        self.now = now
        self.zone = zone
        self.openingMinute = openingMinute
        self.closingMinute = closingMinute
        self.visit = visit
        self.staffNames = staffNames
        self.providerKeywords = providerKeywords
    }
}

/// The matcher's reading of one reply.
public struct Understanding: Sendable, Equatable {
    /// What the client means.
    public var intent: Intent
    /// How sure the matcher is, 0…1; the conversation escalates instead of guessing when it is low.
    public var confidence: Double
    /// The time the reply names, if any.
    public var time: ResolvedTime?
    /// The 1-based option picked from a numbered list, if any; `lastOption` for the last one ("the last one", "le dernier"),
    /// `earliestOption` for the one at the earliest time ("the earliest", "la más temprana"), which need not be the first
    /// listed: options are listed nearest the time asked for first.
    public var choice: Int?

    /// `choice` for the last option listed.
    public static let lastOption = -1
    /// `choice` for the option at the earliest time.
    public static let earliestOption = -2
    /// Whether `choice` names an option: a number from 1, the last or the earliest.
    public static func namesOption(_ choice: Int) -> Bool { choice >= 1 || choice == lastOption || choice == earliestOption }
    /// The language the reply was read in (given or detected).
    public var locale: String
    /// How many minutes late the client says they will be, when they say it.
    public var lateMinutes: Int?
    /// Words that call for a person: anger, health, legal.
    public var sensitivity: Set<Sensitivity>
    /// The reply is a no and nothing else ("no", "nope, sorry"): it refuses what was asked, no more.
    public var plainNo = false
    /// The reply hedges ("maybe next week", "I think so"): a time it names is a wish, not a pick.
    public var tentative = false
    /// Beside what it does to the booking, the reply asks something a person must answer ("Yes! Is there parking nearby?",
    /// "La deuxième svp. Je peux venir avec ma fille ?"): the conversation acts on the intent and hands the question over.
    public var alsoAsks = false

    public init(intent: Intent, confidence: Double, time: ResolvedTime? = nil, choice: Int? = nil,
                locale: String, lateMinutes: Int? = nil, sensitivity: Set<Sensitivity> = []) {
        self.intent = intent
        self.confidence = confidence
        self.time = time
        self.choice = choice
        self.locale = locale
        self.lateMinutes = lateMinutes
        self.sensitivity = sensitivity
    }
}
