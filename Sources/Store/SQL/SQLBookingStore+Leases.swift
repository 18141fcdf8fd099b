import Foundation

extension SQLBookingStore {
    /// One statement: the row is taken when it is free or ran out, or renewed by its own holder; otherwise nothing changes.
    public func holdLease(_ name: String, holder: String, until: Date, now: Date) async throws -> Bool {
        try await writing { db in
            try db.execute("""
                INSERT INTO lease (name, holder, until) VALUES (?, ?, ?)
                ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, until = excluded.until
                WHERE lease.holder = excluded.holder OR lease.until < ?
                """, [name, holder, until.timeIntervalSince1970, now.timeIntervalSince1970]) == 1
        }
    }

    /// Gives the lease back, if `holder` still holds it.
    public func releaseLease(_ name: String, holder: String) async throws {
        try await writing { db in try db.execute("DELETE FROM lease WHERE name = ? AND holder = ?", [name, holder]) }
    }
}
