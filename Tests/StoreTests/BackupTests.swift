import BookingCore
import Foundation
import GRDB
@testable import Store
import Testing

/// Backups taken while the store is written, restores, and databases from other versions.
@Suite("Backup and restore")
struct BackupTests {
    @Test("a backup taken under write load is one consistent moment: every client written before it began, none half-written")
    func underLoad() async throws {
        let t = try await TestStore.make(sqlite: true)
        let store = t.store
        let writer = Task {
            var n = 0
            while !Task.isCancelled && n < 400 {
                try await store.save(Client(id: ClientID("load-\(String(format: "%05d", n))"), firstName: "Load \(n)", addresses: [.sms: "+4477119\(String(format: "%05d", n))"]))
                n += 1
            }
            return n
        }
        // Let the writer get going, note how far it got, then back up while it goes on.
        for _ in 0..<2000 where try await store.clients().count < 60 { try await Task.sleep(for: .milliseconds(5)) }
        let before = try await store.clients().filter { $0.id.rawValue.hasPrefix("load-") }.count
        let copy = TestStore.temporaryPath()
        let counts = try await store.backup(to: copy)
        let written = try await writer.value
        #expect(written == 400)

        let restoredPath = TestStore.temporaryPath()
        let restoredCounts = try await SQLiteBookingStore.restore(backup: copy, to: restoredPath)
        #expect(restoredCounts == counts)
        let restored = try SQLiteBookingStore(path: restoredPath)
        let ids = try await restored.clients().map(\.id.rawValue).filter { $0.hasPrefix("load-") }.sorted()
        #expect(ids.count >= before, "nothing written before the backup began is missing")
        #expect(ids == (0..<ids.count).map { "load-\(String(format: "%05d", $0))" }, "a prefix of what was written, with no gaps")
        #expect(counts.clients == ids.count + 2 && counts.schema == SQLiteBookingStore.schemaVersion)
        // Every restored client is whole: its address came with it.
        #expect(try await restored.client(channel: .sms, address: "+447711900000")?.id == "load-00000")
    }

    @Test("a backup never overwrites; a restore refuses what isn't a sound SlotKeeper database, naming why, and keeps the target")
    func refusals() async throws {
        let t = try await TestStore.make(sqlite: true)
        let copy = TestStore.temporaryPath()
        _ = try await t.store.backup(to: copy)
        await #expect { _ = try await t.store.backup(to: copy) } throws: { "\($0)".contains("already exists") }

        let target = TestStore.temporaryPath()
        let kept = try await SQLiteBookingStore.restore(backup: copy, to: target)
        let garbage = TestStore.temporaryPath()
        try Data("not a database, just words long enough to look like a header".utf8).write(to: URL(fileURLWithPath: garbage))
        await #expect { _ = try await SQLiteBookingStore.restore(backup: garbage, to: target) } throws: { "\($0)".contains("not a readable SQLite database") }
        let foreign = TestStore.temporaryPath()
        try await DatabaseQueue(path: foreign).write { try $0.execute(sql: "CREATE TABLE notes (text TEXT)") }
        await #expect { _ = try await SQLiteBookingStore.restore(backup: foreign, to: target) } throws: { "\($0)".contains("not a SlotKeeper database") }
        await #expect { _ = try await SQLiteBookingStore.restore(backup: TestStore.temporaryPath(), to: target) } throws: { "\($0)".contains("does not exist") }
        #expect(try await SQLiteBookingStore(path: target).counts() == kept, "a refused restore changes nothing")
    }

    @Test("a database written by a newer SlotKeeper is refused, not misread; an older one is listed as pending and migrated forward")
    func versions() async throws {
        let newer = TestStore.temporaryPath()
        do {
            let store = try SQLiteBookingStore(path: newer)
            try await store.pool.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')") }
        }
        #expect { _ = try SQLiteBookingStore(path: newer) } throws: { "\($0)".contains("written by a newer SlotKeeper") && "\($0)".contains("v99-from-the-future") }
        await #expect { _ = try await SQLiteBookingStore.pendingMigrations(path: newer) } throws: { "\($0)".contains("newer SlotKeeper") }
        await #expect { _ = try await SQLiteBookingStore.inspect(backup: newer) } throws: { "\($0)".contains("newer SlotKeeper") }

        // Every released schema opens and migrates forward.
        for (i, migration) in SQLiteBookingStore.migrations.enumerated() {
            let path = TestStore.temporaryPath()
            try SQLiteBookingStore.openMigrated(path: path, upTo: migration).close()
            #expect(try await SQLiteBookingStore.pendingMigrations(path: path) == Array(SQLiteBookingStore.migrations.dropFirst(i + 1)))
            let store = try SQLiteBookingStore(path: path)
            #expect(try await store.appliedMigrations() == SQLiteBookingStore.migrations, "from \(migration)")
        }
    }
}
