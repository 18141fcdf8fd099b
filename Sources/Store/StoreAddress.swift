import Foundation

/// Where the store lives, from `--database` or `SLOTKEEPER_DATABASE_URL`.
public enum StoreAddress: Equatable, Sendable, CustomStringConvertible {
    /// An embedded SQLite file.
    case sqlite(path: String)
    /// A PostgreSQL database, `postgres://user:password@host:port/database`.
    case postgres(url: String)

    /// The default: `slotkeeper.sqlite` in the working folder.
    public static let standard = StoreAddress.sqlite(path: "slotkeeper.sqlite")

    /// Accepts a file path, `sqlite:PATH` or `sqlite://PATH`.
    public init(_ text: String) throws {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.isEmpty { throw StoreError.unusableDatabase("the database location is empty; give a file path such as slotkeeper.sqlite") }
        if t.hasPrefix("postgres://") || t.hasPrefix("postgresql://") {
            _ = try PostgresURL.configuration(t)
            self = .postgres(url: t)
            return
        }
        if t.hasPrefix("sqlite://") {
            self = .sqlite(path: String(t.dropFirst("sqlite://".count)))
        } else if t.hasPrefix("sqlite:") {
            self = .sqlite(path: String(t.dropFirst("sqlite:".count)))
        } else if let scheme = t.range(of: "://"), !t[..<scheme.lowerBound].contains("/") {
            throw StoreError.unusableDatabase("\"\(t[..<scheme.lowerBound])\" databases are not supported; use a SQLite file path or a postgres:// URL")
        } else {
            self = .sqlite(path: t)
        }
    }

    /// `--database` wins, then `SLOTKEEPER_DATABASE_URL`, then the default.
    public static func resolve(option: String?, environment: [String: String]) throws -> StoreAddress {
        if let option { return try StoreAddress(option) }
        if let env = environment["SLOTKEEPER_DATABASE_URL"], !env.isEmpty { return try StoreAddress(env) }
        return .standard
    }

    /// The newest schema this program writes.
    public static var schemaVersion: String { SQLiteBookingStore.schemaVersion }

    /// Opens (and migrates) the store.
    public func open() async throws -> any BookingStore {
        switch self {
        case .postgres(let url):
            return try await PostgresBookingStore.open(url: url)
        case .sqlite(let path):
            let dir = URL(fileURLWithPath: path).deletingLastPathComponent().path
            if !FileManager.default.fileExists(atPath: dir) {
                throw StoreError.unusableDatabase("the folder \(dir) for the database \(path) does not exist")
            }
            return try SQLiteBookingStore(path: path)
        }
    }

    /// The migrations opening the store would apply, without changing it; throws when it was written by a newer SlotKeeper.
    public func pendingMigrations() async throws -> [String] {
        switch self {
        case .sqlite(let path): try await SQLiteBookingStore.pendingMigrations(path: path)
        case .postgres(let url): try await PostgresBookingStore.pendingMigrations(url: url)
        }
    }

    /// What a backup file holds, after checking it is whole and no newer than this program.
    public static func inspect(backup file: String) async throws -> StoreCounts {
        try await SQLiteBookingStore.inspect(backup: file)
    }

    /// Replaces the store with a backup file and brings it to this program's schema.
    public func restore(backup file: String) async throws -> StoreCounts {
        switch self {
        case .sqlite(let path): try await SQLiteBookingStore.restore(backup: file, to: path)
        case .postgres: throw StoreError.unusableDatabase("restore a PostgreSQL database with pg_restore")
        }
    }

    public var description: String {
        switch self {
        case .sqlite(let path): path
        case .postgres(let url): PostgresURL.redacted(url)
        }
    }
}
