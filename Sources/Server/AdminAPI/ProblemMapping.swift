import BookingCore
import Engine
import Foundation
import Hummingbird
import Store

/// How the domain's refusals read as problems: an unknown id in the body or a time outside hours is a 422 naming the
/// field, a taken slot or an illegal status change a 409, an unknown id in the path a 404.
struct ProblemMapping: Sendable {
    /// The API's field names for the parts of a booking, where a route names them differently (query parameters).
    var client = "clientId", service = "serviceId", staff = "staffId", location = "locationId", start = "start"

    /// The problem for an error a handler threw; nil for an unexpected one (a 500).
    func problem(for error: any Error) -> APIProblem? {
        switch error {
        case let p as APIProblem:
            return p
        case let r as BookingRefusal:
            return refusal(r)
        case let e as StoreError:
            switch e {
            case .slotTaken(let staff, let other):
                return APIProblem.conflict("slot-taken", title: "The staff member is already busy then",
                                           detail: "\(staff) is already booked at that time" + (other.map { " (appointment \($0))" } ?? "")
                                               + "; choose another time or staff member (GET /api/v1/slots lists free ones)", field: start)
            case .notFound(let kind, let id):
                return .notFound(kind, id)
            case .missingReference(let why):
                return APIProblem.conflict("conflict", title: "The request conflicts with an existing record", detail: why)
            case .concurrentChange(let id):
                return APIProblem.conflict("concurrent-change", title: "Changed meanwhile", detail: "appointment \(id) changed meanwhile; read it again and retry")
            case .policyChanged:
                return APIProblem(.preconditionFailed, "policy-changed", title: "The policies changed meanwhile", detail: e.description)
            case .duplicate(let kind, let id):
                return APIProblem.conflict("duplicate", title: "Exists already", detail: "there is already a \(kind) \"\(id)\"")
            case .importRejected, .unusableDatabase:
                return nil
            }
        case let e as LifecycleError:
            switch e {
            case .moveIntoPast, .invalidTimes:
                return .invalid(start, e.description)
            default:
                return APIProblem.conflict("invalid-transition", title: "Not possible in the appointment's current state", detail: e.description)
            }
        default:
            return nil
        }
    }

    func refusal(_ r: BookingRefusal) -> APIProblem {
        switch r {
        case .unknownClient: .invalid(client, r.description)
        case .unknownService: .invalid(service, r.description)
        case .unknownStaff, .staffDoesNotPerform: .invalid(staff, r.description)
        case .unknownLocation, .staffNotAtLocation, .locationNeeded: .invalid(location, r.description)
        case .inThePast, .unavailable: .invalid(start, r.description)
        case .clientBlocked: APIProblem.conflict("client-blocked", title: "The client is blocked from booking", detail: r.description, field: "override")
        case .overrideNeeded: .invalid("override", r.description)
        case .notANoShow: APIProblem.conflict("invalid-transition", title: "Not possible in the appointment's current state", detail: r.description)
        case .notUpcoming: APIProblem.conflict("invalid-transition", title: "Not possible in the appointment's current state", detail: r.description)
        }
    }

    /// 500 without internals; the cause goes to the log.
    static func internalError() -> APIProblem {
        APIProblem(.internalServerError, "internal-error", title: "Something went wrong on our side",
                   detail: "the request could not be completed and nothing was changed by it; it is safe to retry (with the same Idempotency-Key)")
    }
}
