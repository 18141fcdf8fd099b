import BookingCore
import Engine
import Foundation
import Hummingbird
import Store

/// Clients: search, and the card: channels and opt-outs, visits, no-shows and late cancels, the tier with its override and
/// undo, the online-booking block with its undo, notes, credit, the audit trail, and the conversation with how each reply
/// was read.
struct ClientDesk: Sendable {
    let desk: Dashboard

    func register(on router: Router<BasicRequestContext>) {
        router.get("/desk/clients") { request, context in await desk.desk(request, context) { try await search($0) } }
        router.get("/desk/clients/{id}") { request, context in await desk.desk(request, context) { try await card($0) } }
        router.post("/desk/clients/{id}/{change}") { request, context in await desk.desk(request, context) { try await change($0) } }
    }

    func search(_ call: DeskCall) async throws -> Response {
        let q = String((call.query("q") ?? "").prefix(100))
        let found = try await call.store.searchClients(q, limit: 100, offset: 0)
        return await call.page("clients", title: call.word("clients_title"), tab: "clients", [
            "q": q, "clients": found.map { c -> [String: Any] in
                ["id": c.id.rawValue, "name": c.fullName, "channels": c.addresses.keys.map(\.rawValue).sorted().joined(separator: ", "),
                 "blocked": c.onlineBookingBlock != nil]
            }, "none": found.isEmpty,
        ])
    }

    func card(_ call: DeskCall) async throws -> Response {
        let id = ClientID(call.parameter("id"))
        guard let client = try await call.store.client(id) else { throw DeskError(.notFound, call.word("error_no_client")) }
        let zone = try await call.store.locations().first?.timeZone ?? .gmt
        let format = DeskFormat(locale: call.account.locale, zone: zone)
        let policies = try await call.store.policies(for: nil)
        let services = try await call.serviceNames()
        let visits = try await call.store.appointments(of: id).reversed().map { a -> [String: Any] in
            ["when": format.dayTime(a.start), "service": services[a.serviceID] ?? a.serviceID.rawValue,
             "state": call.word("state_\(AgendaDesk.state(a, now: call.now, late: false))"), "id": a.id.rawValue,
             "canCancel": a.status.isUpcoming, "canReinstate": a.status == .noShow]
        }
        let channels = client.addresses.sorted { $0.key.rawValue < $1.key.rawValue }.map { channel, address -> [String: Any] in
            ["channel": channel.rawValue, "address": address, "optedOut": client.optedOut.contains(channel),
             "preferred": client.preferredChannel == channel]
        }
        var trail = try await call.store.audit(subjectKind: "client", subjectID: id.rawValue)
        for a in try await call.store.appointments(of: id) { trail += try await call.store.audit(subjectKind: "appointment", subjectID: a.id.rawValue) }
        trail.sort { $0.at > $1.at }
        let messages = try await call.store.messages(party: "client:\(id.rawValue)").map { m -> [String: Any] in
            var row: [String: Any] = ["in": m.direction == "in", "body": m.body, "at": format.dayTime(m.createdAt), "channel": m.channel.rawValue,
                                      "status": m.status]
            if let intent = m.intent {
                row["reading"] = call.word("reading", ["intent": call.word("intent_\(intent)"),
                                                       "confidence": "\(Int(((m.confidence ?? 0) * 100).rounded()))%"])
            }
            return row
        }
        let tier = client.tier(under: policies.noShow, now: call.now)
        let credit = try await call.store.creditBalances(id).map(format.money).joined(separator: ", ")
        return await call.page("client", title: client.fullName, tab: "clients", [
            "id": id.rawValue, "name": client.fullName, "locale": client.locale, "channels": channels, "notes": client.notes, "hasNotes": !client.notes.isEmpty,
            "visits": Array(visits), "noVisits": visits.isEmpty,
            "noShows": client.attendance.filter { $0.kind == .noShow }.count,
            "lateCancels": client.attendance.filter { $0.kind == .lateCancel }.count,
            "attended": client.attendance.filter { $0.kind == .attended }.count,
            "tier": AgendaDesk.tierLabel(tier, call), "overridden": client.tierOverride != nil,
            "tiers": Self.tierChoices(policies.noShow).map { ["value": $0.description, "label": AgendaDesk.tierLabel($0, call)] },
            "blocked": client.onlineBookingBlock.map { call.word("client_blocked_because", ["reason": $0.reason, "when": format.day($0.at)]) } ?? "",
            "isBlocked": client.onlineBookingBlock != nil, "credit": credit, "hasCredit": !credit.isEmpty,
            "mayOverride": call.account.role.mayOverride,
            "audit": trail.prefix(100).map { ["at": format.dayTime($0.at), "who": $0.actor.description, "what": $0.action, "detail": $0.detail] },
            "messages": messages, "noMessages": messages.isEmpty, "back": Dashboard.here(call.request),
        ])
    }

    /// The tiers a manager can pick: good standing, each step of the policy's ladder, and no online booking, each once.
    static func tierChoices(_ policy: NoShowPolicy) -> [AttendanceTier] {
        var tiers: [AttendanceTier] = [.good]
        for t in policy.thresholds.map(\.tier) + [.noOnlineBooking] where !tiers.contains(t) { tiers.append(t) }
        return tiers
    }

    /// Block or unblock online booking, set or lift the tier: each with a reason, audited with the person; lifting a block and
    /// any tier change are a manager's.
    func change(_ call: DeskCall) async throws -> Response {
        let id = ClientID(call.parameter("id"))
        guard try await call.store.client(id) != nil else { throw DeskError(.notFound, call.word("error_no_client")) }
        let reason = try call.field("reason", maxLength: 500)
        let by = call.actor
        switch call.parameter("change") {
        case "block":
            guard let reason else { throw DeskError(.unprocessableContent, call.word("error_reason_needed")) }
            try await call.store.setOnlineBookingBlock(id, ClientBlock(reason: reason, by: by, at: call.now), by: by, reason: reason, at: call.now)
            return call.done("blocked", fallback: "/desk/clients/\(id.rawValue)")
        case "unblock":
            try call.require(call.account.role.mayOverride)
            try await call.store.setOnlineBookingBlock(id, nil, by: by, reason: reason ?? "lifted on the dashboard", at: call.now)
            return call.done("unblocked", fallback: "/desk/clients/\(id.rawValue)")
        case "tier":
            try call.require(call.account.role.mayOverride)
            guard let text = try call.field("tier", maxLength: 30), let tier = AttendanceTier(text: text) else {
                throw DeskError(.unprocessableContent, call.word("error_bad_choice", ["field": "tier"]))
            }
            guard let reason else { throw DeskError(.unprocessableContent, call.word("error_reason_needed")) }
            try await call.store.overrideTier(id, to: tier, by: by, reason: reason, at: call.now)
            return call.done("tier_set", fallback: "/desk/clients/\(id.rawValue)")
        case "tier-clear":
            try call.require(call.account.role.mayOverride)
            try await call.store.overrideTier(id, to: nil, by: by, reason: reason ?? "override lifted on the dashboard", at: call.now)
            return call.done("tier_cleared", fallback: "/desk/clients/\(id.rawValue)")
        default:
            throw DeskError(.notFound, call.word("error_not_found"))
        }
    }
}
