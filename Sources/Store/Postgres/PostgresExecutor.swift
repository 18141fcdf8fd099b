import Foundation
import GRDB
import Logging
import NIOCore
import PostgresNIO
import Synchronization

/// The store's SQL on one PostgreSQL connection, inside the transaction its caller opened. Runs on a thread that may
/// block (the store's own threads), waiting for each statement's answer.
struct PostgresExecutor: SQLExecutor {
    let connection: PostgresConnection
    let logger: Logger

    var dialect: SQLDialect { .postgres }

    func execute(_ sql: String, _ arguments: SQLArguments) throws -> Int {
        try run(sql, arguments).metadata.rows ?? 0
    }

    func rows(_ sql: String, _ arguments: SQLArguments) throws -> [SQLRow] {
        let result = try run(sql, arguments)
        guard let first = result.rows.first else { return [] }
        let columns = SQLRow.Columns(first.map(\.columnName))
        return try result.rows.map { row in SQLRow(columns: columns, values: try row.map(Self.value)) }
    }

    func constraint(of error: any Error) -> ConstraintFailure? {
        guard let e = error as? PostgresFailure, let state = e.sqlState else { return nil }
        switch state {
        case "23P01": return .overlap
        case "23503": return .foreignKey
        case "23505": return e.constraint?.hasSuffix("_pkey") == true ? .primaryKey : .unique
        default: return nil
        }
    }

    func undoable(_ body: () throws -> Void) throws { try attempt(body) }

    func attempt<T>(_ body: () throws -> T) throws -> T {
        try run("SAVEPOINT attempt", [])
        do {
            let result = try body()
            try run("RELEASE SAVEPOINT attempt", [])
            return result
        } catch {
            // Released as well: a savepoint rolled back to stays open, and an enclosing `attempt` (same name) would roll
            // back only to it, keeping what it wrote before.
            try run("ROLLBACK TO SAVEPOINT attempt", [])
            try run("RELEASE SAVEPOINT attempt", [])
            throw error
        }
    }

    @discardableResult
    func run(_ sql: String, _ arguments: SQLArguments) throws -> PostgresQueryResult {
        var binds = PostgresBindings(capacity: arguments.values.count)
        for value in arguments.values {
            switch value.storage {
            case .null: binds.appendNull()
            case .int64(let i): binds.append(i)
            case .double(let d): binds.append(d)
            case .string(let s): binds.append(s)
            case .blob(let data): binds.append(ByteBuffer(bytes: data))
            }
        }
        let query = PostgresQuery(unsafeSQL: PostgresSQL.translate(sql), binds: binds)
        do {
            return try connection.query(query, logger: logger).wait()
        } catch let error as PSQLError {
            throw PostgresFailure(error)
        }
    }

    /// A cell as the value SQLite would have given: integers, floating point, text, bytes; true and false as 1 and 0.
    static func value(_ cell: PostgresCell) throws -> DatabaseValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8: return try cell.decode(Int64.self).databaseValue
        case .bool: return (try cell.decode(Bool.self) ? 1 : 0 as Int64).databaseValue
        case .float4, .float8: return try cell.decode(Double.self).databaseValue
        case .numeric:
            // SUM over bigint is numeric: whole numbers come back as integers, as SQLite gives them.
            let number = try cell.decode(Decimal.self)
            let n = NSDecimalNumber(decimal: number)
            return Decimal(n.int64Value) == number ? n.int64Value.databaseValue : n.doubleValue.databaseValue
        case .bytea: return Data(try cell.decode(ByteBuffer.self).readableBytesView).databaseValue
        default: return try cell.decode(String.self).databaseValue
        }
    }
}

/// SQLite's placeholders in PostgreSQL's words: `?` becomes `$1`, `$2`, … in order, and `?3` becomes `$3`; question marks
/// inside quoted text stay. Each statement's translation is kept.
enum PostgresSQL {
    static let translations = Mutex<[String: String]>([:])

    static func translate(_ sql: String) -> String {
        if let known = translations.withLock({ $0[sql] }) { return known }
        var out = ""
        out.reserveCapacity(sql.utf8.count + 16)
        var next = 1
        var quoted = false
        var chars = sql.makeIterator()
        var pending: Character? = chars.next()
        while let c = pending {
            pending = chars.next()
            if c == "'" { quoted.toggle(); out.append(c); continue }
            guard c == "?", !quoted else { out.append(c); continue }
            var digits = ""
            while let d = pending, d.isASCII, d.isNumber { digits.append(d); pending = chars.next() }
            if digits.isEmpty {
                out += "$\(next)"
                next += 1
            } else {
                out += "$" + digits
            }
        }
        translations.withLock { $0[sql] = out }
        return out
    }
}

/// A statement PostgreSQL refused or could not run, in the server's words (PostgresNIO's own errors print nothing, to
/// keep data out of logs; the server's message names what went wrong, without the values).
struct PostgresFailure: Error, CustomStringConvertible {
    let sqlState: String?
    let constraint: String?
    let message: String

    init(_ error: PSQLError) {
        sqlState = error.serverInfo?[.sqlState]
        constraint = error.serverInfo?[.constraintName]
        message = PostgresURL.explain(error)
    }

    var description: String { "PostgreSQL: \(message)" + (sqlState.map { " (SQLSTATE \($0))" } ?? "") }
}
