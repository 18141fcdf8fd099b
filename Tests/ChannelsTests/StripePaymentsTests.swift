import BookingCore
@testable import Channels
import Foundation
import Testing

@Suite("Stripe deposits: the request, the errors, the settings")
struct StripePaymentsTests {
    static let request = CheckoutRequest(appointmentID: "appt-1", amount: Money(minorUnits: 2250, currency: "GBP"),
                                         productName: "Deposit: Deep tissue massage, Tue 24 Nov 15:00",
                                         successURL: "https://spa.example.com/pay/appt-1/done", cancelURL: "https://spa.example.com/pay/appt-1/cancelled",
                                         expiresAt: Date(timeIntervalSince1970: 1_795_428_000), idempotencyKey: "checkout-appt-1-1795428000",
                                         customerEmail: "olivia@example.com", locale: "es-MX")

    @Test("a Checkout Session for one deposit: one line in minor units, lower-case currency, the appointment in metadata")
    func checkoutFields() {
        let fields = Dictionary(StripePayments.checkoutFields(Self.request), uniquingKeysWith: { a, _ in a })
        #expect(fields["mode"] == "payment")
        #expect(fields["line_items[0][price_data][currency]"] == "gbp")
        #expect(fields["line_items[0][price_data][unit_amount]"] == "2250")
        #expect(fields["line_items[0][price_data][product_data][name]"] == "Deposit: Deep tissue massage, Tue 24 Nov 15:00")
        #expect(fields["line_items[0][quantity]"] == "1")
        #expect(fields["metadata[appointment]"] == "appt-1" && fields["client_reference_id"] == "appt-1")
        #expect(fields["payment_intent_data[metadata][appointment]"] == "appt-1")
        #expect(fields["expires_at"] == "1795428000")
        #expect(fields["customer_email"] == "olivia@example.com")
        #expect(fields["locale"] == "es", "a regional variant Stripe lacks falls back to the language")
    }

    @Test("Stripe's errors: outages and rate limits are retried, refusals are not", arguments: [
        (500, #"{"error":{"type":"api_error","message":"Something went wrong"}}"#, true),
        (503, "", true),
        (429, #"{"error":{"type":"rate_limit_error","message":"Too many requests"}}"#, true),
        (409, #"{"error":{"type":"idempotency_error","code":"idempotency_key_in_use","message":"in use"}}"#, true),
        (402, #"{"error":{"type":"card_error","code":"card_declined","message":"Your card was declined."}}"#, false),
        (400, #"{"error":{"type":"invalid_request_error","code":"charge_already_refunded","message":"already refunded"}}"#, false),
        (401, #"{"error":{"type":"invalid_request_error","message":"Invalid API Key provided"}}"#, false),
    ])
    func failures(status: Int, body: String, retried: Bool) {
        let failure = StripePayments.failure(ProviderResponse(status: status, body: Array(body.utf8)))
        if case .transient = failure { #expect(retried) } else { #expect(!retried) }
        #expect(failure.description.contains("HTTP \(status)"))
    }

    @Test("a refused refund keeps Stripe's code, so an already refunded charge is known as such")
    func refusalCode() {
        let failure = StripePayments.failure(ProviderResponse(status: 400, body: Array(#"{"error":{"type":"invalid_request_error","code":"charge_already_refunded"}}"#.utf8)))
        #expect(failure == .refused("Stripe HTTP 400 invalid_request_error", code: "charge_already_refunded"))
    }

    @Test("settings: off without a secret key; a publishable key or a missing webhook secret stops start-up, naming the variable")
    func settings() throws {
        #expect(try StripePayments.Settings(SettingsReader([:])) == nil)
        #expect(throws: SettingError.self) { try StripePayments.Settings(SettingsReader(["SLOTKEEPER_STRIPE_SECRET_KEY": "pk_live_123"])) }
        let missing = #expect(throws: SettingError.self) { try StripePayments.Settings(SettingsReader(["SLOTKEEPER_STRIPE_SECRET_KEY": "sk_test_123"])) }
        #expect(missing?.name == "SLOTKEEPER_STRIPE_WEBHOOK_SECRET")
        let s = try #require(try StripePayments.Settings(SettingsReader(["SLOTKEEPER_STRIPE_SECRET_KEY": "sk_test_123",
                                                                          "SLOTKEEPER_STRIPE_WEBHOOK_SECRET": "whsec_abc"])))
        #expect(s.apiBase == "https://api.stripe.com" && s.secretKey == "sk_test_123" && s.webhookSecret == "whsec_abc")
        #expect(StripePayments.Settings.depositLinkTemplate(publicURL: "https://spa.example.com/") == "https://spa.example.com/pay/{appointment}")
    }

    @Test("nested field names and non-ASCII values survive form encoding")
    func formEncoding() {
        let fields = [("line_items[0][price_data][product_data][name]", "Depósito: Depilación, mar 24 nov 15:00"), ("metadata[appointment]", "a b&c")]
        let encoded = FormBody.encode(fields)
        #expect(encoded.hasPrefix("line_items%5B0%5D%5Bprice_data%5D%5Bproduct_data%5D%5Bname%5D=Dep%C3%B3sito%3A+Depilaci%C3%B3n"))
        #expect(FormBody.parse(Array(encoded.utf8))?.map(\.value) == fields.map(\.1))
    }
}
