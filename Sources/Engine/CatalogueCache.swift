import BookingCore
import Foundation
import Store
import Synchronization

/// The business's catalogue (locations, staff, services, policies) decoded once and kept until the
/// store's catalogue version moves: decoding it for every event was most of an event's cost.
final class CatalogueCache: Sendable {
    struct Catalogue: Sendable {
        var version: Int
        var locations: [Location]
        var staff: [StaffMember]
        var services: [ServiceID: Service]
        var policies: [LocationID: Policies]
    }

    private let current = Mutex<Catalogue?>(nil)

    /// Drops what is kept: a transaction that read it failed as a whole, so it may hold writes that never committed.
    func forget() { current.withLock { $0 = nil } }

    /// The catalogue as of this transaction: the cached one if nothing changed since, else freshly read.
    func catalogue(_ tx: any StoreTransaction) throws -> Catalogue {
        let version = try tx.catalogueVersion()
        if let cached = current.withLock({ $0 }), cached.version == version { return cached }
        let locations = try tx.locations()
        var policies: [LocationID: Policies] = [:]
        for l in locations { policies[l.id] = try tx.policies(for: l.id) }
        let fresh = Catalogue(version: version, locations: locations, staff: try tx.staff(),
                              services: Dictionary(uniqueKeysWithValues: try tx.services().map { ($0.id, $0) }), policies: policies)
        current.withLock { $0 = fresh }
        return fresh
    }
}
