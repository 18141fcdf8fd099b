import Foundation

/// A JSON value of a flat object: the contract's request lines hold strings, numbers, booleans and nulls.
enum FlatValue: Sendable, Equatable {
    case string(String)
    /// A number, kept as written so an id echoes back unchanged.
    case number(String)
    case bool(Bool)
    case null
}

/// Why a request line is not a usable JSON object, with the byte offset.
struct FlatJSONError: Error, Sendable {
    var message: String
}

/// A small, fast reader for one-level JSON objects (nested values are rejected with a clear message).
struct FlatJSONReader {
    private let bytes: [UInt8]
    private var i = 0

    init(_ line: Substring) { bytes = Array(line.utf8) }
    init(bytes: [UInt8]) { self.bytes = bytes }

    static func parse(_ bytes: [UInt8]) throws -> [String: FlatValue] {
        var r = FlatJSONReader(bytes: bytes)
        return try r.object()
    }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
    }

    private func fail(_ what: String) -> FlatJSONError {
        FlatJSONError(message: "invalid JSON at character \(i + 1): \(what)")
    }

    mutating func object() throws -> [String: FlatValue] {
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else { throw fail("expected an object starting with '{'") }
        i += 1
        var out: [String: FlatValue] = [:]
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return try finish(out) }
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a key in double quotes") }
            let key = try string()
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail("expected ':' after key \"\(key)\"") }
            i += 1
            skipSpace()
            out[key] = try value(key)
            skipSpace()
            guard i < bytes.count else { throw fail("unterminated object") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; return try finish(out) }
            throw fail("expected ',' or '}'")
        }
    }

    private mutating func finish(_ out: [String: FlatValue]) throws -> [String: FlatValue] {
        skipSpace()
        guard i == bytes.count else { throw fail("unexpected text after the object") }
        return out
    }

    private mutating func value(_ key: String) throws -> FlatValue {
        guard i < bytes.count else { throw fail("missing value for \"\(key)\"") }
        switch bytes[i] {
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let start = i
            i += 1
            while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) || bytes[i] == UInt8(ascii: ".")
                    || bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") || bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            return .number(String(decoding: bytes[start..<i], as: UTF8.self))
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            throw fail("\"\(key)\" must be a string, number, boolean or null")
        default:
            throw fail("unexpected value for \"\(key)\"")
        }
    }

    private mutating func literal(_ word: String) throws {
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count, Array(bytes[i..<(i + w.count)]) == w else { throw fail("unexpected value") }
        i += w.count
    }

    private mutating func string() throws -> String {
        i += 1
        let start = i
        // Fast path: no escapes.
        while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\") { i += 1 }
        guard i < bytes.count else { throw fail("unterminated string") }
        if bytes[i] == UInt8(ascii: "\"") {
            defer { i += 1 }
            return String(decoding: bytes[start..<i], as: UTF8.self)
        }
        var out = Array(bytes[start..<i])
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { i += 1; return String(decoding: out, as: UTF8.self) }
            if b == UInt8(ascii: "\\") {
                i += 1
                guard i < bytes.count else { break }
                switch bytes[i] {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code), i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "\\"), bytes[i + 2] == UInt8(ascii: "u") {
                        i += 2
                        let low = try hex4()
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    out.append(contentsOf: Array(String(Character(Unicode.Scalar(code) ?? "\u{FFFD}")).utf8))
                case let c: out.append(c)
                }
                i += 1
                continue
            }
            out.append(b)
            i += 1
        }
        throw fail("unterminated string")
    }

    private mutating func hex4() throws -> UInt32 {
        guard i + 4 < bytes.count else { throw fail("bad \\u escape") }
        var v: UInt32 = 0
        for k in 1...4 {
            let c = bytes[i + k]
            let d: UInt32
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(c - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(c - UInt8(ascii: "A") + 10)
            default: throw fail("bad \\u escape")
            }
            v = v * 16 + d
        }
        i += 4
        return v
    }
}

/// Writes JSON strings with the escapes JSON needs.
enum JSONText {
    static func quoted(_ s: String, into out: inout String) {
        out.append("\"")
        var plain = true
        for b in s.utf8 where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { plain = false; break }
        if plain { out.append(s) } else {
            for c in s.unicodeScalars {
                switch c {
                case "\"": out.append("\\\"")
                case "\\": out.append("\\\\")
                case "\n": out.append("\\n")
                case "\r": out.append("\\r")
                case "\t": out.append("\\t")
                default:
                    if c.value < 0x20 {
                        let h = String(c.value, radix: 16)
                        out.append("\\u" + String(repeating: "0", count: 4 - h.count) + h)
                    } else { out.unicodeScalars.append(c) }
                }
            }
        }
        out.append("\"")
    }
}
