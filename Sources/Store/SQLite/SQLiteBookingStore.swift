import BookingCore
import Foundation
import GRDB

/// The embedded store: one SQLite file in WAL mode through GRDB, migrated on open.
///
/// Writes are serialised by SQLite; the overlap triggers of `SQLiteSchema` run inside
/// each write, so two bookings of one staff member at one time can't both succeed.
public final class SQLiteBookingStore: SQLBookingStore, @unchecked Sendable {
    /// The GRDB pool; `Sendable`, so the store is too.
    public let pool: DatabasePool
    public let path: String

    /// Opens (creating if needed) the database at `path` and migrates it to the newest schema.
    public init(path: String) throws {
        self.path = path
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(10)
        do {
            pool = try DatabasePool(path: path, configuration: config)
            try Self.refuseNewer(pool, path: path)
            try SQLiteSchema.migrator.migrate(pool)
        } catch let error as DatabaseError {
            throw StoreError.unusableDatabase("cannot open the SQLite database \(path): \(error.message ?? error.description)")
        }
        super.init(database: SQLiteDatabase(pool: pool, path: path))
    }

    /// Opens the database and applies migrations only up to `migration` (to test upgrades from old files).
    public static func openMigrated(path: String, upTo migration: String) throws -> DatabasePool {
        let pool = try DatabasePool(path: path)
        try SQLiteSchema.migrator.migrate(pool, upTo: migration)
        return pool
    }

    /// Migration identifiers, oldest first.
    public static var migrations: [String] { SQLiteSchema.allMigrations }
}

/// SQLite through a GRDB pool in WAL mode: one writer, readers beside it.
struct SQLiteDatabase: SQLDatabase {
    let pool: DatabasePool
    let path: String

    var address: StoreAddress { .sqlite(path: path) }
    var prefersInlineTransactions: Bool { true }

    func reading<T: Sendable>(_ body: @escaping @Sendable (any SQLExecutor) throws -> T) async throws -> T {
        try await pool.read { db in try body(db) }
    }

    func writing<T: Sendable>(_ body: @escaping @Sendable (any SQLExecutor) throws -> T) async throws -> T {
        try await pool.write { db in try body(db) }
    }

    func writingNow<T>(_ body: (any SQLExecutor) throws -> T) throws -> T {
        try pool.write { db in try body(db) }
    }

    func appliedMigrations() async throws -> [String] {
        try await pool.read { db in
            let applied = try SQLiteSchema.migrator.appliedIdentifiers(db)
            // In the order they were released ("v10-…" after "v9-…"), then any unknown ones.
            return SQLiteBookingStore.migrations.filter(applied.contains) + applied.subtracting(SQLiteBookingStore.migrations).sorted()
        }
    }

    func counts() async throws -> StoreCounts { try await pool.read { try SQLiteBookingStore.counts($0) } }

    func backup(to destination: String) async throws -> StoreCounts { try await SQLiteBookingStore.backup(pool, to: destination) }
}
