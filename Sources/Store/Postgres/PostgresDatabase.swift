import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import Synchronization

/// PostgreSQL through a small pool of connections. A transaction takes a connection for its whole length and runs on one
/// of the store's own threads, where waiting for each statement blocks nobody else; the server's tasks only wait for
/// the transaction's end.
final class PostgresDatabase: SQLDatabase, @unchecked Sendable {
    let address: StoreAddress
    var prefersInlineTransactions: Bool { false }
    let configuration: PostgresConnection.Configuration
    let logger: Logger
    let threads: NIOThreadPool
    /// Connections not in use; `slots` counts them, so a transaction waits for one when every one is busy.
    private let idle: Mutex<[PostgresConnection]>
    private let slots: DispatchSemaphore
    private let nextID = Atomic<Int>(0)

    init(address: StoreAddress, configuration: PostgresConnection.Configuration, connections: Int, logger: Logger) async throws {
        self.address = address
        self.configuration = configuration
        self.logger = logger
        threads = NIOThreadPool(numberOfThreads: connections)
        threads.start()
        var opened: [PostgresConnection] = []
        do {
            for _ in 0..<connections { opened.append(try await Self.connect(configuration, id: nextID.add(1, ordering: .relaxed).newValue, logger: logger)) }
        } catch {
            // The server took some and refused one (its connection limit, say): those opened are closed, not left behind.
            for connection in opened { try? await connection.close() }
            try? await threads.shutdownGracefully()
            throw error
        }
        idle = Mutex(opened)
        slots = DispatchSemaphore(value: connections)
    }

    static func connect(_ configuration: PostgresConnection.Configuration, id: Int, logger: Logger) async throws -> PostgresConnection {
        try await PostgresConnection.connect(configuration: configuration, id: id, logger: logger)
    }

    deinit {
        // A connection must be closed before it goes: each one is kept until its close is done.
        for connection in idle.withLock({ $0 }) { connection.close().whenComplete { _ in withExtendedLifetime(connection) {} } }
        threads.shutdownGracefully { _ in }
    }

    // MARK: SQLDatabase

    func reading<T: Sendable>(_ body: @escaping @Sendable (any SQLExecutor) throws -> T) async throws -> T {
        try await threads.runIfActive { try self.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body) }
    }

    func writing<T: Sendable>(_ body: @escaping @Sendable (any SQLExecutor) throws -> T) async throws -> T {
        try await threads.runIfActive { try self.transaction("BEGIN", body) }
    }

    func writingNow<T>(_ body: (any SQLExecutor) throws -> T) throws -> T {
        try transaction("BEGIN", body)
    }

    func appliedMigrations() async throws -> [String] {
        try await reading { db in try PostgresSchema.applied(db) }
    }

    func counts() async throws -> StoreCounts {
        try await reading { db in
            func count(_ table: String) throws -> Int { try db.value(Int.self, "SELECT COUNT(*) FROM \(table)") ?? 0 }
            return StoreCounts(clients: try count("client"), appointments: try count("appointment"), messages: try count("message"),
                               schema: try PostgresSchema.applied(db).last ?? "none")
        }
    }

    func backup(to destination: String) async throws -> StoreCounts {
        throw StoreError.unusableDatabase("back up a PostgreSQL database with pg_dump (for example pg_dump -Fc -f \(destination) …)")
    }

    // MARK: Transactions

    /// One transaction on one connection: `begin`, the body, then COMMIT, or ROLLBACK when the body throws.
    func transaction<T>(_ begin: String, _ body: (any SQLExecutor) throws -> T) throws -> T {
        try withConnection { connection in
            let db = PostgresExecutor(connection: connection, logger: logger)
            try db.run(begin, [])
            do {
                let result = try body(db)
                try db.run("COMMIT", [])
                return result
            } catch {
                _ = try? db.run("ROLLBACK", [])
                throw error
            }
        }
    }

    /// Takes an idle connection (waiting for one when all are busy), opening it again if the server closed it.
    func withConnection<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        slots.wait()
        var connection = idle.withLock { $0.removeLast() }
        defer {
            idle.withLock { $0.append(connection) }
            slots.signal()
        }
        if connection.isClosed { connection = try reconnect() }
        return try body(connection)
    }

    /// Opens a new connection from a thread that may block (never one of the tasks' own threads).
    private func reconnect() throws -> PostgresConnection {
        let done = DispatchSemaphore(value: 0)
        let result = Mutex<Result<PostgresConnection, any Error>?>(nil)
        let configuration = configuration, logger = logger, id = nextID.add(1, ordering: .relaxed).newValue
        Task {
            let r: Result<PostgresConnection, any Error>
            do { r = .success(try await Self.connect(configuration, id: id, logger: logger)) } catch { r = .failure(error) }
            result.withLock { $0 = r }
            done.signal()
        }
        done.wait()
        return try result.withLock { $0! }.get()
    }
}
