import Foundation

/// MIME content transfer encodings (RFC 2045): quoted-printable and base64, both ways.
/// Encoders write CRLF lines of at most 76 characters; decoders are lenient, as mail in the wild needs.
enum TransferEncoding {
    /// Quoted-printable: printable ASCII stays readable, everything else is `=XX`, lines break softly with `=`.
    static func quotedPrintable(_ text: String) -> String {
        var out = ""
        let lines = normalizedLines(text)
        for (index, line) in lines.enumerated() {
            var current = ""
            let bytes = Array(line.utf8)
            for (i, byte) in bytes.enumerated() {
                let isLast = i == bytes.count - 1
                let token: String
                switch byte {
                case UInt8(ascii: " "), UInt8(ascii: "\t"):
                    // Whitespace at the end of a line would be stripped in transit: encode it there.
                    token = isLast ? hexEscape(byte) : String(UnicodeScalar(byte))
                case 33...60, 62...126:
                    token = String(UnicodeScalar(byte))
                default:
                    token = hexEscape(byte)
                }
                // 75 characters plus the soft break's "=" keeps every line within 76.
                if current.utf8.count + token.utf8.count > (isLast ? 76 : 75) {
                    out += current + "=\r\n"
                    current = ""
                }
                current += token
            }
            out += current
            if index < lines.count - 1 { out += "\r\n" }
        }
        return out
    }

    private static func hexEscape(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "=" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }

    /// The text's lines, whatever its line endings (CRLF, LF or CR).
    static func normalizedLines(_ text: String) -> [Substring] {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Base64 in CRLF lines of 76 characters.
    static func base64Lines(_ bytes: [UInt8]) -> String {
        let encoded = Data(bytes).base64EncodedString()
        var lines: [Substring] = []
        var start = encoded.startIndex
        while start < encoded.endIndex {
            let end = encoded.index(start, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(encoded[start..<end])
            start = end
        }
        return lines.joined(separator: "\r\n")
    }

    /// Decodes quoted-printable bytes: `=XX` escapes, soft line breaks (`=` at a line's end), trailing
    /// whitespace dropped; a malformed `=` is kept as it is.
    static func decodeQuotedPrintable(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        // Work line by line so trailing whitespace (added in transit) can be removed before decoding.
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for i in bytes.indices where bytes[i] == UInt8(ascii: "\n") {
            lines.append(bytes[start..<i])
            start = i + 1
        }
        lines.append(bytes[start...])
        for (index, rawLine) in lines.enumerated() {
            var line = rawLine
            while let last = line.last, last == UInt8(ascii: "\r") || last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { line = line.dropLast() }
            var soft = false
            var i = line.startIndex
            while i < line.endIndex {
                let byte = line[i]
                if byte == UInt8(ascii: "=") {
                    if i + 1 == line.endIndex { soft = true; break }
                    if i + 2 < line.endIndex, let high = hexValue(line[i + 1]), let low = hexValue(line[i + 2]) {
                        out.append(high << 4 | low)
                        i += 3
                        continue
                    }
                }
                out.append(byte)
                i += 1
            }
            if !soft && index < lines.count - 1 { out.append(contentsOf: [UInt8(ascii: "\r"), UInt8(ascii: "\n")]) }
        }
        return out
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }

    /// Decodes base64, skipping line breaks and anything outside the alphabet; stops at the padding.
    static func decodeBase64(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 3 / 4)
        var buffer: UInt32 = 0
        var bits = 0
        for byte in bytes {
            let value: UInt32
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): value = UInt32(byte - UInt8(ascii: "A"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): value = UInt32(byte - UInt8(ascii: "a") + 26)
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = UInt32(byte - UInt8(ascii: "0") + 52)
            case UInt8(ascii: "+"), UInt8(ascii: "-"): value = 62
            case UInt8(ascii: "/"), UInt8(ascii: "_"): value = 63
            case UInt8(ascii: "="): return out
            default: continue
            }
            buffer = buffer << 6 | value
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
            }
        }
        return out
    }
}
