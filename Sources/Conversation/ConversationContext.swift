import BookingCore
import Foundation

/// Everything `decide` may look at, loaded before it runs: no store, network or clock inside.
public struct ConversationContext: Sendable {
    public var client: Client?
    public var staffMember: StaffMember?
    public var location: Location
    public var policies: Policies
    public var services: [ServiceID: Service]
    public var staff: [StaffMember]
    /// The client's appointments (upcoming and recent), by start.
    public var appointments: [Appointment]
    /// Who is busy when (every staff member's visits, wherever they are), for offering free slots; empty unless the event
    /// may search.
    public var book: BusyBook
    /// The last few messages of the thread, oldest first, for an escalation's context.
    public var recentMessages: [String]
    /// The URL a client books or pays a deposit at, with `{appointment}` replaced by the appointment id.
    public var depositLinkTemplate: String
    public var bookingLink: String
    /// The business's name as clients know it (defaults to the location's name).
    public var businessName: String
    /// The client's deposit credit (kept from a cancelled visit), per currency: it pays the next deposit first.
    public var credit: [Money] = []
    /// The client's signed "manage your booking" links, by visit (empty when the server signs none: the booking link stands in).
    public var manageLinks: [AppointmentID: String] = [:]
    /// The booking page itself (the same for everyone): shorter than a client's own link.
    public var bookingPage: String
    /// The client's personal booking link with `{service}` to fill in, when the server has its own booking page.
    public var serviceBookingLink: String? = nil

    public init(client: Client?, staffMember: StaffMember? = nil, location: Location, policies: Policies, services: [ServiceID: Service],
                staff: [StaffMember], appointments: [Appointment], book: BusyBook = BusyBook(), recentMessages: [String] = [],
                depositLinkTemplate: String = "https://pay.example.com/deposit/{appointment}", bookingLink: String = "https://book.example.com",
                businessName: String? = nil) {
        self.client = client
        self.staffMember = staffMember
        self.location = location
        self.policies = policies
        self.services = services
        self.staff = staff
        self.appointments = appointments
        self.book = book
        self.recentMessages = recentMessages
        self.depositLinkTemplate = depositLinkTemplate
        self.bookingLink = bookingLink
        self.bookingPage = bookingLink
        self.businessName = businessName ?? location.name
    }

    public func appointment(_ id: AppointmentID) -> Appointment? { appointments.first { $0.id == id } }

    /// Where the client manages a visit.
    public func manageLink(_ id: AppointmentID) -> String { manageLinks[id] ?? bookingLink }

    /// Where the client books `service` again.
    public func bookingLink(for service: ServiceID) -> String {
        guard let template = serviceBookingLink else { return bookingLink }
        return template.filling("service", with: URLPart.encode(service.rawValue))
    }

    /// The hours in which only direct answers go out: the policy's, else the location's own.
    public var quietHours: QuietHours { policies.quietHours(at: location) }

    /// The client's visits still ahead at `now`, soonest first.
    public func upcoming(at now: Date) -> [Appointment] {
        appointments.filter { $0.status.isUpcoming && $0.start > now }.sorted { $0.start < $1.start }
    }

    /// Who is busy when, buffers and time off included, leaving out one appointment (the one being moved).
    public func busy(excluding: AppointmentID? = nil) -> BusyCalendar {
        var busy = book.calendar(excluding: excluding)
        for s in staff { busy.add(timeOff: s.timeOff, for: s.id) }
        return busy
    }

    /// Up to `limit` free slots for `service`, nearest to `near`, distinct times, starting after `from`.
    public func freeSlots(service: Service, near: Date, from: Date, limit: Int, staffID: StaffID? = nil, excluding: AppointmentID? = nil,
                          days: Int = 14) -> [OfferedSlot] {
        let to = max(near, from).addingTimeInterval(Double(days) * 86_400)
        let q = SlotQuery(service: service, staffID: staffID, from: from, to: to, near: near, gridMinutes: policies.slotGridMinutes,
                          distinctTimes: true, limit: limit)
        return SlotSearch.freeSlots(q, location: location, staff: staff, busy: busy(excluding: excluding)).map { OfferedSlot($0, service: service.id) }
    }

    /// Whether `slot` is still free in the book this context was loaded with (`excluding` the appointment that moves into it).
    public func isFree(_ slot: OfferedSlot, excluding: AppointmentID? = nil) -> Bool {
        guard let service = services[slot.serviceID] else { return false }
        return SlotSearch.isFree(start: slot.start, service: service, staffID: slot.staffID, location: location, staff: staff,
                                 busy: busy(excluding: excluding), gridMinutes: policies.slotGridMinutes)
    }

    /// Whether the client's credit pays all of `deposit`, so no payment is asked for.
    public func creditCovers(_ deposit: Money) -> Bool {
        credit.contains { $0.currency == deposit.currency && $0.minorUnits >= deposit.minorUnits }
    }

    public func serviceName(_ id: ServiceID) -> String { services[id]?.name ?? id.rawValue }
    public func staffName(_ id: StaffID) -> String { staff.first { $0.id == id }?.name ?? id.rawValue }
}
