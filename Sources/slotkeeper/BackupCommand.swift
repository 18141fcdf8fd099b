import ArgumentParser
import Foundation
import Store

/// `slotkeeper backup FILE`: a consistent copy of the SQLite database, taken while the server runs.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the database to a new file, consistently, without stopping the server.",
        discussion: "Uses SQLite's online backup: the copy is the database as it stood at one moment. With PostgreSQL, use pg_dump.")

    @Argument(help: ArgumentHelp("The new file to write (never overwritten).", valueName: "file"))
    var file: String

    @OptionGroup var db: DatabaseOptions

    func run() async throws {
        let store = try await db.open()
        do {
            let counts = try await store.backup(to: file)
            print("Backed up \(store.address) to \(file): \(counts).")
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}

/// `slotkeeper restore FILE`: the database replaced by a backup, checked first, with no server using it.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Replace the database with a backup (stop the server first).",
        discussion: "Checks the backup first: a SQLite file, intact, a SlotKeeper database no newer than this slotkeeper. Then it replaces the database and brings it to this version's schema.")

    @Argument(help: ArgumentHelp("The backup to restore.", valueName: "file"))
    var file: String

    @OptionGroup var db: DatabaseOptions

    func run() async throws {
        guard case .sqlite(let path) = try db.address() else { throw CommandFailure("restore works on a SQLite database") }
        let backup: StoreCounts
        do { backup = try await StoreAddress.inspect(backup: file) } catch { throw CommandFailure("\(error)") }
        guard let lock = try ServerLock(database: path) else {
            throw CommandFailure("\(path) is in use by a running slotkeeper serve; stop it first, then restore")
        }
        let restored: StoreCounts
        do { restored = try await StoreAddress.sqlite(path: path).restore(backup: file) } catch { throw CommandFailure("\(error)") }
        withExtendedLifetime(lock) {}
        print("Restored \(file) into \(path): \(restored).")
        if backup.schema != restored.schema { print("The backup's schema \(backup.schema) was brought to \(restored.schema).") }
    }
}
