import Foundation
import Logging
import PostgresNIO

/// The store on PostgreSQL, for a business that runs several `slotkeeper serve` processes on one database.
///
/// The same SQL as the embedded store; the database keeps what SQLite keeps with triggers and its single writer: an
/// exclusion constraint refuses overlapping appointments of one staff member whoever writes them, and migrations run
/// under an advisory lock, so processes that start together migrate once.
public final class PostgresBookingStore: SQLBookingStore, @unchecked Sendable {
    /// Opens a pool of `connections` to the database at `url` (`postgres://user:password@host:port/database`) and
    /// migrates it to the newest schema.
    public static func open(url: String, connections: Int = 4) async throws -> PostgresBookingStore {
        let configuration = try PostgresURL.configuration(url)
        var logger = Logger(label: "slotkeeper.postgres")
        logger.logLevel = .warning
        let database: PostgresDatabase
        do {
            database = try await PostgresDatabase(address: .postgres(url: url), configuration: configuration, connections: connections, logger: logger)
        } catch {
            throw StoreError.unusableDatabase("cannot connect to PostgreSQL at \(PostgresURL.redacted(url)): \(PostgresURL.explain(error))")
        }
        let address = database.address
        do {
            try await database.writing { db in try PostgresSchema.migrate(db, address: address) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.unusableDatabase("cannot migrate the PostgreSQL database \(PostgresURL.redacted(url)): \(PostgresURL.explain(error))")
        }
        return PostgresBookingStore(database: database)
    }

    /// Creates an empty database `name` on the server at `server` (a URL naming any database there).
    static func createDatabase(_ name: String, server: String) async throws {
        let database = try await PostgresDatabase(address: .postgres(url: server), configuration: try PostgresURL.configuration(server),
                                                  connections: 1, logger: Logger(label: "slotkeeper.postgres"))
        try await database.threads.runIfActive {
            try database.withConnection { connection in
                _ = try PostgresExecutor(connection: connection, logger: database.logger).run("CREATE DATABASE \(name)", [])
            }
        }
    }

    /// Migration identifiers, oldest first.
    public static var migrations: [String] { PostgresSchema.identifiers }

    /// The migrations opening the database would apply, changing nothing; throws when a newer SlotKeeper wrote it.
    public static func pendingMigrations(url: String) async throws -> [String] {
        let configuration = try PostgresURL.configuration(url)
        let database: PostgresDatabase
        do {
            database = try await PostgresDatabase(address: .postgres(url: url), configuration: configuration, connections: 1,
                                                  logger: Logger(label: "slotkeeper.postgres"))
        } catch {
            throw StoreError.unusableDatabase("cannot connect to PostgreSQL at \(PostgresURL.redacted(url)): \(PostgresURL.explain(error))")
        }
        let applied = try await database.appliedMigrations()
        let unknown = Set(applied).subtracting(PostgresSchema.identifiers)
        guard unknown.isEmpty else {
            throw StoreError.unusableDatabase("\(PostgresURL.redacted(url)) was written by a newer SlotKeeper (it has \(unknown.sorted().joined(separator: ", ")))")
        }
        return PostgresSchema.identifiers.filter { !applied.contains($0) }
    }
}

/// `postgres://user:password@host:port/database?sslmode=…` as a connection's configuration.
enum PostgresURL {
    static func configuration(_ url: String) throws -> PostgresConnection.Configuration {
        guard let parts = URLComponents(string: url), ["postgres", "postgresql"].contains(parts.scheme ?? ""),
              let host = parts.host, !host.isEmpty else {
            throw StoreError.unusableDatabase("\(redacted(url)) is not a PostgreSQL URL; write postgres://user:password@host:5432/database")
        }
        let database = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        guard !database.isEmpty else {
            throw StoreError.unusableDatabase("\(redacted(url)) names no database; write postgres://user:password@host:5432/database")
        }
        guard let user = parts.user, !user.isEmpty else {
            throw StoreError.unusableDatabase("\(redacted(url)) names no user; write postgres://user:password@host:5432/database")
        }
        let mode = parts.queryItems?.first { $0.name == "sslmode" }?.value ?? "disable"
        let tls: PostgresConnection.Configuration.TLS
        switch mode {
        case "disable": tls = .disable
        case "prefer", "allow": tls = .prefer(try .init(configuration: .makeClientConfiguration()))
        case "require", "verify-ca", "verify-full": tls = .require(try .init(configuration: .makeClientConfiguration()))
        default: throw StoreError.unusableDatabase("sslmode=\(mode) is not one of disable, prefer, require, verify-full")
        }
        return PostgresConnection.Configuration(host: host, port: parts.port ?? 5432, username: user,
                                                password: parts.password?.removingPercentEncoding, database: database, tls: tls)
    }

    /// The URL without its password, for messages and logs.
    static func redacted(_ url: String) -> String {
        guard var parts = URLComponents(string: url), parts.password != nil else { return url }
        parts.password = "***"
        return parts.string ?? url
    }

    /// What went wrong, in the server's words when it gave some.
    static func explain(_ error: any Error) -> String {
        if let e = error as? PSQLError {
            if let message = e.serverInfo?[.message] { return message }
            if let underlying = e.underlying { return "\(underlying)" }
            return "\(e.code)"
        }
        return "\(error)"
    }
}
