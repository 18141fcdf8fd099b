import Foundation
import GRDB

/// The booking page's link secret and one-time codes.
extension SQLBookingStore {
    public func linkSecret(orNew candidate: [UInt8]) async throws -> [UInt8] {
        try await writing { db in
            try db.execute("INSERT INTO link_secret (name, secret) VALUES ('links', ?) ON CONFLICT DO NOTHING", [Data(candidate)])
            guard let kept = try db.value(Data.self, "SELECT secret FROM link_secret WHERE name = 'links'", []) else {
                throw StoreError.notFound(kind: "link secret", id: "links")
            }
            return Array(kept)
        }
    }

    public func issueCode(_ code: VerificationCode, limits: CodeLimits) async throws -> CodeIssue {
        try await writing { db in
            let now = RecordCoding.seconds(code.createdAt)
            // A day's codes are all the limits and checks look at.
            try db.execute("DELETE FROM verification_code WHERE created_at < ?", [now - 86_400])
            let since = now - Int64(limits.window)
            for (column, value, limit) in [("phone", code.phone, limits.perPhone), ("requester", code.requester, limits.perRequester)] {
                let recent = try db.values(Int64.self, "SELECT created_at FROM verification_code WHERE \(column) = ? AND created_at > ? ORDER BY created_at DESC", [value, since])
                if recent.count >= limit {
                    // Free again when the oldest code that counts leaves the window.
                    return .tooMany(until: RecordCoding.date(recent[limit - 1] + Int64(limits.window)))
                }
            }
            try db.execute("""
                INSERT INTO verification_code (phone, code_hash, requester, created_at, expires_at, attempts) VALUES (?, ?, ?, ?, ?, 0)
                """, [code.phone, code.hash, code.requester, now, RecordCoding.seconds(code.expiresAt)])
            return .issued
        }
    }

    public func checkCode(phone: String, hash: String, at now: Date, maxAttempts: Int) async throws -> CodeCheck {
        try await writing { db in
            guard let row = try db.row("""
                SELECT id, code_hash, attempts FROM verification_code
                WHERE phone = ? AND used_at IS NULL AND expires_at > ? AND attempts < ? ORDER BY created_at DESC, id DESC LIMIT 1
                """, [phone, RecordCoding.seconds(now), maxAttempts]) else { return .expired }
            let id: Int64 = row["id"], stored: String = row["code_hash"], attempts: Int = row["attempts"]
            if stored == hash {
                try db.execute("UPDATE verification_code SET used_at = ? WHERE id = ?", [RecordCoding.seconds(now), id])
                return .verified
            }
            try db.execute("UPDATE verification_code SET attempts = attempts + 1 WHERE id = ?", [id])
            let left = maxAttempts - attempts - 1
            return left > 0 ? .wrong(attemptsLeft: left) : .expired
        }
    }
}
