import BookingCore
import Foundation
import GRDB

/// Dashboard accounts and sessions.
extension SQLiteBookingStore {
    public func addAccount(_ account: StaffAccount) async throws {
        try await pool.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM staff_account WHERE username = ?", arguments: [account.username]) == true {
                throw StoreError.duplicate(kind: "account", id: account.username)
            }
            try Self.write(account, db)
            try RecordCoding.insert(AuditEntry(at: account.createdAt, actor: .system("accounts"), subjectKind: "account", subjectID: account.username,
                                               action: "accountCreated", detail: "\(account.displayName), \(account.role.rawValue)"), db)
        }
    }

    @discardableResult
    public func recordSignInFailure(username: String, at now: Date, lockAfter: Int, lockFor: TimeInterval) async throws -> Date? {
        try await pool.write { db in
            try db.execute(sql: "UPDATE staff_account SET failed_sign_ins = failed_sign_ins + 1 WHERE username = ?", arguments: [username])
            guard let count = try Int.fetchOne(db, sql: "SELECT failed_sign_ins FROM staff_account WHERE username = ?", arguments: [username]),
                  count >= lockAfter else { return nil }
            let until = now.addingTimeInterval(lockFor)
            try db.execute(sql: "UPDATE staff_account SET failed_sign_ins = 0, locked_until = ? WHERE username = ?",
                           arguments: [until.timeIntervalSince1970, username])
            try RecordCoding.insert(AuditEntry(at: now, actor: .system("dashboard"), subjectKind: "account", subjectID: username, action: "locked",
                                               detail: "\(lockAfter) wrong passwords in a row; locked for \(Int(lockFor / 60)) minutes"), db)
            return until
        }
    }

    public func clearSignInFailures(username: String) async throws {
        try await pool.write { db in
            try db.execute(sql: "UPDATE staff_account SET failed_sign_ins = 0, locked_until = NULL WHERE username = ?", arguments: [username])
        }
    }

    public func setPassword(username: String, hash: String) async throws {
        try await pool.write { db in
            try db.execute(sql: "UPDATE staff_account SET password_hash = ?, failed_sign_ins = 0, locked_until = NULL WHERE username = ?",
                           arguments: [hash, username])
            guard db.changesCount == 1 else { throw StoreError.notFound(kind: "account", id: username) }
            try db.execute(sql: "DELETE FROM staff_session WHERE username = ?", arguments: [username])
        }
    }

    public func setLocale(username: String, locale: String) async throws {
        try await pool.write { db in
            try db.execute(sql: "UPDATE staff_account SET locale = ? WHERE username = ?", arguments: [locale, username])
        }
    }

    public func setActive(username: String, _ active: Bool, by actor: Actor, at now: Date) async throws {
        try await pool.write { db in
            try db.execute(sql: "UPDATE staff_account SET active = ? WHERE username = ?", arguments: [active, username])
            guard db.changesCount == 1 else { throw StoreError.notFound(kind: "account", id: username) }
            if !active { try db.execute(sql: "DELETE FROM staff_session WHERE username = ?", arguments: [username]) }
            try RecordCoding.insert(AuditEntry(at: now, actor: actor, subjectKind: "account", subjectID: username,
                                               action: active ? "enabled" : "disabled"), db)
        }
    }

    public func account(username: String) async throws -> StaffAccount? {
        try await pool.read { db in try Row.fetchOne(db, sql: "SELECT * FROM staff_account WHERE username = ?", arguments: [username]).map(Self.account) }
    }

    public func accounts() async throws -> [StaffAccount] {
        try await pool.read { db in try Row.fetchAll(db, sql: "SELECT * FROM staff_account ORDER BY username").map(Self.account) }
    }

    public func startSession(_ session: DeskSession) async throws {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM staff_session WHERE expires_at < ?", arguments: [session.createdAt.timeIntervalSince1970])
            try db.execute(sql: """
                INSERT INTO staff_session (token_hash, username, csrf_token, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [session.tokenHash, session.username, session.csrfToken, session.createdAt.timeIntervalSince1970,
                                 session.lastSeenAt.timeIntervalSince1970, session.expiresAt.timeIntervalSince1970])
        }
    }

    public func session(tokenHash: String) async throws -> DeskSession? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM staff_session WHERE token_hash = ?", arguments: [tokenHash]).map { r in
                DeskSession(tokenHash: r["token_hash"], username: r["username"], csrfToken: r["csrf_token"],
                            createdAt: Date(timeIntervalSince1970: r["created_at"]), lastSeenAt: Date(timeIntervalSince1970: r["last_seen_at"]),
                            expiresAt: Date(timeIntervalSince1970: r["expires_at"]))
            }
        }
    }

    public func touchSession(tokenHash: String, at now: Date) async throws {
        try await pool.write { db in
            try db.execute(sql: "UPDATE staff_session SET last_seen_at = ? WHERE token_hash = ?", arguments: [now.timeIntervalSince1970, tokenHash])
        }
    }

    public func endSession(tokenHash: String) async throws {
        try await pool.write { db in try db.execute(sql: "DELETE FROM staff_session WHERE token_hash = ?", arguments: [tokenHash]) }
    }

    public func lastSendFailure(on channel: Channel) async throws -> String? {
        try await pool.read { db in
            try String.fetchOne(db, sql: "SELECT last_error FROM outbox WHERE channel = ? AND last_error IS NOT NULL ORDER BY id DESC LIMIT 1",
                                arguments: [channel.rawValue])
        }
    }

    public func creditBalances(_ client: ClientID) async throws -> [Money] {
        try await read { try $0.creditBalances(client) }
    }

    public func audit(_ entry: AuditEntry) async throws {
        try await pool.write { db in try RecordCoding.insert(entry, db) }
    }

    static func write(_ a: StaffAccount, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO staff_account (username, display_name, role, locale, staff_id, password_hash, active, created_at, failed_sign_ins, locked_until)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [a.username, a.displayName, a.role.rawValue, a.locale, a.staffID?.rawValue, a.passwordHash, a.active,
                             a.createdAt.timeIntervalSince1970, a.failedSignIns, a.lockedUntil?.timeIntervalSince1970])
    }

    static func account(_ r: Row) -> StaffAccount {
        let staff: String? = r["staff_id"], locked: Double? = r["locked_until"]
        return StaffAccount(username: r["username"], displayName: r["display_name"], role: StaffAccount.Role(rawValue: r["role"]) ?? .frontDesk,
                            locale: r["locale"], staffID: staff.map { StaffID($0) }, passwordHash: r["password_hash"], active: r["active"],
                            createdAt: Date(timeIntervalSince1970: r["created_at"]), failedSignIns: r["failed_sign_ins"],
                            lockedUntil: locked.map { Date(timeIntervalSince1970: $0) })
    }
}
