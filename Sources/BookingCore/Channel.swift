import Foundation

/// A way of reaching a person.
public enum Channel: String, CaseIterable, Sendable, Codable, Hashable, CodingKeyRepresentable {
    case sms, whatsapp, telegram, email, simulator
}

/// Checks addresses for each channel.
public enum ContactAddress {
    /// E.164: a plus sign and 8 to 15 digits, the first not zero.
    public static func isE164(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard u.count >= 9, u.count <= 16, u.first == UInt8(ascii: "+"), u[1] != UInt8(ascii: "0") else { return false }
        return u.dropFirst().allSatisfy { (48...57).contains($0) }
    }

    /// Turns `+44 7700 900-123` or `+44 (0)7700 900123`-free variants into `+447700900123`; nil if not E.164 after that.
    public static func normalizedPhone(_ s: String) -> String? {
        let kept = s.filter { !" -().\u{00A0}".contains($0) }
        return isE164(kept) ? kept : nil
    }

    /// A plausible e-mail address: one `@`, a non-empty local part and a dotted domain, no spaces.
    public static func isEmail(_ s: String) -> Bool {
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !s.contains(" ") else { return false }
        let domain = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return domain.count >= 2 && domain.allSatisfy { !$0.isEmpty }
    }

    /// Validates an address for `channel`; returns the normalised address or a reason.
    public static func validate(_ address: String, for channel: Channel) -> Result<String, AddressProblem> {
        let trimmed = address.trimmingCharacters(in: .whitespaces)
        switch channel {
        case .sms:
            guard let phone = normalizedPhone(trimmed) else { return .failure(.notE164(trimmed)) }
            return .success(phone)
        case .whatsapp:
            // WhatsApp ids are the number's digits without the plus sign.
            let digits = trimmed.hasPrefix("+") ? String(trimmed.dropFirst()) : trimmed
            guard let phone = normalizedPhone("+" + digits) else { return .failure(.notE164(trimmed)) }
            return .success(String(phone.dropFirst()))
        case .telegram:
            guard let id = Int64(trimmed), id != 0 else { return .failure(.notTelegramChat(trimmed)) }
            return .success(String(id))
        case .email:
            guard isEmail(trimmed) else { return .failure(.notEmail(trimmed)) }
            return .success(trimmed.lowercased())
        case .simulator:
            guard !trimmed.isEmpty else { return .failure(.empty) }
            return .success(trimmed)
        }
    }
}

/// Why an address is not usable.
public enum AddressProblem: Error, Equatable, Sendable, CustomStringConvertible {
    case notE164(String), notTelegramChat(String), notEmail(String), empty

    public var description: String {
        switch self {
        case .notE164(let s): "\"\(s)\" is not an international phone number (expected + and 8-15 digits, e.g. +447700900123)"
        case .notTelegramChat(let s): "\"\(s)\" is not a Telegram chat id (expected a number such as 123456789)"
        case .notEmail(let s): "\"\(s)\" is not an e-mail address"
        case .empty: "the address is empty"
        }
    }
}
