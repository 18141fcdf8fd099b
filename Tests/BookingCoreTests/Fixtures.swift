import BookingCore
import Foundation

/// A small spa used across the tests: London, open 09:00-20:00 every day.
enum Spa {
    static let london = TimeZone(identifier: "Europe/London")!
    static let newYork = TimeZone(identifier: "America/New_York")!

    static func location(zone: String = "Europe/London", hours: String = "09:00-20:00", closures: Set<LocalDate> = []) -> Location {
        Location(id: "soho", name: "Soho", timeZoneIdentifier: zone,
                 openingHours: .every(Weekday.allCases, [LocalTimeRange(text: hours)!]), closures: closures)
    }

    static let massage = Service(id: "massage", name: "Deep tissue massage", durationMinutes: 60, bufferAfterMinutes: 15,
                                 price: Money(minorUnits: 8500, currency: "GBP"))
    static let facial = Service(id: "facial", name: "Hydrating facial", durationMinutes: 45, bufferBeforeMinutes: 15,
                                price: Money(minorUnits: 6000, currency: "GBP"))
    static let nails = Service(id: "nails", name: "Gel manicure", durationMinutes: 30, price: Money(minorUnits: 3500, currency: "GBP"))
    static let services: [ServiceID: Service] = [massage.id: massage, facial.id: facial, nails.id: nails]

    /// Anna works 09:00-13:00 and 14:00-17:00 (a lunch break), every day, massage and facials.
    static let anna = StaffMember(id: "anna", name: "Anna", locationIDs: ["soho"],
                                  workingHours: .every(Weekday.allCases, [LocalTimeRange(text: "09:00-13:00")!, LocalTimeRange(text: "14:00-17:00")!]),
                                  serviceIDs: ["massage", "facial"])
    /// Ben works 12:00-20:00, nails and massage.
    static let ben = StaffMember(id: "ben", name: "Ben", locationIDs: ["soho"],
                                 workingHours: .every(Weekday.allCases, [LocalTimeRange(text: "12:00-20:00")!]),
                                 serviceIDs: ["nails", "massage"])

    /// The instant of a wall-clock time in `zone`.
    static func at(_ text: String, _ zone: TimeZone = london) -> Date {
        LocalDateTime(text: text)!.instant(in: zone)
    }

    /// `HH:MM` of an instant in `zone`.
    static func clock(_ d: Date, _ zone: TimeZone = london) -> String { LocalDateTime(d, in: zone).time.description }

    static func appointment(_ id: String, staff: StaffID = "anna", service: Service = massage, start: String,
                            status: AppointmentStatus = .booked, zone: TimeZone = london) -> Appointment {
        let s = at(start, zone)
        return Appointment(id: AppointmentID(id), clientID: "maria", serviceID: service.id, staffID: staff, locationID: "soho",
                           start: s, end: s.addingTimeInterval(Double(service.durationMinutes) * 60), price: service.price,
                           status: status, source: .phone, createdAt: s.addingTimeInterval(-7 * 86_400))
    }
}
