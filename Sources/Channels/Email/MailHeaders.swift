import Foundation

/// The header section of a message or MIME part (RFC 5322 §2.2): fields in order, folded lines unfolded.
struct MailHeaders: Sendable, Hashable {
    /// Each field's name as written and its unfolded raw value (encoded-words not yet decoded).
    var fields: [(name: String, value: String)]

    init(fields: [(name: String, value: String)]) { self.fields = fields }

    static func == (a: MailHeaders, b: MailHeaders) -> Bool {
        a.fields.count == b.fields.count && zip(a.fields, b.fields).allSatisfy { $0.name == $1.name && $0.value == $1.value }
    }

    func hash(into hasher: inout Hasher) {
        for field in fields { hasher.combine(field.name); hasher.combine(field.value) }
    }

    /// Reads header lines: a line starting with a space or tab continues the field above it; lines without a colon are skipped.
    init(parsing text: String) {
        var fields: [(name: String, value: String)] = []
        for line in TransferEncoding.normalizedLines(text) {
            if let first = line.first, first == " " || first == "\t" {
                guard !fields.isEmpty else { continue }
                // Unfolding removes the line break only (RFC 5322 §2.2.3); the leading whitespace stays as one space.
                fields[fields.count - 1].value += " " + line.trimmingCharacters(in: .whitespaces)
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, !name.contains(" ") else { continue }
            fields.append((name, line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        self.fields = fields
    }

    /// The first field of that name (case-insensitive), raw.
    subscript(_ name: String) -> String? {
        fields.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// The first field of that name with its encoded-words decoded.
    func text(_ name: String) -> String? { self[name].map(EncodedWord.decode) }

    /// The media type of the part: `text/plain` with its parameters when the header is missing, as RFC 2045 says.
    var contentType: MediaType { self["Content-Type"].flatMap(MediaType.init(parsing:)) ?? MediaType(type: "text", subtype: "plain") }

    /// The content transfer encoding, lowercased (`base64`, `quoted-printable`, `7bit`…); `7bit` when missing.
    var transferEncoding: String { (self["Content-Transfer-Encoding"] ?? "7bit").trimmingCharacters(in: .whitespaces).lowercased() }

    /// True when the part is an attachment rather than something to read.
    var isAttachment: Bool {
        (self["Content-Disposition"] ?? "").trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("attachment")
    }
}

/// A MIME media type with its parameters: `multipart/alternative; boundary="b1"`.
struct MediaType: Sendable, Hashable {
    var type: String
    var subtype: String
    /// Parameter names lowercased; values unquoted.
    var parameters: [String: String] = [:]

    init(type: String, subtype: String, parameters: [String: String] = [:]) {
        self.type = type.lowercased()
        self.subtype = subtype.lowercased()
        self.parameters = parameters
    }

    /// Parses `type/subtype; name=value; name="quoted; value"`, with RFC 2231 continuations (`name*0=`, `name*=utf-8''…`).
    init?(parsing value: String) {
        let pieces = Self.splitParameters(value)
        guard let head = pieces.first else { return nil }
        let kind = head.split(separator: "/", maxSplits: 1)
        guard kind.count == 2 else { return nil }
        type = kind[0].trimmingCharacters(in: .whitespaces).lowercased()
        subtype = kind[1].trimmingCharacters(in: .whitespaces).lowercased()
        var parameters: [String: String] = [:]
        var continued: [String: [(Int, String)]] = [:]
        for piece in pieces.dropFirst() {
            guard let eq = piece.firstIndex(of: "=") else { continue }
            var name = piece[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
            var value = piece[piece.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\")
            }
            var extended = false
            if name.hasSuffix("*") { name.removeLast(); extended = true }
            if extended { value = Self.decodeExtended(value) }
            if let star = name.firstIndex(of: "*"), let n = Int(name[name.index(after: star)...]) {
                continued[String(name[..<star]), default: []].append((n, value))
            } else {
                parameters[name] = value
            }
        }
        for (name, sections) in continued { parameters[name] = sections.sorted { $0.0 < $1.0 }.map(\.1).joined() }
        self.parameters = parameters
    }

    /// `text/plain`.
    var mimeType: String { "\(type)/\(subtype)" }

    /// A parameter by name, case-insensitive.
    subscript(_ name: String) -> String? { parameters[name.lowercased()] }

    private static func splitParameters(_ value: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for c in value {
            if escaped { current.append(c); escaped = false; continue }
            if c == "\\" && quoted { current.append(c); escaped = true; continue }
            if c == "\"" { quoted.toggle() }
            if c == ";" && !quoted {
                pieces.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(c)
            }
        }
        pieces.append(current.trimmingCharacters(in: .whitespaces))
        return pieces.filter { !$0.isEmpty }
    }

    /// RFC 2231 `charset'language'percent-encoded` (or a plain percent-encoded continuation).
    private static func decodeExtended(_ value: String) -> String {
        let parts = value.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        let charset = parts.count == 3 ? String(parts[0]) : "utf-8"
        let encoded = parts.count == 3 ? String(parts[2]) : value
        var bytes: [UInt8] = []
        var iterator = Array(encoded.utf8).makeIterator()
        while let b = iterator.next() {
            if b == UInt8(ascii: "%"), let h = iterator.next(), let l = iterator.next(), let v = UInt8(String(bytes: [h, l], encoding: .ascii) ?? "", radix: 16) {
                bytes.append(v)
            } else {
                bytes.append(b)
            }
        }
        return Charset.decode(bytes, charset: charset)
    }
}
