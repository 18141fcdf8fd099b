import Foundation

/// A one-time code sent to a phone by the booking page, as the store keeps it: the code's hash, never the code.
public struct VerificationCode: Hashable, Sendable {
    /// The phone it went to (E.164).
    public var phone: String
    public var hash: String
    /// Who asked for it (the client's network address), for the rate limit.
    public var requester: String
    public var createdAt: Date
    public var expiresAt: Date

    public init(phone: String, hash: String, requester: String, createdAt: Date, expiresAt: Date) {
        self.phone = phone
        self.hash = hash
        self.requester = requester
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}

/// How many codes a phone, and an address asking, may have in a window.
public struct CodeLimits: Hashable, Sendable {
    public var perPhone: Int
    public var perRequester: Int
    public var window: TimeInterval

    public init(perPhone: Int = 3, perRequester: Int = 10, window: TimeInterval = 3600) {
        self.perPhone = perPhone
        self.perRequester = perRequester
        self.window = window
    }
}

/// What asking for a code came to.
public enum CodeIssue: Hashable, Sendable {
    case issued
    /// Too many lately: a new one can be asked for from then on.
    case tooMany(until: Date)
}

/// What checking an entered code came to.
public enum CodeCheck: Hashable, Sendable {
    /// The right code, now used up.
    case verified
    /// Not the code; this many tries are left.
    case wrong(attemptsLeft: Int)
    /// No live code for that phone (none sent, run out, used, or too many wrong tries): ask for a new one.
    case expired
}
