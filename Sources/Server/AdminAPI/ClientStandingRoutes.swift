import BookingCore
import Engine
import Foundation
import Hummingbird
import Store

/// A client's standing, set by hand: the online-booking block and the attendance tier, each with its undo. Every change says
/// why and who (a staff member, else the API), and lands in the client's audit trail.
enum ClientStandingRoutes {
    static let routes: [AdminRoute] = [
        AdminRoute(.post, "/clients/{id}/block") { call in
            let (client, reason, actor) = try await standing(call)
            try await call.store.setOnlineBookingBlock(client, ClientBlock(reason: reason, by: actor, at: call.now), by: actor, reason: reason, at: call.now)
            return .json(try await reloaded(client, call))
        },
        AdminRoute(.delete, "/clients/{id}/block") { call in
            let (client, reason, actor) = try await standing(call)
            try await call.store.setOnlineBookingBlock(client, nil, by: actor, reason: reason, at: call.now)
            return .json(try await reloaded(client, call))
        },
        AdminRoute(.put, "/clients/{id}/tier") { call in
            let (client, reason, actor, tier) = try await standing(call, tier: true)
            try await call.store.overrideTier(client, to: tier, by: actor, reason: reason, at: call.now)
            return .json(try await reloaded(client, call))
        },
        AdminRoute(.delete, "/clients/{id}/tier") { call in
            let (client, reason, actor) = try await standing(call)
            try await call.store.overrideTier(client, to: nil, by: actor, reason: reason, at: call.now)
            return .json(try await reloaded(client, call))
        },
    ]

    static func standing(_ call: AdminCall) async throws -> (ClientID, String, Actor) {
        let (client, reason, actor, _) = try await standing(call, tier: false)
        return (client, reason, actor)
    }

    /// The client (404 when unknown), the reason (required), who acts, and with `tier` the tier asked for.
    static func standing(_ call: AdminCall, tier wantsTier: Bool) async throws -> (ClientID, String, Actor, AttendanceTier?) {
        let id = ClientID(call.parameter("id"))
        let f = try call.fields()
        let reason = f.string("reason", required: true, maxLength: 500)
        let staffID = f.string("staffId", maxLength: 64)
        var tier: AttendanceTier?
        if wantsTier, let text = f.string("tier", required: true, maxLength: 20) {
            tier = AttendanceTier(text: text)
            if tier == nil { f.problem("tier", "\"\(text)\" is not \(AttendanceTier.textFormHint)") }
        }
        if let staffID { _ = try await call.staffMember(staffID, in: f) }
        try f.finish()
        guard try await call.store.client(id) != nil else { throw APIProblem.notFound("client", id.rawValue) }
        guard let reason else { throw APIProblem.invalid(f.errors) }
        return (id, reason, staffID.map { .staff(StaffID($0)) } ?? call.actor, tier)
    }

    static func reloaded(_ id: ClientID, _ call: AdminCall) async throws -> Wire.ClientDetailJSON {
        guard let client = try await call.store.client(id) else { throw APIProblem.notFound("client", id.rawValue) }
        return try await ClientRoutes.detail(client, call)
    }
}
