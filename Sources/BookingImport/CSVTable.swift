import Foundation

/// A CSV file (RFC 4180: quoted fields, doubled quotes, newlines inside quotes) read into rows
/// that remember the line each row starts on.
struct CSVTable {
    struct Row {
        var line: Int
        var cells: [String]
    }

    var header: [String]
    var rows: [Row]

    enum Problem: Error {
        case unterminatedQuote(line: Int)
        case empty
    }

    init(text: String) throws(Problem) {
        var rows: [Row] = []
        var cells: [String] = []
        var cell = ""
        var inQuotes = false
        var line = 1
        var rowLine = 1
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        var quoteLine = 1
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return iterator.next()
        }
        func endRow() {
            cells.append(cell)
            cell = ""
            if !(cells.count == 1 && cells[0].isEmpty) { rows.append(Row(line: rowLine, cells: cells)) }
            cells = []
        }
        var first = true
        while let c = next() {
            if first { first = false; if c == "\u{FEFF}" { continue } }
            if inQuotes {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" { cell.unicodeScalars.append("\"") } else { inQuotes = false; pending = n }
                    } else { inQuotes = false }
                } else {
                    if c == "\n" { line += 1 }
                    cell.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where cell.isEmpty:
                inQuotes = true
                quoteLine = line
            case ",":
                cells.append(cell)
                cell = ""
            case "\r":
                continue
            case "\n":
                endRow()
                line += 1
                rowLine = line
            default:
                cell.unicodeScalars.append(c)
            }
        }
        if inQuotes { throw .unterminatedQuote(line: quoteLine) }
        if !cell.isEmpty || !cells.isEmpty { endRow() }
        guard let head = rows.first else { throw .empty }
        header = head.cells.map { $0.trimmingCharacters(in: .whitespaces) }
        self.rows = Array(rows.dropFirst())
    }
}
