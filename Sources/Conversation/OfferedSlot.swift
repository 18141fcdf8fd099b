import BookingCore
import Foundation

/// A concrete slot put in front of a client: a service with a staff member at a time.
public struct OfferedSlot: Hashable, Sendable, Codable {
    public var serviceID: ServiceID
    public var staffID: StaffID
    public var locationID: LocationID
    public var start: Date
    public var end: Date

    public init(serviceID: ServiceID, staffID: StaffID, locationID: LocationID, start: Date, end: Date) {
        self.serviceID = serviceID
        self.staffID = staffID
        self.locationID = locationID
        self.start = start
        self.end = end
    }

    /// The slot an appointment takes up.
    public init(_ appointment: Appointment) {
        self.init(serviceID: appointment.serviceID, staffID: appointment.staffID, locationID: appointment.locationID,
                  start: appointment.start, end: appointment.end)
    }

    public init(_ slot: Slot, service: ServiceID) {
        self.init(serviceID: service, staffID: slot.staffID, locationID: slot.locationID, start: slot.start, end: slot.end)
    }

    /// A stable key for this slot (offers to several clients share it).
    public var key: String { "\(staffID)@\(Int(start.timeIntervalSince1970))" }
}
