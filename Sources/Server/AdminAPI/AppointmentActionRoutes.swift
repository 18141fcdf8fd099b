import BookingCore
import Conversation
import Engine
import Foundation
import Hummingbird
import Store

/// What staff do to a booked visit: move it, cancel it, mark the client arrived or a no-show. Each goes through the
/// engine as a staff action or booking change, so the client is told, reminders follow, and freed time goes to the
/// waitlist, exactly as when staff act on the dashboard.
enum AppointmentActionRoutes {
    static let routes: [AdminRoute] = [
        AdminRoute(.post, "/appointments/{id}/move") { call in
            let id = AppointmentID(call.parameter("id"))
            let f = try call.fields()
            let start = f.time("start", required: true)
            let staff = f.string("staffId", maxLength: 64).map { StaffID($0) }
            try f.finish()
            guard let start else { throw APIProblem.invalid(f.errors) }
            try await call.engine.move(id, to: start, staff: staff, by: call.actor, key: call.eventKey)
            return .json(Wire.AppointmentJSON(try await reload(id, call)))
        },
        // The front desk's cancel dialog: a reason from the policy's list, a note, the fee applied or waived, the deposit kept,
        // refunded or kept as credit (else as the policy says). The client is told, the slot refills, a win-back follows if asked.
        AdminRoute(.post, "/appointments/{id}/cancel") { call in
            let id = AppointmentID(call.parameter("id"))
            let f = try call.fields()
            let reason = f.string("reason", required: true, maxLength: 100)
            let note = f.string("note", maxLength: 500)
            let fee = f.choice("fee", CancellationTerms.Fee.allCases.map(\.rawValue)).flatMap(CancellationTerms.Fee.init(rawValue:)) ?? .policy
            let deposit = f.choice("deposit", DepositOnCancel.allCases.map(\.rawValue)).flatMap(DepositOnCancel.init(rawValue:))
            let staffID = f.string("staffId", maxLength: 64)
            var listed: String?
            if let reason {
                guard let a = try await call.store.appointment(id) else { throw APIProblem.notFound("appointment", id.rawValue) }
                let policy = try await call.store.policies(for: a.locationID).cancellation
                listed = policy.listed(reason)
                if listed == nil { f.problem("reason", "\"\(reason)\" is not one of the cancellation reasons: \(policy.reasons.joined(separator: ", ")) (say more in note)") }
            }
            try f.finish()
            let (a, staff) = try await upcoming(id, by: staffID, call)
            let words = (listed ?? "") + (note.map { $0.isEmpty ? "" : ": \($0)" } ?? "")
            try await call.engine.staffAction(.cancel(a.id, by: staff, reason: words, terms: CancellationTerms(fee: fee, deposit: deposit)),
                                              key: call.eventKey)
            return try await outcome(id, expect: .cancelled, call)
        },
        // Undo a no-show marked by mistake: the visit counts as attended and the mark leaves the client's record.
        AdminRoute(.post, "/appointments/{id}/reinstate") { call in
            let id = AppointmentID(call.parameter("id"))
            let f = try call.fields()
            let staffID = f.string("staffId", maxLength: 64)
            try f.finish()
            guard let a = try await call.store.appointment(id) else { throw APIProblem.notFound("appointment", id.rawValue) }
            let staff = try await actingStaff(staffID, default: a.staffID, call)
            try await call.engine.reinstate(id, by: staff, key: call.eventKey)
            return try await outcome(id, expect: .completed, call)
        },
        AdminRoute(.post, "/appointments/{id}/arrived") { call in
            let id = AppointmentID(call.parameter("id"))
            let f = try call.fields()
            let staffID = f.string("staffId", maxLength: 64)
            try f.finish()
            let (a, staff) = try await upcoming(id, by: staffID, call)
            try await call.engine.staffAction(.arrived(a.id, by: staff), key: call.eventKey)
            return try await outcome(id, expect: .arrived, call)
        },
        AdminRoute(.post, "/appointments/{id}/no-show") { call in
            let id = AppointmentID(call.parameter("id"))
            let f = try call.fields()
            let staffID = f.string("staffId", maxLength: 64)
            try f.finish()
            let (a, staff) = try await upcoming(id, by: staffID, call)
            try await call.engine.staffAction(.noShow(a.id, by: staff), key: call.eventKey)
            var answer = try await outcome(id, expect: .noShow, call)
            // The Optios prompt: where the policy asks, staff are asked whether to block the client from online booking.
            let policies = try await call.store.policies(for: a.locationID)
            if policies.noShow.askToBlock, let client = try await call.store.client(a.clientID), client.onlineBookingBlock == nil {
                answer = .json(Wire.NoShowJSON(appointment: Wire.AppointmentJSON(try await reload(id, call)),
                                               blockPrompt: .init(clientId: client.id.rawValue, tier: client.tier(under: policies.noShow, now: call.now).description,
                                                                  block: "\(AdminAPI.prefix)/clients/\(client.id.rawValue)/block")))
            }
            return answer
        },
    ]

    /// The appointment (404 when unknown), and who acts: the staff member named (422 when unknown), else the one the
    /// visit is with. A visit no longer upcoming (done, cancelled, a no-show) can't be changed: 409.
    static func upcoming(_ id: AppointmentID, by staffID: String?, _ call: AdminCall) async throws -> (Appointment, StaffID) {
        guard let a = try await call.store.appointment(id) else { throw APIProblem.notFound("appointment", id.rawValue) }
        let staff = try await actingStaff(staffID, default: a.staffID, call)
        // A retry of a change that was applied already finds the visit changed: the answer below says how it stands.
        if !a.status.isUpcoming, try await !call.store.read({ [key = call.eventKey] in try $0.isProcessed(key) }) {
            throw BookingRefusal.notUpcoming(id, a.status)
        }
        return (a, staff)
    }

    /// The staff member named (422 when unknown), else `fallback`.
    static func actingStaff(_ staffID: String?, default fallback: StaffID, _ call: AdminCall) async throws -> StaffID {
        guard let staffID else { return fallback }
        guard try await call.store.staff(at: nil).contains(where: { $0.id.rawValue == staffID }) else {
            throw APIProblem.invalid("staffId", "no staff member with id \"\(staffID)\"")
        }
        return StaffID(staffID)
    }

    /// The appointment after the change; 409 when the engine left it otherwise (something changed it meanwhile).
    static func outcome(_ id: AppointmentID, expect status: AppointmentStatus, _ call: AdminCall) async throws -> APIResponse {
        let a = try await reload(id, call)
        guard a.status == status else {
            throw APIProblem.conflict("invalid-transition", title: "Not possible in the appointment's current state",
                                      detail: "appointment \(id) is \(a.status.rawValue); it could not be made \(status.rawValue)")
        }
        return .json(Wire.AppointmentJSON(a))
    }

    static func reload(_ id: AppointmentID, _ call: AdminCall) async throws -> Appointment {
        guard let a = try await call.store.appointment(id) else { throw APIProblem.notFound("appointment", id.rawValue) }
        return a
    }
}
