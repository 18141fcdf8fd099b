import Foundation

/// RFC 2047 encoded-words: non-ASCII text in mail headers (`=?UTF-8?B?…?=`), both ways.
enum EncodedWord {
    /// Bytes of UTF-8 per encoded-word: 56 base64 characters, so `Subject: ` and one word stay within 78 columns.
    private static let chunk = 42

    /// A header value as it may be written: unchanged when it is plain ASCII, else base64 encoded-words of
    /// whole characters, folded onto continuation lines.
    static func encode(_ text: String) -> String {
        let clean = text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        if clean.unicodeScalars.allSatisfy({ $0.isASCII && ($0.value >= 32 || $0 == "\t") }) && !clean.contains("=?") {
            return clean
        }
        var words: [String] = []
        var bytes: [UInt8] = []
        for character in clean {
            let encoded = Array(String(character).utf8)
            if bytes.count + encoded.count > chunk, !bytes.isEmpty {
                words.append(word(bytes))
                bytes = []
            }
            bytes += encoded
        }
        if !bytes.isEmpty { words.append(word(bytes)) }
        return words.joined(separator: "\r\n ")
    }

    private static func word(_ bytes: [UInt8]) -> String { "=?UTF-8?B?" + Data(bytes).base64EncodedString() + "?=" }

    /// A display name as a header phrase: encoded-words when non-ASCII, quoted when it holds specials, else as it is.
    static func phrase(_ name: String) -> String {
        let clean = name.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        guard clean.unicodeScalars.allSatisfy(\.isASCII) else { return encode(clean) }
        let specials = CharacterSet(charactersIn: "()<>[]:;@\\,.\"")
        guard clean.unicodeScalars.contains(where: specials.contains) else { return clean }
        return "\"" + clean.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// A header value with its encoded-words decoded; whitespace between two adjacent encoded-words is dropped,
    /// and a character split across adjacent words of one charset is put back together.
    static func decode(_ value: String) -> String {
        let scalars = Array(value.unicodeScalars)
        var out = String.UnicodeScalarView()
        var pendingBytes: [UInt8] = []
        var pendingCharset = ""
        var whitespace = String.UnicodeScalarView()
        var afterWord = false

        func flush() {
            guard !pendingBytes.isEmpty else { return }
            out.append(contentsOf: Charset.decode(pendingBytes, charset: pendingCharset).unicodeScalars)
            pendingBytes = []
        }

        var i = 0
        while i < scalars.count {
            if scalars[i] == "=", i + 1 < scalars.count, scalars[i + 1] == "?", let word = parseWord(scalars, from: i) {
                let (charset, bytes, next) = word
                if !afterWord { flush(); out.append(contentsOf: whitespace) }
                whitespace = String.UnicodeScalarView()
                if charset != pendingCharset { flush() }
                pendingCharset = charset
                pendingBytes += bytes
                afterWord = true
                i = next
                continue
            }
            if scalars[i] == " " || scalars[i] == "\t" {
                whitespace.append(scalars[i])
            } else {
                flush()
                out.append(contentsOf: whitespace)
                whitespace = String.UnicodeScalarView()
                out.append(scalars[i])
                afterWord = false
            }
            i += 1
        }
        flush()
        out.append(contentsOf: whitespace)
        return String(out)
    }

    /// `=?charset?B|Q?text?=` starting at `start`: its charset (language suffix dropped), bytes and where it ends.
    private static func parseWord(_ s: [Unicode.Scalar], from start: Int) -> (String, [UInt8], Int)? {
        var i = start + 2
        var charset = ""
        while i < s.count, s[i] != "?" {
            guard s[i].isASCII, s[i] != " " else { return nil }
            charset.unicodeScalars.append(s[i])
            i += 1
        }
        guard i + 2 < s.count, !charset.isEmpty, s[i + 2] == "?" else { return nil }
        let mode = Character(s[i + 1]).uppercased()
        guard mode == "B" || mode == "Q" else { return nil }
        i += 3
        var text: [UInt8] = []
        while i + 1 < s.count, !(s[i] == "?" && s[i + 1] == "=") {
            guard s[i].isASCII, s[i] != " ", s[i] != "\t" else { return nil }
            text.append(UInt8(s[i].value))
            i += 1
        }
        guard i + 1 < s.count else { return nil }
        if let star = charset.firstIndex(of: "*") { charset = String(charset[..<star]) }
        let bytes: [UInt8]
        if mode == "B" {
            bytes = TransferEncoding.decodeBase64(text)
        } else {
            bytes = TransferEncoding.decodeQuotedPrintable(text.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: " ") : $0 })
        }
        return (charset.lowercased(), bytes, i + 2)
    }
}
