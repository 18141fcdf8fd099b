import Foundation
import GRDB
import Synchronization

/// One row of a query's result, the same whichever database answered: its values in the order the query selected
/// them, read by position or by column name (the names are looked up in a table shared by every row of the result).
struct SQLRow {
    /// Column names and their positions, made once per result.
    final class Columns: Sendable {
        let names: [String]
        let index: [String: Int]

        init(_ names: [String]) {
            self.names = names
            var index: [String: Int] = [:]
            for (i, name) in names.enumerated() where index[name] == nil { index[name] = i }
            self.index = index
        }

        /// The columns of a SQLite statement, made once per SQL text (checked against the statement's column count, so
        /// a `SELECT *` prepared again after a schema change is not read with old names).
        static func of(_ statement: Statement, sql: String) -> Columns {
            let count = statement.columnCount
            if let known = known.withLock({ $0[sql] }), known.names.count == count { return known }
            let made = Columns(statement.columnNames)
            known.withLock {
                // SQL written with one mark per value ("IN (?,?,…)") makes new texts; the table stays small all the same.
                if $0.count >= 1000 { $0.removeAll(keepingCapacity: true) }
                $0[sql] = made
            }
            return made
        }

        private static let known = Mutex<[String: Columns]>([:])
    }

    let columns: Columns
    let values: [DatabaseValue]

    var count: Int { values.count }

    func value(at i: Int) -> DatabaseValue {
        precondition(i < values.count, "column \(i) of a row of \(values.count)")
        return values[i]
    }

    func value(named name: String) -> DatabaseValue {
        guard let i = columns.index[name] else { preconditionFailure("no column \(name) in \(columns.names)") }
        return values[i]
    }

    /// The value at `i` (ask for an optional where it may be NULL).
    subscript<V: DatabaseValueConvertible>(_ i: Int) -> V { Self.decode(value(at: i), column: columns.names[i]) }
    /// The value of the column `name` (ask for an optional where it may be NULL).
    subscript<V: DatabaseValueConvertible>(_ name: String) -> V { Self.decode(value(named: name), column: name) }

    /// A value the schema promises: NULL or the wrong type here is a bug in the store's SQL, not bad data.
    static func decode<V: DatabaseValueConvertible>(_ value: DatabaseValue, column: String) -> V {
        guard let v = V.fromDatabaseValue(value) else { preconditionFailure("column \(column) holds \(value), not a \(V.self)") }
        return v
    }
}
