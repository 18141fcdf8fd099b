/// An amount of money in integer minor units (pence, cents, kopecks) and an ISO 4217 currency.
public struct Money: Hashable, Sendable, Codable, CustomStringConvertible {
    public var minorUnits: Int64
    /// Three upper-case letters, e.g. `GBP`.
    public var currency: String

    public init(minorUnits: Int64, currency: String) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Whether `code` looks like an ISO 4217 code (three letters A–Z).
    public static func isCurrencyCode(_ code: String) -> Bool {
        code.utf8.count == 3 && code.utf8.allSatisfy { (65...90).contains($0) }
    }

    /// Parses `85.00 GBP`, `85 GBP` or `GBP 85.50`; nil when either part is malformed.
    public init?(text: String) {
        let parts = text.split(separator: " ")
        guard parts.count == 2 else { return nil }
        let (amountText, code) = Money.isCurrencyCode(String(parts[1])) ? (parts[0], parts[1]) : (parts[1], parts[0])
        guard Money.isCurrencyCode(String(code)), let minor = Money.minorUnits(from: amountText) else { return nil }
        self.init(minorUnits: minor, currency: String(code))
    }

    /// `85.00 GBP` for a whole-unit amount of 8500 minor units.
    public var description: String { "\(Money.decimal(minorUnits)) \(currency)" }

    /// `85.00` from 8500.
    public static func decimal(_ minor: Int64) -> String {
        let sign = minor < 0 ? "-" : ""
        let v = minor.magnitude
        let cents = v % 100
        return "\(sign)\(v / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// `12`, `12.5`, `12.50` → minor units; nil for anything else.
    static func minorUnits(from text: Substring) -> Int64? {
        let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(pieces.count), let whole = Int64(pieces[0]), whole >= 0 else { return nil }
        var fraction: Int64 = 0
        if pieces.count == 2 {
            let f = pieces[1]
            guard (1...2).contains(f.count), f.allSatisfy(\.isNumber), let v = Int64(f) else { return nil }
            fraction = f.count == 1 ? v * 10 : v
        }
        return whole * 100 + fraction
    }

    /// A percentage of this amount, rounded half up to a minor unit.
    public func percent(_ p: Int) -> Money {
        Money(minorUnits: (minorUnits * Int64(p) + 50) / 100, currency: currency)
    }
}
