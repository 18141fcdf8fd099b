import BookingCore
import Conversation
import Engine
import Foundation
import Hummingbird
import Store

/// Booking a visit on `/book/{location}`: choose a service, a staff member or anyone, a day and a free time; then say who you
/// are (a one-time code to the phone, or nothing more when a personal link or an earlier code already said it); then the
/// visit is booked, or held for its deposit and the payment page opens.
struct BookingFlow: BookingPageCall {
    let page: BookingPage
    let request: Request
    let context: BasicRequestContext


    /// The location of the path, or the page for an unknown one.
    func location() async throws -> Location {
        let id = context.parameters.get("location") ?? ""
        guard id.count <= 128, let location = try await page.store.location(LocationID(id)) else {
            throw PageProblem(.notFound, titleKey: "web_nothing_title", textKey: "web_no_location")
        }
        return location
    }

    var base: String { "/book/" + ClientLinks.pathPart(context.parameters.get("location") ?? "") }

    /// The services someone at `location` performs, by name.
    func services(at location: Location) async throws -> [Service] {
        let team = try await page.store.staff(at: location.id).filter(\.active)
        return try await page.store.services().filter { s in team.contains { $0.performs(s.id) } }.sorted { $0.name < $1.name }
    }

    // MARK: Choosing

    /// `GET /book/{location}`: the services, or with `service` the staff and the free times of a day.
    func choose() async throws -> Response {
        let location = try await location()
        // A personal link from a message: the visitor is that client from now on, and the address bar loses the token.
        if let c = BookingPage.query(request, "c"), let t = BookingPage.query(request, "t"), c.count <= 128,
           page.links.isClientToken(t, for: ClientID(c), now: now), try await page.store.client(ClientID(c)) != nil {
            let service = BookingPage.query(request, "service").map { "?service=" + ClientLinks.queryPart($0) } ?? ""
            return BookingPage.redirect(base + service, setCookie: page.visitorCookie(.client(ClientID(c))))
        }
        let format = DeskFormat(locale: locale, zone: location.timeZone)
        let all = try await services(at: location)
        var values: [String: Any] = ["location": location.name, "address": location.address ?? "", "base": base]
        if let visitor = page.visitor(request), let client = try await page.client(of: visitor) {
            values["knownAs"] = word("web_known_as", ["name": client.firstName])
        }
        guard let serviceID = BookingPage.query(request, "service"), let service = all.first(where: { $0.id.rawValue == serviceID }) else {
            values["services"] = all.map { s -> [String: Any] in
                ["name": s.name, "minutes": word("web_minutes", ["minutes": "\(s.durationMinutes)"]), "price": format.money(s.price),
                 "deposit": s.depositAmount.map { word("web_deposit_note", ["amount": format.money($0)]) } ?? "",
                 "href": base + "?service=" + ClientLinks.queryPart(s.id.rawValue)]
            }
            return page.render("web_services", locale: locale, title: word("web_title"), values)
        }
        let team = try await page.store.staff(at: location.id).filter { $0.active && $0.performs(service.id) }
        let staffID = BookingPage.query(request, "staff").flatMap { id in team.first { $0.id.rawValue == id }?.id }
        let slots = try await freeSlots(service, staff: staffID, at: location, excluding: nil)
        let serviceQuery = "?service=" + ClientLinks.queryPart(service.id.rawValue)
        let staffQuery = staffID.map { "&staff=" + ClientLinks.queryPart($0.rawValue) } ?? ""
        values["service"] = service.name
        values["serviceDetail"] = word("web_minutes", ["minutes": "\(service.durationMinutes)"]) + " · " + format.money(service.price)
        values["deposit"] = service.depositAmount.map { word("web_deposit_note", ["amount": format.money($0)]) } ?? ""
        values["changeService"] = base
        values["staff"] = [["name": word("web_anyone"), "href": base + serviceQuery, "current": staffID == nil]]
            + team.map { ["name": $0.name, "href": base + serviceQuery + "&staff=" + ClientLinks.queryPart($0.id.rawValue), "current": $0.id == staffID] }
        let picked = Self.day(BookingPage.query(request, "day"))
        let table = TimeTable(slots: slots, zone: location.timeZone, picked: picked, format: format, names: Dictionary(team.map { ($0.id, $0.name) }) { a, _ in a },
                              dayHref: { base + serviceQuery + staffQuery + "&day=\($0)" },
                              timeHref: { base + "/details" + serviceQuery + "&slot=" + SlotChoice(start: $0.start, staff: $0.staffID).value })
        values.merge(table.values) { $1 }
        if slots.isEmpty { values["noTimes"] = word("web_no_times", ["days": "\(BookingPage.daysAhead)", "phone": location.phone ?? ""]) }
        if BookingPage.query(request, "notice") == "taken" { values["notice"] = word("web_taken") }
        return page.render("web_times", locale: locale, title: service.name, values)
    }

    /// Free times for `service` from an hour from now over the days the page offers.
    func freeSlots(_ service: Service, staff: StaffID?, at location: Location, excluding: AppointmentID?) async throws -> [Slot] {
        let from = now.addingTimeInterval(3600)
        return try await page.engine.freeSlots(service: service.id, from: from, to: from.addingTimeInterval(Double(BookingPage.daysAhead) * 86_400),
                                               staff: staff, location: location.id)
    }

    static func day(_ text: String?) -> LocalDate? { text.flatMap { $0.count == 10 ? LocalDate(iso: $0) : nil } }

    // MARK: Who is booking

    /// The chosen service and time of a request, checked against what is free now.
    struct Choice {
        var location: Location
        var service: Service
        var slot: SlotChoice
        var staffName: String
    }

    func choice(service serviceID: String?, slot: String?) async throws -> Choice {
        let location = try await location()
        let back = base + (serviceID.map { "?service=" + ClientLinks.queryPart($0) + "&notice=taken" } ?? "")
        guard let serviceID, let service = try await services(at: location).first(where: { $0.id.rawValue == serviceID }),
              let slot = slot.flatMap(SlotChoice.init(value:)) else {
            throw PageProblem(.notFound, titleKey: "web_nothing_title", textKey: "web_no_choice", back: base)
        }
        let staff = try await page.store.staff(at: location.id)
        guard let member = staff.first(where: { $0.id == slot.staff }) else { throw PageProblem(.notFound, titleKey: "web_nothing_title", textKey: "web_no_choice", back: base) }
        // Still free? Asked of the same search the times came from, for that one staff member.
        let free = try await page.engine.freeSlots(service: service.id, from: slot.start, to: slot.start.addingTimeInterval(60), staff: member.id,
                                                   location: location.id)
        guard slot.start > now, free.contains(where: { $0.start == slot.start }) else {
            throw PageProblem(.conflict, titleKey: "web_taken_title", textKey: "web_taken", back: back)
        }
        return Choice(location: location, service: service, slot: slot, staffName: member.name)
    }

    /// The lines that say what is being booked.
    func summary(_ c: Choice, client: Client?) async throws -> [String: Any] {
        let format = DeskFormat(locale: locale, zone: c.location.timeZone)
        var v: [String: Any] = ["service": c.service.name, "when": format.longDay(c.slot.start) + ", " + format.time(c.slot.start),
                                "staff": c.staffName, "location": c.location.name, "price": format.money(c.service.price),
                                "serviceID": c.service.id.rawValue, "slot": c.slot.value, "base": base, "nonce": Self.nonce()]
        let policies = try await page.store.policies(for: c.location.id)
        let tier = client?.tier(under: policies.noShow, now: now) ?? .good
        if let due = c.service.depositDue(tier: tier) {
            v["deposit"] = word("web_deposit_due", ["amount": format.money(due), "minutes": "\(policies.depositHoldMinutes)"])
        }
        if policies.lateCancel.fee.fee(on: c.service.price) != nil {
            v["lateCancel"] = word("web_late_cancel_rule", ["hours": "\(policies.lateCancel.windowHours)"])
        }
        return v
    }

    /// `GET /book/{location}/details`: what is being booked, and who books it.
    func details(problem: String? = nil, fields: [String: String] = [:], status: HTTPResponse.Status = .ok) async throws -> Response {
        let form = fields.isEmpty ? [:] : fields
        let c = try await choice(service: form["service"] ?? BookingPage.query(request, "service"), slot: form["slot"] ?? BookingPage.query(request, "slot"))
        let visitor = page.visitor(request)
        let client = try await visitor.asyncMap { try await page.client(of: $0) } ?? nil
        if let client, let blocked = try await blocked(client, at: c.location) { return blocked }
        var v = try await summary(c, client: client)
        v["first"] = form["first"] ?? ""
        v["last"] = form["last"] ?? ""
        v["phone"] = form["phone"] ?? ""
        v["email"] = form["email"] ?? ""
        if let problem { v["problem"] = problem }
        if let client {
            v["knownAs"] = word("web_known_as", ["name": client.fullName])
        } else if case .phone(let phone)? = visitor {
            // A verified phone new to the business: only the name is asked.
            v["verifiedPhone"] = phone
        } else {
            v["askPhone"] = true
        }
        v["back"] = base + "?service=" + ClientLinks.queryPart(c.service.id.rawValue)
        return page.render("web_details", locale: locale, title: word("web_details_title"), v, status: status)
    }

    /// The page a client blocked from booking online gets, with the number to call; nil when they may book.
    func blocked(_ client: Client, at location: Location) async throws -> Response? {
        let policies = try await page.store.policies(for: location.id)
        guard client.tier(under: policies.noShow, now: now) == .noOnlineBooking else { return nil }
        let phone = location.phone ?? ""
        return page.message(locale, title: word("web_blocked_title"), text: word(phone.isEmpty ? "web_blocked_no_phone" : "web_blocked", ["phone": phone]),
                            status: .forbidden, links: phone.isEmpty ? [] : [("tel:" + phone.filter { $0 == "+" || $0.isNumber }, word("web_call", ["phone": phone]))])
    }

    // MARK: The one-time code

    /// The name, phone and e-mail of the form, checked; the problem for the person otherwise.
    struct Person {
        var first: String, last: String, phone: String?, email: String?
    }

    func person(_ form: [String: String], location: Location, needPhone: Bool) -> Result<Person, PersonProblem> {
        let first = (form["first"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let last = (form["last"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let email = (form["email"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if first.isEmpty || first.count > 60 || last.count > 60 || first.contains(where: \.isNewline) { return .failure(PersonProblem(word("web_bad_name"))) }
        if !email.isEmpty && (email.count > 200 || !ContactAddress.isEmail(email)) { return .failure(PersonProblem(word("web_bad_email"))) }
        var phone: String?
        if needPhone {
            guard let read = PhoneEntry.read(form["phone"] ?? "", home: location.phone) else { return .failure(PersonProblem(word("web_bad_phone"))) }
            phone = read
        }
        return .success(Person(first: first, last: last, phone: phone, email: email.isEmpty ? nil : email))
    }

    struct PersonProblem: Error { let text: String; init(_ text: String) { self.text = text } }

    /// `POST /book/{location}/code`: sends a code to the phone (the same answer whether the phone is known or not).
    func sendCode() async throws -> Response {
        let form = try await page.form(request)
        let c = try await choice(service: form["service"], slot: form["slot"])
        let person: Person
        switch self.person(form, location: c.location, needPhone: true) {
        case .success(let p): person = p
        case .failure(let problem): return try await details(problem: problem.text, fields: form, status: .unprocessableContent)
        }
        let phone = person.phone!
        let code = ClientLinks.newCode()
        let requester = BookingPage.requester(request)
        let limits = CodeLimits(perPhone: 3, perRequester: requester == "direct" ? 60 : 10, window: 3600)
        let issue = try await page.store.issueCode(VerificationCode(phone: phone, hash: page.links.codeHash(phone: phone, code: code), requester: requester,
                                                                    createdAt: now, expiresAt: now.addingTimeInterval(BookingPage.codeLifetime)), limits: limits)
        if case .tooMany(let until) = issue {
            let at = DeskFormat(locale: locale, zone: c.location.timeZone).time(until)
            return try await details(problem: word("web_too_many_codes", ["time": at]), fields: form, status: .tooManyRequests)
        }
        guard try await page.engine.sendCode(code, to: phone, locale: locale) else {
            return try await details(problem: word("web_cannot_send", ["phone": c.location.phone ?? ""]), fields: form, status: .serviceUnavailable)
        }
        return try await codePage(c, form: form, phone: phone, problem: nil)
    }

    func codePage(_ c: Choice, form: [String: String], phone: String, problem: String?, status: HTTPResponse.Status = .ok) async throws -> Response {
        var v = try await summary(c, client: nil)
        for key in ["first", "last", "phone", "email"] { v[key] = form[key] ?? "" }
        v["sentTo"] = word("web_code_sent", ["phone": Self.masked(phone), "minutes": "\(Int(BookingPage.codeLifetime / 60))"])
        if let problem { v["problem"] = problem }
        return page.render("web_code", locale: locale, title: word("web_code_title"), v, status: status)
    }

    /// `+44 •••• ••0123`: enough for the person to know which phone, nothing more for anyone looking over their shoulder.
    static func masked(_ phone: String) -> String { String(phone.prefix(3)) + " •••• ••" + String(phone.suffix(4)) }

    /// `POST /book/{location}/verify`: checks the code; the right one books at once.
    func verify() async throws -> Response {
        let form = try await page.form(request)
        let c = try await choice(service: form["service"], slot: form["slot"])
        guard case .success(let person) = person(form, location: c.location, needPhone: true), let phone = person.phone else {
            return try await details(problem: word("web_bad_phone"), fields: form, status: .unprocessableContent)
        }
        let entered = (form["code"] ?? "").filter(\.isNumber)
        guard entered.count == 6 else { return try await codePage(c, form: form, phone: phone, problem: word("web_code_six"), status: .unprocessableContent) }
        switch try await page.store.checkCode(phone: phone, hash: page.links.codeHash(phone: phone, code: entered), at: now, maxAttempts: BookingPage.codeAttempts) {
        case .verified:
            return try await book(c, visitor: .phone(phone), person: person, nonce: form["nonce"] ?? Self.nonce(), cookie: page.visitorCookie(.phone(phone)))
        case .wrong(let left):
            return try await codePage(c, form: form, phone: phone, problem: word("web_code_wrong", ["left": "\(left)"]), status: .unprocessableContent)
        case .expired:
            return try await details(problem: word("web_code_expired"), fields: form, status: .unprocessableContent)
        }
    }

    // MARK: Booking

    /// `POST /book/{location}/book`: books for the visitor the cookie names.
    func book() async throws -> Response {
        let form = try await page.form(request)
        let c = try await choice(service: form["service"], slot: form["slot"])
        guard let visitor = page.visitor(request) else {
            return try await details(problem: word("web_session_over"), fields: form, status: .unprocessableContent)
        }
        var person = Person(first: "", last: "", phone: nil, email: nil)
        if case .phone = visitor, try await page.client(of: visitor) == nil {
            switch self.person(form, location: c.location, needPhone: false) {
            case .success(let p): person = p
            case .failure(let problem): return try await details(problem: problem.text, fields: form, status: .unprocessableContent)
            }
        }
        return try await book(c, visitor: visitor, person: person, nonce: form["nonce"] ?? Self.nonce(), cookie: nil)
    }

    func book(_ c: Choice, visitor: ClientLinks.Visitor, person: Person, nonce: String, cookie: String?) async throws -> Response {
        let client: Client
        if let known = try await page.client(of: visitor) {
            client = known
        } else if case .phone(let phone) = visitor {
            client = try await newClient(phone: phone, person: person)
        } else {
            throw PageProblem.unknownLink
        }
        if var blocked = try await blocked(client, at: c.location) {
            if let cookie { blocked.headers[.setCookie] = cookie }
            return blocked
        }
        let id = AppointmentID("web-" + String(nonce.filter { $0.isLetter || $0.isNumber }.prefix(32)))
        do {
            try await page.engine.book(StaffBooking(id: id, clientID: client.id, serviceID: c.service.id, staffID: c.slot.staff, locationID: c.location.id,
                                                    start: .instant(c.slot.start), source: .online, chosenByClient: true),
                                       by: .client(client.id), key: "book-page:\(id.rawValue)")
        } catch is StoreError {
            throw PageProblem(.conflict, titleKey: "web_taken_title", textKey: "web_taken", back: base + "?service=" + ClientLinks.queryPart(c.service.id.rawValue))
        } catch let refusal as BookingRefusal {
            if case .clientBlocked = refusal, let blocked = try await blocked(client, at: c.location) { return blocked }
            throw PageProblem(.conflict, titleKey: "web_taken_title", textKey: "web_taken", back: base + "?service=" + ClientLinks.queryPart(c.service.id.rawValue))
        }
        guard let a = try await page.store.appointment(id), a.clientID == client.id else { throw PageProblem.unknownLink }
        // A held time goes to its page, where the deposit is paid: a form may not lead straight on to the payment provider's site
        // (the page's form-action policy), and the page says until when the time is held.
        return BookingPage.redirect(ManagePage.path(a, page.links) + (a.status == .awaitingDeposit ? "?done=held" : "?done=booked"), setCookie: cookie)
    }

    /// A client record for a phone new to the business, reachable where codes go (SMS, or the demo's simulator).
    func newClient(phone: String, person: Person) async throws -> Client {
        var addresses: [Channel: String] = [:]
        let channel = await page.engine.codeChannel ?? .sms
        addresses[channel] = phone
        if channel != .sms { addresses[.sms] = phone }
        if let email = person.email { addresses[.email] = email }
        let client = Client(id: ClientID("web-" + Self.nonce().prefix(12)), firstName: person.first, lastName: person.last, addresses: addresses,
                            preferredChannel: channel, locale: locale)
        try await page.store.save(client)
        return client
    }

    /// A fresh random token for a form: the idempotency key of what it does.
    static func nonce() -> String {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")
        return String((0..<20).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }
}

/// A time picked on the page: its start and who with, as `1764154800-anna` in links and forms.
struct SlotChoice: Hashable {
    var start: Date
    var staff: StaffID

    init(start: Date, staff: StaffID) {
        self.start = start
        self.staff = staff
    }

    init?(value: String) {
        guard value.count <= 160, let dash = value.firstIndex(of: "-"), let seconds = Int(value[..<dash]), seconds > 0 else { return nil }
        let staff = String(value[value.index(after: dash)...])
        guard !staff.isEmpty else { return nil }
        self.start = Date(timeIntervalSince1970: Double(seconds))
        self.staff = StaffID(staff)
    }

    var value: String { "\(Int(start.timeIntervalSince1970))-" + ClientLinks.queryPart(staff.rawValue) }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
