import Foundation

/// A settings document as written by a person (a YAML section or a JSON body): maps keep the order they are written
/// in, so that what SlotKeeper prints back reads like what was written.
public indirect enum DocumentValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case list([DocumentValue])
    case map([(key: String, value: DocumentValue)])

    public static func == (a: DocumentValue, b: DocumentValue) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case (.bool(let x), .bool(let y)): x == y
        case (.int(let x), .int(let y)): x == y
        case (.double(let x), .double(let y)): x == y
        case (.string(let x), .string(let y)): x == y
        case (.list(let x), .list(let y)): x == y
        case (.map(let x), .map(let y)): x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(b)
        case .int(let i): hasher.combine(i)
        case .double(let d): hasher.combine(d)
        case .string(let s): hasher.combine(s)
        case .list(let l): hasher.combine(l)
        case .map(let m): for (k, v) in m { hasher.combine(k); hasher.combine(v) }
        }
    }

    /// The value under `key` of a map.
    public subscript(key: String) -> DocumentValue? {
        if case .map(let pairs) = self { return pairs.first { $0.key == key }?.value }
        return nil
    }

    /// `other` laid over this one: maps merge key by key (recursively), anything else is replaced.
    public func overlaid(with other: DocumentValue) -> DocumentValue {
        guard case .map(var mine) = self, case .map(let theirs) = other else { return other }
        for (key, value) in theirs {
            if let i = mine.firstIndex(where: { $0.key == key }) {
                mine[i].value = mine[i].value.overlaid(with: value)
            } else {
                mine.append((key, value))
            }
        }
        return .map(mine)
    }

    /// The same value with every map's keys in alphabetical order: two documents that say the same thing compare equal this way.
    public var sortedKeys: DocumentValue {
        switch self {
        case .map(let pairs): .map(pairs.sorted { $0.key < $1.key }.map { ($0.key, $0.value.sortedKeys) })
        case .list(let items): .list(items.map(\.sortedKeys))
        default: self
        }
    }

    /// The same map without `key`.
    public func removing(_ key: String) -> DocumentValue {
        guard case .map(let pairs) = self else { return self }
        return .map(pairs.filter { $0.key != key })
    }

    /// How a value of this kind is named in an error ("a number", "a list").
    public var kindName: String {
        switch self {
        case .null: "nothing"
        case .bool: "true or false"
        case .int, .double: "a number"
        case .string(let s): "\"\(s)\""
        case .list: "a list"
        case .map: "a group of settings"
        }
    }

    /// The value as JSON text, keys in document order.
    public func json(indent: String? = "  ") -> String {
        var out = ""
        write(json: &out, indent: indent, depth: 0)
        return out
    }

    private func write(json out: inout String, indent: String?, depth: Int) {
        let nl = indent == nil ? "" : "\n"
        let pad = { (d: Int) in String(repeating: indent ?? "", count: d) }
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        case .string(let s): out += Self.quoted(s)
        case .list(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[" + nl
            for (i, item) in items.enumerated() {
                out += pad(depth + 1)
                item.write(json: &out, indent: indent, depth: depth + 1)
                out += (i < items.count - 1 ? "," : "") + nl
            }
            out += pad(depth) + "]"
        case .map(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{" + nl
            for (i, pair) in pairs.enumerated() {
                out += pad(depth + 1) + Self.quoted(pair.key) + (indent == nil ? ":" : ": ")
                pair.value.write(json: &out, indent: indent, depth: depth + 1)
                out += (i < pairs.count - 1 ? "," : "") + nl
            }
            out += pad(depth) + "}"
        }
    }

    /// The value as YAML text (block style), keys in document order.
    public func yaml() -> String {
        var lines: [String] = []
        Self.yaml(self, depth: 0, into: &lines)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func yaml(_ value: DocumentValue, depth: Int, into lines: inout [String]) {
        let pad = String(repeating: "  ", count: depth)
        switch value {
        case .map(let pairs):
            for (key, v) in pairs {
                switch v {
                case .map(let inner) where !inner.isEmpty:
                    lines.append("\(pad)\(key):")
                    yaml(v, depth: depth + 1, into: &lines)
                case .list(let items) where !items.isEmpty:
                    lines.append("\(pad)\(key):")
                    yaml(v, depth: depth + 1, into: &lines)
                default:
                    lines.append("\(pad)\(key): \(scalar(v))")
                }
            }
        case .list(let items):
            for item in items {
                guard case .map(let pairs) = item, !pairs.isEmpty else {
                    lines.append("\(pad)- \(scalar(item))")
                    continue
                }
                var inner: [String] = []
                yaml(item, depth: depth + 1, into: &inner)
                let first = inner.removeFirst().dropFirst(pad.count + 2)
                lines.append("\(pad)- \(first)")
                lines += inner
            }
        default:
            lines.append(pad + scalar(value))
        }
    }

    private static func scalar(_ v: DocumentValue) -> String {
        switch v {
        case .string(let s):
            let plain = !s.isEmpty && s.allSatisfy { $0.isLetter || $0.isNumber || " .%-_/".contains($0) }
                && !["true", "false", "yes", "no", "null", "on", "off", "~"].contains(s.lowercased())
                && Double(s) == nil && s.first != " " && s.last != " " && s.first != "-"
            return plain ? s : quoted(s)
        case .list: return "[]"
        case .map: return "{}"
        default: return v.json(indent: nil)
        }
    }

    private static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}

extension DocumentValue: Decodable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Reads any JSON or YAML value (JSONDecoder, Yams' YAMLDecoder).
    public init(from decoder: any Decoder) throws {
        if let keyed = try? decoder.container(keyedBy: Key.self) {
            var pairs: [(key: String, value: DocumentValue)] = []
            for key in keyed.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
                pairs.append((key.stringValue, try keyed.decode(DocumentValue.self, forKey: key)))
            }
            self = .map(pairs)
            return
        }
        if var list = try? decoder.unkeyedContainer() {
            var items: [DocumentValue] = []
            while !list.isAtEnd { items.append(try list.decode(DocumentValue.self)) }
            self = .list(items)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() { self = .null }
        else if let b = try? single.decode(Bool.self) { self = .bool(b) }
        else if let i = try? single.decode(Int.self) { self = .int(i) }
        else if let d = try? single.decode(Double.self) { self = .double(d) }
        else { self = .string(try single.decode(String.self)) }
    }
}

extension DocumentValue: Encodable {
    private struct Name: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .map(let pairs):
            var c = encoder.container(keyedBy: Name.self)
            for (k, v) in pairs { try c.encode(v, forKey: Name(stringValue: k)) }
        case .list(let items):
            var c = encoder.unkeyedContainer()
            for item in items { try c.encode(item) }
        case .null: var c = encoder.singleValueContainer(); try c.encodeNil()
        case .bool(let b): var c = encoder.singleValueContainer(); try c.encode(b)
        case .int(let i): var c = encoder.singleValueContainer(); try c.encode(i)
        case .double(let d): var c = encoder.singleValueContainer(); try c.encode(d)
        case .string(let t): var c = encoder.singleValueContainer(); try c.encode(t)
        }
    }
}
