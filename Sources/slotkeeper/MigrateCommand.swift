import ArgumentParser
import Store

/// `slotkeeper migrate`: creates the database or brings it to the newest schema.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Create the database or migrate it to the newest schema.")

    @OptionGroup var db: DatabaseOptions

    @Flag(help: "List the migrations that would run, and change nothing.")
    var dryRun = false

    func run() async throws {
        if dryRun {
            guard case .sqlite(let path) = try db.address() else { throw CommandFailure("--dry-run works on a SQLite database") }
            let pending: [String]
            do { pending = try await SQLiteBookingStore.pendingMigrations(path: path) } catch { throw CommandFailure("\(error)") }
            print(pending.isEmpty ? "\(path): schema up to date (\(SQLiteBookingStore.schemaVersion)); nothing would change"
                  : "\(path): would apply \(pending.count) migration\(pending.count == 1 ? "" : "s"): \(pending.joined(separator: ", "))")
            return
        }
        let store = try db.open()
        let applied = try await store.appliedMigrations()
        print("\(store.path): schema up to date (\(applied.count) migrations: \(applied.joined(separator: ", ")))")
    }
}
