import BookingCore
import Engine
import Foundation
import Hummingbird
import Store

/// Free times for a service, from the same slot search the bot uses to offer times to clients.
enum SlotRoutes {
    /// The longest span one search may cover.
    static let maxDays = 31

    static let routes: [AdminRoute] = [
        AdminRoute(.get, "/slots") { call in
            let query = call.query()
            let service = query.string("service", required: true)
            let from = query.instant("from", required: true), to = query.instant("to", required: true)
            let staff = query.string("staff").map { StaffID($0) }
            let location = query.string("location").map { LocationID($0) }
            if let from, let to {
                if to <= from { query.problem("to", "must be after from") }
                if to.timeIntervalSince(from) > Double(maxDays) * 86_400 { query.problem("to", "the search may span at most \(maxDays) days") }
            }
            try query.finish()
            guard let service, let from, let to else { return APIProblem.invalid(query.errors).response }
            do {
                let slots = try await call.engine.freeSlots(service: ServiceID(service), from: max(from, call.now), to: to, staff: staff,
                                                            location: location)
                return .json(Wire.List(items: slots.map(Wire.SlotJSON.init)))
            } catch let refusal as BookingRefusal {
                throw ProblemMapping(service: "service", staff: "staff", location: "location").refusal(refusal)
            }
        },
    ]
}
