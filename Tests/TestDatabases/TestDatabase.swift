import Foundation
@testable import Store

/// The database a test's store lives in: a SQLite file in a folder of its own, or, when `SLOTKEEPER_TEST_DATABASE_URL`
/// names a PostgreSQL server (`scripts/postgres-test-cluster` starts one), a new database on it, so the same suites run
/// on both stores.
public enum TestDatabase {
    /// The PostgreSQL server the suites run against, when they do.
    public static var postgresURL: String? {
        guard let url = ProcessInfo.processInfo.environment["SLOTKEEPER_TEST_DATABASE_URL"], url.hasPrefix("postgres") else { return nil }
        return url
    }

    /// A new, empty store (migrated), and where it lives.
    public static func make() async throws -> (store: any BookingStore, address: StoreAddress) {
        if let server = postgresURL {
            let name = "slotkeeper_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            try await PostgresBookingStore.createDatabase(name, server: server)
            guard var parts = URLComponents(string: server) else { throw StoreError.unusableDatabase(server) }
            parts.path = "/" + name
            let address = StoreAddress.postgres(url: parts.string!)
            return (try await PostgresBookingStore.open(url: parts.string!, connections: 2), address)
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("slotkeeper-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("spa.sqlite").path
        return (try SQLiteBookingStore(path: path), .sqlite(path: path))
    }

    /// Another store on the same database (another process's view of it).
    public static func open(_ address: StoreAddress) async throws -> any BookingStore {
        switch address {
        case .sqlite(let path): try SQLiteBookingStore(path: path)
        case .postgres(let url): try await PostgresBookingStore.open(url: url, connections: 2)
        }
    }

    /// Runs a statement on a store's database, for a test that must write what the store never would.
    public static func execute(_ store: any BookingStore, _ sql: String) async throws {
        guard let store = store as? SQLBookingStore else { throw StoreError.unusableDatabase("not a SQL store") }
        try await store.writing { db in _ = try db.execute(sql) }
    }

    /// The first column of a query's rows, as text, for a test that reads what the store stored.
    public static func strings(_ store: any BookingStore, _ sql: String) async throws -> [String] {
        guard let store = store as? SQLBookingStore else { throw StoreError.unusableDatabase("not a SQL store") }
        return try await store.reading { db in try db.values(String.self, sql) }
    }
}
