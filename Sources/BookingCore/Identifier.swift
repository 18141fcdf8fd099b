/// A typed identifier: a `ClientID` can't be passed where a `StaffID` is wanted.
public struct Identifier<Tag>: Hashable, Sendable, Codable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral {
    public var rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }

    public var description: String { rawValue }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}

public typealias LocationID = Identifier<Location>
public typealias StaffID = Identifier<StaffMember>
public typealias ServiceID = Identifier<Service>
public typealias ClientID = Identifier<Client>
public typealias AppointmentID = Identifier<Appointment>
public typealias WaitlistEntryID = Identifier<WaitlistEntry>
