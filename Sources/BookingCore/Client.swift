import Foundation

/// Someone who books visits and talks to SlotKeeper on one or more channels.
public struct Client: Hashable, Sendable, Codable, Identifiable {
    public var id: ClientID
    public var firstName: String
    public var lastName: String
    /// Addresses per channel: E.164 phone for SMS, digits for WhatsApp, chat id for Telegram, e-mail.
    public var addresses: [Channel: String]
    public var preferredChannel: Channel?
    /// BCP 47 language tag such as `en`, `es`, `ru`.
    public var locale: String
    /// False while nobody has said the client's language (an import or a calendar booking without one): `locale` is then a
    /// guess, and the first reply whose language is clear settles it.
    public var localeKnown: Bool
    /// Channels on which the client said STOP; nothing is sent there until they opt back in.
    public var optedOut: Set<Channel>
    public var tags: Set<String>
    /// Missed visits and late cancellations, the basis of the attendance tier.
    public var attendance: [AttendanceMark]
    /// Staff may lift the tier's restrictions for one client (audited where it is set).
    public var tierOverride: AttendanceTier?
    /// Staff closed online booking to this client by hand (with why and who); staff can still book them.
    public var onlineBookingBlock: ClientBlock?
    public var notes: String

    public init(id: ClientID, firstName: String, lastName: String = "", addresses: [Channel: String] = [:],
                preferredChannel: Channel? = nil, locale: String = "en", localeKnown: Bool = true, optedOut: Set<Channel> = [], tags: Set<String> = [],
                attendance: [AttendanceMark] = [], tierOverride: AttendanceTier? = nil, onlineBookingBlock: ClientBlock? = nil, notes: String = "") {
        self.id = id
        self.firstName = firstName
        self.lastName = lastName
        self.addresses = addresses
        self.preferredChannel = preferredChannel
        self.locale = locale
        self.localeKnown = localeKnown
        self.optedOut = optedOut
        self.tags = tags
        self.attendance = attendance
        self.tierOverride = tierOverride
        self.onlineBookingBlock = onlineBookingBlock
        self.notes = notes
    }

    public var fullName: String { lastName.isEmpty ? firstName : "\(firstName) \(lastName)" }

    /// The channels a message may go to now, preferred first.
    public var reachableChannels: [Channel] {
        var order = Channel.allCases.filter { addresses[$0] != nil && !optedOut.contains($0) }
        if let p = preferredChannel, let i = order.firstIndex(of: p) { order.insert(order.remove(at: i), at: 0) }
        return order
    }

    /// The tier this client's record earns under `policy` at `now`, or the staff override; a manual block closes online booking
    /// whatever the record says.
    public func tier(under policy: NoShowPolicy, now: Date) -> AttendanceTier {
        if onlineBookingBlock != nil { return .noOnlineBooking }
        return tierOverride ?? policy.tier(for: attendance, now: now)
    }

    /// Problems a person must fix, each naming the field.
    public func validate() -> [FieldProblem] {
        var problems: [FieldProblem] = []
        if firstName.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(.init("name", "must not be empty")) }
        for channel in Channel.allCases {
            guard let address = addresses[channel] else { continue }
            if case .failure(let p) = ContactAddress.validate(address, for: channel) {
                problems.append(.init(channel == .sms ? "phone" : channel.rawValue, p.description))
            }
        }
        if let p = preferredChannel, addresses[p] == nil {
            problems.append(.init("preferredChannel", "\(p.rawValue) is preferred but the client has no \(p.rawValue) address"))
        }
        if !Client.isLocaleTag(locale) { problems.append(.init("locale", "\"\(locale)\" is not a language tag such as en or es")) }
        return problems
    }

    /// `en`, `es`, `pt-BR`: two or three lower-case letters, optionally a region.
    public static func isLocaleTag(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard let lang = parts.first, (2...3).contains(lang.count), lang.allSatisfy({ $0.isLetter && $0.isLowercase && $0.isASCII }) else { return false }
        return parts.count == 1 || (parts.count == 2 && (2...3).contains(parts[1].count) && parts[1].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) })
    }
}

/// One visit on a client's record: missed, cancelled late, or attended (which can earn forgiveness for earlier misses).
public struct AttendanceMark: Hashable, Sendable, Codable {
    public enum Kind: String, Sendable, Codable { case noShow, lateCancel, attended }
    public var kind: Kind
    public var at: Date
    public var appointmentID: AppointmentID?

    public init(kind: Kind, at: Date, appointmentID: AppointmentID? = nil) {
        self.kind = kind
        self.at = at
        self.appointmentID = appointmentID
    }
}

/// Online booking closed to a client by hand: why, who did it and when.
public struct ClientBlock: Hashable, Sendable, Codable {
    public var reason: String
    public var by: Actor
    public var at: Date

    public init(reason: String, by: Actor, at: Date) {
        self.reason = reason
        self.by = by
        self.at = at
    }
}
