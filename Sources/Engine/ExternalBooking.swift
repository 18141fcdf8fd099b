import BookingCore
import Foundation

/// A booking made in an outside calendar (Cal.com), as its webhook describes it.
public struct ExternalBooking: Hashable, Sendable {
    /// The person who booked.
    public struct Attendee: Hashable, Sendable {
        public var name: String
        public var firstName: String?
        public var lastName: String?
        public var email: String?
        public var phone: String?
        /// Their language, e.g. `es`.
        public var locale: String?

        public init(name: String, firstName: String? = nil, lastName: String? = nil, email: String? = nil, phone: String? = nil, locale: String? = nil) {
            self.name = name
            self.firstName = firstName
            self.lastName = lastName
            self.email = email
            self.phone = phone
            self.locale = locale
        }
    }

    /// The outside system, e.g. `calcom`.
    public var source: String
    /// Its booking id (Cal.com's `uid`).
    public var externalID: String
    public var attendee: Attendee
    /// A service chosen by configuration for this event type, when one is mapped.
    public var service: ServiceID?
    /// Names the outside system gives the service (event type slug, event title), tried against our services' names and ids.
    public var serviceNames: [String]
    /// A staff member chosen by configuration for the organizer, when one is mapped.
    public var staff: StaffID?
    /// The organizer's e-mail, matched against staff who take escalations by e-mail.
    public var organizerEmail: String?
    public var start: Date
    public var end: Date
    public var notes: String

    public init(source: String, externalID: String, attendee: Attendee, service: ServiceID? = nil, serviceNames: [String], staff: StaffID? = nil,
                organizerEmail: String? = nil, start: Date, end: Date, notes: String = "") {
        self.source = source
        self.externalID = externalID
        self.attendee = attendee
        self.service = service
        self.serviceNames = serviceNames
        self.staff = staff
        self.organizerEmail = organizerEmail
        self.start = start
        self.end = end
        self.notes = notes
    }
}

/// What a change from an outside calendar came to.
public enum ExternalChangeOutcome: Hashable, Sendable {
    /// Applied: the appointment created, cancelled or moved.
    case applied(AppointmentID)
    /// This delivery was applied before.
    case duplicate
    /// Nothing to do: the booking is known and already in that state (why, for the log).
    case unchanged(AppointmentID, String)
    /// No appointment of ours is linked to that outside booking id.
    case unknownBooking(String)
    /// The staff member is already booked then (the appointment in the way); nothing was written.
    case slotTaken(AppointmentID?)
    /// The booking names a service, staff member or client we can't match; what to configure.
    case unmatched(String)
    /// The change is not possible (moved into the past, already started…).
    case refused(String)
}

/// Why an outside change stops before anything is written; turned into an `ExternalChangeOutcome`.
enum ExternalChangeStop: Error {
    case unmatched(String)
    case unknownBooking(String)
    case unchanged(AppointmentID, String)
}
