import BookingCore
import Conversation
import Foundation
import Store

/// The JSON shapes of the admin API (docs/openapi.yaml describes each): instants in UTC ISO 8601, money in minor
/// units with its currency, ids as strings.
enum Wire {
    struct MoneyJSON: Encodable {
        var minorUnits: Int64
        var currency: String
        init(_ m: Money) { minorUnits = m.minorUnits; currency = m.currency }
    }

    /// `{"monday": ["09:00-13:00", "14:00-18:00"], …}`; closed days are left out.
    static func hours(_ h: WeeklyHours) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for day in Weekday.allCases where !h.ranges(on: day).isEmpty { out[day.rawValue] = h.ranges(on: day).map(\.description) }
        return out
    }

    /// A Telegram start link: the client opens `link` and presses Start; the chat is then theirs.
    struct TelegramLinkJSON: Encodable {
        var code: String
        var link: String
        var expiresAt: Date
    }

    struct PeriodJSON: Encodable {
        var start: Date
        var end: Date
    }

    struct LocationJSON: Encodable {
        var id: String, name: String, timeZone: String
        var openingHours: [String: [String]]
        var closures: [String]
        var quietHours: PeriodText
        var address: String?, phone: String?
        struct PeriodText: Encodable { var start: String, end: String }

        init(_ l: Location) {
            id = l.id.rawValue; name = l.name; timeZone = l.timeZoneIdentifier
            openingHours = Wire.hours(l.openingHours)
            closures = l.closures.sorted().map(\.description)
            quietHours = PeriodText(start: l.quietHours.start.description, end: l.quietHours.end.description)
            address = l.address; phone = l.phone
        }
    }

    struct StaffJSON: Encodable {
        var id: String, name: String, role: String
        var locationIds: [String], serviceIds: [String]
        var workingHours: [String: [String]]
        var timeOff: [PeriodJSON]
        var escalationChannel: String?
        var active: Bool

        init(_ s: StaffMember) {
            id = s.id.rawValue; name = s.name; role = s.role.rawValue
            locationIds = s.locationIDs.map(\.rawValue); serviceIds = s.serviceIDs.map(\.rawValue).sorted()
            workingHours = Wire.hours(s.workingHours)
            timeOff = s.timeOff.map { PeriodJSON(start: $0.start, end: $0.end) }
            escalationChannel = s.escalationChannel?.rawValue
            active = s.active
        }
    }

    struct ServiceJSON: Encodable {
        var id: String, name: String, category: String
        var durationMinutes: Int, bufferBeforeMinutes: Int, bufferAfterMinutes: Int
        var price: MoneyJSON
        /// `none`, `50%` or `20.00 GBP`.
        var deposit: String
        var rebookAfterDays: Int?

        init(_ s: Service) {
            id = s.id.rawValue; name = s.name; category = s.category
            durationMinutes = s.durationMinutes; bufferBeforeMinutes = s.bufferBeforeMinutes; bufferAfterMinutes = s.bufferAfterMinutes
            price = MoneyJSON(s.price); deposit = s.deposit.text; rebookAfterDays = s.rebookAfterDays
        }
    }

    struct AttendanceJSON: Encodable {
        var kind: String, at: Date, appointmentId: String?
    }

    struct ClientJSON: Encodable {
        var id: String, firstName: String, lastName: String
        var addresses: [String: String]
        var preferredChannel: String?
        var locale: String
        var optedOut: [String]
        var tags: [String]
        var notes: String
        var attendance: [AttendanceJSON]
        /// The attendance tier under the business's policies (or the staff override).
        var tier: String
        /// The tier staff set by hand, when they did.
        var tierOverride: String?
        /// Online booking closed to the client by hand: why, who, when.
        var onlineBookingBlock: BlockJSON?

        init(_ c: Client, policies: Policies, now: Date) {
            id = c.id.rawValue; firstName = c.firstName; lastName = c.lastName
            addresses = Dictionary(uniqueKeysWithValues: c.addresses.map { ($0.key.rawValue, $0.value) })
            preferredChannel = c.preferredChannel?.rawValue; locale = c.locale
            optedOut = c.optedOut.map(\.rawValue).sorted(); tags = c.tags.sorted(); notes = c.notes
            attendance = c.attendance.map { AttendanceJSON(kind: $0.kind.rawValue, at: $0.at, appointmentId: $0.appointmentID?.rawValue) }
            tier = c.tier(under: policies.noShow, now: now).description
            tierOverride = c.tierOverride?.description
            onlineBookingBlock = c.onlineBookingBlock.map { BlockJSON(reason: $0.reason, by: $0.by.description, at: $0.at) }
        }
    }

    /// A no-show's answer where the policy asks staff whether to block the client: the appointment's fields and the prompt.
    struct NoShowJSON: Encodable {
        var appointment: AppointmentJSON
        var blockPrompt: BlockPromptJSON

        struct BlockPromptJSON: Encodable {
            var clientId: String
            /// The client's tier after this no-show.
            var tier: String
            /// Where to POST to block them (with a reason).
            var block: String
        }

        enum CodingKeys: String, CodingKey { case blockPrompt }

        func encode(to encoder: any Encoder) throws {
            try appointment.encode(to: encoder)
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(blockPrompt, forKey: .blockPrompt)
        }
    }

    struct BlockJSON: Encodable {
        var reason: String, by: String, at: Date
    }

    struct MessageJSON: Encodable {
        var id: Int64, channel: String, direction: String
        /// The catalogue message, for outgoing ones.
        var name: String?
        var body: String, status: String
        var segments: Int?
        var at: Date

        init(_ m: MessageRecord) {
            id = m.id; channel = m.channel.rawValue; direction = m.direction; name = m.name
            body = m.body; status = m.status; segments = m.segments; at = m.createdAt
        }
    }

    struct QuestionJSON: Encodable {
        var id: String, kind: String
        var appointmentId: String?
        var openedAt: Date, expiresAt: Date?

        init(_ q: OpenQuestion) {
            id = q.id; appointmentId = q.appointmentID?.rawValue; openedAt = q.openedAt; expiresAt = q.expiresAt
            kind = q.kindName
        }
    }

    /// A client's thread with SlotKeeper: one across all channels.
    struct ConversationJSON: Encodable {
        var lastChannel: String?
        /// Handed to a person: the bot stays quiet on new free text until staff answer.
        var awaitingStaff: Bool
        var openQuestions: [QuestionJSON]
        /// The latest messages in and out, oldest first.
        var messages: [MessageJSON]
    }

    struct ClientDetailJSON: Encodable {
        var client: ClientJSON
        var conversation: ConversationJSON
        var appointments: [AppointmentJSON]
    }

    struct DepositJSON: Encodable {
        /// `notRequired`, `required`, `paid`, `refunded`, `forfeited` or `credited`.
        var state: String
        var amount: MoneyJSON?
    }

    struct CancellationJSON: Encodable {
        var by: String, reason: String, at: Date, late: Bool
        var fee: MoneyJSON?
    }

    struct AppointmentJSON: Encodable {
        var id: String, clientId: String, serviceId: String, staffId: String, locationId: String
        var start: Date, end: Date
        var status: String, source: String
        var price: MoneyJSON
        var deposit: DepositJSON
        var notes: String
        var holdExpiresAt: Date?
        var cancellation: CancellationJSON?
        var createdAt: Date, updatedAt: Date

        init(_ a: Appointment) {
            id = a.id.rawValue; clientId = a.clientID.rawValue; serviceId = a.serviceID.rawValue; staffId = a.staffID.rawValue
            locationId = a.locationID.rawValue; start = a.start; end = a.end; status = a.status.rawValue; source = a.source.rawValue
            price = MoneyJSON(a.price); deposit = DepositJSON(state: a.deposit.kind, amount: a.deposit.amount.map(MoneyJSON.init))
            notes = a.notes; holdExpiresAt = a.holdExpiresAt
            cancellation = a.cancellation.map {
                CancellationJSON(by: $0.by.description, reason: $0.reason, at: $0.at, late: $0.late, fee: $0.fee.map(MoneyJSON.init))
            }
            createdAt = a.createdAt; updatedAt = a.updatedAt
        }
    }

    struct WindowJSON: Encodable {
        var from: String?, to: String?
        var weekdays: [String]
        var hours: String

        init(_ w: WaitlistWindow) {
            from = w.from?.description; to = w.to?.description
            weekdays = Weekday.allCases.filter(w.weekdays.contains).map(\.rawValue)
            hours = w.hours.description
        }
    }

    struct WaitlistEntryJSON: Encodable {
        var id: String, clientId: String, locationId: String
        var serviceIds: [String], preferredStaffIds: [String]
        var windows: [WindowJSON]
        var flexibility: String
        var createdAt: Date, expiresAt: Date?
        var active: Bool

        init(_ e: WaitlistEntry) {
            id = e.id.rawValue; clientId = e.clientID.rawValue; locationId = e.locationID.rawValue
            serviceIds = e.serviceIDs.map(\.rawValue); preferredStaffIds = e.preferredStaff.map(\.rawValue)
            windows = e.windows.map(WindowJSON.init); flexibility = Wire.flexibilityNames[e.flexibility.rawValue]
            createdAt = e.createdAt; expiresAt = e.expiresAt; active = e.active
        }
    }

    /// Names of `WaitlistEntry.Flexibility`, by raw value.
    static let flexibilityNames = ["exact", "flexible", "anytime"]

    struct EscalationJSON: Encodable {
        var id: String, clientId: String, appointmentId: String?
        var reason: String, status: String
        var assignedStaffId: String?
        var clientText: String
        var context: [String]
        var openedAt: Date, remindedAt: Date?, answeredAt: Date?, resolvedAt: Date?

        init(_ e: EscalationRecord) {
            id = e.id; clientId = e.clientID.rawValue; appointmentId = e.appointmentID?.rawValue
            reason = e.reason; status = e.status.rawValue; assignedStaffId = e.assignedStaff?.rawValue
            clientText = e.clientText; context = e.context
            openedAt = e.openedAt; remindedAt = e.remindedAt; answeredAt = e.answeredAt; resolvedAt = e.resolvedAt
        }
    }

    struct SlotJSON: Encodable {
        var start: Date, end: Date
        var staffId: String, locationId: String

        init(_ s: Slot) { start = s.start; end = s.end; staffId = s.staffID.rawValue; locationId = s.locationID.rawValue }
    }

    /// A list answer: `{"items": [...]}` (room for paging fields without breaking clients).
    struct List<Item: Encodable>: Encodable {
        var items: [Item]
    }
}
