import BookingCore
import Foundation
import Hummingbird
import Store

/// The business's catalogue, read-only: locations, staff and services.
enum CatalogueRoutes {
    static let routes: [AdminRoute] = [
        AdminRoute(.get, "/locations") { call in
            try call.query().finish()
            return .json(Wire.List(items: try await call.store.locations().map(Wire.LocationJSON.init)))
        },
        AdminRoute(.get, "/locations/{id}") { call in
            try call.query().finish()
            let id = call.parameter("id")
            guard let l = try await call.store.location(LocationID(id)) else { throw APIProblem.notFound("location", id) }
            return .json(Wire.LocationJSON(l))
        },
        AdminRoute(.get, "/staff") { call in
            let query = call.query()
            let location = query.string("location").map { LocationID($0) }
            try query.finish()
            if let location, try await call.store.location(location) == nil { throw APIProblem.invalid("location", "no location with id \"\(location)\"") }
            return .json(Wire.List(items: try await call.store.staff(at: location).map(Wire.StaffJSON.init)))
        },
        AdminRoute(.get, "/staff/{id}") { call in
            try call.query().finish()
            let id = call.parameter("id")
            guard let s = try await call.store.staff(at: nil).first(where: { $0.id.rawValue == id }) else { throw APIProblem.notFound("staff member", id) }
            return .json(Wire.StaffJSON(s))
        },
        AdminRoute(.get, "/services") { call in
            try call.query().finish()
            return .json(Wire.List(items: try await call.store.services().map(Wire.ServiceJSON.init)))
        },
        AdminRoute(.get, "/services/{id}") { call in
            try call.query().finish()
            let id = call.parameter("id")
            guard let s = try await call.store.services().first(where: { $0.id.rawValue == id }) else { throw APIProblem.notFound("service", id) }
            return .json(Wire.ServiceJSON(s))
        },
    ]
}
