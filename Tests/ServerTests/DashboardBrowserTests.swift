import BookingCore
import Engine
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Server
import Store
import Testing

/// The dashboard in a real headless Chromium, as the front desk uses it: sign in, tomorrow's book, an arrival, a no-show
/// and the block prompt, a cancel with a reason and a waived fee, an escalation answered (and a new one arriving by itself),
/// a policy changed and in force. Screenshots of each step go to `.build/artifacts/dashboard/`.
@Suite("Dashboard in a browser", .serialized)
struct DashboardBrowserTests {
    static let artifacts = AdminSpa.root.appendingPathComponent(".build/artifacts/dashboard")

    @Test("The front desk's day in Chromium, start to finish")
    func frontDeskDay() async throws {
        guard WebDriver.isInstalled else {
            Issue.record("Chromium and chromedriver are needed (Debian's chromium and chromium-driver; scripts/test installs them)")
            return
        }
        let desk = try await DeskSpa(publicURL: "http://127.0.0.1")
        try await PolicyUpdate.apply(.map([("noShow", .map([("askToBlock", .bool(true))]))]), to: desk.store, source: .api,
                                     actor: .system("test"), at: desk.spa.clock.now())
        try await desk.spa.engine.receive(channel: .simulator, from: "olivia-phone", text: "Is there parking near you?", providerID: "q1")
        try await desk.spa.settle()
        try await desk.spa.app.test(.live) { client in
            let site = "http://127.0.0.1:\(try #require(client.port))"
            let browser = try await WebDriver()
            do {
                try await play(browser, site: site, desk: desk)
            } catch {
                try? await browser.screenshot(Self.artifacts.appendingPathComponent("failure.png"))
                await browser.quit()
                throw error
            }
            await browser.quit()
        }
    }

    func play(_ b: WebDriver, site: String, desk: DeskSpa) async throws {
        var step = 0
        func shot(_ name: String) async throws {
            step += 1
            try await b.screenshot(Self.artifacts.appendingPathComponent(String(format: "%02d-%@.png", step, name)))
        }

        // Signing in: a wrong password first, then the right one.
        try await b.open("\(site)/desk")
        #expect(try await b.currentURL().hasPrefix("\(site)/desk/signin"))
        try await b.type("#username", "anna")
        try await b.type("#password", "not the password")
        try await b.click("#signin")
        #expect(try await b.text("[role=alert]").contains("don't match an account"))
        try await b.type("#password", DeskSpa.password)
        try await b.click("#signin")
        #expect(try await b.title().hasPrefix("Today"))
        #expect(try await b.text("#unconfirmed-tomorrow").contains("Unconfirmed for tomorrow: 1"))
        try await shot("today")

        // Tomorrow's book, from the counter.
        try await b.click("#unconfirmed-tomorrow a")
        #expect(try await b.text("main h2").contains("Tuesday, 24 November 2026"))
        #expect(try await b.text("#visit-a-olivia-2").contains("confirmed"))
        #expect(try await b.text("#visit-a-maria-2").contains("unconfirmed"))
        try await shot("tomorrow")

        // María arrives.
        try await b.open("\(site)/desk?day=2026-11-23")
        try await b.click("#visit-a-maria form[action$='/arrived'] button")
        #expect(try await b.text(".notice").contains("Marked arrived."))
        #expect(try await b.text("#visit-a-maria .state").contains("arrived"))
        #expect(try await desk.store.appointment("a-maria")?.status == .arrived)

        // Olivia never came: the no-show asks whether to block her from online booking, and the desk says yes.
        try await b.click("#visit-a-olivia form[action$='/no-show'] button")
        #expect(try await b.text("main").contains("Olivia Bennett did not come"))
        try await shot("block-prompt")
        try await b.click("#block-yes")
        #expect(try await b.text(".notice").contains("Online booking is closed to the client."))
        #expect(try await b.text("#visit-a-olivia").contains("no-show"))
        #expect(try await desk.store.client("olivia")?.onlineBookingBlock != nil)

        // Tomorrow, María cancels by phone: the cancel dialog with a reason, a note and the fee waived.
        try await b.open("\(site)/desk?day=2026-11-24")
        try await b.click("#visit-a-maria-2 a[href*='/cancel']")
        try await b.click("input[name=reason][value='illness']", stays: true)
        try await b.click("input[name=fee][value='waive']", stays: true)
        try await b.type("#note", "flu; rang the desk")
        try await shot("cancel-dialog")
        try await b.click("#confirm-cancel")
        #expect(try await b.text(".notice").contains("Cancelled"))
        #expect(try await b.text("#visit-a-maria-2").contains("cancelled"))
        let cancelled = try await desk.store.appointment("a-maria-2")
        #expect(cancelled?.status == .cancelled && cancelled?.cancellation?.reason == "illness: flu; rang the desk" && cancelled?.cancellation?.fee == nil)

        // The escalation inbox: Olivia's question is answered and leaves it; a new one arrives without a reload.
        try await b.click("nav a[href='/desk/escalations']")
        #expect(try await b.text("#open-items").contains("Is there parking near you?"))
        try await b.type("#open-items textarea", "Yes: the car park on Dean Street, two minutes away.")
        try await shot("escalation")
        try await b.click("#open-items form.answer button")
        #expect(try await b.text(".notice").contains("Answer sent"))
        #expect(try await b.elements("#open-items article").isEmpty)
        try await desk.spa.settle()
        #expect(desk.spa.inbox("olivia-phone").contains { $0.contains("car park on Dean Street") })
        try await desk.spa.engine.receive(channel: .simulator, from: "maria-phone", text: "¿Puedo llevar a mi hija conmigo?", providerID: "q2")
        try await b.waitFor("#open-items", toShow: "¿Puedo llevar a mi hija conmigo?")
        try await b.waitFor("#open-count", toShow: "1")
        try await shot("escalation-live")

        // A policy change: the late-cancel window shrinks to 12 hours, and the cancel dialog says so at once. Before it, Olivia's
        // visit tomorrow at 11:00 (23.5 hours away) is inside the 24-hour window.
        try await b.open("\(site)/desk/appointments/a-olivia-2/cancel")
        #expect(try await b.text("main").contains("inside the 24-hour cancellation window"))
        try await b.click("nav a[href='/desk/settings']")
        try await b.type("#policy-document", "lateCancel:\n  window: 12hours\n")
        try await b.click("#save-policies")
        #expect(try await b.text("#policy-problems").contains("lateCancel.window"))
        try await b.type("#policy-document", "lateCancel:\n  window: 12h\nnoShow:\n  askToBlock: true\n")
        try await b.type("#policy-note", "shorter window for the winter")
        try await b.click("#save-policies")
        #expect(try await b.text(".notice").contains("Policies saved"))
        try await shot("settings")
        #expect(try await desk.store.policies(for: "soho").lateCancel.windowHours == 12)
        try await b.open("\(site)/desk/appointments/a-olivia-2/cancel")
        #expect(try await b.text("main h1").contains("Cancel a visit"))
        #expect(!(try await b.text("main").contains("cancellation window")))

        // The reports for the two days: Olivia's no-show is one of the two visits due.
        try await b.click("nav a[href='/desk/reports']")
        try await b.open("\(site)/desk/reports?from=2026-11-23&to=2026-11-24")
        #expect(try await b.text("#fig-no_show_rate").contains("50.0"))
        #expect(try await b.elements(".card-grid svg").count == 2)
        try await shot("reports")

        // The client card: her conversation with how each message was read, and the block with its reason.
        try await b.open("\(site)/desk/clients/olivia")
        #expect(try await b.text("#client-blocked").contains("no-show"))
        #expect(try await b.text("main").contains("read as question"))
        try await shot("client-card")

        // Signing out ends the session.
        try await b.click("form[action='/desk/signout'] button")
        #expect(try await b.currentURL().hasPrefix("\(site)/desk/signin"))
        try await b.open("\(site)/desk/escalations")
        #expect(try await b.currentURL().hasPrefix("\(site)/desk/signin"))
    }
}
