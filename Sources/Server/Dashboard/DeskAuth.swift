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

    public static func verify(_ password: String, hash: String) async -> Bool {
        await Task.detached { Bcrypt.verify(password, hash: hash) }.value
    }

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
        case locked(until: Date)
    }

    /// Checks a username and password; a good one starts a session, a wrong one counts towards the lock.
    static func signIn(username raw: String, password: String, store: any BookingStore, now: Date) async throws -> SignIn {
        let username = raw.trimmingCharacters(in: .whitespaces).lowercased()
        guard StaffAccount.isUsername(username), var account = try await store.account(username: username), account.active else {
            _ = await verify(password, hash: decoyHash)
            return .wrong
        }
        if let until = account.lockedUntil, until > now { return .locked(until: until) }
        guard await verify(password, hash: account.passwordHash) else {
            account.failedSignIns += 1
            if account.failedSignIns >= lockAfter {
                account.lockedUntil = now.addingTimeInterval(lockFor)
                account.failedSignIns = 0
                try await store.updateAccount(account)
                try await store.audit(AuditEntry(at: now, actor: .system("dashboard"), subjectKind: "account", subjectID: username,
                                                 action: "locked", detail: "\(lockAfter) wrong passwords in a row; locked for \(Int(lockFor / 60)) minutes"))
                return .locked(until: account.lockedUntil!)
            }
            try await store.updateAccount(account)
            return .wrong
        }
        if account.failedSignIns != 0 || account.lockedUntil != nil {
            account.failedSignIns = 0
            account.lockedUntil = nil
            try await store.updateAccount(account)
        }
        let token = token()
        let session = DeskSession(tokenHash: tokenHash(token), username: username, csrfToken: Self.token(), createdAt: now, lastSeenAt: now,
                                  expiresAt: now.addingTimeInterval(sessionLength))
        try await store.startSession(session)
        try await store.audit(AuditEntry(at: now, actor: .external(DeskCall.actorName(username)), subjectKind: "account", subjectID: username,
                                         action: "signedIn"))
        return .signedIn(account, token: token, session)
    }

    /// The session and account a cookie's token names, while the session is live; nil otherwise.
    static func session(token: String, store: any BookingStore, now: Date) async throws -> (DeskSession, StaffAccount)? {
        let hash = tokenHash(token)
        guard let session = try await store.session(tokenHash: hash) else { return nil }
        guard session.expiresAt > now, now.timeIntervalSince(session.lastSeenAt) < idleLimit,
              let account = try await store.account(username: session.username), account.active else {
            try await store.endSession(tokenHash: hash)
            return nil
        }
        if now.timeIntervalSince(session.lastSeenAt) > 60 { try await store.touchSession(tokenHash: hash, at: now) }
        return (session, account)
    }
}

/// Sign-in failures over a window, in memory, per name tried and for the whole server: a name guessed at (known or not) is
/// turned away for a while before any password is checked, and so is everyone when guesses pour in across many names.
actor SignInLimiter {
    let perName: Int
    let overall: Int
    let window: TimeInterval
    private var failures: [String: [Date]] = [:]

    init(perName: Int = 10, overall: Int = 200, window: TimeInterval = 15 * 60) {
        self.perName = perName
        self.overall = overall
        self.window = window
    }

    /// Whether a sign-in counted under every one of `keys` may be tried now (`*` is the server-wide key).
    func allows(_ keys: [String], now: Date) -> Bool {
        keys.allSatisfy { key in
            let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < window }
            failures[key] = recent.isEmpty ? nil : recent
            return recent.count < (key == "*" ? overall : perName)
        }
    }

    func failed(_ keys: [String], now: Date) {
        for key in keys { failures[key, default: []].append(now) }
        if failures.count > 10_000 { failures = failures.filter { ($0.value.last.map { now.timeIntervalSince($0) } ?? .infinity) < window } }
    }
}
