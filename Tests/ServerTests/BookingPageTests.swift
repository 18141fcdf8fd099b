import BookingCore
import Engine
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Server
import Store
import Testing

/// The client's booking page over HTTP, at 09:00 on Monday 23 November 2026 in the admin spa (Soho Wellness: a 60-minute
/// Swedish massage at £75 with Anna 09–18 or Ben 12–20; Olivia and María are clients, María's phone +447700900102).
@Suite("Booking page")
struct BookingPageTests {
    /// Tuesday 24 November at 14:00 with Ben, a time nobody has.
    static let tuesdayTwo = "\(Int(AdminSpa.at("2026-11-24T14:00").timeIntervalSince1970))-ben"

    /// A browser on the page: its visitor cookie, kept between requests as a browser keeps it.
    final class Visitor: @unchecked Sendable {
        var cookie: String?

        func get(_ client: some TestClientProtocol, _ path: String, language: String = "en") async throws -> (status: HTTPResponse.Status, html: String, location: String?) {
            var headers: HTTPFields = [.acceptLanguage: language]
            if let cookie { headers[.cookie] = cookie }
            let r = try await client.execute(uri: path, method: .get, headers: headers)
            keep(r.headers)
            return (r.status, String(buffer: r.body), r.headers[.location])
        }

        func post(_ client: some TestClientProtocol, _ path: String, _ fields: [String: String], origin: String? = "https://spa.example.com")
            async throws -> (status: HTTPResponse.Status, html: String, location: String?) {
            let r = try await client.form(.post, path, fields, cookie: cookie, origin: origin)
            keep(r.headers)
            return (r.status, String(buffer: r.body), r.headers[.location])
        }

        func keep(_ headers: HTTPFields) {
            if let set = headers[.setCookie], let pair = set.split(separator: ";").first { cookie = String(pair) }
        }
    }

    /// The form fields of a booking for `phone`.
    static func details(phone: String, first: String = "Nora", email: String = "", slot: String = tuesdayTwo) -> [String: String] {
        ["service": "massage", "slot": slot, "nonce": "nonce\(UUID().uuidString.prefix(8))", "first": first, "last": "Quinn", "phone": phone, "email": email]
    }

    /// The code the simulator's phone got last.
    static func code(_ spa: AdminSpa, _ phone: String) throws -> String {
        let text = try #require(spa.phones.inbox(phone).last { $0.name == "verification_code" }?.body)
        return String(text.prefix(6))
    }

    static func html(_ text: String) -> String { text.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&") }

    @Test("a new client picks a service and a time, proves the phone with a code (a wrong one counts), and is booked and told")
    func newClientBooks() async throws {
        let spa = try await AdminSpa(bookingPage: true)
        try await spa.app.test(.router) { client in
            let v = Visitor()
            let home = try await v.get(client, "/book")
            #expect(home.status == .seeOther && home.location == "/book/soho")
            let services = try await v.get(client, "/book/soho")
            #expect(services.html.contains("Swedish massage") && services.html.contains("60 min · £75.00"))
            // Prices in the visitor's own conventions, whatever language the page speaks.
            #expect(try await v.get(client, "/book/soho", language: "de").html.contains("75,00\u{A0}£"))
            #expect(try await v.get(client, "/book/soho", language: "fr").html.contains("75,00\u{A0}£"))
            let times = try await v.get(client, "/book/soho?service=massage&staff=ben&day=2026-11-24")
            #expect(times.html.contains("Tuesday, 24 November 2026"))
            #expect(times.html.contains("slot=\(Self.tuesdayTwo)"), "14:00 with Ben is offered")
            let details = try await v.get(client, "/book/soho/details?service=massage&slot=\(Self.tuesdayTwo)")
            #expect(details.html.contains("Ben") && details.html.contains("action=\"/book/soho/code\""))

            // A national number is read in the location's country; the page says where the code went without the whole number.
            var fields = Self.details(phone: "07700 900777", email: "nora@example.com")
            let sent = try await v.post(client, "/book/soho/code", fields)
            #expect(sent.status == .ok)
            #expect(Self.html(sent.html).contains("We've sent a 6-digit code to +44 •••• ••0777"))
            let code = try Self.code(spa, "+447700900777")
            fields["code"] = code == "000000" ? "111111" : "000000"
            let wrong = try await v.post(client, "/book/soho/verify", fields)
            #expect(wrong.status == .unprocessableContent && Self.html(wrong.html).contains("That code isn't right. 4 tries left."))
            #expect(try await spa.store.appointments(at: "soho", from: AdminSpa.at("2026-11-24T00:00"), to: AdminSpa.at("2026-11-25T00:00")).isEmpty)

            fields["code"] = code
            let booked = try await v.post(client, "/book/soho/verify", fields)
            #expect(booked.status == .seeOther)
            let manage = try #require(booked.location)
            #expect(manage.hasPrefix("/book/m/") && manage.hasSuffix("?done=booked"))
            let visit = try #require(try await spa.store.appointments(at: "soho", from: AdminSpa.at("2026-11-24T00:00"), to: AdminSpa.at("2026-11-25T00:00")).first)
            #expect(visit.status == .confirmed && visit.source == .online && visit.staffID == "ben" && visit.start == AdminSpa.at("2026-11-24T14:00"))
            let nora = try #require(try await spa.store.client(visit.clientID))
            #expect(nora.fullName == "Nora Quinn" && nora.addresses[.sms] == "+447700900777" && nora.addresses[.email] == "nora@example.com")
            try await spa.settle()
            let receipt = try #require(spa.phones.inbox("+447700900777").last?.body)
            #expect(receipt.hasPrefix("You're booked, Nora: Swedish massage with Ben on Tue 24 Nov at 14:00 at Soho Wellness. To confirm, change or cancel: https://spa.example.com/book/m/"))

            // The same code again books nothing more: it is used up.
            fields["nonce"] = "another-form-12345"
            fields["slot"] = "\(Int(AdminSpa.at("2026-11-24T16:00").timeIntervalSince1970))-ben"
            let again = try await v.post(client, "/book/soho/verify", fields)
            #expect(again.status == .unprocessableContent && Self.html(again.html).contains("That code has run out"))

            let page = try await v.get(client, manage)
            #expect(Self.html(page.html).contains("You're booked.") && page.html.contains("Confirmed"))
        }
    }

    @Test("asking for codes: the same answer for any phone, three an hour a phone, and a bad number or name said plainly")
    func codeLimits() async throws {
        let spa = try await AdminSpa(bookingPage: true)
        try await spa.app.test(.router) { client in
            let v = Visitor()
            // A client's phone and an unknown one get the same page.
            let known = try await v.post(client, "/book/soho/code", Self.details(phone: "+447700900102"))
            let unknown = try await v.post(client, "/book/soho/code", Self.details(phone: "+447700900999"))
            #expect(known.status == .ok && unknown.status == .ok)
            #expect(Self.html(known.html).contains("We've sent a 6-digit code to +44 •••• ••0102"))
            #expect(!known.html.contains("María") && !known.html.contains("López"))
            for _ in 0..<2 { _ = try await v.post(client, "/book/soho/code", Self.details(phone: "+447700900999")) }
            let fourth = try await v.post(client, "/book/soho/code", Self.details(phone: "+447700900999"))
            #expect(fourth.status == .tooManyRequests && fourth.html.contains("Too many codes have been sent just now. Please try again after 10:00"))
            #expect(spa.phones.inbox("+447700900999").count == 3)

            let badPhone = try await v.post(client, "/book/soho/code", Self.details(phone: "call me"))
            #expect(badPhone.status == .unprocessableContent && badPhone.html.contains("look like a mobile number"))
            let badName = try await v.post(client, "/book/soho/code", Self.details(phone: "+447700900888", first: " "))
            #expect(badName.status == .unprocessableContent && badName.html.contains("Please give your first name"))
            // Another site's form, and a field given twice, are refused.
            let foreign = try await v.post(client, "/book/soho/code", Self.details(phone: "+447700900888"), origin: "https://evil.example")
            #expect(foreign.status == .forbidden)
            let twice = try await client.form(.post, "/book/soho/code", [:], raw: "service=massage&service=other&slot=\(Self.tuesdayTwo)")
            #expect(twice.status == .badRequest)
            #expect(spa.phones.inbox("+447700900888").isEmpty)
        }
    }

    @Test("a client blocked from booking online is told kindly to call, whatever name and e-mail they give")
    func blockedClient() async throws {
        let spa = try await AdminSpa(bookingPage: true)
        try await spa.store.setOnlineBookingBlock("maria", ClientBlock(reason: "three no-shows", by: .system("test"), at: spa.clock.now()),
                                                  by: .system("test"), reason: "three no-shows", at: spa.clock.now())
        try await spa.app.test(.router) { client in
            let v = Visitor()
            var fields = Self.details(phone: "+44 7700 900102", first: "Mary", email: "new-address@example.com")
            _ = try await v.post(client, "/book/soho/code", fields)
            fields["code"] = try Self.code(spa, "+447700900102")
            let turned = try await v.post(client, "/book/soho/verify", fields)
            #expect(turned.status == .forbidden)
            #expect(turned.html.contains("Please call us to book") && turned.html.contains("+442079460000"))
            #expect(try await spa.store.appointments(of: "maria").isEmpty)
            #expect(try await spa.store.clients().count == 2, "no new client for the new e-mail")
        }
    }

    @Test("the manage link confirms, then cancels showing the late fee first; a wrong token, an unknown visit and a changed id get one page")
    func manageLink() async throws {
        let spa = try await AdminSpa(bookingPage: true)
        let start = AdminSpa.at("2026-11-23T16:00")
        try await spa.store.book(Appointment(id: "a-olivia", clientID: "olivia", serviceID: "massage", staffID: "ben", locationID: "soho", start: start,
                                             end: start.addingTimeInterval(3600), price: AdminSpa.massage.price, status: .booked, createdAt: spa.clock.now()),
                                 by: .system("test"))
        try await spa.engine.bookingChanged(.booked("a-olivia"), client: "olivia", key: "booked:a-olivia")
        try await spa.settle()
        let links = try #require(spa.engine.links)
        let visit = try #require(try await spa.store.appointment("a-olivia"))
        let path = String(links.manage(visit).dropFirst("https://spa.example.com".count))
        try await spa.app.test(.router) { client in
            let v = Visitor()
            let page = try await v.get(client, path)
            #expect(page.status == .ok && page.html.contains("Booked, not yet confirmed") && page.html.contains("Monday, 23 November 2026, 16:00"))
            let confirmed = try await v.post(client, path + "/confirm", ["nonce": "confirm-nonce-1"])
            #expect(confirmed.location == path + "?done=confirmed")
            #expect(try await spa.store.appointment("a-olivia")?.status == .confirmed)

            // Seven hours before: inside the 24-hour window, so the fee is said before anything is done.
            let prompt = try await v.get(client, path + "/cancel")
            #expect(prompt.html.contains("a late-cancellation fee of £37.50 applies if you cancel now"))
            #expect(try await spa.store.appointment("a-olivia")?.status == .confirmed)
            let cancelled = try await v.post(client, path + "/cancel", ["nonce": "cancel-nonce-1"])
            #expect(cancelled.location == path + "?done=cancelled")
            let after = try #require(try await spa.store.appointment("a-olivia"))
            #expect(after.status == .cancelled && after.cancellation?.fee == Money(minorUnits: 3750, currency: "GBP"))
            // Sent again (a double tap), the same form changes nothing more.
            let twice = try await v.post(client, path + "/cancel", ["nonce": "cancel-nonce-1"])
            #expect(twice.location == path)

            let token = String(path.split(separator: "/").last!)
            for wrong in [path.dropLast() + (path.hasSuffix("A") ? "B" : "A"), "/book/m/a-nobody/\(token)", "/book/m/a-maria/\(token)"] {
                let r = try await v.get(client, String(wrong))
                #expect(r.status == .notFound && r.html.contains("This link doesn"), "\(wrong)")
            }
        }
    }

    @Test("the manage link moves a visit to a free time, says so when the time has just gone, and joins the waitlist for a full day")
    func moveAndWaitlist() async throws {
        let spa = try await AdminSpa(bookingPage: true)
        for (id, client, staff, at) in [("a-olivia", "olivia", "anna", "2026-11-24T10:00"), ("a-maria", "maria", "ben", "2026-11-24T16:00")] {
            let start = AdminSpa.at(at)
            try await spa.store.book(Appointment(id: AppointmentID(id), clientID: ClientID(client), serviceID: "massage", staffID: StaffID(staff),
                                                 locationID: "soho", start: start, end: start.addingTimeInterval(3600), price: AdminSpa.massage.price,
                                                 status: .confirmed, createdAt: spa.clock.now()), by: .system("test"))
        }
        let links = try #require(spa.engine.links)
        let path = String(links.manage(try #require(try await spa.store.appointment("a-olivia"))).dropFirst("https://spa.example.com".count))
        try await spa.app.test(.router) { client in
            let v = Visitor()
            let picker = try await v.get(client, path + "/move?day=2026-11-24")
            #expect(picker.html.contains("<strong>14:00</strong>"))
            #expect(!picker.html.contains("<strong>16:00</strong><span>Ben"), "María's time is not offered with Ben")
            let moved = try await v.post(client, path + "/move", ["nonce": "move-nonce-1", "slot": Self.tuesdayTwo])
            #expect(moved.location == path + "?done=moved", "\(moved.status) \(moved.html)")
            let now = try #require(try await spa.store.appointment("a-olivia"))
            #expect(now.start == AdminSpa.at("2026-11-24T14:00") && now.staffID == "ben")
            try await spa.settle()
            #expect(spa.inbox("olivia-phone").last?.contains("has moved from Tue 24 Nov at 10:00 to Tue 24 Nov at 14:00") == true, "\(spa.inbox("olivia-phone"))")

            let taken = try await v.post(client, path + "/move", ["nonce": "move-nonce-2", "slot": "\(Int(AdminSpa.at("2026-11-24T16:00").timeIntervalSince1970))-ben"])
            #expect(taken.status == .ok && taken.html.contains("Someone booked that time a moment ago"))
            #expect(try await spa.store.appointment("a-olivia")?.start == AdminSpa.at("2026-11-24T14:00"))

            let waiting = try await v.post(client, path + "/waitlist", ["nonce": "wait-nonce-1", "day": "2026-11-25"])
            #expect(waiting.location == path + "?done=waitlisted")
            let entry = try #require(try await spa.store.waitlist(at: "soho", openAt: spa.clock.now()).first { $0.clientID == "olivia" })
            #expect(entry.serviceIDs == ["massage"] && entry.windows.first?.from == LocalDate(iso: "2026-11-25") && entry.flexibility == .exact)
            let far = try await v.post(client, path + "/waitlist", ["nonce": "wait-nonce-2", "day": "2027-06-01"])
            #expect(far.status == .badRequest)
        }
    }

    @Test("a personal link from a message opens the page knowing the client, who books without a code; a forged one doesn't")
    func personalLink() async throws {
        let spa = try await AdminSpa(bookingPage: true)
        let links = try #require(spa.engine.links)
        let link = links.booking(location: "soho", client: "olivia", service: "massage", now: spa.clock.now())
        #expect(link.hasPrefix("https://spa.example.com/book/soho?service=massage&c=olivia&t="))
        let path = String(link.dropFirst("https://spa.example.com".count))
        try await spa.app.test(.router) { client in
            let forged = Visitor()
            let bad = try await forged.get(client, path.replacingOccurrences(of: "c=olivia", with: "c=maria"))
            #expect(bad.status == .ok && forged.cookie == nil && !bad.html.contains("Booking as"))

            let v = Visitor()
            let opened = try await v.get(client, path)
            #expect(opened.status == .seeOther && opened.location == "/book/soho?service=massage" && v.cookie != nil)
            let details = try await v.get(client, "/book/soho/details?service=massage&slot=\(Self.tuesdayTwo)")
            #expect(details.html.contains("Booking as Olivia Bennett") && !details.html.contains("name=\"phone\""))
            let booked = try await v.post(client, "/book/soho/book", ["service": "massage", "slot": Self.tuesdayTwo, "nonce": "olivia-books-1"])
            #expect(booked.location?.hasPrefix("/book/m/web-oliviabooks1/") == true)
            #expect(try await spa.store.appointments(of: "olivia").map(\.start) == [AdminSpa.at("2026-11-24T14:00")])
            // Someone else now asking for the same time hears it has gone.
            let late = try await Visitor().get(client, "/book/soho/details?service=massage&slot=\(Self.tuesdayTwo)")
            #expect(late.status == .conflict && late.html.contains("Someone booked that time a moment ago"))
        }
    }

    @Test("a service with a deposit holds the time and opens the payment page; Stripe's webhook confirms it")
    func deposit() async throws {
        let stripe = FakeStripe()
        try await stripe.run { base in
            let spa = try await AdminSpa(bookingPage: true, stripe: FakeStripe.payments(base))
            var massage = AdminSpa.massage
            massage.deposit = .fixed(Money(minorUnits: 2000, currency: "GBP"))
            try await spa.store.save(massage)
            try await spa.app.test(.router) { client in
                let v = Visitor()
                let details = try await v.get(client, "/book/soho/details?service=massage&slot=\(Self.tuesdayTwo)")
                #expect(details.html.contains("A deposit of £20.00 holds this time"))
                var fields = Self.details(phone: "+447700900321")
                _ = try await v.post(client, "/book/soho/code", fields)
                fields["code"] = try Self.code(spa, "+447700900321")
                let held = try await v.post(client, "/book/soho/verify", fields)
                let manage = try #require(held.location)
                #expect(manage.hasPrefix("/book/m/web-") && manage.hasSuffix("?done=held"))
                let id = AppointmentID(String(manage.split(separator: "/")[2]))
                #expect(try await spa.store.appointment(id)?.status == .awaitingDeposit)
                let page = try await v.get(client, manage)
                #expect(page.html.contains("Your time is held for you") && page.html.contains("A deposit of £20.00 holds this time until 09:30"))
                let pay = "/pay/\(id.rawValue)"
                #expect(page.html.contains("href=\"\(pay)\""))
                let checkout = try await v.get(client, pay)
                #expect(checkout.status == .seeOther && checkout.location?.hasPrefix("https://checkout.stripe.test/") == true)
                #expect(stripe.calls(to: "/v1/checkout/sessions").first?.field("metadata[appointment]") == id.rawValue)
                let paid = try await PaymentSpa.paid(client, id.rawValue)
                #expect(paid.status == .ok)
                #expect(try await spa.store.appointment(id)?.status == .confirmed)
            }
        }
    }

    @Test("hostile input to the booking page: a clear 4xx, nothing booked, nobody added", arguments: [
        ("POST", "/book/soho/code", "service=massage&slot=\(tuesdayTwo)&first=" + String(repeating: "A", count: 9000), 400),
        ("POST", "/book/soho/code", "service=massage&slot=\(tuesdayTwo)&first=%FF%FE&phone=%2B447700900555", 400),
        ("POST", "/book/soho/code", "service=massage&slot=99999999999999999999999-ben&first=Nora&phone=%2B447700900555", 404),
        ("POST", "/book/soho/code", "service=massage&slot=-5-ben&first=Nora&phone=%2B447700900555", 404),
        ("POST", "/book/soho/code", "service=massage&slot=1795424400-nobody&first=Nora&phone=%2B447700900555", 404),
        ("POST", "/book/soho/code", "service=%27%3B+DROP+TABLE+client%3B--&slot=\(tuesdayTwo)&first=Nora&phone=%2B447700900555", 404),
        ("POST", "/book/soho/code", "service=massage&slot=\(tuesdayTwo)&first=Nora&phone=%2B4477009005551234567890", 422),
        ("POST", "/book/soho/verify", "service=massage&slot=\(tuesdayTwo)&first=Nora&phone=%2B447700900555&code=12345678901234567890", 422),
        ("POST", "/book/soho/book", "service=massage&slot=\(tuesdayTwo)&nonce=x", 422),
        ("POST", "/book/nowhere/code", "service=massage&slot=\(tuesdayTwo)&first=Nora&phone=%2B447700900555", 404),
        ("GET", "/book/soho/details?service=massage&slot=1795424400-anna", "", 409),
        ("GET", "/book/m/" + String(repeating: "a", count: 300) + "/x", "", 404),
        ("GET", "/book/m/a-1/zzzzzzzzz.AAAAAAAAAAAAAAAA", "", 404),
        ("POST", "/book/m/a-1/zzzzzzzzz.AAAAAAAAAAAAAAAA/cancel", "nonce=abcdefghijkl", 404),
    ] as [(String, String, String, Int)])
    func hostile(_ method: String, _ path: String, _ body: String, _ status: Int) async throws {
        let spa = try await AdminSpa(bookingPage: true)
        try await spa.app.test(.router) { client in
            let r = method == "GET" ? try await client.execute(uri: path, method: .get)
                : try await client.form(.post, path, [:], origin: "https://spa.example.com", raw: body)
            #expect(Int(r.status.code) == status, "\(method) \(path.prefix(80)): \(r.status)")
            #expect(String(buffer: r.body).contains("<h1>"), "a page that says why")
            #expect(try await spa.store.clients().count == 2)
            #expect(try await spa.store.appointments(at: "soho", from: AdminSpa.at("2026-11-23T00:00"), to: AdminSpa.at("2026-12-31T00:00")).isEmpty)
            #expect(spa.phones.delivered.isEmpty, "no code sent")
        }
    }

    @Test("a name with SQL and template text is kept as written and shown escaped; an impossible day is ignored")
    func namesAsWritten() async throws {
        let spa = try await AdminSpa(bookingPage: true)
        try await spa.app.test(.router) { client in
            let v = Visitor()
            let name = "{{business}}<script>alert(1)</script>'; DROP TABLE client;--"
            var fields = Self.details(phone: "+447700900444", first: name)
            let sent = try await v.post(client, "/book/soho/code", fields)
            #expect(sent.status == .ok && !sent.html.contains("<script>alert") && sent.html.contains("&lt;script&gt;"))
            fields["code"] = try Self.code(spa, "+447700900444")
            let booked = try await v.post(client, "/book/soho/verify", fields)
            #expect(booked.status == .seeOther)
            let visit = try #require(try await spa.store.appointments(at: "soho", from: AdminSpa.at("2026-11-24T00:00"), to: AdminSpa.at("2026-11-25T00:00")).first)
            #expect(try await spa.store.client(visit.clientID)?.firstName == name)
            let page = try await v.get(client, try #require(booked.location))
            #expect(page.html.contains("{{business}}&lt;script&gt;") && !page.html.contains("<script>"))
            let odd = try await v.get(client, "/book/soho?service=massage&day=2026-02-30")
            #expect(odd.status == .ok && odd.html.contains("Pick a time"))
        }
    }

    @Test("a phone as typed: international, 00 and national forms in the location's country; anything else is no number", arguments: [
        ("+44 7700 900123", "+442079460000", "+447700900123"), ("07700 900123", "+442079460000", "+447700900123"),
        ("0044 7700 900123", "+442079460000", "+447700900123"), ("612 345 678", "+34910000000", "+34612345678"),
        ("(415) 555-0100", "+14155550000", "+14155550100"), ("8 916 123-45-67", "+74951234567", "+79161234567"), ("1 415 555 0100", "+14155550000", "+14155550100"),
        ("07700 900123", nil, nil), ("hello", "+442079460000", nil), ("+0 123", "+442079460000", nil),
    ] as [(String, String?, String?)])
    func phones(_ typed: String, _ home: String?, _ expected: String?) {
        #expect(PhoneEntry.read(typed, home: home) == expected)
    }
}
