import BookingCore
import Engine
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Server
import Store
import Testing

/// The front desk's dashboard through its routes: signing in and out, sessions, CSRF, roles, and what each action does to the
/// book, the client and the audit trail.
@Suite("Dashboard")
struct DashboardTests {
    @Test("Pages need a session: a page request is sent to sign in (and back after), a form post without one is refused and changes nothing")
    func signInRequired() async throws {
        let desk = try await DeskSpa()
        try await desk.spa.app.test(.router) { client in
            let page = try await client.execute(uri: "/desk/escalations", method: .get)
            #expect(page.status == .seeOther)
            #expect(page.headers[.location] == "/desk/signin?back=%2Fdesk%2Fescalations")
            let root = try await client.execute(uri: "/", method: .get)
            #expect(root.headers[.location] == "/desk")
            let post = try await client.form(.post, "/desk/appointments/a-maria/arrived", ["csrf": "x"])
            #expect(post.status == .unauthorized)
            #expect(String(buffer: post.body).contains("Your session ended"))
            #expect(try await desk.store.appointment("a-maria")?.status == .booked)
        }
    }

    @Test("Signing in: a wrong password and an unknown name get the same answer, and so do a locked account and a name guessed at too often")
    func signInFailures() async throws {
        let desk = try await DeskSpa()
        try await desk.spa.app.test(.router) { client in
            func problem(_ r: TestResponse) -> String {
                let html = String(buffer: r.body)
                guard let start = html.range(of: #"id="signin-problem">"#), let end = html[start.upperBound...].range(of: "<") else { return "" }
                return String(html[start.upperBound..<end.lowerBound])
            }
            let unknown = try await client.form(.post, "/desk/signin", ["username": "nobody", "password": "whatever-it-is"])
            let wrong = try await client.form(.post, "/desk/signin", ["username": "anna", "password": "not her password"])
            #expect(unknown.status == .unauthorized && wrong.status == .unauthorized)
            #expect(problem(unknown) == problem(wrong) && problem(unknown).contains("match an account"))
            #expect(unknown.headers[.setCookie] == nil)
            for _ in 0..<4 { _ = try await client.form(.post, "/desk/signin", ["username": "anna", "password": "still wrong"]) }
            let locked = try await client.form(.post, "/desk/signin", ["username": "anna", "password": DeskSpa.password])
            #expect(locked.status == .tooManyRequests)
            #expect(problem(locked).contains("locked for 15 minutes"))
            // A name nobody has answers the same after as many tries: the lock doesn't tell who has an account.
            for _ in 0..<5 { _ = try await client.form(.post, "/desk/signin", ["username": " Nobody ", "password": "guess"]) }
            let ghost = try await client.form(.post, "/desk/signin", ["username": "nobody", "password": "guess"])
            #expect(ghost.status == locked.status && problem(ghost) == problem(locked))
            #expect(try await desk.store.audit(subjectKind: "account", subjectID: "anna").contains { $0.action == "locked" })
            // After the lock, the right password works again.
            desk.spa.clock.advance(by: 16 * 60)
            let after = try await client.form(.post, "/desk/signin", ["username": "anna", "password": DeskSpa.password])
            #expect(after.status == .seeOther)
        }
    }

    @Test("The session cookie is HttpOnly, SameSite and Secure behind HTTPS, and only its hash is stored; signing out ends it")
    func sessionCookie() async throws {
        let desk = try await DeskSpa()
        try await desk.spa.app.test(.router) { client in
            let response = try await client.form(.post, "/desk/signin", ["username": "anna", "password": DeskSpa.password, "back": "/desk/waitlist"])
            #expect(response.headers[.location] == "/desk/waitlist")
            let cookie = response.headers[.setCookie] ?? ""
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Secure"))
            let token = String(cookie.split(separator: ";")[0].split(separator: "=", maxSplits: 1)[1])
            #expect(try await desk.store.session(tokenHash: token) == nil)
            #expect(try await desk.store.session(tokenHash: DeskAuth.tokenHash(token)) != nil)
            let browser = try await DeskBrowser.signIn(client, "anna")
            let out = try await browser.post(client, "/desk/signout")
            #expect(out.location == "/desk/signin?notice=signed_out")
            #expect(try await browser.get(client, "/desk").status == .seeOther)
        }
    }

    @Test("A sign-in's back address must be a dashboard page: another site is ignored")
    func signInBackIsLocal() async throws {
        let desk = try await DeskSpa()
        try await desk.spa.app.test(.router) { client in
            for back in ["https://evil.example/", "//evil.example/desk", "/desk\r\nSet-Cookie: x=1"] {
                let r = try await client.form(.post, "/desk/signin", ["username": "anna", "password": DeskSpa.password, "back": back])
                #expect(r.headers[.location] == "/desk")
            }
        }
    }

    @Test("A session ends 12 hours after sign-in even in use, and after 4 hours unused; then a page asks to sign in and a form changes nothing")
    func expiredSession() async throws {
        let desk = try await DeskSpa()
        try await desk.spa.app.test(.router) { client in
            let browser = try await DeskBrowser.signIn(client, "anna")
            for _ in 0..<3 {
                desk.spa.clock.advance(by: 3.5 * 3600)
                #expect(try await browser.get(client, "/desk").status == .ok)
            }
            desk.spa.clock.advance(by: 2 * 3600)  // 12.5 hours after sign-in, 2 hours after the last page
            #expect(try await browser.get(client, "/desk").status == .seeOther)
            let idle = try await DeskBrowser.signIn(client, "mona")
            desk.spa.clock.advance(by: 4.5 * 3600)
            #expect(try await idle.get(client, "/desk").status == .seeOther)
            let post = try await browser.post(client, "/desk/appointments/a-maria-2/arrived")
            #expect(post.status == .unauthorized)
            #expect(try await desk.store.appointment("a-maria-2")?.status == .booked)
        }
    }

    @Test("Every form needs the session's CSRF token and a same-site origin: missing, wrong or cross-site is 403 and nothing changes")
    func csrf() async throws {
        let desk = try await DeskSpa()
        try await desk.spa.app.test(.router) { client in
            let browser = try await DeskBrowser.signIn(client, "anna")
            let missing = try await client.form(.post, "/desk/appointments/a-maria/arrived", [:], cookie: browser.cookie)
            let wrong = try await browser.post(client, "/desk/appointments/a-maria/arrived", csrf: "forged")
            let crossSite = try await browser.post(client, "/desk/appointments/a-maria/arrived", origin: "https://evil.example")
            #expect(missing.status == .forbidden && wrong.status == .forbidden && crossSite.status == .forbidden)
            #expect(wrong.html.contains("out of date"))
            #expect(try await desk.store.appointment("a-maria")?.status == .booked)
            let sameSite = try await browser.post(client, "/desk/appointments/a-maria/arrived", origin: "https://spa.example.com")
            #expect(sameSite.status == .seeOther)
            #expect(try await desk.store.appointment("a-maria")?.status == .arrived)
        }
    }

    @Test("Today's book shows each visit's state and tier, and counts tomorrow's unconfirmed visits")
    func agenda() async throws {
        let desk = try await DeskSpa()
        var olivia = try #require(try await desk.store.client("olivia"))
        olivia.attendance = [AttendanceMark(kind: .noShow, at: AdminSpa.at("2026-10-01T10:00")), AttendanceMark(kind: .noShow, at: AdminSpa.at("2026-11-01T10:00"))]
        try await desk.store.save(olivia)
        try await desk.spa.app.test(.router) { client in
            let browser = try await DeskBrowser.signIn(client, "anna")
            let page = try await browser.get(client, "/desk").html
            #expect(page.contains("Monday, 23 November 2026"))
            #expect(page.contains(#"id="visit-a-olivia""#) && page.contains(#"id="visit-a-maria""#))
            // María's 13:00 is today, unconfirmed after her reminders: at risk. Olivia's 10:00 has passed: a no-show can be marked.
            #expect(Self.section(page, "visit-a-maria").contains("at risk"))
            #expect(Self.section(page, "visit-a-olivia").contains("/no-show"))
            #expect(!Self.section(page, "visit-a-maria").contains("/no-show"))
            #expect(Self.section(page, "visit-a-olivia").contains("deposit 100%"))
            #expect(page.contains("Unconfirmed for tomorrow: 1"))
            let week = try await browser.get(client, "/desk?view=week").html
            #expect(week.contains(#"id="visit-a-olivia-2""#) && week.contains("Tuesday, 24 November 2026"))
            #expect(Self.section(week, "visit-a-olivia-2").contains("confirmed"))
        }
    }

    @Test("Arrived and no-show go through the engine, are audited with the person, and a no-show asks to block where the policy says")
    func arrivedAndNoShow() async throws {
        let desk = try await DeskSpa()
        try await PolicyUpdate.apply(.map([("noShow", .map([("askToBlock", .bool(true))]))]), to: desk.store, source: .api,
                                     actor: .system("test"), at: desk.spa.clock.now())
        try await desk.spa.app.test(.router) { client in
            let browser = try await DeskBrowser.signIn(client, "anna")
            let arrived = try await browser.post(client, "/desk/appointments/a-maria/arrived", ["back": "/desk?day=2026-11-23"])
            #expect(arrived.location == "/desk?day=2026-11-23&notice=arrived")
            #expect(try await desk.store.appointment("a-maria")?.status == .arrived)
            #expect(try await desk.store.audit(subjectKind: "appointment", subjectID: "a-maria").contains {
                $0.actor == .external("dashboard:anna") && $0.action == "arrived"
            })
            let noShow = try await browser.post(client, "/desk/appointments/a-olivia/no-show")
            #expect(noShow.location == "/desk/clients/olivia/block-prompt?appointment=a-olivia")
            #expect(try await desk.store.appointment("a-olivia")?.status == .noShow)
            let prompt = try await browser.get(client, noShow.location!)
            #expect(prompt.html.contains("Olivia Bennett did not come (1 no-shows on record)"))
            let block = try await browser.post(client, "/desk/clients/olivia/block", ["reason": "no-show (a-olivia)", "back": "/desk"])
            #expect(block.location == "/desk?notice=blocked")
            let olivia = try await desk.store.client("olivia")
            #expect(olivia?.onlineBookingBlock?.by == .external("dashboard:anna"))
            // A done visit can't be marked again, and a visit tomorrow can't be a no-show yet.
            #expect(try await browser.post(client, "/desk/appointments/a-olivia/arrived").status == .conflict)
            #expect(try await browser.post(client, "/desk/appointments/a-olivia-2/no-show").status == .conflict)
            #expect(try await desk.store.appointment("a-olivia-2")?.status == .confirmed)
        }
    }

    @Test("The cancel dialog lists the policy's reasons; a cancel with a reason, a note and the fee waived frees the slot; an unlisted reason changes nothing")
    func cancel() async throws {
        let desk = try await DeskSpa()
        try await desk.spa.app.test(.router) { client in
            let browser = try await DeskBrowser.signIn(client, "anna")
            let dialog = try await browser.get(client, "/desk/appointments/a-maria/cancel")
            #expect(dialog.html.contains("illness") && dialog.html.contains("inside the 24-hour cancellation window"))
            let refused = try await browser.post(client, "/desk/appointments/a-maria/cancel", ["reason": "felt like it", "fee": "waive"])
            #expect(refused.status == .unprocessableContent)
            #expect(try await desk.store.appointment("a-maria")?.status == .booked)
            let done = try await browser.post(client, "/desk/appointments/a-maria/cancel",
                                              ["reason": "Illness", "note": "flu, rang at 11", "fee": "waive", "nonce": "n1"])
            #expect(done.location == "/desk?notice=cancelled")
            let a = try #require(try await desk.store.appointment("a-maria"))
            #expect(a.status == .cancelled)
            #expect(a.cancellation?.reason == "illness: flu, rang at 11")
            #expect(a.cancellation?.fee == nil)
            #expect(try await desk.store.client("maria")?.attendance.contains { $0.kind == .lateCancel } == false)
            // The same form sent twice (a double click that got through) cancels once and tells the client once.
            try await desk.spa.settle()
            let told = desk.spa.inbox("maria-phone").count
            let again = try await browser.post(client, "/desk/appointments/a-maria/cancel", ["reason": "Illness", "fee": "waive", "nonce": "n1"])
            #expect(again.status == .conflict && again.html.contains("cancelled"))
            try await desk.spa.settle()
            #expect(desk.spa.inbox("maria-phone").count == told)
        }
    }

    @Test("A front-desk account can't open settings, refund a deposit, lift a block or set a tier (403), and sees the pages in its own language")
    func frontDeskLimits() async throws {
        let desk = try await DeskSpa()
        try await desk.store.setOnlineBookingBlock("olivia", ClientBlock(reason: "test", by: .system("test"), at: AdminSpa.at("2026-11-20T10:00")),
                                                   by: .system("test"), reason: "test", at: AdminSpa.at("2026-11-20T10:00"))
        try await desk.spa.app.test(.router) { client in
            let fred = try await DeskBrowser.signIn(client, "fred")
            let today = try await fred.get(client, "/desk")
            #expect(today.html.contains(#"<html lang="es">"#) && today.html.contains("Sin confirmar para mañana: 1"))
            #expect(!today.html.contains("/desk/settings"))
            #expect(try await fred.get(client, "/desk/settings").status == .forbidden)
            #expect(try await fred.post(client, "/desk/settings/policies", ["document": "reminders: {}", "version": "0"]).status == .forbidden)
            #expect(try await fred.post(client, "/desk/clients/olivia/unblock").status == .forbidden)
            #expect(try await fred.post(client, "/desk/clients/olivia/tier", ["tier": "good", "reason": "x"]).status == .forbidden)
            for (fee, deposit) in [("policy", "refund"), ("policy", "keep"), ("policy", "credit"), ("apply", "policy")] {
                let against = try await fred.post(client, "/desk/appointments/a-maria/cancel", ["reason": "illness", "fee": fee, "deposit": deposit])
                #expect(against.status == .forbidden, "fee \(fee), deposit \(deposit)")
            }
            #expect(try await desk.store.client("olivia")?.onlineBookingBlock != nil)
            #expect(try await desk.store.appointment("a-maria")?.status == .booked)
            // The front desk's own actions need someone to act as: Fred is nobody on the calendar, so the visit's staff member is.
            #expect(try await fred.post(client, "/desk/appointments/a-maria/arrived").status == .seeOther)
        }
    }

    @Test("An escalation is listed with the client's words; the answer reaches the client's phone and the thread leaves the open inbox")
    func escalations() async throws {
        let desk = try await DeskSpa()
        try await desk.spa.engine.receive(channel: .simulator, from: "olivia-phone", text: "Is there parking near you?", providerID: "q1")
        try await desk.spa.settle()
        try await desk.spa.app.test(.router) { client in
            let browser = try await DeskBrowser.signIn(client, "anna")
            let open = try #require(try await desk.store.escalations(status: .open).first)
            let inbox = try await browser.get(client, "/desk/escalations").html
            #expect(Self.section(inbox, "open-items").contains("Is there parking near you?"))
            #expect(inbox.contains(#"class="badge" id="open-count" aria-live="polite">1<"#))
            let events = try await browser.get(client, "/desk/events?once")
            #expect(events.headers[.contentType] == "text/event-stream")
            #expect(events.html.contains("event: escalations\ndata: {\"open\": 1"))
            let answered = try await browser.post(client, "/desk/escalations/\(open.id)/answer", ["text": "Yes, the car park on Dean St.", "nonce": "x"])
            #expect(answered.location == "/desk/escalations?notice=answered")
            try await desk.spa.settle()
            #expect(desk.spa.inbox("olivia-phone").contains { $0.contains("Yes, the car park on Dean St.") && $0.contains("Anna") })
            let after = try await browser.get(client, "/desk/escalations").html
            #expect(!Self.section(after, "open-items").contains("escalation-\(open.id)"))
            #expect(Self.section(after, "handled").contains("escalation-\(open.id)"))
            let resolved = try await browser.post(client, "/desk/escalations/\(open.id)/resolve")
            #expect(resolved.status == .seeOther)
            #expect(try await desk.store.escalation(open.id)?.status == .resolved)
            #expect(try await browser.post(client, "/desk/escalations/\(open.id)/answer", ["text": "more"]).status == .conflict)
        }
    }

    @Test("The client card shows the conversation with how each reply was read, the standing with its undo, and the audit trail")
    func clientCard() async throws {
        let desk = try await DeskSpa()
        try await desk.spa.engine.receive(channel: .simulator, from: "maria-phone", text: "sí, allí estaré", providerID: "r1")
        try await desk.spa.app.test(.router) { client in
            let mona = try await DeskBrowser.signIn(client, "mona")
            let card = try await mona.get(client, "/desk/clients/maria").html
            #expect(card.contains("sí, allí estaré"))
            #expect(card.contains("read as confirm ("))
            #expect(try await mona.post(client, "/desk/clients/maria/tier", ["tier": "deposit:50", "reason": "asked by the owner"]).status == .seeOther)
            let set = try await mona.get(client, "/desk/clients/maria").html
            #expect(set.contains(#"id="client-tier">deposit 50%"#) && set.contains("set by hand"))
            #expect(set.contains("dashboard:mona"))
            #expect(try await mona.post(client, "/desk/clients/maria/tier-clear").status == .seeOther)
            #expect(try await desk.store.client("maria")?.tierOverride == nil)
            #expect(try await mona.post(client, "/desk/clients/maria/tier", ["tier": "platinum", "reason": "x"]).status == .unprocessableContent)
        }
    }

    @Test("Hostile text is shown escaped everywhere, and a form with a repeated or too long field is refused whole")
    func hostileInput() async throws {
        let desk = try await DeskSpa()
        var olivia = try #require(try await desk.store.client("olivia"))
        olivia.firstName = "<script>alert(1)</script>"
        try await desk.store.save(olivia)
        try await desk.spa.engine.receive(channel: .simulator, from: "olivia-phone", text: "<img src=x onerror=alert(2)> complaint", providerID: "h1")
        try await desk.spa.app.test(.router) { client in
            let browser = try await DeskBrowser.signIn(client, "anna")
            for path in ["/desk", "/desk/clients/olivia", "/desk/escalations", "/desk/clients?q=script"] {
                let html = try await browser.get(client, path).html
                #expect(!html.contains("<script>alert(1)") && !html.contains("<img src=x"), "unescaped on \(path)")
            }
            #expect(try await browser.get(client, "/desk").html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            let repeated = try await client.form(.post, "/desk/clients/maria/block", [:], cookie: browser.cookie,
                                                 raw: "csrf=\(browser.csrf)&reason=a&reason=b")
            #expect(repeated.status == .badRequest)
            let long = try await browser.post(client, "/desk/clients/maria/block", ["reason": String(repeating: "x", count: 501)])
            #expect(long.status == .badRequest)
            #expect(try await desk.store.client("maria")?.onlineBookingBlock == nil)
            let search = try await browser.get(client, "/desk/clients?q=%22%3E%3Cb%3E")
            #expect(search.status == .ok && !search.html.contains("\"><b>"))
            // A quote joined to a combining mark is still a quote to the browser: it must not end the attribute it is in.
            var renamed = try #require(try await desk.store.client("olivia"))
            renamed.firstName = "x\"\u{301} formaction=/desk/clients/olivia/unblock"
            try await desk.store.save(renamed)
            let agenda = try await browser.get(client, "/desk").html
            #expect(!agenda.contains("x\"\u{301} formaction") && agenda.contains("x&quot;\u{301} formaction"))
            // Words typed in a search box (a space is + in a form's address) find the client.
            #expect(try await browser.get(client, "/desk/clients?q=maria+lopez").html.contains("/desk/clients/maria") == false)
            #expect(try await browser.get(client, "/desk/clients?q=mar%C3%ADa+l%C3%B3pez").html.contains("/desk/clients/maria"))
        }
    }

    @Test("Policies are edited as the file's document: a problem names its field and changes nothing; a good change is a new version in force")
    func policies() async throws {
        let desk = try await DeskSpa()
        try await desk.spa.app.test(.router) { client in
            let mona = try await DeskBrowser.signIn(client, "mona")
            let page = try await mona.get(client, "/desk/settings").html
            #expect(page.contains("reminder_confirm") && page.contains("SMS: "))
            let typo = try await mona.post(client, "/desk/settings/policies", ["document": "lateCancle:\n  windowHours: 12\n", "version": "0"])
            #expect(typo.status == .unprocessableContent)
            #expect(typo.html.contains("did you mean lateCancel?"))
            #expect(typo.html.contains("lateCancle:\n  windowHours: 12"))
            #expect(try await desk.store.currentPolicy() == nil)
            // Aliases that would stand for millions of values are refused, not expanded.
            var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
            for (i, name) in ["b", "c", "d", "e", "f", "g"].enumerated() {
                let previous = i == 0 ? "a" : ["b", "c", "d", "e", "f"][i - 1]
                bomb += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
            }
            let refused = try await mona.post(client, "/desk/settings/policies", ["document": bomb, "version": "0"])
            #expect(refused.status == .unprocessableContent && refused.html.contains("more than 20000 values"))
            let notYAML = try await mona.post(client, "/desk/settings/policies", ["document": "a: [unclosed", "version": "0"])
            #expect(notYAML.status == .unprocessableContent && notYAML.html.contains("not valid YAML"))
            let good = try await mona.post(client, "/desk/settings/policies",
                                            ["document": "lateCancel:\n  window: 12h\n", "version": "0", "note": "shorter window"])
            #expect(good.location == "/desk/settings?notice=policies_saved", "\(good.html.components(separatedBy: "<main").last?.prefix(800) ?? "")")
            let record = try #require(try await desk.store.currentPolicy())
            #expect(record.version == 1 && record.source == .dashboard && record.actor == .external("dashboard:mona") && record.note == "shorter window")
            #expect(try await desk.store.policies(for: "soho").lateCancel.windowHours == 12)
            let stale = try await mona.post(client, "/desk/settings/policies", ["document": "lateCancel:\n  window: 6h\n", "version": "0"])
            #expect(stale.status == .conflict)
            #expect(try await desk.store.policies(for: "soho").lateCancel.windowHours == 12)
            let preview = try await mona.get(client, "/desk/settings?message=reminder_confirm&locale=ru&channel=sms").html
            #expect(preview.contains("UCS-2") || preview.contains("segment"))
        }
    }

    @Test("Booking a client into a free slot shows the deposit asked; a blocked client needs a manager's override with a reason, audited")
    func book() async throws {
        let desk = try await DeskSpa()
        try await desk.store.setOnlineBookingBlock("olivia", ClientBlock(reason: "three no-shows", by: .system("test"), at: AdminSpa.at("2026-11-20T10:00")),
                                                   by: .system("test"), reason: "three no-shows", at: AdminSpa.at("2026-11-20T10:00"))
        try await desk.spa.app.test(.router) { client in
            let anna = try await DeskBrowser.signIn(client, "anna")
            let page = try await anna.get(client, "/desk/book?client=maria&service=massage&day=2026-11-25").html
            let slot = "\(Int(AdminSpa.at("2026-11-25T16:00").timeIntervalSince1970))|ben|soho"
            #expect(page.contains(slot))
            #expect(!page.contains("blocked-warning"))
            let booked = try await anna.post(client, "/desk/book", ["client": "maria", "service": "massage", "slot": slot, "notes": "by phone"])
            #expect(booked.location == "/desk?location=soho&day=2026-11-25&notice=booked")
            let made = try await desk.store.appointments(of: "maria").first { $0.start == AdminSpa.at("2026-11-25T16:00") }
            #expect(made?.staffID == "ben" && made?.source == .phone && made?.notes == "by phone")
            // The same time again is taken now.
            let again = try await anna.post(client, "/desk/book", ["client": "olivia", "service": "massage", "slot": slot, "override": "regular"])
            #expect(again.status == .conflict)

            let fred = try await DeskBrowser.signIn(client, "fred")
            let warned = try await fred.get(client, "/desk/book?client=olivia&service=massage&day=2026-11-25").html
            #expect(warned.contains(#"id="blocked-warning""#))
            let oliviaSlot = "\(Int(AdminSpa.at("2026-11-25T10:00").timeIntervalSince1970))|anna|soho"
            let refused = try await fred.post(client, "/desk/book", ["client": "olivia", "service": "massage", "slot": oliviaSlot])
            #expect(refused.status == .unprocessableContent)
            #expect(try await fred.post(client, "/desk/book", ["client": "olivia", "service": "massage", "slot": oliviaSlot, "override": "owner said"]).status == .forbidden)
            let mona = try await DeskBrowser.signIn(client, "mona")
            let overridden = try await mona.post(client, "/desk/book", ["client": "olivia", "service": "massage", "slot": oliviaSlot, "override": "paid up front in cash"])
            #expect(overridden.status == .seeOther)
            let hers = try #require(try await desk.store.appointments(of: "olivia").first { $0.start == AdminSpa.at("2026-11-25T10:00") })
            #expect(try await desk.store.audit(subjectKind: "appointment", subjectID: hers.id.rawValue).contains {
                $0.action == "blockOverridden" && $0.actor == .external("dashboard:mona") && $0.detail.contains("paid up front in cash")
            })
            let badSlot = try await mona.post(client, "/desk/book", ["client": "olivia", "service": "massage", "slot": "tomorrow"])
            #expect(badSlot.status == .unprocessableContent)
        }
    }

    @Test("Moving a visit offers the day's free times; the move tells the client and the visit is at its new time")
    func move() async throws {
        let desk = try await DeskSpa()
        try await desk.spa.app.test(.router) { client in
            let anna = try await DeskBrowser.signIn(client, "anna")
            let page = try await anna.get(client, "/desk/appointments/a-maria-2/move").html
            let slot = "\(Int(AdminSpa.at("2026-11-24T17:00").timeIntervalSince1970))|ben|soho"
            #expect(page.contains(slot) && page.contains("Tuesday, 24 November 2026"))
            let moved = try await anna.post(client, "/desk/appointments/a-maria-2/move", ["slot": slot])
            #expect(moved.location == "/desk?location=soho&day=2026-11-24&notice=moved")
            #expect(try await desk.store.appointment("a-maria-2")?.start == AdminSpa.at("2026-11-24T17:00"))
            try await desk.spa.settle()
            #expect(desk.spa.inbox("maria-phone").contains { $0.contains("17:00") })
            // The time is Maria's now: Olivia can't be moved into it.
            #expect(try await anna.post(client, "/desk/appointments/a-olivia/move", ["slot": slot]).status == .conflict)
        }
    }

    /// The HTML from the element with `id` to the end of its element (enough to tell what one row says).
    static func section(_ html: String, _ id: String) -> String {
        guard let start = html.range(of: "id=\"\(id)\"") else { return "" }
        let rest = html[start.lowerBound...]
        let end = rest.range(of: "</li>") ?? rest.range(of: "</article>") ?? rest.range(of: "</div>")
        if id == "open-items" || id == "handled" {
            return String(rest.prefix(while: { _ in true }).components(separatedBy: id == "open-items" ? "id=\"handled\"" : "</section>").first ?? "")
        }
        return String(rest[..<(end?.upperBound ?? rest.endIndex)])
    }
}
