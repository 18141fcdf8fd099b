import Foundation

/// A person who signs in to the dashboard: a receptionist, a manager, the owner. Separate from `StaffMember` (who
/// performs services): an owner may do no treatments, and a therapist may never sign in. When the account belongs to
/// a staff member, what they do on the dashboard is done in that staff member's name (an answer to a client is signed
/// with it).
public struct StaffAccount: Hashable, Sendable {
    /// What an account may do. Each role may do everything the ones before it may.
    public enum Role: String, Sendable, CaseIterable, Comparable {
        /// The day's book, arrivals and no-shows, cancels, escalations, the waitlist, clients' cards.
        case frontDesk = "front-desk"
        /// And: the policies, overriding a client's tier or an online-booking block, booking a blocked client, refunds.
        case manager
        /// And: revenue and accounts.
        case owner

        public static func < (a: Role, b: Role) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }

        /// Change the policies and see every message's wording.
        public var maySetPolicies: Bool { self >= .manager }
        /// Override a tier or a block, book a blocked client, refund or keep a deposit against the policy.
        public var mayOverride: Bool { self >= .manager }
        /// See money taken and lost.
        public var maySeeRevenue: Bool { self >= .manager }
    }

    /// The sign-in name: lower-case letters, digits, `.`, `_` and `-`.
    public var username: String
    public var displayName: String
    public var role: Role
    /// The interface language: `en`, `es` or `ru`.
    public var locale: String
    /// The staff member this person is, when they are one.
    public var staffID: StaffID?
    /// The password's bcrypt hash; the password itself is never kept.
    public var passwordHash: String
    public var active: Bool
    public var createdAt: Date
    /// Wrong passwords in a row since the last good sign-in.
    public var failedSignIns: Int
    /// No sign-in is accepted before this, after too many wrong passwords.
    public var lockedUntil: Date?

    public init(username: String, displayName: String, role: Role, locale: String = "en", staffID: StaffID? = nil, passwordHash: String,
                active: Bool = true, createdAt: Date, failedSignIns: Int = 0, lockedUntil: Date? = nil) {
        self.username = username
        self.displayName = displayName
        self.role = role
        self.locale = locale
        self.staffID = staffID
        self.passwordHash = passwordHash
        self.active = active
        self.createdAt = createdAt
        self.failedSignIns = failedSignIns
        self.lockedUntil = lockedUntil
    }

    /// The interface languages there are.
    public static let locales = ["en", "es", "ru"]

    /// A username made from a person's name: `Anna Müller` → `anna.muller`.
    public static func username(from name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en")).lowercased()
        var out = ""
        for ch in folded {
            if ch.isASCII && (ch.isLetter || ch.isNumber) { out.append(ch) } else if !out.isEmpty && out.last != "." { out.append(".") }
        }
        while out.hasSuffix(".") { out.removeLast() }
        return String(out.prefix(40))
    }

    /// Problems a person must fix, each naming the field.
    public func validate() -> [FieldProblem] {
        var problems: [FieldProblem] = []
        if !Self.isUsername(username) {
            problems.append(.init("username", "\"\(username)\" must be 1 to 40 lower-case letters, digits, '.', '_' or '-'"))
        }
        let name = displayName.trimmingCharacters(in: .whitespaces)
        if name.isEmpty { problems.append(.init("name", "must not be empty")) }
        if name.count > 80 { problems.append(.init("name", "must be at most 80 characters")) }
        if !Self.locales.contains(locale) { problems.append(.init("locale", "\"\(locale)\" is not one of \(Self.locales.joined(separator: ", "))")) }
        return problems
    }

    public static func isUsername(_ s: String) -> Bool {
        (1...40).contains(s.count) && s.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "." || $0 == "_" || $0 == "-" }
    }

    /// The shortest acceptable password.
    public static let minimumPasswordLength = 10
}

/// One signed-in browser: the cookie's token is kept only as its hash, with the CSRF token its forms carry.
public struct DeskSession: Hashable, Sendable {
    /// SHA-256 of the cookie's token, hex.
    public var tokenHash: String
    public var username: String
    /// The token every form of this session carries.
    public var csrfToken: String
    public var createdAt: Date
    public var lastSeenAt: Date
    public var expiresAt: Date

    public init(tokenHash: String, username: String, csrfToken: String, createdAt: Date, lastSeenAt: Date, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.username = username
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.lastSeenAt = lastSeenAt
        self.expiresAt = expiresAt
    }
}
