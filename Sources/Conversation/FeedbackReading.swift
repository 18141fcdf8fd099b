import Foundation

/// A rating in a client's answer to "how was your visit?": `5`, `4/5`, `3 out of 5`, `5 stars`, `⭐⭐⭐⭐`, `5!`. Pure.
public enum FeedbackReading {
    /// The score 1–5 the text gives, nil when it gives none (free words only, or a number that is not a rating).
    public static func score(_ text: String) -> Int? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let stars = t.filter { $0 == "⭐" || $0 == "★" }.count
        if stars > 0, t.allSatisfy({ $0 == "⭐" || $0 == "★" || $0.isWhitespace || $0 == "\u{FE0F}" }) { return (1...5).contains(stars) ? stars : nil }
        // A lone digit 1-5 first, then nothing, a scale ("/5", "out of 5", "stars"), or a separator before the client's words
        // ("2/5 - the room was cold", "5! loved it"). "2 people next time" is not a rating.
        let digits = t.prefix { $0.isNumber }
        guard digits.count == 1, let n = Int(digits), (1...5).contains(n) else { return nil }
        var rest = Substring(t.dropFirst(1).lowercased()).drop { $0 == " " }
        for scale in ["/ 5", "/5", "out of 5", "of 5", "de 5", "из 5", "stars", "star", "estrellas", "звёзд", "звезды", "звезд"] where rest.hasPrefix(scale) {
            rest = rest.dropFirst(scale.count)
            break
        }
        rest = rest.drop { $0 == " " || $0 == "⭐" || $0 == "★" || $0 == "\u{FE0F}" }
        guard let first = rest.first else { return n }
        return "-–—:,.!)*;".contains(first) ? n : nil
    }
}
