import Foundation

/// Reading the IMAP server's answers that libcurl passes through untouched (RFC 3501 §7).
enum IMAPResponse {
    /// The UIDs of `* SEARCH 3 7 12` lines, in order; other lines are ignored.
    static func searchUIDs(_ output: [UInt8]) -> [UInt32] {
        var uids: [UInt32] = []
        for line in String(decoding: output, as: UTF8.self).split(whereSeparator: \.isNewline) {
            let words = line.split(separator: " ")
            guard words.count >= 2, words[0] == "*", words[1].uppercased() == "SEARCH" else { continue }
            uids += words.dropFirst(2).compactMap { UInt32($0.trimmingCharacters(in: .whitespaces)) }
        }
        return uids
    }

    /// What a `UID FETCH n BODY.PEEK[]` brought back.
    enum Fetched: Equatable {
        /// The message's bytes.
        case message([UInt8])
        /// No FETCH response: the message is gone (deleted meanwhile by another mail program).
        case gone
        /// A literal shorter than announced: the session lost its place.
        case truncated
    }

    /// The message literal of a `* n FETCH (… BODY[] {size}` response in the server's transcript: the `size` bytes that
    /// follow the line.
    static func fetchedMessage(_ transcript: [UInt8]) -> Fetched {
        var lineStart = 0
        while lineStart < transcript.count {
            var lineEnd = lineStart
            while lineEnd < transcript.count, transcript[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            guard lineEnd < transcript.count else { return .gone }
            var content = transcript[lineStart..<lineEnd]
            if content.last == 13 { content = content.dropLast() }
            if let size = literalSize(content) {
                let start = lineEnd + 1
                guard transcript.count - start >= size else { return .truncated }
                return .message(Array(transcript[start..<(start + size)]))
            }
            lineStart = lineEnd + 1
        }
        return .gone
    }

    /// `{1234}` at the end of an untagged FETCH line that carries a message body.
    private static func literalSize(_ line: ArraySlice<UInt8>) -> Int? {
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("* "), text.uppercased().contains(" FETCH "), text.uppercased().contains("BODY["),
              text.hasSuffix("}"), let open = text.lastIndex(of: "{") else { return nil }
        var digits = text[text.index(after: open)..<text.index(before: text.endIndex)]
        if digits.hasSuffix("+") { digits = digits.dropLast() }  // LITERAL+ (RFC 7888)
        return Int(digits)
    }
}
