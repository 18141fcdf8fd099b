import Foundation

/// One piece of a normalised reply.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case word
        /// Digits; `value` holds the number.
        case number
        /// Two or three numbers joined by one separator: "16:00", "4.30", "23/11", "23/11/2026".
        case compound(separator: Character, parts: [Int], widths: [Int])
        case punctuation
        /// An emoji or symbol.
        case symbol
    }
    var text: String
    var kind: Kind
    var value: Int = 0
    /// Written against the token before it, with no space: the "ª" of "3ª", the "rd" of "23rd", not the "a" of "3 a 5".
    var glued = false
    /// Read as a vocabulary word only by typo correction (set by `Language.items`).
    var corrected = false

    /// A pictograph (😩, 👍, ☺), not a currency or other sign ("£", "€", "%").
    var isEmoji: Bool { kind == .symbol && (text.unicodeScalars.first?.value ?? 0) >= 0x2190 }
}

/// Turns raw text into tokens: NFKC, lower case, look-alike letters fixed to the word's script,
/// apostrophes dropped, numbers kept whole. Accent folding is the language's business (`Language.fold`).
struct Normaliser: Sendable {
    /// Latin letter → Cyrillic letter that looks the same (from the Cyrillic languages' files).
    let toCyrillic: [Unicode.Scalar: Unicode.Scalar]
    /// The reverse table.
    let toLatin: [Unicode.Scalar: Unicode.Scalar]

    init(lookalikes: [Unicode.Scalar: Unicode.Scalar]) {
        toCyrillic = lookalikes
        var rev: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (l, c) in lookalikes where rev[c] == nil { rev[c] = l }
        toLatin = rev
    }

    static let punctuation: Set<Unicode.Scalar> = ["?", "!", ",", ".", ";", ":", "#", "@", "-", "/", "&", "(", ")", "+", "¿", "¡", "…", "\"", "*", "=", "~", "–", "—"]
    static let apostrophes: Set<Unicode.Scalar> = ["'", "’", "‘", "ʼ", "`", "´"]
    static let ignorable: Set<Unicode.Scalar> = ["\u{FE0F}", "\u{FE0E}", "\u{200D}", "\u{200B}"]

    @inline(__always) static func isCyrillic(_ s: Unicode.Scalar) -> Bool { (0x0400...0x052F).contains(s.value) }
    @inline(__always) static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
        (0x61...0x7A).contains(s.value) || (0xC0...0x24F).contains(s.value)
    }

    /// Lower-cases and NFKC-normalises; ASCII text takes a fast path.
    static func prepare(_ text: String) -> String {
        var ascii = true
        for b in text.utf8 where b >= 0x80 { ascii = false; break }
        if ascii { return text.lowercased() }
        return text.precomposedStringWithCompatibilityMapping.lowercased()
    }

    func tokenize(_ raw: String) -> [Token] {
        let text = Normaliser.prepare(raw)
        var tokens: [Token] = []
        tokens.reserveCapacity(12)
        var word = String.UnicodeScalarView()
        var wordIsDigits = true
        var scalars = Array(text.unicodeScalars)
        scalars.append(" ")
        // Whether whitespace came since the last token, and whether the word being read started against one.
        var gap = true, wordGlued = false
        func append(_ token: Token, glued: Bool) {
            var t = token
            t.glued = glued && !tokens.isEmpty
            tokens.append(t)
            gap = false
        }
        func flushWord() {
            guard !word.isEmpty else { return }
            if wordIsDigits {
                let s = String(word)
                append(Token(text: s, kind: .number, value: Int(s.prefix(9)) ?? 0), glued: wordGlued)
            } else {
                append(Token(text: fixScript(word), kind: .word), glued: wordGlued)
            }
            word = String.UnicodeScalarView()
            wordIsDigits = true
        }
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            let isDigit = (0x30...0x39).contains(s.value)
            if isDigit {
                // A number; maybe "16:00", "4.30", "23/11", "23/11/2026".
                if !word.isEmpty && !wordIsDigits { flushWord() }
                var j = i
                var parts: [Int] = []
                var widths: [Int] = []
                var sep: Unicode.Scalar? = nil
                while true {
                    var k = j
                    var n = 0
                    while k < scalars.count, (0x30...0x39).contains(scalars[k].value), k - j < 9 {
                        n = n * 10 + Int(scalars[k].value - 0x30); k += 1
                    }
                    while k < scalars.count, (0x30...0x39).contains(scalars[k].value) { k += 1 }
                    parts.append(n); widths.append(k - j)
                    j = k
                    // "16:00", "4.30", "23/11", "16h30", and Dutch "15u30".
                    if j + 1 < scalars.count, [":", ".", "/", "h", "u"].contains(scalars[j]),
                       (0x30...0x39).contains(scalars[j + 1].value), parts.count < 3,
                       sep == nil || sep == scalars[j] {
                        sep = scalars[j]; j += 1
                        continue
                    }
                    break
                }
                if parts.count == 1 {
                    append(Token(text: String(String.UnicodeScalarView(scalars[i..<j])), kind: .number, value: parts[0]), glued: !gap)
                } else {
                    append(Token(text: String(String.UnicodeScalarView(scalars[i..<j])),
                                 kind: .compound(separator: Character(sep!), parts: parts, widths: widths)), glued: !gap)
                }
                i = j
                continue
            }
            // Variation selectors and joiners first: U+FE0F is a nonspacing mark, and "2️⃣" is a keycap 2, not "2" and a word.
            if s.value >= 0x200B, Normaliser.ignorable.contains(s) { i += 1; continue }
            if Self.isWordScalar(s) {
                if wordIsDigits && !word.isEmpty { flushWord() }
                if word.isEmpty { wordGlued = !gap }
                wordIsDigits = false
                word.append(s)
                i += 1
                continue
            }
            if Normaliser.apostrophes.contains(s) { i += 1; continue }
            if s == "-", !word.isEmpty, !wordIsDigits, i + 1 < scalars.count, Self.isWordScalar(scalars[i + 1]) {
                i += 1; continue  // "re-book" is "rebook"
            }
            flushWord()
            // A line break ends a sentence: chat replies are written as several short messages ("thurs no good\nnext week?").
            if s == "\n" || s == "\u{2028}", let last = tokens.last, last.kind != .punctuation {
                append(Token(text: ".", kind: .punctuation), glued: false)
            }
            if s.value <= 0x20 || s.value >= 0x80 && s.properties.isWhitespace { gap = true; i += 1; continue }
            if Normaliser.punctuation.contains(s) {
                append(Token(text: String(s), kind: .punctuation), glued: !gap)
            } else if s.properties.isEmoji || s.properties.generalCategory == .otherSymbol || s.properties.generalCategory == .mathSymbol {
                if (0x1F3FB...0x1F3FF).contains(s.value) { i += 1; continue } // skin tones
                append(Token(text: String(s), kind: .symbol), glued: !gap)
            } else {
                append(Token(text: String(s), kind: .punctuation), glued: !gap)
            }
            i += 1
        }
        _ = scalars.removeLast()
        return tokens
    }

    /// A letter or a mark written on one: part of a word. ASCII is answered without the Unicode tables (most replies are
    /// mostly ASCII, and the table lookup was a twentieth of reading a reply).
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return (0x61...0x7A).contains(s.value) || (0x41...0x5A).contains(s.value) }
        return s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
    }

    /// A word mixing Latin and Cyrillic letters is written in its majority script.
    private func fixScript(_ word: String.UnicodeScalarView) -> String {
        guard !toCyrillic.isEmpty else { return String(word) }
        var cyr = 0, lat = 0
        for s in word {
            if Normaliser.isCyrillic(s) { cyr += 1 } else if Normaliser.isLatinLetter(s) { lat += 1 }
        }
        if cyr == 0 || lat == 0 { return String(word) }
        var out = String.UnicodeScalarView()
        if cyr >= lat {
            for s in word { out.append(Normaliser.isCyrillic(s) ? s : (toCyrillic[s] ?? s)) }
        } else {
            for s in word { out.append(Normaliser.isCyrillic(s) ? (toLatin[s] ?? s) : s) }
        }
        return String(out)
    }
}
