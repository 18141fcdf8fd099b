import ArgumentParser
import Foundation
import Store

/// `--database`, shared by every command that uses the store.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The store: a SQLite file path (default slotkeeper.sqlite, or SLOTKEEPER_DATABASE_URL).",
                                           valueName: "path"))
    var database: String?

    /// The store's address, or a validation error naming the setting.
    func address(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> StoreAddress {
        do {
            return try StoreAddress.resolve(option: database, environment: environment)
        } catch {
            throw ValidationError("\(database == nil ? "SLOTKEEPER_DATABASE_URL" : "--database"): \(error)")
        }
    }

    /// Opens and migrates the store, or fails with a message a person can act on.
    func open(environment: [String: String] = ProcessInfo.processInfo.environment) async throws -> any BookingStore {
        let address = try address(environment: environment)
        do {
            return try await address.open()
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}

/// A failure already explained to the user: printed as is, exit code 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}
