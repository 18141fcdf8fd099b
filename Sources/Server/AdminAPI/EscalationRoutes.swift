import BookingCore
import Conversation
import Engine
import Foundation
import Hummingbird
import Store

/// Threads handed to a person: list them, answer one (the text is relayed to the client in the staff member's name,
/// through the engine), or close one without a word to the client.
enum EscalationRoutes {
    static let routes: [AdminRoute] = [
        AdminRoute(.get, "/escalations") { call in
            let query = call.query()
            let status = query.choice("status", EscalationStatus.allCases.map(\.rawValue) + ["all"]) ?? EscalationStatus.open.rawValue
            try query.finish()
            let found = try await call.store.escalations(status: EscalationStatus(rawValue: status))
            return .json(Wire.List(items: found.map(Wire.EscalationJSON.init)))
        },
        AdminRoute(.get, "/escalations/{id}") { call in
            try call.query().finish()
            return .json(Wire.EscalationJSON(try await escalation(call.parameter("id"), call)))
        },
        AdminRoute(.post, "/escalations/{id}/answer") { call in
            let id = call.parameter("id")
            let f = try call.fields()
            let text = f.string("text", required: true, maxLength: 1000)?.trimmingCharacters(in: .whitespacesAndNewlines)
            let staffID = f.string("staffId", maxLength: 64)
            try f.finish()
            let e = try await escalation(id, call)
            let staff = try await who(staffID, e, call)
            try await call.engine.staffAction(.answer(escalationID: e.id, text: text ?? "", by: staff), key: call.eventKey)
            return .json(Wire.EscalationJSON(try await escalation(id, call)))
        },
        AdminRoute(.post, "/escalations/{id}/resolve") { call in
            let id = call.parameter("id")
            let f = try call.fields()
            let staffID = f.string("staffId", maxLength: 64)
            try f.finish()
            let e = try await escalation(id, call)
            let staff = try await who(staffID, e, call)
            try await call.engine.staffAction(.resolve(escalationID: e.id, by: staff), key: call.eventKey)
            return .json(Wire.EscalationJSON(try await escalation(id, call)))
        },
    ]

    static func escalation(_ id: String, _ call: AdminCall) async throws -> EscalationRecord {
        guard let e = try await call.store.read({ try $0.escalation(id) }) else { throw APIProblem.notFound("escalation", id) }
        return e
    }

    /// Who answers: the staff member named, else the one the escalation is assigned to (the client sees their name).
    /// A resolved escalation takes no more answers (409), unless this very request was applied before (a retry).
    static func who(_ staffID: String?, _ e: EscalationRecord, _ call: AdminCall) async throws -> StaffID {
        if e.status == .resolved, try await !call.store.read({ [key = call.eventKey] in try $0.isProcessed(key) }) {
            throw APIProblem.conflict("escalation-resolved", title: "The escalation is resolved", detail: "escalation \(e.id) was resolved already")
        }
        if let staffID {
            guard try await call.store.staff(at: nil).contains(where: { $0.id.rawValue == staffID }) else {
                throw APIProblem.invalid("staffId", "no staff member with id \"\(staffID)\"")
            }
            return StaffID(staffID)
        }
        guard let assigned = e.assignedStaff else {
            throw APIProblem.invalid("staffId", "is required: escalation \(e.id) is assigned to nobody, so say which staff member answers")
        }
        return assigned
    }
}
