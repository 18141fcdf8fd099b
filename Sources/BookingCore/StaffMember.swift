import Foundation

/// A person who performs services and can be reached about escalations.
public struct StaffMember: Hashable, Sendable, Codable, Identifiable {
    /// What a staff member may do beyond their own column of the calendar.
    public enum Role: String, Sendable, Codable, CaseIterable { case staff, reception, manager }

    public var id: StaffID
    public var name: String
    public var role: Role
    public var locationIDs: [LocationID]
    /// Working hours; gaps between ranges on one day are breaks.
    public var workingHours: WeeklyHours
    /// Absences (holidays, sick days) as instants.
    public var timeOff: [DateInterval]
    public var serviceIDs: Set<ServiceID>
    /// Where escalations reach this person (their own channel), if anywhere.
    public var escalationChannel: Channel?
    public var escalationAddress: String?
    public var active: Bool

    public init(id: StaffID, name: String, role: Role = .staff, locationIDs: [LocationID], workingHours: WeeklyHours,
                timeOff: [DateInterval] = [], serviceIDs: Set<ServiceID>, escalationChannel: Channel? = nil,
                escalationAddress: String? = nil, active: Bool = true) {
        self.id = id
        self.name = name
        self.role = role
        self.locationIDs = locationIDs
        self.workingHours = workingHours
        self.timeOff = timeOff
        self.serviceIDs = serviceIDs
        self.escalationChannel = escalationChannel
        self.escalationAddress = escalationAddress
        self.active = active
    }

    /// Whether this person performs `service`.
    public func performs(_ service: ServiceID) -> Bool { serviceIDs.contains(service) }

    /// Problems a person must fix, each naming the field.
    public func validate() -> [FieldProblem] {
        var problems: [FieldProblem] = []
        if name.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(.init("name", "must not be empty")) }
        if locationIDs.isEmpty { problems.append(.init("locations", "must name at least one location")) }
        if let day = workingHours.overlappingDay() { problems.append(.init("hours", "ranges overlap on \(day.rawValue)")) }
        for off in timeOff where off.duration <= 0 { problems.append(.init("timeOff", "ends before it starts at \(off.start)")) }
        switch (escalationChannel, escalationAddress) {
        case (nil, nil): break
        case (let channel?, let address?):
            if case .failure(let p) = ContactAddress.validate(address, for: channel) {
                problems.append(.init("escalation", p.description))
            }
        default: problems.append(.init("escalation", "needs both a channel and an address"))
        }
        return problems
    }
}
