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
            let request = ReportRequest.asked(from: from, to: to, location: location.map { LocationID($0) }, in: try await call.store.locations(),
                                              now: call.now, smsSegmentPrice: call.smsSegmentPrice)
            if let problem = request.problem { throw APIProblem.invalid(from == nil ? "to" : "from", problem) }
            let report = try await request.run(call.store, now: call.now)
            return APIResponse(status: .ok, body: request.json(report), contentType: APIResponse.jsonType)
        },
    ]
}
