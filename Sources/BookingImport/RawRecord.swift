import Foundation
import Store

/// A value as it stood in an import file, before it is understood.
indirect enum RawValue: Sendable {
    case text(String)
    case list([RawValue])
    case map([(key: String, value: RawValue, line: Int)])

    /// The text of a scalar; nil for a list or map.
    var text: String? { if case .text(let s) = self { s } else { nil } }
}

/// One record (a YAML mapping or a CSV row) with the line of each field.
struct RawRecord: Sendable {
    var source: SourceLine
    var fields: [String: (value: RawValue, line: Int)]

    /// Field names are matched without case, spaces, dashes or underscores: `first_name` = `firstName` = `First Name`.
    static func key(_ s: String) -> String {
        String(s.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " })
    }

    init(source: SourceLine, fields: [(String, RawValue, Int)]) {
        self.source = source
        var f: [String: (RawValue, Int)] = [:]
        for (k, v, l) in fields { f[RawRecord.key(k), default: (v, l)] = (v, l) }
        self.fields = f
    }

    func value(_ name: String) -> RawValue? {
        guard let v = fields[RawRecord.key(name)]?.value else { return nil }
        if case .text(let s) = v, s.trimmingCharacters(in: .whitespaces).isEmpty { return nil }
        return v
    }

    /// Where a field sits (its own line in YAML; the row's line in CSV).
    func source(of name: String) -> SourceLine {
        SourceLine(file: source.file, line: fields[RawRecord.key(name)]?.line ?? source.line)
    }
}

