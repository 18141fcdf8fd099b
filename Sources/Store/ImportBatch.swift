import BookingCore

/// Where a record came from, so a problem can name `file:line`.
public struct SourceLine: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}

/// One problem of an import: `clients.csv:14: phone: "+44 77" is not …`.
public struct ImportProblem: Hashable, Sendable, CustomStringConvertible {
    public var source: SourceLine
    public var field: String
    public var message: String

    public init(source: SourceLine, field: String, message: String) {
        self.source = source
        self.field = field
        self.message = message
    }

    public var description: String { "\(source): \(field): \(message)" }
}

/// A record of an import with its source line.
public struct Sourced<Record: Sendable>: Sendable {
    public var record: Record
    public var source: SourceLine

    public init(_ record: Record, at source: SourceLine) {
        self.record = record
        self.source = source
    }
}

/// Everything one `slotkeeper import` brings, parsed and checked field by field, not yet written.
public struct ImportBatch: Sendable {
    public var locations: [Sourced<Location>] = []
    public var staff: [Sourced<StaffMember>] = []
    public var services: [Sourced<Service>] = []
    public var clients: [Sourced<Client>] = []
    public var appointments: [Sourced<Appointment>] = []
    public var waitlist: [Sourced<WaitlistEntry>] = []

    public init() {}

    public var isEmpty: Bool {
        locations.isEmpty && staff.isEmpty && services.isEmpty && clients.isEmpty && appointments.isEmpty && waitlist.isEmpty
    }

    /// Adds another batch's records after this one's.
    public mutating func append(_ other: ImportBatch) {
        locations += other.locations
        staff += other.staff
        services += other.services
        clients += other.clients
        appointments += other.appointments
        waitlist += other.waitlist
    }
}

/// What an import wrote.
public struct ImportSummary: Hashable, Sendable, CustomStringConvertible {
    public var locations = 0, staff = 0, services = 0, clients = 0, appointments = 0, waitlist = 0

    public init() {}

    public var description: String {
        "\(locations) locations, \(staff) staff, \(services) services, \(clients) clients, \(appointments) appointments, \(waitlist) waitlist entries"
    }
}
