import BookingCore
import Engine
import Foundation
import Hummingbird
import Store

/// The waitlist: who waits for what, the offers in flight (who was offered which slot, and how long they have left to
/// answer), and the slots refilled from the waitlist today.
struct WaitlistDesk: Sendable {
    let desk: Dashboard

    func register(on router: Router<BasicRequestContext>) {
        router.get("/desk/waitlist") { request, context in await desk.desk(request, context) { try await page($0) } }
    }

    func page(_ call: DeskCall) async throws -> Response {
        let locations = try await call.store.locations()
        let zone = locations.first?.timeZone ?? .gmt
        let format = DeskFormat(locale: call.account.locale, zone: zone)
        let services = try await call.serviceNames()
        let staff = try await call.staffNames()
        var names: [ClientID: String] = [:]
        func name(_ id: ClientID) async throws -> String {
            if let known = names[id] { return known }
            let n = try await call.store.client(id)?.fullName ?? id.rawValue
            names[id] = n
            return n
        }
        var entries: [[String: Any]] = []
        for location in locations {
            for e in try await call.store.waitlist(at: location.id, openAt: call.now) {
                entries.append(["client": try await name(e.clientID), "clientId": e.clientID.rawValue, "location": location.name,
                                "services": e.serviceIDs.map { services[$0] ?? $0.rawValue }.joined(separator: ", "),
                                "since": format.day(e.createdAt), "until": e.expiresAt.map(format.day) ?? "—"])
            }
        }
        let startOfDay = ZoneDay(LocalDateTime(call.now, in: zone).date, in: zone).start
        let offers = try await call.store.waitlistOffers(since: startOfDay.addingTimeInterval(-24 * 3600))
        var inFlight: [[String: Any]] = [], refilled: [[String: Any]] = []
        for o in offers {
            let slot = "\(format.dayTime(o.start)) · \(services[o.serviceID] ?? o.serviceID.rawValue) · \(staff[o.staffID] ?? o.staffID.rawValue)"
            if o.status == .open && o.expiresAt > call.now {
                inFlight.append(["client": try await name(o.clientID), "clientId": o.clientID.rawValue, "slot": slot,
                                 "offeredAt": format.time(o.offeredAt), "left": DeskFormat.minutes(o.expiresAt.timeIntervalSince(call.now))])
            } else if o.status == .accepted && o.offeredAt >= startOfDay {
                refilled.append(["client": try await name(o.clientID), "clientId": o.clientID.rawValue, "slot": slot])
            }
        }
        return await call.page("waitlist", title: call.word("waitlist_title"), tab: "waitlist", [
            "entries": entries, "noEntries": entries.isEmpty, "offers": inFlight, "noOffers": inFlight.isEmpty,
            "refilled": refilled, "noRefilled": refilled.isEmpty, "refilledCount": refilled.count,
        ])
    }
}
