import Foundation
import GRDB
import GRDBSQLite

/// The SQL both stores speak: SQLite's through GRDB, PostgreSQL's through PostgresNIO. The store's statements are written
/// once, with `?` placeholders and values as GRDB's `SQLArguments`, and read back as GRDB `Row`s (by column name,
/// or by position in a row of one column), so one body of SQL code serves both databases. Where their SQL differs, the
/// code asks `dialect`.
protocol SQLExecutor {
    var dialect: SQLDialect { get }
    /// Runs one statement and returns how many rows it changed.
    @discardableResult
    func execute(_ sql: String, _ arguments: SQLArguments) throws -> Int
    /// Runs one query and returns every row.
    func rows(_ sql: String, _ arguments: SQLArguments) throws -> [SQLRow]
    /// What a failed statement broke, when it was one of the store's constraints.
    func constraint(of error: any Error) -> ConstraintFailure?
    /// Runs `body` so that when it throws, what it wrote is undone and the transaction can go on (PostgreSQL ends a
    /// transaction at its first failed statement unless that statement ran inside a savepoint).
    func attempt<T>(_ body: () throws -> T) throws -> T
    /// Runs `body` in a savepoint: when it throws, what it wrote is undone (on both databases) and the error goes on.
    func undoable(_ body: () throws -> Void) throws
}

enum SQLDialect: Sendable {
    case sqlite
    case postgres
}

/// A constraint a statement broke, in terms both databases share.
enum ConstraintFailure: Equatable, Sendable {
    case unique
    case primaryKey
    case foreignKey
    /// Two appointments of one staff member that hold their slot overlap.
    case overlap
}

extension SQLExecutor {
    @discardableResult
    func execute(_ sql: String) throws -> Int { try execute(sql, []) }

    func rows(_ sql: String) throws -> [SQLRow] { try rows(sql, []) }

    func row(_ sql: String, _ arguments: SQLArguments = []) throws -> SQLRow? { try rows(sql, arguments).first }

    /// The first column of the first row, nil when there is no row or it holds NULL.
    func value<V: DatabaseValueConvertible>(_ type: V.Type, _ sql: String, _ arguments: SQLArguments = []) throws -> V? {
        guard let row = try row(sql, arguments) else { return nil }
        return row[0] as V?
    }

    /// The first column of every row (NULLs left out).
    func values<V: DatabaseValueConvertible>(_ type: V.Type, _ sql: String, _ arguments: SQLArguments = []) throws -> [V] {
        try rows(sql, arguments).compactMap { $0[0] as V? }
    }

    /// Whether a row with primary key `id` exists in `table`.
    func exists(table: String, id: String) throws -> Bool {
        try row("SELECT 1 FROM \(table) WHERE id = ?", [id]) != nil
    }

    /// Inserts one row and returns the id the database gave it (`sql` is an INSERT into a table with an `id` key).
    func insertReturningID(_ sql: String, _ arguments: SQLArguments) throws -> Int64 {
        guard let id = try value(Int64.self, sql + " RETURNING id", arguments) else {
            throw StoreError.unusableDatabase("the database gave no id for a new row")
        }
        return id
    }
}

/// SQLite: every statement from the connection's cache, so the hot path prepares (and authorizes) each SQL text once.
extension Database: SQLExecutor {
    var dialect: SQLDialect { .sqlite }

    /// SQLite goes on after a failed statement; the caller's transaction is rolled back when the failure is not handled.
    func attempt<T>(_ body: () throws -> T) throws -> T { try body() }

    func undoable(_ body: () throws -> Void) throws {
        try inSavepoint {
            try body()
            return .commit
        }
    }

    func execute(_ sql: String, _ arguments: SQLArguments) throws -> Int {
        try cachedStatement(sql: sql).execute(arguments: arguments.statementArguments)
        return changesCount
    }

    func rows(_ sql: String, _ arguments: SQLArguments) throws -> [SQLRow] {
        let statement = try cachedStatement(sql: sql)
        let columns = SQLRow.Columns.of(statement, sql: sql)
        var rows: [SQLRow] = []
        // The values straight from the statement: no `Row` is made for each result row.
        try SQLiteValuesCursor(statement, arguments: arguments.statementArguments).forEach {
            rows.append(SQLRow(columns: columns, values: $0))
        }
        return rows
    }

    func constraint(of error: any Error) -> ConstraintFailure? {
        guard let e = error as? DatabaseError else { return nil }
        if e.message?.contains("slotkeeper: staff overlap") == true { return .overlap }
        switch e.extendedResultCode {
        case .SQLITE_CONSTRAINT_UNIQUE: return .unique
        case .SQLITE_CONSTRAINT_PRIMARYKEY: return .primaryKey
        case .SQLITE_CONSTRAINT_FOREIGNKEY: return .foreignKey
        default: return nil
        }
    }
}

/// The values of each row a SQLite statement gives, read straight from the statement.
final class SQLiteValuesCursor: DatabaseCursor {
    typealias Element = [DatabaseValue]
    let _statement: Statement
    var _isDone = false
    private let columnCount: CInt

    init(_ statement: Statement, arguments: StatementArguments) throws {
        _statement = statement
        columnCount = CInt(statement.columnCount)
        try statement.setArguments(arguments)
    }

    deinit {
        // A statement whose last step failed does not reset; the next use resets it again.
        sqlite3_reset(_statement.sqliteStatement)
    }

    func _element(sqliteStatement: SQLiteStatement) throws -> [DatabaseValue] {
        var values: [DatabaseValue] = []
        values.reserveCapacity(Int(columnCount))
        var i: CInt = 0
        while i < columnCount {
            values.append(DatabaseValue(sqliteStatement: sqliteStatement, index: i))
            i += 1
        }
        return values
    }
}

/// A statement's values for its `?` placeholders, in order.
struct SQLArguments: ExpressibleByArrayLiteral, Sendable {
    var values: [DatabaseValue]

    init(arrayLiteral elements: (any DatabaseValueConvertible)?...) {
        values = elements.map { $0?.databaseValue ?? .null }
    }

    init<S: Sequence>(_ sequence: S) where S.Element: DatabaseValueConvertible {
        values = sequence.map(\.databaseValue)
    }

    init(_ elements: [any DatabaseValueConvertible]) {
        values = elements.map(\.databaseValue)
    }

    var isEmpty: Bool { values.isEmpty }

    /// The same values as GRDB takes them. (GRDB's initialiser for a sequence of concrete values builds a key path at run
    /// time on every call; the one for optional existentials takes a closure.)
    var statementArguments: StatementArguments {
        StatementArguments(values.lazy.map { Optional($0 as any DatabaseValueConvertible) })
    }

    static func + (lhs: SQLArguments, rhs: SQLArguments) -> SQLArguments {
        var all = lhs
        all.values += rhs.values
        return all
    }

    static func += (lhs: inout SQLArguments, rhs: SQLArguments) { lhs.values += rhs.values }
}
