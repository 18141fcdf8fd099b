import BookingCore
import Engine
import Foundation
import Hummingbird
import Store

/// The report over whole days: the same computation as the dashboard's reports page and `slotkeeper report`.
enum ReportRoutes {
    static let routes: [AdminRoute] = [
        AdminRoute(.get, "/reports") { call in
            let query = call.query()
            let from = query.date("from"), to = query.date("to"), location = query.string("location")
            try query.finish()
            let locations = try await call.store.locations()
            let zone = locations.first { $0.id.rawValue == location }?.timeZone ?? locations.first?.timeZone ?? .gmt
            let last = to ?? LocalDateTime(call.now, in: zone).date
            let request = ReportRequest(from: from ?? last.adding(days: -29), to: last, location: location.map { LocationID($0) },
                                        smsSegmentPrice: call.smsSegmentPrice)
            if let problem = request.problem { throw APIProblem.invalid(from == nil ? "to" : "from", problem) }
            let report = try await request.run(call.store, now: call.now)
            return APIResponse(status: .ok, body: request.json(report), contentType: APIResponse.jsonType)
        },
    ]
}
