import Foundation

/// A message or one part of it (RFC 2045/2046): headers, the raw body, and the parts of a multipart body.
struct MIMEPart: Sendable, Hashable {
    var headers: MailHeaders
    /// The body as it arrived, still transfer-encoded.
    var body: [UInt8]
    /// The parts of a multipart body, in order; empty otherwise.
    var parts: [MIMEPart]

    /// How deep multiparts may nest before the rest is left unparsed: real mail stays within a handful.
    private static let maxDepth = 12

    /// Parses raw message bytes (CRLF or LF line endings).
    init(parsing bytes: [UInt8]) { self.init(parsing: bytes[...], depth: 0) }

    private init(parsing bytes: ArraySlice<UInt8>, depth: Int) {
        let (headerBytes, bodyBytes) = Self.splitHeader(bytes)
        headers = MailHeaders(parsing: Charset.decode(Array(headerBytes), charset: "utf-8"))
        body = Array(bodyBytes)
        let type = headers.contentType
        if type.type == "multipart", let boundary = type["boundary"], !boundary.isEmpty, depth < Self.maxDepth {
            parts = Self.split(body, boundary: boundary).map { MIMEPart(parsing: $0, depth: depth + 1) }
        } else if type.mimeType == "message/rfc822", depth < Self.maxDepth {
            // An attached message (a bounce's copy of the original) is one part holding a whole message.
            parts = [MIMEPart(parsing: Self.decode(body, headers.transferEncoding)[...], depth: depth + 1)]
        } else {
            parts = []
        }
    }

    /// Headers end at the first empty line; a message with none is all headers.
    private static func splitHeader(_ bytes: ArraySlice<UInt8>) -> (ArraySlice<UInt8>, ArraySlice<UInt8>) {
        var i = bytes.startIndex
        // A part that starts with an empty line has no headers.
        if bytes.first == UInt8(ascii: "\n") { return (bytes[i..<i], bytes.dropFirst()) }
        if bytes.starts(with: [13, 10]) { return (bytes[i..<i], bytes.dropFirst(2)) }
        while i < bytes.endIndex {
            if bytes[i] == UInt8(ascii: "\n") {
                let next = bytes.index(after: i)
                if next < bytes.endIndex, bytes[next] == UInt8(ascii: "\n") { return (bytes[..<i], bytes[(next + 1)...]) }
                if next + 1 < bytes.endIndex, bytes[next] == 13, bytes[next + 1] == 10 { return (bytes[..<i], bytes[(next + 2)...]) }
            }
            i += 1
        }
        return (bytes, bytes[bytes.endIndex...])
    }

    /// The parts between `--boundary` lines, up to `--boundary--`; the line break before a delimiter belongs to it.
    private static func split(_ body: [UInt8], boundary: String) -> [ArraySlice<UInt8>] {
        let delimiter = Array(("--" + boundary).utf8)
        var parts: [ArraySlice<UInt8>] = []
        var partStart: Int?
        var lineStart = 0
        while lineStart < body.count {
            var lineEnd = lineStart
            while lineEnd < body.count, body[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let next = min(lineEnd + 1, body.count)
            let line = body[lineStart..<lineEnd]
            if line.starts(with: delimiter) {
                let rest = line.dropFirst(delimiter.count)
                let closing = rest.starts(with: [UInt8(ascii: "-"), UInt8(ascii: "-")])
                let trailer = closing ? rest.dropFirst(2) : rest
                if trailer.allSatisfy({ $0 == 13 || $0 == 32 || $0 == 9 }) {
                    if let start = partStart {
                        // Drop the CRLF (or LF) that precedes the delimiter line.
                        var end = lineStart
                        if end > start, body[end - 1] == UInt8(ascii: "\n") { end -= 1 }
                        if end > start, body[end - 1] == 13 { end -= 1 }
                        parts.append(body[start..<max(start, end)])
                    }
                    if closing { return parts }
                    partStart = next
                }
            }
            lineStart = next
        }
        // A multipart cut short still yields what it had.
        if let start = partStart, start < body.count { parts.append(body[start...]) }
        return parts
    }

    /// The body with its transfer encoding undone.
    var decodedBytes: [UInt8] { Self.decode(body, headers.transferEncoding) }

    private static func decode(_ body: [UInt8], _ encoding: String) -> [UInt8] {
        switch encoding {
        case "base64": TransferEncoding.decodeBase64(body)
        case "quoted-printable": TransferEncoding.decodeQuotedPrintable(body)
        default: body
        }
    }

    /// The body as text in its declared charset, with `format=flowed` lines joined again (RFC 3676).
    var text: String {
        let type = headers.contentType
        let decoded = Charset.decode(decodedBytes, charset: type["charset"])
        guard type["format"]?.lowercased() == "flowed" else { return decoded }
        return Self.unflow(decoded, deleteSpace: type["delsp"]?.lowercased() == "yes")
    }

    /// Joins soft-broken lines of format=flowed text: a line ending in a space continues on the next line of the same quote depth.
    static func unflow(_ text: String, deleteSpace: Bool) -> String {
        var out: [String] = []
        var paragraph: String?
        var paragraphDepth = 0
        for raw in TransferEncoding.normalizedLines(text) {
            var line = Substring(raw)
            var depth = 0
            while line.first == ">" { depth += 1; line = line.dropFirst() }
            if line.first == " " { line = line.dropFirst() }  // space-stuffing
            let isSignature = line == "-- "
            let soft = !isSignature && line.hasSuffix(" ")
            var content = String(line)
            if soft && deleteSpace { content.removeLast() }
            if let open = paragraph, paragraphDepth == depth {
                paragraph = open + content
            } else {
                if let open = paragraph { out.append(String(repeating: ">", count: paragraphDepth) + (paragraphDepth > 0 ? " " : "") + open) }
                paragraph = content
                paragraphDepth = depth
            }
            if !soft {
                out.append(String(repeating: ">", count: depth) + (depth > 0 ? " " : "") + (paragraph ?? ""))
                paragraph = nil
            }
        }
        if let open = paragraph { out.append(String(repeating: ">", count: paragraphDepth) + (paragraphDepth > 0 ? " " : "") + open) }
        return out.joined(separator: "\n")
    }

    /// Every part in depth-first order, this one first.
    var allParts: [MIMEPart] { [self] + parts.flatMap(\.allParts) }

    /// The text a person wrote: the first text/plain that is not an attachment, else the first text/html made plain.
    /// Attached messages (`message/rfc822`) are not looked into.
    var readableText: String? {
        if let plain = firstPart(where: { $0.headers.contentType.mimeType == "text/plain" }) { return plain.text }
        if let html = firstPart(where: { $0.headers.contentType.mimeType == "text/html" }) { return HTMLText.plain(html.text) }
        return nil
    }

    private func firstPart(where matches: (MIMEPart) -> Bool) -> MIMEPart? {
        if headers.isAttachment { return nil }
        let type = headers.contentType
        if type.type == "multipart" {
            for part in parts { if let found = part.firstPart(where: matches) { return found } }
            return nil
        }
        if type.mimeType == "message/rfc822" { return nil }
        return matches(self) ? self : nil
    }
}
