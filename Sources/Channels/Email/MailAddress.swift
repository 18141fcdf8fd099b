import BookingCore
import Foundation

/// An e-mail address with its optional display name: `Soho Spa <bookings@spa.example.com>`.
public struct MailAddress: Hashable, Sendable, CustomStringConvertible {
    /// The display name, decoded (`Soho Spa`, `Ольга`), when there is one.
    public var name: String?
    /// The address itself, `bookings@spa.example.com`.
    public var address: String

    /// An address; an empty name counts as none.
    public init(name: String? = nil, address: String) {
        self.name = name.flatMap { $0.isEmpty ? nil : $0 }
        self.address = address
    }

    /// The part after the `@`.
    public var domain: String { address.split(separator: "@").last.map(String.init) ?? address }

    /// As written in a header: the name as a phrase (quoted or encoded as needed) and the address in angle brackets.
    public var header: String {
        guard let name else { return address }
        return "\(EncodedWord.phrase(name)) <\(address)>"
    }

    /// As written in a header.
    public var description: String { header }

    /// Reads the first address of a header value: `Name <a@b>`, `"Last, First" <a@b>`, `<a@b>`, `a@b (Name)`, `a@b`,
    /// with encoded-word names. Nil when no plausible address is there.
    public static func parse(_ value: String) -> MailAddress? {
        let text = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if let open = lastUnquoted("<", in: text), let close = text[open...].firstIndex(of: ">") {
            let address = text[text.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            guard isPlausible(address) else { return nil }
            return MailAddress(name: unquotePhrase(String(text[..<open])), address: address)
        }
        // `a@b (Name)` or a bare address; a list takes its first member.
        let first = text.split(separator: ",").first.map(String.init) ?? text
        var address = first
        var name: String?
        if let open = first.firstIndex(of: "("), let close = first.lastIndex(of: ")"), open < close {
            name = EncodedWord.decode(String(first[first.index(after: open)..<close])).trimmingCharacters(in: .whitespaces)
            address = String(first[..<open])
        }
        address = address.trimmingCharacters(in: .whitespaces)
        guard isPlausible(address) else { return nil }
        return MailAddress(name: name, address: address)
    }

    /// One `@`, a dotted domain, nothing that could break out of a header or an SMTP command.
    public static func isPlausible(_ address: String) -> Bool {
        ContactAddress.isEmail(address) && !address.contains(where: { "<>()[],;:\"\\\r\n\t".contains($0) || $0.isWhitespace })
    }

    private static func lastUnquoted(_ target: Character, in text: String) -> String.Index? {
        var quoted = false
        var found: String.Index?
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c == "\\" && quoted {
                i = text.index(after: i)
                if i < text.endIndex { i = text.index(after: i) }
                continue
            }
            if c == "\"" { quoted.toggle() } else if c == target && !quoted { found = i }
            i = text.index(after: i)
        }
        return found
    }

    private static func unquotePhrase(_ phrase: String) -> String? {
        var text = phrase.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("\""), text.hasSuffix("\""), text.count >= 2 {
            text = String(text.dropFirst().dropLast())
            var out = ""
            var escaped = false
            for c in text {
                if escaped { out.append(c); escaped = false } else if c == "\\" { escaped = true } else { out.append(c) }
            }
            text = out
        }
        let decoded = EncodedWord.decode(text).trimmingCharacters(in: .whitespaces)
        return decoded.isEmpty ? nil : decoded
    }
}
