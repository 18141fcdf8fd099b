import BookingCore
import Channels
import Engine
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Server
import Store
import Testing

/// Late-cancel and no-show fees: charged to the card saved with the deposit where the policy says so, else noted for the desk.
@Suite("Fees: charged to the saved card or noted, against a fake Stripe", .serialized)
struct FeeChargeTests {
    static let cardPolicy: Policies = {
        var p = Policies()
        p.fees = FeePolicy(noShow: .percent(100), charge: .card)
        return p
    }()

    /// Olivia's held massage, paid by card through the fake Stripe.
    static func paidHold(_ spa: PaymentSpa, intent: String = "pi_test_1") async throws {
        try await spa.hold(start: "2026-11-24T15:00")
        try await spa.app.test(.router) { client async throws in
            #expect(try await client.execute(uri: "/pay/held", method: .get).status == .seeOther)
            #expect(try await PaymentSpa.paid(client, "held", intent: intent).status == .ok)
        }
        try await spa.engine.settle()
        #expect(try await spa.store.appointment("held")?.status == .confirmed)
    }

    @Test("with fees charged to cards, the deposit page saves the card; a late cancellation's fee is charged once, off-session, with its key")
    func lateCancelCharged() async throws {
        let stripe = FakeStripe()
        try await stripe.run { base in
            let spa = try await PaymentSpa.make(stripe: base, policies: Self.cardPolicy)
            try await Self.paidHold(spa)
            let page = try #require(stripe.calls(to: "/v1/checkout/sessions").first)
            #expect(page.field("payment_intent_data[setup_future_usage]") == "off_session" && page.field("customer_creation") == "always")

            spa.clock.advance(to: PaymentSpa.at("2026-11-24T12:00"))
            try await spa.engine.staffAction(.cancel("held", by: "anna", reason: "client asked", terms: .init(fee: .apply)), key: "cancel-1")
            try await spa.engine.settle()
            let charges = stripe.calls(to: "/v1/payment_intents")
            #expect(charges.count == 1)
            let charge = try #require(charges.first)
            #expect(charge.field("amount") == "1750" && charge.field("currency") == "gbp",
                    "half of £75 (the default late-cancel fee), less the £20 deposit kept towards it")
            #expect(charge.field("customer") == "cus_test_olivia" && charge.field("payment_method") == "pm_card_visa")
            #expect(charge.field("off_session") == "true" && charge.field("confirm") == "true")
            #expect(charge.idempotencyKey == "fee-held" && charge.field("metadata[appointment]") == "held")
            #expect(stripe.calls(to: "/v1/payment_intents/pi_test_1").count == 1, "the card is found from the deposit's payment")
            let fee = try #require(try await spa.store.read { try $0.fee("held") })
            #expect(fee.status == .charged && fee.kind == .lateCancel && fee.paymentIntent?.hasPrefix("pi_fee_") == true)
            try await spa.engine.settle()
            #expect(stripe.calls(to: "/v1/payment_intents").count == 1, "charged once")
            // Staff refund the fee by hand in Stripe's dashboard: it is not taken for a refund of the deposit.
            try await spa.app.test(.router) { client async throws in
                let refunded = #"{"id":"evt_fr","type":"charge.refunded","data":{"object":{"id":"ch_9","object":"charge","payment_intent":"\#(fee.paymentIntent!)","amount":1750,"amount_refunded":1750,"refunded":true,"currency":"gbp","metadata":{"appointment":"held","kind":"fee"}}}}"#
                let answer = try await StripeWebhookTests.post(client, refunded)
                #expect(answer.status == .ok && String(buffer: answer.body).contains("ignored"))
            }
            #expect(try await spa.store.depositPayment("held")?.refundStatus == nil)
        }
    }

    @Test("a declined card: the fee is recorded as failed and the staff member gets an escalation; the client hears nothing about it")
    func declinedGoesToStaff() async throws {
        let stripe = FakeStripe()
        try await stripe.run { base in
            let spa = try await PaymentSpa.make(stripe: base, policies: Self.cardPolicy)
            try await Self.paidHold(spa)
            let toOlivia = spa.phone.inbox(PaymentSpa.olivia).count
            stripe.fail("/v1/payment_intents", with: .cardError)
            spa.clock.advance(to: PaymentSpa.at("2026-11-24T15:30"))
            try await spa.engine.staffAction(.noShow("held", by: "anna"), key: "no-show-1")
            try await spa.engine.settle()
            let fee = try #require(try await spa.store.read { try $0.fee("held") })
            #expect(fee.status == .failed && fee.kind == .noShow && fee.amount == Money(minorUnits: 5500, currency: "GBP"), "the full price less the deposit kept")
            #expect(fee.error?.contains("card_declined") == true || fee.error?.contains("declined") == true, "\(fee.error ?? "")")
            let escalation = try #require(try await spa.store.read { try $0.openEscalation(for: "olivia") })
            #expect(escalation.reason == "payment" && escalation.assignedStaff == "anna")
            let later = spa.phone.inbox(PaymentSpa.olivia).dropFirst(toOlivia).map(\.body)
            #expect(!later.contains { $0.contains("fee") || $0.contains("card") || $0.contains("someone") }, "nothing to Olivia about her card: \(later)")
            let trail = try await spa.store.audit(subjectKind: "appointment", subjectID: "held").map(\.action)
            #expect(trail.contains("feeScheduled") && trail.contains("feeFailed"))
        }
    }

    @Test("fees only noted: nothing is charged, the desk sees the fee; a reinstated no-show voids it")
    func notedAndVoided() async throws {
        let stripe = FakeStripe()
        try await stripe.run { base in
            var policies = Policies()
            policies.fees = FeePolicy(noShow: .fixed(Money(minorUnits: 2500, currency: "GBP")), charge: .note)
            let spa = try await PaymentSpa.make(stripe: base, policies: policies)
            try await Self.paidHold(spa)
            #expect(stripe.calls(to: "/v1/checkout/sessions").first?.field("payment_intent_data[setup_future_usage]") == nil, "no card kept")
            spa.clock.advance(to: PaymentSpa.at("2026-11-24T15:30"))
            try await spa.engine.staffAction(.noShow("held", by: "anna"), key: "no-show-1")
            try await spa.engine.settle()
            #expect(try await spa.store.read { try $0.fee("held") }?.status == .noted)
            #expect(stripe.calls(to: "/v1/payment_intents").isEmpty)
            try await spa.engine.reinstate("held", by: "anna", key: "reinstate-1")
            #expect(try await spa.store.read { try $0.fee("held") }?.status == .void)
        }
    }
}
