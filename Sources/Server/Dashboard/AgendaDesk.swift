import BookingCore
import Conversation
import Engine
import Foundation
import Hummingbird
import Store

/// The day's book (or the week's) per staff member, with each visit's state and the front desk's one-click actions:
/// arrived, no-show (with the block prompt where the policy asks), cancel with the reason, fee and deposit, undo a no-show.
struct AgendaDesk: Sendable {
    let desk: Dashboard

    func register(on router: Router<BasicRequestContext>) {
        router.get("/desk") { request, context in await desk.desk(request, context) { try await agenda($0) } }
        router.get("/desk/appointments/{id}/cancel") { request, context in await desk.desk(request, context) { try await cancelDialog($0) } }
        router.post("/desk/appointments/{id}/{action}") { request, context in await desk.desk(request, context) { try await act($0) } }
        // A literal segment wins over a parameter in the router, so the cancel dialog's own post is named too.
        router.post("/desk/appointments/{id}/cancel") { request, context in await desk.desk(request, context) { try await act($0, action: "cancel") } }
        router.get("/desk/clients/{id}/block-prompt") { request, context in await desk.desk(request, context) { try await blockPrompt($0) } }
    }

    // MARK: The book

    func agenda(_ call: DeskCall) async throws -> Response {
        let locations = try await call.store.locations()
        guard let location = locations.first(where: { $0.id.rawValue == call.query("location") }) ?? locations.first else {
            return await call.page("empty", title: call.word("today_title"), tab: "today", ["message": call.word("today_no_locations")])
        }
        let zone = location.timeZone
        let format = DeskFormat(locale: call.account.locale, zone: zone)
        let today = LocalDateTime(call.now, in: zone).date
        let first = call.query("day").flatMap { LocalDate(iso: $0) } ?? today
        let week = call.query("view") == "week"
        let policies = try await call.store.policies(for: location.id)
        let allStaff = try await call.store.staff(at: nil)
        let staff = allStaff.filter { $0.active && $0.locationIDs.contains(location.id) }
        let services = try await call.serviceNames()
        var clients: [ClientID: Client] = [:]
        var days: [[String: Any]] = []
        for offset in 0..<(week ? 7 : 1) {
            let date = first.adding(days: offset)
            let range = ZoneDay(date, in: zone)
            let appointments = try await call.store.appointments(at: location.id, from: range.start, to: ZoneDay(date.adding(days: 1), in: zone).start)
            var columns: [[String: Any]] = []
            // Everyone working, and anyone else with a visit that day (a colleague since deactivated still has a book to clear).
            var shown = staff
            for id in Set(appointments.map(\.staffID)) where !shown.contains(where: { $0.id == id }) {
                if let other = allStaff.first(where: { $0.id == id }) { shown.append(other) }
            }
            for member in shown {
                var rows: [[String: Any]] = []
                for a in appointments where a.staffID == member.id {
                    if clients[a.clientID] == nil { clients[a.clientID] = try await call.store.client(a.clientID) }
                    rows.append(try await row(a, client: clients[a.clientID], service: services[a.serviceID], policies: policies, format: format, call))
                }
                if week && rows.isEmpty { continue }
                columns.append(["name": member.name, "rows": rows, "empty": rows.isEmpty])
            }
            days.append(["label": format.longDay(range.start), "staff": columns, "nothing": columns.isEmpty])
        }
        // Tomorrow's visits nobody has confirmed yet: the calls to make today.
        let tomorrow = today.adding(days: 1)
        let unconfirmed = try await call.store.appointments(at: location.id, from: ZoneDay(tomorrow, in: zone).start,
                                                            to: ZoneDay(tomorrow.adding(days: 1), in: zone).start)
            .filter { $0.status == .booked || $0.status == .awaitingDeposit }.count
        let base = "/desk?location=\(location.id.rawValue)"
        return await call.page("agenda", title: call.word("today_title"), tab: "today", [
            "days": days, "week": week, "unconfirmedTomorrow": unconfirmed,
            "unconfirmedText": call.word("today_unconfirmed_tomorrow", ["count": "\(unconfirmed)"]), "tomorrowLink": "\(base)&day=\(tomorrow)",
            "day": first.description, "previous": "\(base)&day=\(first.adding(days: week ? -7 : -1))\(week ? "&view=week" : "")",
            "next": "\(base)&day=\(first.adding(days: week ? 7 : 1))\(week ? "&view=week" : "")",
            "todayLink": "\(base)\(week ? "&view=week" : "")", "dayLink": "\(base)&day=\(first)", "weekLink": "\(base)&day=\(first)&view=week",
            "locations": DeskCall.locationChoices(locations, selected: location.id),
            "location": location.id.rawValue, "back": Dashboard.here(call.request),
        ])
    }

    /// One visit as a row: time, client, service, state, tier, deposit, and the actions its state allows.
    func row(_ a: Appointment, client: Client?, service: String?, policies: Policies, format: DeskFormat, _ call: DeskCall) async throws -> [String: Any] {
        let state = Self.state(a, now: call.now, late: try await runningLate(a, call))
        var row: [String: Any] = [
            "id": a.id.rawValue, "time": "\(format.time(a.start))–\(format.time(a.end))", "client": client?.fullName ?? a.clientID.rawValue,
            "clientId": a.clientID.rawValue, "service": service ?? a.serviceID.rawValue, "state": state,
            "stateLabel": call.word("state_\(state)"),
            "canArrive": a.canArrive(at: call.now),
            "canNoShow": a.status.isUpcoming && a.start <= call.now,
            "canCancel": a.status.isUpcoming, "canReinstate": a.status == .noShow,
        ]
        if let client {
            let tier = client.tier(under: policies.noShow, now: call.now)
            if tier != .good { row["tier"] = Self.tierLabel(tier, call) }
            if client.onlineBookingBlock != nil { row["blocked"] = call.word("client_blocked") }
        }
        switch a.deposit {
        case .required(let m): row["deposit"] = call.word("deposit_due", ["amount": format.money(m)])
        case .paid(let m): row["deposit"] = call.word("deposit_paid", ["amount": format.money(m)])
        default: break
        }
        if let c = a.cancellation { row["cancelReason"] = c.reason }
        return row
    }

    /// What the desk needs to know about a visit, in one word.
    static func state(_ a: Appointment, now: Date, late: Bool) -> String {
        switch a.status {
        case .awaitingDeposit: return "awaiting_deposit"
        case .cancelled: return "cancelled"
        case .noShow: return "no_show"
        case .arrived: return "arrived"
        case .completed: return "completed"
        case .confirmed: return late ? "running_late" : "confirmed"
        case .booked:
            if late { return "running_late" }
            // Unconfirmed within a day of the visit: the reminders have gone and nobody answered.
            return a.start > now && a.start.timeIntervalSince(now) <= 24 * 3600 ? "at_risk" : "unconfirmed"
        }
    }

    /// Whether the client's latest reply on the visit's day said they are running late.
    func runningLate(_ a: Appointment, _ call: DeskCall) async throws -> Bool {
        guard a.status.isUpcoming, abs(a.start.timeIntervalSince(call.now)) < 6 * 3600 else { return false }
        let latest = try await call.store.messages(party: "client:\(a.clientID.rawValue)").last { $0.direction == "in" && $0.intent != nil }
        guard let latest, a.start.timeIntervalSince(latest.createdAt) < 6 * 3600 else { return false }
        return latest.intent == "late"
    }

    static func tierLabel(_ tier: AttendanceTier, _ call: DeskCall) -> String {
        switch tier {
        case .good: call.word("tier_good")
        case .depositRequired(let p): call.word("tier_deposit", ["percent": "\(p)"])
        case .noOnlineBooking: call.word("tier_no_online")
        }
    }

    // MARK: Actions

    func act(_ call: DeskCall, action: String? = nil) async throws -> Response {
        let id = AppointmentID(call.parameter("id"))
        guard let a = try await call.store.appointment(id) else { throw DeskError(.notFound, call.word("error_no_appointment")) }
        let staff = try call.staffID(default: a.staffID)
        let action = action ?? call.parameter("action")
        let key = call.eventKey("\(action):\(id)")
        switch action {
        case "arrived":
            try upcoming(a, call)
            try await call.engine.staffAction(.arrived(id, by: staff), key: key)
            try await call.audit("appointment", a.id.rawValue, "arrived")
            return call.done("arrived", fallback: "/desk")
        case "no-show":
            try upcoming(a, call)
            try await call.engine.staffAction(.noShow(id, by: staff), key: key)
            try await call.audit("appointment", a.id.rawValue, "noShow")
            // The Optios prompt: where the policy asks, the desk is asked at once whether to close online booking to the client.
            let policies = try await call.store.policies(for: a.locationID)
            if policies.noShow.askToBlock, let client = try await call.store.client(a.clientID), client.onlineBookingBlock == nil {
                return Dashboard.redirect("/desk/clients/\(client.id.rawValue)/block-prompt?appointment=\(id.rawValue)")
            }
            return call.done("no_show", fallback: "/desk")
        case "reinstate":
            guard a.status == .noShow else { throw DeskError(.conflict, call.word("error_not_no_show")) }
            try await call.engine.reinstate(id, by: staff, key: key)
            try await call.audit("appointment", a.id.rawValue, "reinstated")
            return call.done("reinstated", fallback: "/desk")
        case "cancel":
            try upcoming(a, call)
            let policy = try await call.store.policies(for: a.locationID).cancellation
            guard let reason = try call.field("reason", maxLength: 100), let listed = policy.listed(reason) else {
                throw DeskError(.unprocessableContent, call.word("error_reason"))
            }
            let note = try call.field("note", maxLength: 500)
            guard let fee = CancellationTerms.Fee(rawValue: try call.field("fee", maxLength: 20) ?? "policy") else {
                throw DeskError(.badRequest, call.word("error_bad_choice", ["field": "fee"]))
            }
            var deposit: DepositOnCancel?
            if let d = try call.field("deposit", maxLength: 20), d != "policy" {
                guard let chosen = DepositOnCancel(rawValue: d) else { throw DeskError(.badRequest, call.word("error_bad_choice", ["field": "deposit"])) }
                deposit = chosen
            }
            // The desk follows the policy or waives the fee; charging a fee the policy wouldn't, or deciding the deposit's fate
            // against it, is a manager's call.
            if fee == .apply || deposit != nil { try call.require(call.account.role.mayOverride) }
            let words = listed + (note.map { ": \($0)" } ?? "")
            try await call.engine.staffAction(.cancel(id, by: staff, reason: words, terms: CancellationTerms(fee: fee, deposit: deposit)), key: key)
            try await call.audit("appointment", a.id.rawValue, "cancelled", detail: "\(words); fee \(fee.rawValue)" + (deposit.map { "; deposit \($0.rawValue)" } ?? ""))
            return call.done("cancelled", fallback: "/desk")
        default:
            throw DeskError(.notFound, call.word("error_not_found"))
        }
    }

    func upcoming(_ a: Appointment, _ call: DeskCall) throws(DeskError) {
        if !a.status.isUpcoming { throw DeskError(.conflict, call.word("error_not_upcoming", ["state": call.word("state_\(Self.state(a, now: call.now, late: false))")])) }
    }

    // MARK: Dialogs

    /// The cancel dialog: the policy's reasons, a note, the fee applied or waived, and the deposit kept, refunded or kept as credit.
    func cancelDialog(_ call: DeskCall) async throws -> Response {
        let id = AppointmentID(call.parameter("id"))
        guard let a = try await call.store.appointment(id) else { throw DeskError(.notFound, call.word("error_no_appointment")) }
        try upcoming(a, call)
        guard let location = try await call.store.location(a.locationID) else { throw DeskError(.notFound, call.word("error_not_found")) }
        let policies = try await call.store.policies(for: a.locationID)
        let client = try await call.store.client(a.clientID)
        let format = DeskFormat(locale: call.account.locale, zone: location.timeZone)
        let service = try await call.store.services().first { $0.id == a.serviceID }?.name ?? a.serviceID.rawValue
        let late = a.start.timeIntervalSince(call.now) < Double(policies.lateCancel.windowHours) * 3600
        var back = call.query("back") ?? "/desk"
        if !Dashboard.isLocalPath(back) { back = "/desk" }
        return await call.page("cancel", title: call.word("cancel_title"), tab: "today", [
            "id": a.id.rawValue, "client": client?.fullName ?? a.clientID.rawValue, "service": service, "when": format.dayTime(a.start),
            "reasons": policies.cancellation.reasons.map { ["reason": $0] },
            "late": late, "lateText": call.word("cancel_late", ["hours": "\(policies.lateCancel.windowHours)"]),
            "hasDeposit": a.deposit.amount != nil && a.deposit.kind == "paid",
            "mayOverride": call.account.role.mayOverride, "back": back,
        ])
    }

    /// After a no-show: block the client from online booking? Yes blocks (audited, with undo on the card); no leaves it.
    func blockPrompt(_ call: DeskCall) async throws -> Response {
        let id = ClientID(call.parameter("id"))
        guard let client = try await call.store.client(id) else { throw DeskError(.notFound, call.word("error_no_client")) }
        let policies = try await call.store.policies(for: nil)
        let noShows = client.attendance.filter { $0.kind == .noShow }.count
        return await call.page("block_prompt", title: call.word("block_title"), tab: "today", [
            "client": client.fullName, "clientId": id.rawValue,
            "question": call.word("block_question", ["name": client.fullName, "count": "\(noShows)"]),
            "tier": Self.tierLabel(client.tier(under: policies.noShow, now: call.now), call),
            "reason": call.word("block_reason_no_show", ["appointment": call.query("appointment") ?? ""]),
        ])
    }
}
