import BookingCore

/// A phone number as a client types it on the booking page, read as E.164: international forms as they are, and a national
/// form (`07700 900123`) in the country of the location's own phone number (`+44 20 7946 0000`).
enum PhoneEntry {
    /// Calling codes of two digits (the rest of the world's are one digit, 1 and 7, or three).
    static let twoDigitCodes: Set<String> = ["20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48",
                                             "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65", "66",
                                             "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98"]

    /// The calling code of an E.164 number (`44` of `+442079460000`).
    static func callingCode(_ e164: String) -> String? {
        guard e164.hasPrefix("+"), e164.count > 4 else { return nil }
        let digits = e164.dropFirst()
        if digits.hasPrefix("1") || digits.hasPrefix("7") { return String(digits.prefix(1)) }
        if twoDigitCodes.contains(String(digits.prefix(2))) { return String(digits.prefix(2)) }
        return String(digits.prefix(3))
    }

    /// `typed` as E.164, reading a national number in `home`'s country; nil when it is no phone number.
    static func read(_ typed: String, home: String?) -> String? {
        let kept = typed.filter { $0.isNumber || $0 == "+" }
        guard !kept.isEmpty, kept.count <= 20 else { return nil }
        if kept.hasPrefix("+") { return ContactAddress.normalizedPhone(kept) }
        if kept.hasPrefix("00") { return ContactAddress.normalizedPhone("+" + kept.dropFirst(2)) }
        guard let home = home.flatMap(ContactAddress.normalizedPhone), let code = callingCode(home) else { return nil }
        // The trunk prefix of a national number goes: 0 in most of the world, 8 in Russia and Kazakhstan, 1 in North America.
        let trunk: Character = code == "7" ? "8" : code == "1" ? "1" : "0"
        let national = kept.first == trunk && (trunk == "0" || kept.count == 11) ? String(kept.dropFirst()) : kept
        return ContactAddress.normalizedPhone("+" + code + national)
    }
}
