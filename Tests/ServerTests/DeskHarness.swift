import BookingCore
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Server
import Store
import Testing

/// The admin spa with its dashboard on, at 11:30 on Monday 23 November 2026: Olivia's 10:00 massage with Anna is past and
/// unconfirmed (a no-show to mark), María's 13:00 with Ben is ahead, and two visits tomorrow, one confirmed. Three accounts:
/// the owner (Anna, a staff member), a manager and a front-desk account that is nobody on the calendar.
struct DeskSpa {
    static let password = "correct horse battery"
    let spa: AdminSpa

    init(publicURL: String = "https://spa.example.com", adminToken: String? = nil) async throws {
        spa = try await AdminSpa(adminToken: adminToken, dashboard: true, publicURL: publicURL)
        let store = spa.store
        let now = AdminSpa.at("2026-11-23T09:00")
        // bcrypt at its lowest cost, so that tests sign in quickly; the server reads the cost from the hash.
        let hash = await DeskAuth.hash(Self.password, cost: 4)
        try await store.addAccount(StaffAccount(username: "anna", displayName: "Anna Owner", role: .owner, staffID: "anna", passwordHash: hash, createdAt: now))
        try await store.addAccount(StaffAccount(username: "mona", displayName: "Mona Manager", role: .manager, passwordHash: hash, createdAt: now))
        try await store.addAccount(StaffAccount(username: "fred", displayName: "Fred Desk", role: .frontDesk, locale: "es", passwordHash: hash, createdAt: now))
        for (id, client, staff, start) in [("a-olivia", "olivia", "anna", "2026-11-23T10:00"), ("a-maria", "maria", "ben", "2026-11-23T13:00"),
                                           ("a-olivia-2", "olivia", "anna", "2026-11-24T11:00"), ("a-maria-2", "maria", "ben", "2026-11-24T15:00")] {
            let s = AdminSpa.at(start)
            try await store.book(Appointment(id: AppointmentID(id), clientID: ClientID(client), serviceID: "massage", staffID: StaffID(staff),
                                             locationID: "soho", start: s, end: s.addingTimeInterval(3600), price: AdminSpa.massage.price,
                                             status: id == "a-olivia-2" ? .confirmed : .booked, createdAt: now), by: .system("test"))
            try await spa.engine.bookingChanged(.booked(AppointmentID(id)), client: ClientID(client), key: "booked:\(id)")
        }
        try await spa.run(until: AdminSpa.at("2026-11-23T11:30"))
    }

    var store: any BookingStore { spa.store }
}

/// A signed-in browser, as the route tests play it: the session cookie and the CSRF token of its forms.
struct DeskBrowser {
    let cookie: String
    let csrf: String

    /// Signs in as `username` through the form, and reads the CSRF token off the first page.
    static func signIn(_ client: some TestClientProtocol, _ username: String, password: String = DeskSpa.password) async throws -> DeskBrowser {
        let response = try await client.form(.post, "/desk/signin", ["username": username, "password": password])
        #expect(response.status == .seeOther, "sign-in as \(username) failed: \(response.status)")
        let setCookie = response.headers[.setCookie] ?? ""
        let cookie = String(setCookie.split(separator: ";").first ?? "")
        let page = try await client.execute(uri: "/desk", method: .get, headers: [.cookie: cookie])
        let csrf = Self.csrf(in: String(buffer: page.body)) ?? ""
        #expect(!csrf.isEmpty, "no CSRF token on the page")
        return DeskBrowser(cookie: cookie, csrf: csrf)
    }

    static func csrf(in html: String) -> String? {
        guard let r = html.range(of: #"name="csrf" value="([^"]+)""#, options: .regularExpression) else { return nil }
        return String(html[r].dropFirst(#"name="csrf" value=""#.count).dropLast())
    }

    func get(_ client: some TestClientProtocol, _ path: String) async throws -> (status: HTTPResponse.Status, html: String, headers: HTTPFields) {
        let r = try await client.execute(uri: path, method: .get, headers: [.cookie: cookie])
        return (r.status, String(buffer: r.body), r.headers)
    }

    /// Posts a form with the session's CSRF token (unless `csrf` says otherwise).
    func post(_ client: some TestClientProtocol, _ path: String, _ fields: [String: String] = [:], csrf: String? = nil,
              origin: String? = nil) async throws -> (status: HTTPResponse.Status, html: String, location: String?) {
        var all = fields
        all["csrf"] = csrf ?? self.csrf
        let r = try await client.form(.post, path, all, cookie: cookie, origin: origin)
        return (r.status, String(buffer: r.body), r.headers[.location])
    }
}

extension TestClientProtocol {
    /// A form post, as a browser sends one.
    func form(_ method: HTTPRequest.Method, _ path: String, _ fields: [String: String], cookie: String? = nil, origin: String? = nil,
              raw: String? = nil) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        if let cookie { headers[.cookie] = cookie }
        if let origin { headers[.origin] = origin }
        let body = raw ?? fields.sorted { $0.key < $1.key }.map { k, v in
            "\(k)=\(v.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? v)"
        }.joined(separator: "&")
        return try await execute(uri: path, method: method, headers: headers, body: ByteBuffer(string: body))
    }
}
