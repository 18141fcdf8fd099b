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
            let address = try db.address()
            let pending: [String]
            do { pending = try await address.pendingMigrations() } catch { throw CommandFailure("\(error)") }
            print(pending.isEmpty ? "\(address): schema up to date (\(StoreAddress.schemaVersion)); nothing would change"
                  : "\(address): would apply \(pending.count) migration\(pending.count == 1 ? "" : "s"): \(pending.joined(separator: ", "))")
            return
        }
        let address = try db.address()
        let store = try await db.open()
        let applied = try await store.appliedMigrations()
        print("\(address): schema up to date (\(applied.count) migrations: \(applied.joined(separator: ", ")))")
    }
}
