import Foundation
import GRDB

/// The booking page's link secret and one-time codes.
extension SQLiteBookingStore {
    public func linkSecret(orNew candidate: [UInt8]) async throws -> [UInt8] {
        try await pool.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO link_secret (name, secret) VALUES ('links', ?)", arguments: [Data(candidate)])
            guard let kept = try Data.fetchOne(db, sql: "SELECT secret FROM link_secret WHERE name = 'links'") else {
                throw StoreError.notFound(kind: "link secret", id: "links")
            }
            return Array(kept)
        }
    }

    public func issueCode(_ code: VerificationCode, limits: CodeLimits) async throws -> CodeIssue {
        try await pool.write { db in
            let now = RecordCoding.seconds(code.createdAt)
            // A day's codes are all the limits and checks look at.
            try db.execute(sql: "DELETE FROM verification_code WHERE created_at < ?", arguments: [now - 86_400])
            let since = now - Int64(limits.window)
            for (column, value, limit) in [("phone", code.phone, limits.perPhone), ("requester", code.requester, limits.perRequester)] {
                let recent = try Int64.fetchAll(db, sql: "SELECT created_at FROM verification_code WHERE \(column) = ? AND created_at > ? ORDER BY created_at DESC",
                                                arguments: [value, since])
                if recent.count >= limit {
                    // Free again when the oldest code that counts leaves the window.
                    return .tooMany(until: RecordCoding.date(recent[limit - 1] + Int64(limits.window)))
                }
            }
            try db.execute(sql: """
                INSERT INTO verification_code (phone, code_hash, requester, created_at, expires_at, attempts) VALUES (?, ?, ?, ?, ?, 0)
                """, arguments: [code.phone, code.hash, code.requester, now, RecordCoding.seconds(code.expiresAt)])
            return .issued
        }
    }

    public func checkCode(phone: String, hash: String, at now: Date, maxAttempts: Int) async throws -> CodeCheck {
        try await pool.write { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT id, code_hash, attempts FROM verification_code
                WHERE phone = ? AND used_at IS NULL AND expires_at > ? AND attempts < ? ORDER BY created_at DESC, id DESC LIMIT 1
                """, arguments: [phone, RecordCoding.seconds(now), maxAttempts]) else { return .expired }
            let id: Int64 = row["id"], stored: String = row["code_hash"], attempts: Int = row["attempts"]
            if stored == hash {
                try db.execute(sql: "UPDATE verification_code SET used_at = ? WHERE id = ?", arguments: [RecordCoding.seconds(now), id])
                return .verified
            }
            try db.execute(sql: "UPDATE verification_code SET attempts = attempts + 1 WHERE id = ?", arguments: [id])
            let left = maxAttempts - attempts - 1
            return left > 0 ? .wrong(attemptsLeft: left) : .expired
        }
    }
}
