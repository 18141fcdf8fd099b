import BookingCore
import Foundation

/// A JSON value as the client sent it, so each field can be checked for its exact type (no number read as a flag).
enum JSONValue: Sendable, Hashable, Codable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null } else if let b = try? c.decode(Bool.self) { self = .bool(b) } else if let n = try? c.decode(Double.self) {
            self = .number(n)
        } else if let s = try? c.decode(String.self) { self = .string(s) } else if let a = try? c.decode([JSONValue].self) {
            self = .array(a)
        } else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let b): try c.encode(b)
        case .number(let n): try c.encode(n)
        case .string(let s): try c.encode(s)
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        }
    }

    /// What the value is, for "expected a string, got a number".
    var kind: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// The first member name that appears twice in one object of a valid JSON text, if any.
    static func duplicateKey(in bytes: [UInt8]) -> String? {
        var stack: [(isObject: Bool, keys: Set<String>)] = []
        var i = 0
        var expectKey = false
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "{"): stack.append((true, [])); expectKey = true
            case UInt8(ascii: "["): stack.append((false, [])); expectKey = false
            case UInt8(ascii: "}"), UInt8(ascii: "]"): _ = stack.popLast(); expectKey = false
            case UInt8(ascii: ","): expectKey = stack.last?.isObject ?? false
            case UInt8(ascii: "\""):
                var j = i + 1
                var raw: [UInt8] = []
                while j < bytes.count, bytes[j] != UInt8(ascii: "\"") {
                    if bytes[j] == UInt8(ascii: "\\"), j + 1 < bytes.count { raw.append(bytes[j]); j += 1 }
                    raw.append(bytes[j])
                    j += 1
                }
                if expectKey, !stack.isEmpty {
                    // Compare names as decoded, so "a" and "\u0061" are the same member.
                    let name = (try? JSONDecoder().decode(String.self, from: Data([UInt8(ascii: "\"")] + raw + [UInt8(ascii: "\"")]))) ?? String(decoding: raw, as: UTF8.self)
                    if !stack[stack.count - 1].keys.insert(name).inserted { return name }
                    expectKey = false
                }
                i = j
            default: break
            }
            i += 1
        }
        return nil
    }

    /// Parses a request body: 400 when it is not JSON, 422 when it is not an object. An empty body is `{}`.
    static func object(from bytes: [UInt8]) throws(APIProblem) -> [String: JSONValue] {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return [:] }
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: Data(bytes))
        } catch {
            throw .malformed("the body is not valid JSON (\(Self.reason(error))); send a JSON object such as {\"reason\": \"…\"}")
        }
        // A member given twice would be read one way here and another way by whoever sent it: refused, naming it.
        if let twice = duplicateKey(in: bytes) {
            throw .malformed("the member \"\(twice)\" is given twice in one object; send it once")
        }
        guard case .object(let o) = value else { throw .invalid("body", "expected a JSON object, got \(value.kind)") }
        return o
    }

    private static func reason(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let c) = error {
            let underlying = (c.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return underlying ?? c.debugDescription
        }
        return "\(error)"
    }
}

/// Reads the members of a JSON object one by one, collecting every problem, so one 422 names all offending fields;
/// `finish()` also refuses members nobody asked for (a typo must not be silently ignored).
final class JSONFields {
    private let object: [String: JSONValue]
    private var read: Set<String> = []
    private(set) var errors: [APIProblem.FieldError] = []

    init(_ object: [String: JSONValue]) { self.object = object }

    /// Notes a problem with a field.
    func problem(_ field: String, _ detail: String) { errors.append(.init(field: field, detail: detail)) }

    /// Whether the member is present (even as null).
    func has(_ name: String) -> Bool { object[name] != nil }

    private func value(_ name: String, required: Bool) -> JSONValue? {
        read.insert(name)
        guard let v = object[name] else {
            if required { problem(name, "is required") }
            return nil
        }
        return v
    }

    /// A string member; empty or whitespace-only counts as missing when required.
    func string(_ name: String, required: Bool = false, maxLength: Int = 200) -> String? {
        guard let v = value(name, required: required) else { return nil }
        guard case .string(let s) = v else {
            if case .null = v, !required { return nil }
            problem(name, "expected a string, got \(v.kind)")
            return nil
        }
        if required && s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            problem(name, "must not be empty")
            return nil
        }
        if s.count > maxLength {
            problem(name, "is \(s.count) characters long; at most \(maxLength) are allowed")
            return nil
        }
        return s
    }

    /// A member that may be set to a string or cleared with null (for updates): absent is `.absent`.
    func nullableString(_ name: String, maxLength: Int = 200) -> Change<String> {
        guard let v = value(name, required: false) else { return .absent }
        switch v {
        case .null: return .clear
        case .string(let s) where s.count <= maxLength: return .set(s)
        case .string(let s):
            problem(name, "is \(s.count) characters long; at most \(maxLength) are allowed")
            return .absent
        default:
            problem(name, "expected a string or null, got \(v.kind)")
            return .absent
        }
    }

    /// An array of strings.
    func strings(_ name: String, required: Bool = false) -> [String]? {
        guard let v = value(name, required: required) else { return nil }
        guard case .array(let items) = v else {
            problem(name, "expected an array of strings, got \(v.kind)")
            return nil
        }
        var out: [String] = []
        for (i, item) in items.enumerated() {
            guard case .string(let s) = item else {
                problem("\(name)[\(i)]", "expected a string, got \(item.kind)")
                return nil
            }
            out.append(s)
        }
        return out
    }

    /// A true/false member.
    func bool(_ name: String) -> Bool? {
        guard let v = value(name, required: false) else { return nil }
        guard case .bool(let b) = v else {
            if case .null = v { return nil }
            problem(name, "expected true or false, got \(v.kind)")
            return nil
        }
        return b
    }

    /// A string member that must be one of `choices`.
    func choice(_ name: String, _ choices: [String]) -> String? {
        guard let s = string(name, maxLength: 100) else { return nil }
        guard choices.contains(s) else {
            problem(name, "\"\(s)\" is not one of \(choices.joined(separator: ", "))")
            return nil
        }
        return s
    }

    /// A member that is a whole settings document, as written.
    func document(_ name: String, required: Bool = false) -> DocumentValue? {
        guard let v = value(name, required: required) else { return nil }
        return v.document
    }

    /// An object member, read with its own field reader (its problems are named `name.member`).
    func object(_ name: String, required: Bool = false) -> [String: JSONValue]? {
        guard let v = value(name, required: required) else { return nil }
        guard case .object(let o) = v else {
            if case .null = v, !required { return nil }
            problem(name, "expected an object, got \(v.kind)")
            return nil
        }
        return o
    }

    /// An array of objects.
    func objects(_ name: String) -> [[String: JSONValue]]? {
        guard let v = value(name, required: false) else { return nil }
        guard case .array(let items) = v else {
            problem(name, "expected an array of objects, got \(v.kind)")
            return nil
        }
        var out: [[String: JSONValue]] = []
        for (i, item) in items.enumerated() {
            guard case .object(let o) = item else {
                problem("\(name)[\(i)]", "expected an object, got \(item.kind)")
                return nil
            }
            out.append(o)
        }
        return out
    }

    /// An instant (`2026-11-24T10:00:00Z`, with an offset) or a wall-clock time (`2026-11-24T10:00`) for the location's zone.
    func time(_ name: String, required: Bool = false) -> ISOTime.Parsed? {
        guard let s = string(name, required: required) else { return nil }
        guard let t = ISOTime.parse(s) else {
            problem(name, "\"\(s)\" is not an ISO 8601 date-time such as 2026-11-24T10:00:00Z (or 2026-11-24T10:00 in the location's time zone)")
            return nil
        }
        // Far-off years can't be booked and don't print back the way they were written: named as sent.
        if let year = Int(s.prefix(4)), !(2000...2999).contains(year) {
            problem(name, "\"\(s)\" is in the year \(year): give a date from 2000 on")
            return nil
        }
        return t
    }

    /// An instant with an explicit zone (`Z` or an offset).
    func instant(_ name: String) -> Date? {
        guard let t = time(name) else { return nil }
        guard case .instant(let d) = t else {
            problem(name, "give a time zone offset, e.g. 2026-11-24T10:00:00Z")
            return nil
        }
        return d
    }

    /// Takes over the problems of a nested object's reader (and its unknown members), named `prefix.member`.
    func absorb(_ nested: JSONFields, as prefix: String) {
        for e in nested.errors { problem("\(prefix).\(e.field)", e.detail) }
        for name in nested.object.keys.sorted() where !nested.read.contains(name) { problem("\(prefix).\(name)", "is not a field of this request") }
    }

    /// Refuses unknown members and throws a 422 naming every problem found, if any.
    func finish() throws(APIProblem) {
        for name in object.keys.sorted() where !read.contains(name) {
            problem(name, "is not a field of this request")
        }
        if !errors.isEmpty { throw APIProblem.invalid(errors) }
    }

    /// A member of an update: left as it is, cleared, or set.
    enum Change<Value> {
        case absent, clear, set(Value)
    }
}

extension JSONValue {
    /// The value as a settings document (numbers that are whole become whole numbers).
    var document: DocumentValue {
        switch self {
        case .null: .null
        case .bool(let b): .bool(b)
        case .number(let n): n == n.rounded() && abs(n) < 1e15 ? .int(Int(n)) : .double(n)
        case .string(let s): .string(s)
        case .array(let a): .list(a.map(\.document))
        case .object(let o): .map(o.keys.sorted().map { ($0, o[$0]!.document) })
        }
    }
}
