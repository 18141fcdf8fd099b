import ArgumentParser
import Store

/// `slotkeeper migrate`: creates the database or brings it to the newest schema.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Create the database or migrate it to the newest schema.")

    @OptionGroup var db: DatabaseOptions

    func run() async throws {
        let store = try db.open()
        let applied = try await store.appliedMigrations()
        print("\(store.path): schema up to date (\(applied.count) migrations: \(applied.joined(separator: ", ")))")
    }
}
