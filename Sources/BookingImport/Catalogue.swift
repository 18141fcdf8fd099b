import BookingCore

/// What an import already knows: records in the store plus those read earlier in the same import.
/// Appointments need their location's zone and their service's length.
public struct Catalogue: Sendable {
    public var locations: [LocationID: Location] = [:]
    public var services: [ServiceID: Service] = [:]
    public var staff: [StaffID: StaffMember] = [:]

    public init(locations: [Location] = [], services: [Service] = [], staff: [StaffMember] = []) {
        for l in locations { self.locations[l.id] = l }
        for s in services { self.services[s.id] = s }
        for s in staff { self.staff[s.id] = s }
    }
}
