import BookingCore
import Channels
import Engine
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Server
import Store
import Testing

@Suite("Deposits through Stripe: the payment page and refunds, against a fake Stripe", .serialized)
struct DepositPaymentTests {
    @Test("the deposit link opens one Checkout Session with the deposit's details and redirects to it; a second visit reuses it")
    func checkoutSession() async throws {
        let stripe = FakeStripe()
        try await stripe.run { base in
            let spa = try await PaymentSpa.make(stripe: base)
            try await spa.hold(start: "2026-11-24T15:00")
            let hold = try #require(try await spa.store.appointment("held")?.holdExpiresAt)
            try await spa.app.test(.router) { client async throws in
                let first = try await client.execute(uri: "/pay/held", method: .get)
                #expect(first.status == .seeOther)
                #expect(first.headers[.location] == "https://checkout.stripe.test/c/pay/cs_test_1")
                let again = try await client.execute(uri: "/pay/held", method: .get)
                #expect(again.status == .seeOther)
                #expect(again.headers[.location] == "https://checkout.stripe.test/c/pay/cs_test_1")
            }
            let calls = stripe.calls(to: "/v1/checkout/sessions")
            #expect(calls.count == 1, "the second visit reuses the page made for this hold")
            let call = try #require(calls.first)
            #expect(call.headers["authorization"] == "Bearer sk_test_fake")
            #expect(call.idempotencyKey == "checkout-held-\(Int(hold.timeIntervalSince1970))")
            #expect(call.field("mode") == "payment")
            #expect(call.field("line_items[0][price_data][currency]") == "gbp")
            #expect(call.field("line_items[0][price_data][unit_amount]") == "2000")
            #expect(call.field("line_items[0][price_data][product_data][name]") == "Deposit: Swedish massage, Tue 24 Nov 15:00")
            #expect(call.field("line_items[0][quantity]") == "1")
            #expect(call.field("success_url") == "https://spa.example.com/pay/held/done")
            #expect(call.field("cancel_url") == "https://spa.example.com/pay/held/cancelled")
            #expect(call.field("metadata[appointment]") == "held")
            #expect(call.field("client_reference_id") == "held")
            #expect(call.field("customer_email") == "olivia@example.com")
            // The hold ends in 30 minutes, under Stripe's 30-minute minimum: the page gets the hold's end plus 31 minutes.
            #expect(call.field("expires_at") == String(Int(hold.timeIntervalSince1970) + 31 * 60))
        }
    }

    @Test("a paid deposit, a lapsed hold and an unknown link get a short friendly page, and Stripe is not asked")
    func pagesWithNothingToPay() async throws {
        let stripe = FakeStripe()
        try await stripe.run { base in
            let spa = try await PaymentSpa.make(stripe: base)
            try await spa.hold("lapsed", start: "2026-11-24T15:00", holdUntil: spa.clock.now().addingTimeInterval(-60))
            try await spa.hold("held", start: "2026-11-25T15:00")
            let s = PaymentSpa.at("2026-11-26T11:00")
            try await spa.store.book(Appointment(id: "plain", clientID: "maria", serviceID: "massage", staffID: "anna", locationID: "soho", start: s,
                                                 end: s.addingTimeInterval(3600), price: Money(minorUnits: 7500, currency: "GBP"),
                                                 createdAt: spa.clock.now()), by: .staff("anna"))
            try await spa.app.test(.router) { client async throws in
                let plain = try await client.execute(uri: "/pay/plain", method: .get)
                #expect(plain.status == .ok && String(buffer: plain.body).contains("No hay nada que pagar"), "a visit without a deposit")
                let stranger = try await StripeWebhookTests.post(client, StripeWebhookTests.event("evt_other", "checkout.session.completed", appointment: "elsewhere"))
                #expect(stranger.status == .ok, "another system's session on the same account is acknowledged, not retried for days")
                let lapsed = try await client.execute(uri: "/pay/lapsed", method: .get)
                #expect(lapsed.status == .gone)
                #expect(String(buffer: lapsed.body).contains("This hold has ended"))
                #expect(String(buffer: lapsed.body).contains("Tue 24 Nov at 15:00"))
                let unknown = try await client.execute(uri: "/pay/nothing-here", method: .get)
                #expect(unknown.status == .notFound)
                #expect(String(buffer: unknown.body).contains("can&#39;t find this payment link"))
                #expect(try await PaymentSpa.paid(client, "held").status == .ok)
                let paid = try await client.execute(uri: "/pay/held", method: .get)
                #expect(paid.status == .ok)
                #expect(String(buffer: paid.body).contains("Your deposit is paid"))
                let done = try await client.execute(uri: "/pay/held/done", method: .get)
                #expect(String(buffer: done.body).contains("Your deposit is paid"))
            }
            #expect(stripe.calls.isEmpty)
        }
    }

    @Test("María's page is in Spanish; back without paying, she is told the slot is still hers and how to pay")
    func clientsLanguage() async throws {
        let stripe = FakeStripe()
        try await stripe.run { base in
            let spa = try await PaymentSpa.make(stripe: base)
            let s = PaymentSpa.at("2026-11-24T15:00")
            var a = Appointment(id: "m1", clientID: "maria", serviceID: "massage", staffID: "anna", locationID: "soho", start: s, end: s.addingTimeInterval(3600),
                                price: Money(minorUnits: 7500, currency: "GBP"), status: .awaitingDeposit, source: .waitlist, createdAt: spa.clock.now())
            a.deposit = .required(Money(minorUnits: 2000, currency: "GBP"))
            a.holdExpiresAt = spa.clock.now().addingTimeInterval(3600)
            try await spa.store.book(a, by: .system("test"))
            try await spa.app.test(.router) { client async throws in
                _ = try await client.execute(uri: "/pay/m1", method: .get)
                let back = try await client.execute(uri: "/pay/m1/cancelled", method: .get)
                #expect(back.status == .ok)
                let page = String(buffer: back.body)
                #expect(page.contains("lang=\"es\"") && page.contains("No se ha cobrado nada") && page.contains("href=\"/pay/m1\""))
            }
            #expect(stripe.calls(to: "/v1/checkout/sessions").first?.field("locale") == "es")
            #expect(stripe.calls(to: "/v1/checkout/sessions").first?.field("line_items[0][price_data][product_data][name]")?.hasPrefix("Depósito: Swedish massage") == true)
        }
    }

    @Test("Stripe failing (500) or not answering in time: a 502 page saying to try again in a minute; the next visit works")
    func stripeUnavailable() async throws {
        let stripe = FakeStripe()
        try await stripe.run { base in
            let spa = try await PaymentSpa.make(stripe: base)
            try await spa.hold(start: "2026-11-24T15:00")
            stripe.fail("/v1/checkout/sessions", with: .serverError)
            stripe.fail("/v1/checkout/sessions", with: .timeout)
            try await spa.app.test(.router) { client async throws in
                let down = try await client.execute(uri: "/pay/held", method: .get)
                #expect(down.status == .badGateway)
                #expect(String(buffer: down.body).contains("Payments are unavailable right now"))
                #expect(String(buffer: down.body).contains("try again in a minute"))
                let slow = try await client.execute(uri: "/pay/held", method: .get)
                #expect(slow.status == .badGateway)
                let back = try await client.execute(uri: "/pay/held", method: .get)
                #expect(back.status == .seeOther)
            }
            let keys = Set(stripe.calls(to: "/v1/checkout/sessions").map(\.idempotencyKey))
            #expect(stripe.calls(to: "/v1/checkout/sessions").count == 3 && keys.count == 1, "every attempt for one hold carries the same key")
        }
    }

    @Test("cancelled in time by the client: exactly one refund of the payment, keyed by the appointment, and the result audited")
    func refundInTime() async throws {
        let stripe = FakeStripe()
        try await stripe.run { base in
            let spa = try await PaymentSpa.make(stripe: base)
            try await spa.hold(start: "2026-11-26T15:00")
            try await spa.app.test(.router) { client async throws in #expect(try await PaymentSpa.paid(client, "held").status == .ok) }
            #expect(try await spa.store.depositPayment("held")?.paymentIntent == "pi_test_1")
            #expect(try await spa.store.depositPayment("held")?.amountPaidMinor == 2000)
            try await spa.reply("I need to cancel my massage please", from: PaymentSpa.olivia)
            try await spa.reply("Yes", from: PaymentSpa.olivia)
            let a = try await spa.store.appointment("held")
            #expect(a?.status == .cancelled)
            #expect(a?.deposit == .refunded(Money(minorUnits: 2000, currency: "GBP")))
            try await spa.engine.settle()
            let refunds = stripe.calls(to: "/v1/refunds")
            #expect(refunds.count == 1)
            #expect(refunds.first?.field("payment_intent") == "pi_test_1")
            #expect(refunds.first?.idempotencyKey == "refund-held")
            #expect(refunds.first?.field("reason") == "requested_by_customer")
            #expect(try await spa.store.depositPayment("held")?.refundStatus == .succeeded)
            #expect(try await spa.actions("held").contains("depositRefunded"))
        }
    }

    @Test("a refund Stripe fails with a 500 is retried later with the same key; one that never answers too")
    func refundRetried() async throws {
        let stripe = FakeStripe()
        try await stripe.run { base in
            let spa = try await PaymentSpa.make(stripe: base)
            try await spa.hold(start: "2026-11-26T15:00")
            try await spa.app.test(.router) { client async throws in #expect(try await PaymentSpa.paid(client, "held").status == .ok) }
            stripe.fail("/v1/refunds", with: .serverError)
            stripe.fail("/v1/refunds", with: .timeout)
            try await spa.engine.staffAction(.cancel("held", by: "anna", reason: "Anna is ill"), key: "api:cancel-held")
            try await spa.engine.settle()
            #expect(stripe.calls(to: "/v1/refunds").count == 1)
            #expect(try await spa.store.depositPayment("held")?.refundStatus == .pending)
            spa.clock.advance(by: 61)
            try await spa.engine.settle()
            #expect(stripe.calls(to: "/v1/refunds").count == 2, "a minute later it is tried again, and times out")
            spa.clock.advance(by: 121)
            try await spa.engine.settle()
            let refunds = stripe.calls(to: "/v1/refunds")
            #expect(refunds.count == 3)
            #expect(Set(refunds.map(\.idempotencyKey)) == ["refund-held"], "a timed-out attempt may have worked: the key makes the retry safe")
            #expect(refunds.last?.field("reason") == nil, "the business cancelled: not a refund the client asked for")
            #expect(try await spa.store.depositPayment("held")?.refundStatus == .succeeded)
            spa.clock.advance(by: 3600)
            try await spa.engine.settle()
            #expect(stripe.calls(to: "/v1/refunds").count == 3, "and never again")
        }
    }

    @Test("a late cancellation keeps the deposit: no refund is asked of Stripe")
    func lateCancelKeepsDeposit() async throws {
        let stripe = FakeStripe()
        try await stripe.run { base in
            let spa = try await PaymentSpa.make(stripe: base)
            try await spa.hold(start: "2026-11-23T15:00")
            try await spa.app.test(.router) { client async throws in #expect(try await PaymentSpa.paid(client, "held").status == .ok) }
            try await spa.reply("Sorry, I have to cancel", from: PaymentSpa.olivia)
            try await spa.reply("Yes", from: PaymentSpa.olivia)
            #expect(try await spa.store.appointment("held")?.deposit == .forfeited(Money(minorUnits: 2000, currency: "GBP")))
            spa.clock.advance(by: 3600)
            try await spa.engine.settle()
            #expect(stripe.calls(to: "/v1/refunds").isEmpty)
            #expect(try await spa.store.depositPayment("held")?.refundStatus == nil)
        }
    }

    @Test("a refund Stripe refuses (402) is not retried: it is recorded as failed, and staff get an escalation to refund it by hand")
    func refundRefused() async throws {
        let stripe = FakeStripe()
        try await stripe.run { base in
            let spa = try await PaymentSpa.make(stripe: base)
            try await spa.hold(start: "2026-11-26T15:00")
            try await spa.app.test(.router) { client async throws in #expect(try await PaymentSpa.paid(client, "held").status == .ok) }
            stripe.fail("/v1/refunds", with: .cardError)
            try await spa.engine.staffAction(.cancel("held", by: "anna", reason: "closed for repairs"), key: "api:cancel-held")
            try await spa.engine.settle()
            spa.clock.advance(by: 6 * 3600)
            try await spa.engine.settle()
            #expect(stripe.calls(to: "/v1/refunds").count == 1)
            let payment = try await spa.store.depositPayment("held")
            #expect(payment?.refundStatus == .failed)
            #expect(payment?.refundError?.contains("card_error") == true)
            #expect(try await spa.actions("held").contains("refundFailed"))
            let escalation = try #require(try await spa.store.read { try $0.openEscalation(for: "olivia") })
            #expect(escalation.reason == "payment" && escalation.appointmentID == "held" && escalation.assignedStaff == "anna")
        }
    }

    @Test("a hold released with its payment page open: the page is closed; a payment that still gets through is refunded")
    func releasedHold() async throws {
        let stripe = FakeStripe()
        try await stripe.run { base in
            let spa = try await PaymentSpa.make(stripe: base)
            // Massages now need a £20 deposit. María's Tuesday 15:00 is cancelled; Olivia, waiting for a slot, takes it.
            try await spa.store.save(Service(id: "massage", name: "Swedish massage", durationMinutes: 60, price: Money(minorUnits: 7500, currency: "GBP"),
                                             deposit: .fixed(Money(minorUnits: 2000, currency: "GBP"))))
            try await spa.store.save(WaitlistEntry(id: "w1", clientID: "olivia", locationID: "soho", serviceIDs: ["massage"],
                                                   createdAt: PaymentSpa.at("2026-11-20T10:00")))
            let s = PaymentSpa.at("2026-11-24T15:00")
            try await spa.store.book(Appointment(id: "m1", clientID: "maria", serviceID: "massage", staffID: "anna", locationID: "soho", start: s,
                                                 end: s.addingTimeInterval(3600), price: Money(minorUnits: 7500, currency: "GBP"), source: .phone,
                                                 createdAt: spa.clock.now()), by: .staff("anna"))
            try await spa.engine.staffAction(.cancel("m1", by: "anna", reason: "María phoned"), key: "api:cancel-m1")
            try await spa.engine.settle()
            try await spa.reply("Yes please", from: PaymentSpa.olivia)
            let held = try #require(try await spa.store.appointments(of: "olivia").first { $0.status == .awaitingDeposit })
            #expect(spa.inbox(PaymentSpa.olivia).last?.contains("https://spa.example.com/pay/\(held.id)") == true)
            try await spa.app.test(.router) { client async throws in
                #expect(try await client.execute(uri: "/pay/\(held.id)", method: .get).status == .seeOther)
                spa.clock.advance(by: 30 * 60 + 1)
                try await spa.engine.settle()
                #expect(try await spa.store.appointment(held.id)?.status == .cancelled, "unpaid, the hold lapses")
                #expect(stripe.calls(to: "/v1/checkout/sessions/cs_test_1/expire").count == 1, "and its payment page is closed")
                #expect(try await PaymentSpa.paid(client, held.id.rawValue, intent: "pi_late").status == .ok)
            }
            try await spa.engine.settle()
            #expect(try await spa.store.appointment(held.id)?.status == .cancelled, "the slot is not given back for a late payment")
            #expect(stripe.calls(to: "/v1/refunds").map { $0.field("payment_intent") } == ["pi_late"])
        }
    }

    @Test("charge.refunded (a refund made in the dashboard) is acknowledged and recorded on the appointment")
    func refundReported() async throws {
        let spa = try await PaymentSpa.make()
        try await spa.hold(start: "2026-11-26T15:00")
        try await spa.app.test(.router) { client async throws in
            #expect(try await PaymentSpa.paid(client, "held").status == .ok)
            let refunded = #"{"id":"evt_r1","type":"charge.refunded","data":{"object":{"id":"ch_1","object":"charge","payment_intent":"pi_test_1","amount":2000,"amount_refunded":2000,"refunded":true,"currency":"gbp"}}}"#
            #expect(try await StripeWebhookTests.post(client, refunded).status == .ok)
            let stranger = #"{"id":"evt_r2","type":"charge.refunded","data":{"object":{"id":"ch_2","payment_intent":"pi_other","amount":500,"amount_refunded":500,"refunded":true,"currency":"gbp"}}}"#
            let other = try await StripeWebhookTests.post(client, stranger)
            #expect(other.status == .ok && String(buffer: other.body).contains("ignored"))
        }
        let payment = try await spa.store.depositPayment("held")
        #expect(payment?.refundStatus == .succeeded && payment?.refundedMinor == 2000)
        #expect(try await spa.actions("held").contains("refundReported"))
    }
}
