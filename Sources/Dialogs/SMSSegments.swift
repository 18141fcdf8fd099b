/// How a text travels as SMS: its encoding, its length in code units and how many segments it takes.
public struct SMSSegments: Hashable, Sendable, CustomStringConvertible {
    /// The two SMS alphabets.
    public enum Encoding: String, Sendable {
        /// The GSM 03.38 7-bit alphabet: 160 characters in one segment, 153 per segment when split.
        case gsm7 = "GSM-7"
        /// UTF-16 code units: 70 in one segment, 67 per segment when split.
        case ucs2 = "UCS-2"
    }

    /// The alphabet the whole message needs (one character outside GSM-7 makes it all UCS-2).
    public let encoding: Encoding
    /// Length in septets (GSM-7, extension characters count 2) or UTF-16 units (UCS-2, an emoji counts 2).
    public let units: Int
    /// How many segments the provider sends and bills.
    public let segments: Int

    /// Counts `text`.
    public init(_ text: String) {
        var septets: [Int] = []
        var gsm = true
        for scalar in text.unicodeScalars {
            if SMSSegments.basic.contains(scalar) { septets.append(1) }
            else if SMSSegments.extended.contains(scalar) { septets.append(2) }
            else { gsm = false; break }
        }
        if gsm {
            encoding = .gsm7
            units = septets.reduce(0, +)
            segments = SMSSegments.pack(septets, single: 160, perPart: 153)
        } else {
            encoding = .ucs2
            // A surrogate pair (an emoji) is 2 units and is never split across segments.
            let pieces = text.unicodeScalars.map { $0.utf16.count }
            units = pieces.reduce(0, +)
            segments = SMSSegments.pack(pieces, single: 70, perPart: 67)
        }
    }

    /// `2 segments, GSM-7, 187 characters`.
    public var description: String {
        "\(segments) segment\(segments == 1 ? "" : "s"), \(encoding.rawValue), \(units) \(encoding == .gsm7 ? "characters" : "UTF-16 units")"
    }

    /// Segments needed, keeping each multi-unit piece (an escape pair, a surrogate pair) whole.
    private static func pack(_ pieces: [Int], single: Int, perPart: Int) -> Int {
        let total = pieces.reduce(0, +)
        if total <= single { return 1 }
        var parts = 1, used = 0
        for p in pieces {
            if used + p > perPart { parts += 1; used = 0 }
            used += p
        }
        return parts
    }

    /// The GSM 03.38 basic character set.
    static let basic: Set<Unicode.Scalar> = {
        let chars = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
        return Set(chars.unicodeScalars)
    }()

    /// The GSM 03.38 extension table: each costs an escape plus itself.
    static let extended: Set<Unicode.Scalar> = Set("^{}\\[~]|€\u{0C}".unicodeScalars)

    /// Whether every character of `text` is in GSM-7 (basic or extension).
    public static func isGSM7(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { basic.contains($0) || extended.contains($0) }
    }

    /// The characters of `text` outside GSM-7, each once, in order of appearance.
    public static func nonGSM7Characters(in text: String) -> [Character] {
        var seen: [Character] = []
        for ch in text where !ch.unicodeScalars.allSatisfy({ basic.contains($0) || extended.contains($0) }) && !seen.contains(ch) {
            seen.append(ch)
        }
        return seen
    }
}
