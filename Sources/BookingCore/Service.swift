import Foundation

/// Something a client books: a treatment with a length, a price and optional buffers.
public struct Service: Hashable, Sendable, Codable, Identifiable {
    public var id: ServiceID
    public var name: String
    public var durationMinutes: Int
    /// Preparation time blocked before the client arrives.
    public var bufferBeforeMinutes: Int
    /// Clean-up time blocked after the client leaves.
    public var bufferAfterMinutes: Int
    public var price: Money
    public var deposit: DepositRule
    public var category: String
    /// Suggested days until the next visit, used by the post-visit rebook nudge.
    public var rebookAfterDays: Int?

    public init(id: ServiceID, name: String, durationMinutes: Int, bufferBeforeMinutes: Int = 0, bufferAfterMinutes: Int = 0,
                price: Money, deposit: DepositRule = .none, category: String = "", rebookAfterDays: Int? = nil) {
        self.id = id
        self.name = name
        self.durationMinutes = durationMinutes
        self.bufferBeforeMinutes = bufferBeforeMinutes
        self.bufferAfterMinutes = bufferAfterMinutes
        self.price = price
        self.deposit = deposit
        self.category = category
        self.rebookAfterDays = rebookAfterDays
    }

    /// The deposit this service asks of every client (the tier policy may ask more).
    public var depositAmount: Money? { deposit.amount(of: price) }

    /// The deposit a client of `tier` pays to book this service: the tier's share of the price, else the service's own deposit.
    public func depositDue(tier: AttendanceTier) -> Money? {
        if case .depositRequired(let p) = tier { return price.percent(p) }
        return depositAmount
    }

    /// Problems a person must fix, each naming the field.
    public func validate() -> [FieldProblem] {
        var problems: [FieldProblem] = []
        if name.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(.init("name", "must not be empty")) }
        if !(5...720).contains(durationMinutes) { problems.append(.init("duration", "\(durationMinutes) minutes is outside 5-720")) }
        if !(0...240).contains(bufferBeforeMinutes) { problems.append(.init("bufferBefore", "\(bufferBeforeMinutes) minutes is outside 0-240")) }
        if !(0...240).contains(bufferAfterMinutes) { problems.append(.init("bufferAfter", "\(bufferAfterMinutes) minutes is outside 0-240")) }
        if price.minorUnits < 0 { problems.append(.init("price", "must not be negative")) }
        if !Money.isCurrencyCode(price.currency) { problems.append(.init("currency", "\"\(price.currency)\" is not an ISO 4217 code such as GBP")) }
        switch deposit {
        case .percent(let p) where !(1...100).contains(p): problems.append(.init("deposit", "\(p)% is outside 1-100%"))
        case .fixed(let m) where m.currency != price.currency:
            problems.append(.init("deposit", "is in \(m.currency) but the price is in \(price.currency)"))
        case .fixed(let m) where m.minorUnits > price.minorUnits: problems.append(.init("deposit", "is more than the price"))
        default: break
        }
        if let d = rebookAfterDays, !(1...730).contains(d) { problems.append(.init("rebookAfterDays", "\(d) is outside 1-730")) }
        return problems
    }
}

/// How much a client pays up front to hold a booking.
public enum DepositRule: Hashable, Sendable, Codable {
    case none
    case fixed(Money)
    /// A whole percentage of the price, 1–100.
    case percent(Int)

    /// The deposit for a given price; nil when none is due.
    public func amount(of price: Money) -> Money? {
        switch self {
        case .none: nil
        case .fixed(let m): m
        case .percent(let p): price.percent(p)
        }
    }

    /// Parses `none`, `50%` or `20.00` (in `currency`).
    public init?(text: String, currency: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.isEmpty || t.lowercased() == "none" { self = .none; return }
        if t.hasSuffix("%") {
            guard let p = Int(t.dropLast()) else { return nil }
            self = .percent(p)
            return
        }
        if let m = Money(text: t) { self = .fixed(m); return }
        guard let minor = Money.minorUnits(from: Substring(t)) else { return nil }
        self = .fixed(Money(minorUnits: minor, currency: currency))
    }

    /// `none`, `50%` or `20.00 GBP`.
    public var text: String {
        switch self {
        case .none: "none"
        case .fixed(let m): m.description
        case .percent(let p): "\(p)%"
        }
    }
}
