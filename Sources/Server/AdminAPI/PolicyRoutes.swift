import BookingCore
import Engine
import Foundation
import Hummingbird
import Store

/// The business's policies: read them, replace them (checked as a whole, versioned, audited), and see every earlier version.
enum PolicyRoutes {
    static let routes: [AdminRoute] = [
        AdminRoute(.get, "/policies") { call in
            try call.query().finish()
            return .json(try await current(call))
        },
        AdminRoute(.put, "/policies") { call in
            let f = try call.fields()
            let document = f.document("policies", required: true)
            let note = f.string("note", maxLength: 500) ?? ""
            let staffID = f.string("staffId", maxLength: 64)
            var basedOn: Int?
            if f.has("version") {
                if let v = f.document("version"), case .int(let n) = v, n >= 0 { basedOn = n } else { f.problem("version", "expected the version number the change was made on") }
            }
            if let staffID { _ = try await call.staffMember(staffID, in: f) }
            try f.finish()
            guard let document else { throw APIProblem.invalid(f.errors) }
            do {
                try await PolicyUpdate.apply(document, to: call.store, source: .api, actor: staffID.map { .staff(StaffID($0)) } ?? call.actor,
                                             note: note, basedOn: basedOn, at: call.now, prefix: "policies.")
            } catch let problems as PolicyProblems {
                throw APIProblem.invalid(problems.problems.map { APIProblem.FieldError(field: $0.field, detail: $0.message) })
            }
            return .json(try await current(call))
        },
        AdminRoute(.get, "/policies/history") { call in
            let query = call.query()
            let limit = query.integer("limit", in: 1...500, default: 50)
            try query.finish()
            return .json(Wire.List(items: try await call.store.policyHistory(limit: limit).map(Wire.PolicyVersionJSON.init)))
        },
    ]

    /// The policy in force: its version, who set it, the document as set and what it means per location.
    static func current(_ call: AdminCall) async throws -> Wire.PoliciesJSON {
        let record = try await call.store.currentPolicy()
        var locations: [(key: String, value: DocumentValue)] = []
        if case .map(let sections) = record?.document["locations"] ?? .null {
            for (id, _) in sections { locations.append((id, PolicyDocument.write(try await call.store.policies(for: LocationID(id))))) }
        }
        return Wire.PoliciesJSON(version: record?.version ?? 0, source: record?.source.rawValue, changedBy: record?.actor.description,
                                 changedAt: record?.at, note: record?.note, document: record?.document ?? .map([]),
                                 effective: .map([("business", PolicyDocument.write(try await call.store.policies(for: nil))),
                                                  ("locations", .map(locations))]))
    }
}

extension Wire {
    /// The policies in force.
    struct PoliciesJSON: Encodable {
        /// 0 before any policy was set (the defaults apply).
        var version: Int
        var source: String?
        var changedBy: String?
        var changedAt: Date?
        var note: String?
        /// The document as it was set.
        var document: DocumentValue
        /// Every setting in force, business-wide and for each location with its own.
        var effective: DocumentValue
    }

    /// One version of the policies.
    struct PolicyVersionJSON: Encodable {
        var version: Int, source: String, changedBy: String, changedAt: Date, note: String
        var document: DocumentValue

        init(_ r: PolicyRecord) {
            version = r.version; source = r.source.rawValue; changedBy = r.actor.description; changedAt = r.at; note = r.note; document = r.document
        }
    }
}
