import BookingCore
import Foundation
import GRDB

/// Dashboard accounts and sessions.
extension SQLBookingStore {
    public func addAccount(_ account: StaffAccount) async throws {
        try await writing { db in
            if try db.value(Bool.self, "SELECT 1 FROM staff_account WHERE username = ?", [account.username]) == true {
                throw StoreError.duplicate(kind: "account", id: account.username)
            }
            try Self.write(account, db)
            try RecordCoding.insert(AuditEntry(at: account.createdAt, actor: .system("accounts"), subjectKind: "account", subjectID: account.username,
                                               action: "accountCreated", detail: "\(account.displayName), \(account.role.rawValue)"), db)
        }
    }

    @discardableResult
    public func recordSignInFailure(username: String, at now: Date, lockAfter: Int, lockFor: TimeInterval) async throws -> Date? {
        try await writing { db in
            try db.execute("UPDATE staff_account SET failed_sign_ins = failed_sign_ins + 1 WHERE username = ?", [username])
            guard let count = try db.value(Int.self, "SELECT failed_sign_ins FROM staff_account WHERE username = ?", [username]),
                  count >= lockAfter else { return nil }
            let until = now.addingTimeInterval(lockFor)
            try db.execute("UPDATE staff_account SET failed_sign_ins = 0, locked_until = ? WHERE username = ?", [until.timeIntervalSince1970, username])
            try RecordCoding.insert(AuditEntry(at: now, actor: .system("dashboard"), subjectKind: "account", subjectID: username, action: "locked",
                                               detail: "\(lockAfter) wrong passwords in a row; locked for \(Int(lockFor / 60)) minutes"), db)
            return until
        }
    }

    public func clearSignInFailures(username: String) async throws {
        try await writing { db in
            try db.execute("UPDATE staff_account SET failed_sign_ins = 0, locked_until = NULL WHERE username = ?", [username])
        }
    }

    public func setPassword(username: String, hash: String) async throws {
        try await writing { db in
            let changed = try db.execute("UPDATE staff_account SET password_hash = ?, failed_sign_ins = 0, locked_until = NULL WHERE username = ?", [hash, username])
            guard changed == 1 else { throw StoreError.notFound(kind: "account", id: username) }
            try db.execute("DELETE FROM staff_session WHERE username = ?", [username])
        }
    }

    public func setLocale(username: String, locale: String) async throws {
        try await writing { db in
            try db.execute("UPDATE staff_account SET locale = ? WHERE username = ?", [locale, username])
        }
    }

    public func setActive(username: String, _ active: Bool, by actor: Actor, at now: Date) async throws {
        try await writing { db in
            let changed = try db.execute("UPDATE staff_account SET active = ? WHERE username = ?", [active, username])
            guard changed == 1 else { throw StoreError.notFound(kind: "account", id: username) }
            if !active { try db.execute("DELETE FROM staff_session WHERE username = ?", [username]) }
            try RecordCoding.insert(AuditEntry(at: now, actor: actor, subjectKind: "account", subjectID: username,
                                               action: active ? "enabled" : "disabled"), db)
        }
    }

    public func account(username: String) async throws -> StaffAccount? {
        try await reading { db in try db.row("SELECT * FROM staff_account WHERE username = ?", [username]).map(Self.account) }
    }

    public func accounts() async throws -> [StaffAccount] {
        try await reading { db in try db.rows("SELECT * FROM staff_account ORDER BY username", []).map(Self.account) }
    }

    public func startSession(_ session: DeskSession) async throws {
        try await writing { db in
            try db.execute("DELETE FROM staff_session WHERE expires_at < ?", [session.createdAt.timeIntervalSince1970])
            try db.execute("""
                INSERT INTO staff_session (token_hash, username, csrf_token, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)
                """, [session.tokenHash, session.username, session.csrfToken, session.createdAt.timeIntervalSince1970,
                                 session.lastSeenAt.timeIntervalSince1970, session.expiresAt.timeIntervalSince1970])
        }
    }

    public func session(tokenHash: String) async throws -> DeskSession? {
        try await reading { db in
            try db.row("SELECT * FROM staff_session WHERE token_hash = ?", [tokenHash]).map { r in
                DeskSession(tokenHash: r["token_hash"], username: r["username"], csrfToken: r["csrf_token"],
                            createdAt: Date(timeIntervalSince1970: r["created_at"]), lastSeenAt: Date(timeIntervalSince1970: r["last_seen_at"]),
                            expiresAt: Date(timeIntervalSince1970: r["expires_at"]))
            }
        }
    }

    public func touchSession(tokenHash: String, at now: Date) async throws {
        try await writing { db in
            try db.execute("UPDATE staff_session SET last_seen_at = ? WHERE token_hash = ?", [now.timeIntervalSince1970, tokenHash])
        }
    }

    public func endSession(tokenHash: String) async throws {
        try await writing { db in try db.execute("DELETE FROM staff_session WHERE token_hash = ?", [tokenHash]) }
    }

    public func lastSendFailure(on channel: Channel) async throws -> String? {
        try await reading { db in
            try db.value(String.self, "SELECT last_error FROM outbox WHERE channel = ? AND last_error IS NOT NULL ORDER BY id DESC LIMIT 1", [channel.rawValue])
        }
    }

    public func creditBalances(_ client: ClientID) async throws -> [Money] {
        try await read { try $0.creditBalances(client) }
    }

    public func audit(_ entry: AuditEntry) async throws {
        try await writing { db in try RecordCoding.insert(entry, db) }
    }

    static func write(_ a: StaffAccount, _ db: any SQLExecutor) throws {
        try db.execute("""
            INSERT INTO staff_account (username, display_name, role, locale, staff_id, password_hash, active, created_at, failed_sign_ins, locked_until)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [a.username, a.displayName, a.role.rawValue, a.locale, a.staffID?.rawValue, a.passwordHash, a.active,
                             a.createdAt.timeIntervalSince1970, a.failedSignIns, a.lockedUntil?.timeIntervalSince1970])
    }

    static func account(_ r: SQLRow) -> StaffAccount {
        let staff: String? = r["staff_id"], locked: Double? = r["locked_until"]
        return StaffAccount(username: r["username"], displayName: r["display_name"], role: StaffAccount.Role(rawValue: r["role"]) ?? .frontDesk,
                            locale: r["locale"], staffID: staff.map { StaffID($0) }, passwordHash: r["password_hash"], active: r["active"],
                            createdAt: Date(timeIntervalSince1970: r["created_at"]), failedSignIns: r["failed_sign_ins"],
                            lockedUntil: locked.map { Date(timeIntervalSince1970: $0) })
    }
}
