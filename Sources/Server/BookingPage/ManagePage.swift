import BookingCore
import Conversation
import Engine
import Foundation
import Hummingbird
import Store

/// A visit's own page, `/book/m/{appointment}/{token}`, from the signed link in its messages: what, when, with whom, and
/// what the client may do now: confirm, cancel (told first of a late-cancellation fee), move to another free time, or join
/// the waitlist for a day that is full; pay a deposit that is due; book again. The link stands for the client: opening it
/// lets them book more without a code.
struct ManagePage: BookingPageCall {
    let page: BookingPage
    let request: Request
    let context: BasicRequestContext


    /// The page's path for a visit (without the server's address).
    static func path(_ a: Appointment, _ links: ClientLinks) -> String {
        String(links.manage(a).dropFirst(links.base.count))
    }

    /// The visit the link names, with what the page shows of it; the one "not valid" page for any link that isn't right.
    struct Visit {
        var appointment: Appointment
        var client: Client
        var service: Service
        var location: Location
        var staffName: String
        var policies: Policies
        var path: String
    }

    func visit() async throws -> Visit {
        let id = context.parameters.get("appointment") ?? "", token = context.parameters.get("token") ?? ""
        guard id.count <= 128, token.count <= 40, page.links.isManageToken(token, for: AppointmentID(id), now: now),
              let a = try await page.store.appointment(AppointmentID(id)), let client = try await page.store.client(a.clientID),
              let service = try await page.store.services().first(where: { $0.id == a.serviceID }),
              let location = try await page.store.location(a.locationID) else { throw PageProblem.unknownLink }
        let staff = try await page.store.staff(at: a.locationID).first { $0.id == a.staffID }?.name ?? ""
        return Visit(appointment: a, client: client, service: service, location: location, staffName: staff,
                     policies: try await page.store.policies(for: a.locationID),
                     path: "/book/m/" + ClientLinks.pathPart(id) + "/" + ClientLinks.pathPart(token))
    }

    /// Whether the visit can still be changed by the client.
    func changeable(_ v: Visit) -> Bool { v.appointment.status.isUpcoming && v.appointment.start > now }

    // MARK: Pages

    /// `GET`: the visit and what can be done with it.
    func show() async throws -> Response {
        let v = try await visit()
        let a = v.appointment
        let format = DeskFormat(locale: locale, zone: v.location.timeZone)
        var values: [String: Any] = ["service": v.service.name, "when": format.longDay(a.start) + ", " + format.time(a.start), "staff": v.staffName,
                                     "location": v.location.name, "address": v.location.address ?? "", "price": format.money(a.price),
                                     "name": v.client.firstName, "path": v.path, "nonce": BookingFlow.nonce()]
        values["status"] = word("web_status_\(a.status.rawValue)")
        if let done = BookingPage.query(request, "done"), ["booked", "held", "confirmed", "cancelled", "moved", "handed", "waitlisted", "taken"].contains(done) {
            values["notice"] = word("web_done_\(done)")
        }
        if case .paid(let m) = a.deposit, m.minorUnits > 0 { values["depositLine"] = word("web_deposit_paid", ["amount": format.money(m)]) }
        if case .required(let m) = a.deposit, a.status == .awaitingDeposit {
            values["depositLine"] = word("web_deposit_awaiting", ["amount": format.money(m), "time": a.holdExpiresAt.map(format.time) ?? ""])
            values["payHref"] = "/pay/" + ClientLinks.pathPart(a.id.rawValue)
        }
        if let fee = a.cancellation?.fee { values["feeLine"] = word("web_fee_charged", ["amount": format.money(fee)]) }
        if changeable(v) {
            values["canChange"] = true
            values["canConfirm"] = a.status == .booked
        }
        values["bookAgain"] = "/book/" + ClientLinks.pathPart(a.locationID.rawValue) + "?service=" + ClientLinks.queryPart(a.serviceID.rawValue)
        return page.render("web_manage", locale: locale, title: v.service.name, values, setCookie: page.visitorCookie(.client(v.client.id)))
    }

    /// `GET …/cancel`: what cancelling costs now, and the button that does it.
    func cancelPrompt() async throws -> Response {
        let v = try await visit()
        guard changeable(v) else { return BookingPage.redirect(v.path) }
        let a = v.appointment
        let format = DeskFormat(locale: locale, zone: v.location.timeZone)
        var values: [String: Any] = ["service": v.service.name, "when": format.longDay(a.start) + ", " + format.time(a.start), "path": v.path,
                                     "nonce": BookingFlow.nonce()]
        if let fee = Self.lateFee(a, v.policies, now: now) {
            values["fee"] = word("web_cancel_fee", ["amount": format.money(fee), "hours": "\(v.policies.lateCancel.windowHours)"])
        } else {
            values["free"] = word("web_cancel_free")
        }
        if case .paid(let m) = a.deposit, m.minorUnits > 0 { values["depositNote"] = word("web_cancel_deposit", ["amount": format.money(m)]) }
        return page.render("web_cancel", locale: locale, title: word("web_cancel_title"), values)
    }

    /// The fee cancelling `a` at `now` costs under the policy (none for a slot still waiting for its deposit).
    static func lateFee(_ a: Appointment, _ policies: Policies, now: Date) -> Money? {
        guard policies.lateCancel.isLate(start: a.start, now: now), a.status != .awaitingDeposit else { return nil }
        return policies.lateCancel.fee.fee(on: a.price)
    }

    /// `GET …/move`: the free times of a day for the same service, and the waitlist for a day that has none.
    func movePicker(notice: String? = nil) async throws -> Response {
        let v = try await visit()
        guard changeable(v) else { return BookingPage.redirect(v.path) }
        let flow = BookingFlow(page: page, request: request, context: context)
        let slots = try await flow.freeSlots(v.service, staff: nil, at: v.location, excluding: v.appointment.id)
            .filter { !($0.start == v.appointment.start && $0.staffID == v.appointment.staffID) }
        let format = DeskFormat(locale: locale, zone: v.location.timeZone)
        let names = Dictionary(try await page.store.staff(at: v.location.id).map { ($0.id, $0.name) }) { a, _ in a }
        let picked = BookingFlow.day(BookingPage.query(request, "day"))
        let table = TimeTable(slots: slots, zone: v.location.timeZone, picked: picked, format: format, names: names,
                              dayHref: { v.path + "/move?day=\($0)" }, timeHref: { SlotChoice(start: $0.start, staff: $0.staffID).value })
        var values = table.values
        values["service"] = v.service.name
        values["current"] = word("web_move_current", ["when": format.longDay(v.appointment.start) + ", " + format.time(v.appointment.start)])
        values["path"] = v.path
        values["nonce"] = BookingFlow.nonce()
        if let notice { values["notice"] = notice }
        // Any day in reach can be asked for on the waitlist, full or not: the day picker offers the next weeks.
        let today = LocalDateTime(now, in: v.location.timeZone).date
        values["waitDays"] = (0..<BookingPage.daysAhead).map { offset -> [String: Any] in
            let d = today.adding(days: offset)
            return ["value": d.description, "label": format.day(ZoneDay(d, in: v.location.timeZone).start.addingTimeInterval(12 * 3600)),
                    "selected": d == (picked ?? table.day)]
        }
        return page.render("web_move", locale: locale, title: word("web_move_title"), values)
    }

    // MARK: Doing

    /// What a client can do to a visit from its page.
    enum Action: String, CaseIterable {
        case confirm, cancel, move, waitlist
    }

    /// `POST …/{confirm|cancel|move|waitlist}`.
    func act(_ action: Action) async throws -> Response {
        let form = try await page.form(request)
        let v = try await visit()
        guard changeable(v) else { return BookingPage.redirect(v.path) }
        let nonce = String((form["nonce"] ?? "").filter { $0.isLetter || $0.isNumber }.prefix(40))
        guard nonce.count >= 10 else { throw PageProblem(.badRequest, titleKey: "web_error_title", textKey: "web_error_form") }
        let key = "book-page:\(v.appointment.id.rawValue):\(nonce)"
        let id = v.appointment.id
        switch action {
        case .confirm:
            let outcome = try await page.engine.web(.confirm(id), key: key)
            return BookingPage.redirect(v.path + "?done=" + (outcome.handedOver ? "handed" : "confirmed"))
        case .cancel:
            let outcome = try await page.engine.web(.cancel(id), key: key)
            return BookingPage.redirect(v.path + "?done=" + (outcome.handedOver ? "handed" : outcome.appointment.status == .cancelled ? "cancelled" : "taken"))
        case .move:
            guard let slot = (form["slot"]).flatMap(SlotChoice.init(value:)) else { throw PageProblem(.badRequest, titleKey: "web_error_title", textKey: "web_error_form") }
            let offered = OfferedSlot(serviceID: v.service.id, staffID: slot.staff, locationID: v.location.id, start: slot.start,
                                      end: slot.start.addingTimeInterval(v.appointment.end.timeIntervalSince(v.appointment.start)))
            let outcome = try await page.engine.web(.move(id, to: offered), key: key)
            if outcome.handedOver { return BookingPage.redirect(v.path + "?done=handed") }
            if outcome.appointment.start == slot.start && outcome.appointment.staffID == slot.staff { return BookingPage.redirect(v.path + "?done=moved") }
            return try await movePicker(notice: word("web_taken"))
        case .waitlist:
            guard let day = BookingFlow.day(form["day"]) else { throw PageProblem(.badRequest, titleKey: "web_error_title", textKey: "web_error_form") }
            try await joinWaitlist(v, day: day, nonce: nonce)
            return BookingPage.redirect(v.path + "?done=waitlisted")
        }
    }

    /// Puts the client on the waitlist for `day`, for the same service with anyone, in the location's hours that day.
    func joinWaitlist(_ v: Visit, day: LocalDate, nonce: String) async throws {
        let zone = v.location.timeZone
        let today = LocalDateTime(now, in: zone).date
        guard day >= today, day <= today.adding(days: BookingPage.daysAhead) else {
            throw PageProblem(.badRequest, titleKey: "web_error_title", textKey: "web_error_form")
        }
        let hours = v.location.openingHours.ranges(on: day.weekday)
        guard let first = hours.map(\.start).min(), let last = hours.map(\.end).max() else {
            throw PageProblem(.unprocessableContent, titleKey: "web_nothing_title", textKey: "web_closed_day", back: v.path + "/move")
        }
        let entry = WaitlistEntry(id: WaitlistEntryID("web-\(nonce.prefix(16))"), clientID: v.client.id, locationID: v.location.id,
                                  serviceIDs: [v.service.id], windows: [WaitlistWindow(from: day, to: day, hours: LocalTimeRange(start: first, end: last))],
                                  flexibility: .exact, createdAt: now, expiresAt: ZoneDay(day.adding(days: 1), in: zone).start)
        try await page.store.save(entry)
        try await page.store.audit(AuditEntry(at: now, actor: .client(v.client.id), subjectKind: "waitlist", subjectID: entry.id.rawValue,
                                              action: "joinedWaitlist", detail: "\(v.service.id) on \(day), from the booking page"))
    }
}
