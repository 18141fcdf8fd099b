import BookingCore
import Crypto
import Foundation
import HummingbirdBcrypt
import Store

/// Passwords, sessions and sign-in limits of the dashboard.
///
/// Passwords are kept as bcrypt hashes. A session is a random token in an HttpOnly cookie; the store keeps only its
/// SHA-256, with the CSRF token the session's forms carry. Wrong passwords lock the account for a while after a few in a
/// row, and a browser that keeps guessing across accounts is slowed the same way.
public enum DeskAuth {
    /// bcrypt's cost for new passwords (about a quarter of a second on a small server).
    public static let cost: UInt8 = 12
    public static let cookieName = "slotkeeper_desk"
    /// A session lasts a working day from sign-in, and ends sooner after hours without use.
    public static let sessionLength: TimeInterval = 12 * 3600
    public static let idleLimit: TimeInterval = 4 * 3600
    /// Wrong passwords in a row that lock an account, and for how long.
    public static let lockAfter = 5
    public static let lockFor: TimeInterval = 15 * 60

    /// The bcrypt hash of a password; slow by design, so it runs off the caller's thread.
    public static func hash(_ password: String, cost: UInt8 = cost) async -> String {
        await Task.detached { Bcrypt.hash(password, cost: cost) }.value
    }

    /// Checks a password against its hash, at most two at a time: a flood of guesses waits its turn rather than taking every core.
    public static func verify(_ password: String, hash: String) async -> Bool {
        await gate.enter()
        let ok = await Task.detached { Bcrypt.verify(password, hash: hash) }.value
        await gate.leave()
        return ok
    }

    static let gate = Gate(limit: 2)

    /// A hash no password matches, checked against for an unknown username so that the answer takes as long as for a known one.
    static let decoyHash = Bcrypt.hash(newPassword(), cost: cost)

    /// Problems with a new password, in words.
    public static func passwordProblem(_ password: String, username: String) -> String? {
        if password.count < StaffAccount.minimumPasswordLength { return "must be at least \(StaffAccount.minimumPasswordLength) characters" }
        if password.count > 72 { return "must be at most 72 characters (bcrypt reads no further)" }
        if password.lowercased().contains(username.lowercased()) { return "must not contain the username" }
        return nil
    }

    /// A readable random password for a new account: four groups of five letters and digits (about 100 bits).
    public static func newPassword() -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String((0..<5).map { _ in alphabet.randomElement(using: &generator)! }) }.joined(separator: "-")
    }

    /// A fresh random token (256 bits, URL-safe).
    static func token() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func tokenHash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Equal strings, compared in time that doesn't depend on where they differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var diff: UInt8 = 0
        for i in x.indices { diff |= x[i] ^ y[i] }
        return diff == 0
    }

    /// The outcome of a sign-in attempt.
    enum SignIn {
        case signedIn(StaffAccount, token: String, DeskSession)
        case wrong
        case locked
    }

    /// A username as typed, as the accounts keep it: trimmed, lower-case, at most 80 characters.
    static func normalised(_ username: String) -> String {
        String(username.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().prefix(80))
    }

    /// Checks a username and password; a good one starts a session, a wrong one counts towards the lock. A locked account, a
    /// wrong password and an unknown name each cost one bcrypt check, so the time taken tells nothing.
    static func signIn(username raw: String, password: String, store: any BookingStore, now: Date) async throws -> SignIn {
        let username = normalised(raw)
        guard StaffAccount.isUsername(username), let account = try await store.account(username: username), account.active else {
            _ = await verify(password, hash: decoyHash)
            return .wrong
        }
        if let until = account.lockedUntil, until > now {
            _ = await verify(password, hash: decoyHash)
            return .locked
        }
        guard await verify(password, hash: account.passwordHash) else {
            let locked = try await store.recordSignInFailure(username: username, at: now, lockAfter: lockAfter, lockFor: lockFor)
            return locked == nil ? .wrong : .locked
        }
        if account.failedSignIns != 0 || account.lockedUntil != nil { try await store.clearSignInFailures(username: username) }
        let token = token()
        let session = DeskSession(tokenHash: tokenHash(token), username: username, csrfToken: Self.token(), createdAt: now, lastSeenAt: now,
                                  expiresAt: now.addingTimeInterval(sessionLength))
        try await store.startSession(session)
        try await store.audit(AuditEntry(at: now, actor: .external(DeskCall.actorName(username)), subjectKind: "account", subjectID: username,
                                         action: "signedIn"))
        return .signedIn(account, token: token, session)
    }

    /// The session and account a cookie's token names, while the session is live; nil otherwise.
    /// `touch` records the use (for the idle limit); the live-events stream doesn't, so an open tab doesn't keep a session alive.
    static func session(token: String, store: any BookingStore, now: Date, touch: Bool = true) async throws -> (DeskSession, StaffAccount)? {
        let hash = tokenHash(token)
        guard let session = try await store.session(tokenHash: hash) else { return nil }
        guard session.expiresAt > now, now.timeIntervalSince(session.lastSeenAt) < idleLimit,
              let account = try await store.account(username: session.username), account.active else {
            try await store.endSession(tokenHash: hash)
            return nil
        }
        if touch, now.timeIntervalSince(session.lastSeenAt) > 60 { try await store.touchSession(tokenHash: hash, at: now) }
        return (session, account)
    }
}

/// Sign-in attempts per name tried, known or not, over a window, in memory. An attempt counts from the moment it starts (so
/// guesses sent in parallel count too) and is taken back when it succeeds; a name with too many is answered as a locked
/// account is, whether or not there is such an account.
actor SignInLimiter {
    let perName: Int
    let window: TimeInterval
    private var attempts: [String: [Date]] = [:]

    init(perName: Int = DeskAuth.lockAfter, window: TimeInterval = DeskAuth.lockFor) {
        self.perName = perName
        self.window = window
    }

    /// Counts an attempt for `name`; false when the name had too many already.
    func attempt(_ name: String, now: Date) -> Bool {
        let recent = (attempts[name] ?? []).filter { now.timeIntervalSince($0) < window }
        guard recent.count < perName else {
            attempts[name] = recent
            return false
        }
        attempts[name] = recent + [now]
        if attempts.count > 10_000 { attempts = attempts.filter { ($0.value.last.map { now.timeIntervalSince($0) } ?? .infinity) < window } }
        return true
    }

    /// The attempt succeeded: the name starts afresh.
    func succeeded(_ name: String) { attempts[name] = nil }
}

/// At most `limit` callers at a time between `enter` and `leave`; the rest wait in order.
actor Gate {
    let limit: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) { self.limit = limit }

    func enter() async {
        if running < limit {
            running += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func leave() {
        if waiting.isEmpty { running -= 1 } else { waiting.removeFirst().resume() }
    }
}
