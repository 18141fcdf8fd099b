import BookingCore
import Conversation
import Foundation
import Store

/// Loads what `decide` needs for one thread, inside the event's transaction.
struct ContextLoader {
    let tx: any StoreTransaction
    let config: EngineConfiguration
    let now: Date
    var cache = CatalogueCache()
    /// The catalogue already read in this transaction, if the caller has it.
    var known: CatalogueCache.Catalogue? = nil
    /// The engine's book, kept between events.
    var books = BookCache()

    /// The context for `party`; `focus` names the appointment the event is about (for a staff thread, its client is loaded).
    /// Its book is empty: `book()` gives it to an event that may search for free slots.
    func context(for party: Party, focus: AppointmentID? = nil, knownClient: Client? = nil,
                 location hint: LocationID? = nil) throws -> ConversationContext? {
        let catalogue = try known ?? cache.catalogue(tx)
        let locations = catalogue.locations
        guard !locations.isEmpty else { return nil }
        let focused = try focus.flatMap { try tx.appointment($0) }
        var client: Client?
        var staffMember: StaffMember?
        var appointments: [Appointment] = []
        let allStaff = catalogue.staff
        switch party {
        case .client(let id):
            client = try knownClient?.id == id ? knownClient : tx.client(id)
            appointments = try tx.appointments(of: id)
        case .staff(let id):
            staffMember = allStaff.first { $0.id == id }
            if let focused {
                client = try tx.client(focused.clientID)
                appointments = [focused]
            }
        }
        // The location the event is about, else that of the visit in question, else the next one, else the last one,
        // else the first location.
        let upcoming = appointments.filter { $0.start > now && $0.status.isUpcoming }
        let locationID = hint ?? focused?.locationID ?? upcoming.first?.locationID ?? appointments.last?.locationID
            ?? staffMember?.locationIDs.first ?? locations[0].id
        let location = locations.first { $0.id == locationID } ?? locations[0]
        let services = catalogue.services
        var context = ConversationContext(client: client, staffMember: staffMember, location: location, policies: catalogue.policies[location.id] ?? .standard,
                                   services: services, staff: allStaff.filter { $0.locationIDs.contains(location.id) },
                                   appointments: appointments,
                                   recentMessages: try tx.recentMessages(party: party.key, limit: 6),
                                   depositLinkTemplate: config.depositLinkTemplate, bookingLink: config.bookingLink,
                                   businessName: config.businessName)
        if case .client(let id) = party {
            context.credit = try tx.creditBalances(id)
            if let links = config.links {
                for a in appointments where a.start > now.addingTimeInterval(-86_400) { context.manageLinks[a.id] = links.manage(a) }
                if config.personalBookingLinks {
                    context.bookingLink = links.booking(location: location.id, client: id, now: now)
                    context.serviceBookingLink = links.booking(location: location.id, client: id, serviceQuery: "{service}", now: now)
                }
            }
        }
        return context
    }

    /// Who is busy when, for slot search: every staff member's visits at every location (one who works at two is busy at
    /// both), brought up to date from the engine's kept book.
    func book() throws -> BusyBook {
        try books.book(tx, catalogue: try known ?? cache.catalogue(tx), now: now)
    }
}
