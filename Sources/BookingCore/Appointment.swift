import Foundation

/// A booked visit: who, what, with whom, where and when, and where it stands.
public struct Appointment: Hashable, Sendable, Codable, Identifiable {
    public var id: AppointmentID
    public var clientID: ClientID
    public var serviceID: ServiceID
    public var staffID: StaffID
    public var locationID: LocationID
    /// Start and end as UTC instants.
    public var start: Date
    public var end: Date
    public var price: Money
    public var deposit: DepositState
    public var status: AppointmentStatus
    public var source: BookingSource
    public var notes: String
    /// For `awaitingDeposit`: when the unpaid hold lapses and the slot frees.
    public var holdExpiresAt: Date?
    /// Set when the status is `cancelled`.
    public var cancellation: Cancellation?
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: AppointmentID, clientID: ClientID, serviceID: ServiceID, staffID: StaffID, locationID: LocationID,
                start: Date, end: Date, price: Money, deposit: DepositState = .notRequired, status: AppointmentStatus = .booked,
                source: BookingSource = .api, notes: String = "", holdExpiresAt: Date? = nil, cancellation: Cancellation? = nil,
                createdAt: Date, updatedAt: Date? = nil) {
        self.id = id
        self.clientID = clientID
        self.serviceID = serviceID
        self.staffID = staffID
        self.locationID = locationID
        self.start = start
        self.end = end
        self.price = price
        self.deposit = deposit
        self.status = status
        self.source = source
        self.notes = notes
        self.holdExpiresAt = holdExpiresAt
        self.cancellation = cancellation
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }

    /// Whether the appointment still takes up its staff member's time.
    public var holdsSlot: Bool { status.holdsSlot }

    /// Whether `[start, end)` overlaps `other`.
    public func overlaps(start s: Date, end e: Date) -> Bool { start < e && s < end }
}

/// Where an appointment stands.
public enum AppointmentStatus: String, Sendable, Codable, CaseIterable {
    /// A held slot waiting for a prepayment, with an expiry.
    case awaitingDeposit
    case booked
    case confirmed
    case arrived
    case completed
    case cancelled
    case noShow

    /// Statuses that occupy the calendar; only cancelled ones give the time back.
    public var holdsSlot: Bool { self != .cancelled }

    /// Statuses that are still ahead of the visit.
    public var isUpcoming: Bool { self == .awaitingDeposit || self == .booked || self == .confirmed }
}

/// How an appointment came to be.
public enum BookingSource: String, Sendable, Codable, CaseIterable {
    case online, phone, walkIn, `import`, api, conversation, waitlist
}

/// The state of a prepayment.
public enum DepositState: Hashable, Sendable, Codable {
    case notRequired
    case required(Money)
    case paid(Money)
    case refunded(Money)
    /// Kept by the business after a late cancellation or a no-show.
    case forfeited(Money)
    /// Kept as credit towards the client's next booking.
    case credited(Money)

    /// A short word for storage and reports: `required`, `paid`, …
    public var kind: String {
        switch self {
        case .notRequired: "notRequired"
        case .required: "required"
        case .paid: "paid"
        case .refunded: "refunded"
        case .forfeited: "forfeited"
        case .credited: "credited"
        }
    }

    /// The amount concerned, if any.
    public var amount: Money? {
        switch self {
        case .notRequired: nil
        case .required(let m), .paid(let m), .refunded(let m), .forfeited(let m), .credited(let m): m
        }
    }

    /// Rebuilds a state from `kind` and an amount (the storage form).
    public init?(kind: String, amount: Money?) {
        switch (kind, amount) {
        case ("notRequired", _): self = .notRequired
        case ("required", let m?): self = .required(m)
        case ("paid", let m?): self = .paid(m)
        case ("refunded", let m?): self = .refunded(m)
        case ("forfeited", let m?): self = .forfeited(m)
        case ("credited", let m?): self = .credited(m)
        default: return nil
        }
    }
}

/// Why and by whom an appointment was cancelled.
public struct Cancellation: Hashable, Sendable, Codable {
    public var by: Actor
    public var reason: String
    public var at: Date
    /// Inside the policy's late-cancel window (client cancellations only).
    public var late: Bool
    /// The late-cancel fee charged, if any.
    public var fee: Money?

    public init(by: Actor, reason: String, at: Date, late: Bool, fee: Money?) {
        self.by = by
        self.reason = reason
        self.at = at
        self.late = late
        self.fee = fee
    }
}

/// Who made a change: a client, a staff member, the system itself, or an outside caller.
public enum Actor: Hashable, Sendable, TextCodable, CustomStringConvertible {
    case client(ClientID)
    case staff(StaffID)
    /// SlotKeeper itself, with the part that acted (`scheduler`, `waitlist`, …).
    case system(String)
    /// An API caller or an import, with its name.
    case external(String)

    /// `client:c1`, `staff:anna`, `system:scheduler`, `external:import`.
    public var description: String {
        switch self {
        case .client(let id): "client:\(id)"
        case .staff(let id): "staff:\(id)"
        case .system(let s): "system:\(s)"
        case .external(let s): "external:\(s)"
        }
    }

    public init?(codingText: String) { self.init(text: codingText) }
    public var codingText: String { description }
    public static let textFormHint = "an actor such as client:c1"

    /// Parses the `description` form.
    public init?(text: String) {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let value = String(text[text.index(after: colon)...])
        switch text[..<colon] {
        case "client": self = .client(ClientID(value))
        case "staff": self = .staff(StaffID(value))
        case "system": self = .system(value)
        case "external": self = .external(value)
        default: return nil
        }
    }


}
