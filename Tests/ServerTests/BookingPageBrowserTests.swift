import BookingCore
import Engine
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Server
import Store
import Testing

/// The booking page in a real headless Chromium on a phone-sized screen, as a client uses it: pick a service, Ben and a time,
/// prove the phone with the texted code, pay the deposit on the (fake) Stripe page, then cancel from the visit's own page;
/// another client confirms from hers; a blocked client is asked to call. Screenshots go to `.build/artifacts/booking/`.
@Suite("Booking page in a browser", .serialized)
struct BookingPageBrowserTests {
    static let artifacts = AdminSpa.root.appendingPathComponent(".build/artifacts/booking")

    @Test("A client books with a code and a deposit, then cancels; another confirms; a blocked one is asked to call")
    func clientBooks() async throws {
        guard WebDriver.isInstalled else {
            Issue.record("Chromium and chromedriver are needed (Debian's chromium and chromium-driver; scripts/test installs them)")
            return
        }
        let stripe = FakeStripe()
        stripe.hostPages()
        try await stripe.run { stripeBase in
            let spa = try await AdminSpa(publicURL: "http://127.0.0.1", bookingPage: true, stripe: FakeStripe.payments(stripeBase))
            var massage = AdminSpa.massage
            massage.deposit = .fixed(Money(minorUnits: 2000, currency: "GBP"))
            try await spa.store.save(massage)
            let start = AdminSpa.at("2026-11-24T11:00")
            try await spa.store.book(Appointment(id: "a-olivia", clientID: "olivia", serviceID: "massage", staffID: "anna", locationID: "soho",
                                                 start: start, end: start.addingTimeInterval(3600), price: massage.price, status: .booked,
                                                 createdAt: spa.clock.now()), by: .system("test"))
            try await spa.store.setOnlineBookingBlock("maria", ClientBlock(reason: "two no-shows", by: .system("test"), at: spa.clock.now()),
                                                      by: .system("test"), reason: "two no-shows", at: spa.clock.now())
            try await spa.app.test(.live) { client in
                let site = "http://127.0.0.1:\(try #require(client.port))"
                let browser = try await WebDriver(width: 412, height: 915)
                do {
                    try await play(browser, site: site, spa: spa, stripe: stripeBase, client: client)
                } catch {
                    try? await browser.screenshot(Self.artifacts.appendingPathComponent("failure.png"))
                    await browser.quit()
                    throw error
                }
                await browser.quit()
            }
        }
    }

    func play(_ b: WebDriver, site: String, spa: AdminSpa, stripe: String, client: some TestClientProtocol) async throws {
        var step = 0
        func shot(_ name: String) async throws {
            step += 1
            try await b.screenshot(Self.artifacts.appendingPathComponent(String(format: "%02d-%@.png", step, name)))
        }
        let links = try #require(spa.engine.links)

        // Choosing: the service, Ben, Tuesday, 14:00.
        try await b.open("\(site)/book")
        #expect(try await b.title().hasPrefix("Book a visit"))
        #expect(try await b.text("main").contains("Swedish massage"))
        try await shot("services")
        try await b.click(".choices a[href*='service=massage']")
        try await b.click(".pills a[href*='staff=ben']")
        try await b.click(".days a[href*='day=2026-11-24']")
        #expect(try await b.text("main").contains("Tuesday, 24 November 2026"))
        try await shot("times")
        try await b.click(".times a[href*='slot=\(BookingPageTests.tuesdayTwo)']")
        #expect(try await b.text(".summary").contains("Ben"))
        #expect(try await b.text("main").contains("A deposit of £20.00 holds this time"))

        // Who: a new client, a national number, the code from the phone.
        try await b.type("#first", "Nora")
        try await b.type("#last", "Quinn")
        try await b.type("#phone", "07700 900777")
        try await b.type("#email", "nora@example.com")
        try await shot("details")
        try await b.click("form[action$='/code'] button")
        #expect(try await b.text("main").contains("We've sent a 6-digit code to +44 •••• ••0777"))
        let code = try BookingPageTests.code(spa, "+447700900777")
        try await b.type("#code", code)
        try await shot("code")
        try await b.click("form[action$='/verify'] button")

        // The deposit: the visit's page says the time is held; its button opens the payment page (the fake's); Stripe's webhook
        // confirms it, and the client comes back.
        #expect(try await b.text(".notice").contains("Your time is held for you"))
        try await shot("held")
        try await b.click("a[href^='/pay/']")
        #expect(try await b.currentURL().hasPrefix("\(stripe)/c/pay/cs_test_"))
        let visit = try #require(try await spa.store.appointments(at: "soho", from: AdminSpa.at("2026-11-24T00:00"), to: AdminSpa.at("2026-11-25T00:00"))
            .first { $0.source == .online })
        #expect(visit.status == .awaitingDeposit && visit.start == AdminSpa.at("2026-11-24T14:00") && visit.staffID == "ben")
        #expect(try await b.script("return document.getElementById('pay').getAttribute('href')") as? String == "http://127.0.0.1/pay/\(visit.id.rawValue)/done")
        #expect(try await PaymentSpa.paid(client, visit.id.rawValue).status == .ok)
        try await b.open("\(site)/pay/\(visit.id.rawValue)/done")
        #expect(try await spa.store.appointment(visit.id)?.status == .confirmed)
        try await shot("paid")

        // Her visit's own page: cancelling says what it costs first.
        let manage = String(links.manage(visit).dropFirst("http://127.0.0.1".count))
        try await b.open(site + manage)
        #expect(try await b.text(".state").contains("Confirmed"))
        #expect(try await b.text("main").contains("Deposit paid: £20.00."))
        try await shot("manage")
        try await b.click("a[href$='/cancel']")
        #expect(try await b.text("main").contains("Cancelling now costs nothing."))
        try await shot("cancel")
        try await b.click("button.danger")
        #expect(try await b.text(".notice").contains("Your visit is cancelled."))
        #expect(try await spa.store.appointment(visit.id)?.status == .cancelled)

        // Olivia confirms from her link, in Spanish as her browser might ask (the page follows the browser's language).
        let olivia = String(links.manage(try #require(try await spa.store.appointment("a-olivia"))).dropFirst("http://127.0.0.1".count))
        try await b.open(site + olivia)
        #expect(try await b.text(".state").contains("Booked, not yet confirmed"))
        try await b.click("form[action$='/confirm'] button")
        #expect(try await b.text(".notice").contains("you're confirmed"))
        #expect(try await spa.store.appointment("a-olivia")?.status == .confirmed)
        try await shot("confirmed")

        // María, blocked, comes from her own link and is asked to call.
        let maria = links.booking(location: "soho", client: "maria", service: "massage", now: spa.clock.now())
        try await b.open(site + String(maria.dropFirst("http://127.0.0.1".count)))
        try await b.click(".times a")
        #expect(try await b.title().hasPrefix("Please call us to book"))
        #expect(try await b.text("main").contains("+442079460000"))
        try await shot("blocked")
        #expect(try await spa.store.appointments(of: "maria").isEmpty)
    }
}
