import Foundation
import GRDB

/// How much a database holds, as a backup or a restore reports it.
public struct StoreCounts: Hashable, Sendable, CustomStringConvertible {
    public var clients: Int
    public var appointments: Int
    public var messages: Int
    /// The newest migration applied.
    public var schema: String

    public var description: String {
        "\(clients) clients, \(appointments) appointments, \(messages) messages (schema \(schema))"
    }
}

/// Backups and restores of the SQLite file, and the schema it was written with. SQLite's backup and integrity check block
/// their thread for as long as the file takes to read, so they run on a thread of their own, never on one of the few that
/// serve every task (a backup of a large file would otherwise hold up the server's requests).
extension SQLiteBookingStore {
    /// Runs `work` on a thread of its own and waits for it without holding a concurrency thread.
    static func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
        }
    }

    /// The schema this SlotKeeper writes: its newest migration.
    public static var schemaVersion: String { migrations.last ?? "" }

    /// Migrations a database has applied that this SlotKeeper doesn't know: it was written by a newer one.
    static func unknownMigrations(_ db: Database) throws -> [String] {
        try SQLiteSchema.migrator.appliedIdentifiers(db).subtracting(migrations).sorted()
    }

    /// Refuses a database written by a newer SlotKeeper, which this one would misread.
    static func refuseNewer(_ reader: some DatabaseReader, path: String) throws {
        let unknown = try reader.read { try unknownMigrations($0) }
        guard unknown.isEmpty else {
            throw StoreError.unusableDatabase("\(path) was written by a newer SlotKeeper (it has \(unknown.joined(separator: ", ")), "
                                              + "which this one, at schema \(schemaVersion), does not know); run the newer slotkeeper, or restore a backup made by this one")
        }
    }

    static func counts(_ db: Database) throws -> StoreCounts {
        func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
        return StoreCounts(clients: try count("client"), appointments: try count("appointment"), messages: try count("message"),
                           schema: try newestApplied(db) ?? "none")
    }

    /// The newest migration a database has applied, in the order they were released ("v10-…" comes after "v9-…").
    static func newestApplied(_ db: Database) throws -> String? {
        let applied = try SQLiteSchema.migrator.appliedIdentifiers(db)
        return migrations.last(where: applied.contains) ?? applied.sorted().last
    }

    /// A consistent copy of this database in a new file at `destination`, taken with SQLite's online backup while the
    /// server goes on writing: the copy is the database as it stood at one moment. Returns what the copy holds.
    static func backup(_ pool: DatabasePool, to destination: String) async throws -> StoreCounts {
        if FileManager.default.fileExists(atPath: destination) {
            throw StoreError.unusableDatabase("\(destination) already exists; give a new file name (a backup never overwrites)")
        }
        return try await Self.offPool {
            do {
                let copy = try DatabaseQueue(path: destination)
                try pool.backup(to: copy)
                let counts = try copy.read { db in try Self.counts(db) }
                try copy.close()
                return counts
            } catch let error as DatabaseError {
                try? FileManager.default.removeItem(atPath: destination)
                throw StoreError.unusableDatabase("the backup to \(destination) failed: \(error.message ?? error.description)")
            }
        }
    }

    /// Checks that `path` is a SlotKeeper backup this SlotKeeper can restore: a SQLite file, intact, with SlotKeeper's tables,
    /// written by this version or an older one. Returns what it holds.
    public static func inspect(backup path: String) async throws -> StoreCounts { try await offPool { try inspectNow(backup: path) } }

    static func inspectNow(backup path: String) throws -> StoreCounts {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.unusableDatabase("\(path) does not exist") }
        var config = Configuration()
        config.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            let check = try queue.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
            guard check == ["ok"] else {
                throw StoreError.unusableDatabase("\(path) is damaged (SQLite's integrity check: \(check.prefix(3).joined(separator: "; ")))")
            }
            guard try queue.read({ try $0.tableExists("appointment") && $0.tableExists("grdb_migrations") }) else {
                throw StoreError.unusableDatabase("\(path) is a SQLite file but not a SlotKeeper database")
            }
            try refuseNewer(queue, path: path)
            return try queue.read { try counts($0) }
        } catch let error as DatabaseError {
            throw StoreError.unusableDatabase("\(path) is not a readable SQLite database: \(error.message ?? error.description)")
        }
    }

    /// Replaces the database at `target` (made if missing) with the backup at `backup`, checked first, then migrates it to
    /// this SlotKeeper's schema. The caller makes sure no server is using `target`. Returns what it holds now.
    public static func restore(backup: String, to target: String) async throws -> StoreCounts {
        try await offPool { try restoreNow(backup: backup, to: target) }
    }

    static func restoreNow(backup: String, to target: String) throws -> StoreCounts {
        _ = try inspectNow(backup: backup)
        var config = Configuration()
        config.readonly = true
        do {
            let source = try DatabaseQueue(path: backup, configuration: config)
            let destination = try DatabaseQueue(path: target)
            try source.backup(to: destination)
            try destination.close()
        } catch let error as DatabaseError {
            throw StoreError.unusableDatabase("restoring \(backup) into \(target) failed: \(error.message ?? error.description)")
        }
        let store = try SQLiteBookingStore(path: target)
        return try store.pool.read { try counts($0) }
    }

    /// Migrations this SlotKeeper would apply to the database at `path`, without applying them (an empty list: up to date).
    public static func pendingMigrations(path: String) async throws -> [String] { try await offPool { try pendingNow(path: path) } }

    static func pendingNow(path: String) throws -> [String] {
        guard FileManager.default.fileExists(atPath: path) else { return migrations }
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: config)
        try refuseNewer(queue, path: path)
        let applied = try queue.read { try SQLiteSchema.migrator.appliedIdentifiers($0) }
        return migrations.filter { !applied.contains($0) }
    }
}
