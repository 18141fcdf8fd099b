import Foundation

/// The readable text of an HTML e-mail: tags dropped, block elements as line breaks, entities decoded, and the quoted
/// history clients put in `<blockquote>` (Gmail, Apple Mail, Yandex) or Gmail's `gmail_quote` left out.
enum HTMLText {
    private static let dropped: Set<String> = ["head", "style", "script", "title", "blockquote"]
    private static let breaks: Set<String> = ["br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "table", "ul", "ol"]

    /// Plain text of an HTML document or fragment.
    static func plain(_ html: String) -> String {
        let s = Array(html.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            if s[i] == "<" {
                if starts(s, i, "<!--") {
                    i = find(s, from: i + 4, "-->").map { $0 + 3 } ?? s.count
                    continue
                }
                guard let close = tagEnd(s, from: i) else { out.append(s[i]); i += 1; continue }
                let tag = tagName(s, from: i + 1, to: close)
                let closing = i + 1 < s.count && s[i + 1] == "/"
                if !closing, dropped.contains(tag) || (tag == "div" && isGmailQuote(s, i, close)) {
                    i = skipElement(s, name: tag, after: close + 1)
                    continue
                }
                if breaks.contains(tag) { out.append("\n") }
                i = close + 1
                continue
            }
            if s[i] == "&", let decoded = entity(s, at: i) {
                out.append(contentsOf: decoded.text.unicodeScalars)
                i = decoded.next
                continue
            }
            // Line breaks in the source are spaces in HTML; only tags break lines.
            out.append(s[i] == "\u{00A0}" || s[i] == "\n" || s[i] == "\r" || s[i] == "\t" ? " " : s[i])
            i += 1
        }
        return tidy(String(out))
    }

    /// Whitespace runs within a line become one space, lines are trimmed, and at most one empty line stays between paragraphs.
    private static func tidy(_ text: String) -> String {
        var lines: [String] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
            if line.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    private static func starts(_ s: [Unicode.Scalar], _ i: Int, _ prefix: String) -> Bool {
        let p = Array(prefix.unicodeScalars)
        guard i + p.count <= s.count else { return false }
        for k in p.indices where Character(s[i + k]).lowercased() != Character(p[k]).lowercased() { return false }
        return true
    }

    private static func find(_ s: [Unicode.Scalar], from start: Int, _ needle: String) -> Int? {
        var i = start
        while i < s.count {
            if starts(s, i, needle) { return i }
            i += 1
        }
        return nil
    }

    /// The `>` that ends the tag starting at `start`, skipping quoted attribute values.
    private static func tagEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        var quote: Unicode.Scalar?
        var i = start + 1
        while i < s.count {
            let c = s[i]
            if let q = quote { if c == q { quote = nil } } else if c == "\"" || c == "'" { quote = c } else if c == ">" { return i }
            i += 1
        }
        return nil
    }

    private static func tagName(_ s: [Unicode.Scalar], from start: Int, to end: Int) -> String {
        var i = start
        if i < end, s[i] == "/" { i += 1 }
        var name = ""
        while i < end, s[i].properties.isAlphabetic || ("0"..."9").contains(s[i]) {
            name.unicodeScalars.append(s[i])
            i += 1
        }
        return name.lowercased()
    }

    private static func isGmailQuote(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        let tag = String(String.UnicodeScalarView(s[start...end])).lowercased()
        return tag.contains("gmail_quote") || tag.contains("moz-cite-prefix")
    }

    /// Where the element opened just before `start` ends, counting nested elements of the same name.
    private static func skipElement(_ s: [Unicode.Scalar], name: String, after start: Int) -> Int {
        var depth = 1
        var i = start
        while i < s.count {
            if s[i] == "<", let close = tagEnd(s, from: i) {
                if tagName(s, from: i + 1, to: close) == name, !(close > 0 && s[close - 1] == "/") {
                    depth += s[i + 1] == "/" ? -1 : 1
                    if depth == 0 { return close + 1 }
                }
                i = close + 1
                continue
            }
            i += 1
        }
        return s.count
    }

    private static let named: [String: String] = [
        "nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "hellip": "…", "mdash": "—", "ndash": "–",
        "laquo": "«", "raquo": "»", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "euro": "€", "pound": "£",
        "copy": "©", "reg": "®", "iexcl": "¡", "iquest": "¿", "aacute": "á", "eacute": "é", "iacute": "í", "oacute": "ó",
        "uacute": "ú", "ntilde": "ñ", "Ntilde": "Ñ", "uuml": "ü", "zwnj": "", "zwj": "",
    ]

    /// `&name;`, `&#123;` or `&#x7B;` at `start`: its text and where it ends.
    private static func entity(_ s: [Unicode.Scalar], at start: Int) -> (text: String, next: Int)? {
        var i = start + 1
        var body = ""
        while i < s.count, i - start <= 10, s[i] != ";" {
            body.unicodeScalars.append(s[i])
            i += 1
        }
        guard i < s.count, s[i] == ";", !body.isEmpty else { return nil }
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (String(Character(scalar)), i + 1)
        }
        guard let text = named[body] ?? named[body.lowercased()] else { return nil }
        return (text, i + 1)
    }
}
