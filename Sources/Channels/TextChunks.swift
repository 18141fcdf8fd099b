import Foundation

/// Splitting a long message into pieces a messenger accepts (Telegram: 4096 characters, WhatsApp text: 4096), at the
/// most natural break that fits: a blank line, else a line end, else a space, else anywhere between two characters.
public enum TextChunks {
    /// The pieces of `text`, each at most `limit` UTF-16 code units (the unit Telegram counts in), none empty.
    public static func split(_ text: String, limit: Int) -> [String] {
        precondition(limit > 0, "a limit must be positive")
        var pieces: [String] = []
        var rest = Substring(text)
        while rest.utf16.count > limit {
            // The longest prefix within the limit, ending on a character boundary.
            var end = rest.startIndex
            var units = 0
            for index in rest.indices {
                let next = rest.index(after: index)
                let width = rest[index..<next].utf16.count
                if units + width > limit { break }
                units += width
                end = next
            }
            if end == rest.startIndex { end = rest.index(after: rest.startIndex) }  // one character wider than the limit: send it alone
            let window = rest[rest.startIndex..<end]
            let cut = breakPoint(in: window) ?? end
            let piece = rest[rest.startIndex..<cut].trimmingTrailingWhitespace()
            if !piece.isEmpty { pieces.append(String(piece)) }
            rest = rest[cut...].drop { $0 == " " || $0 == "\n" }
        }
        let last = rest.trimmingTrailingWhitespace()
        if !last.isEmpty || pieces.isEmpty { pieces.append(String(last)) }
        return pieces
    }

    /// Where to cut within `window`: after the last blank line, line end or space in its second half.
    static func breakPoint(in window: Substring) -> Substring.Index? {
        let half = window.index(window.startIndex, offsetBy: window.count / 2)
        for separator in ["\n\n", "\n", " "] {
            if let range = window[half...].range(of: separator, options: .backwards) { return range.upperBound }
        }
        return nil
    }
}

extension Substring {
    fileprivate func trimmingTrailingWhitespace() -> Substring {
        var s = self
        while let last = s.last, last == " " || last == "\n" { s = s.dropLast() }
        return s
    }
}
