import BookingCore
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Server
import Store
import Testing

@Suite("The Stripe webhook", .serialized)
struct StripeWebhookTests {
    static let secret = "whsec_test_secret"

    @Test("the signature as Stripe's own library computes it; stale or tampered ones are refused")
    func signatureVector() {
        // Computed with stripe-python's WebhookSignature for this payload and timestamp.
        let payload = Array(#"{"id":"evt_1","type":"checkout.session.completed","data":{"object":{"id":"cs_1","metadata":{"appointment":"a1"},"payment_intent":"pi_1","amount_total":2250}}}"#.utf8)
        let header = "t=1795428000,v1=6a14b339629f65a2ae257f4855ab68eef36c8c7ab2f1f0baa0e11efcee74ef14"
        let check = StripeSignature(secret: Self.secret)
        let then = Date(timeIntervalSince1970: 1_795_428_060)
        #expect(check.isValid(header, body: payload, now: then))
        #expect(check.isValid("t=1795428000,v1=00,v1=6a14b339629f65a2ae257f4855ab68eef36c8c7ab2f1f0baa0e11efcee74ef14", body: payload, now: then),
                "any of several v1 signatures may match (secret rolling)")
        #expect(!check.isValid(header, body: payload, now: Date(timeIntervalSince1970: 1_795_428_000 + 301)), "older than 5 minutes")
        #expect(!check.isValid(header, body: payload + [32], now: then))
        #expect(!check.isValid(nil, body: payload, now: then))
    }

    /// A signed request as Stripe sends it, at the current time.
    static func post(_ client: some TestClientProtocol, _ json: String, signature: String? = nil) async throws -> TestResponse {
        let t = Int(Date().timeIntervalSince1970)
        let header = signature ?? "t=\(t),v1=\(StripeSignature(secret: secret).signature(timestamp: t, body: Array(json.utf8)))"
        var headers: HTTPFields = [.contentType: "application/json"]
        headers[HTTPFields.Element.Name("Stripe-Signature")!] = header
        return try await client.execute(uri: "/webhooks/stripe", method: .post, headers: headers, body: ByteBuffer(string: json))
    }

    static func event(_ id: String, _ type: String, appointment: String) -> String {
        #"{"id":"\#(id)","type":"\#(type)","data":{"object":{"id":"cs_1","metadata":{"appointment":"\#(appointment)"}}}}"#
    }

    /// The SMS test spa plus a held slot: Olivia's facial awaiting a £20 deposit.
    static func spaWithHold() async throws -> SMSWebhookTests.Spa {
        let spa = try await SMSWebhookTests.spa(stripeSecret: secret)
        let start = Date().addingTimeInterval(3 * 86_400)
        var held = Appointment(id: "held", clientID: "olivia", serviceID: "massage", staffID: "anna", locationID: "soho", start: start,
                               end: start.addingTimeInterval(3600), price: Money(minorUnits: 7500, currency: "GBP"), status: .awaitingDeposit,
                               source: .waitlist, createdAt: Date())
        held.deposit = .required(Money(minorUnits: 2000, currency: "GBP"))
        held.holdExpiresAt = Date().addingTimeInterval(1800)
        try await spa.store.book(held, by: .system("test"))
        return spa
    }

    @Test("a completed payment confirms the held slot and tells the client, once however often Stripe retries")
    func paid() async throws {
        let spa = try await Self.spaWithHold()
        try await spa.app.test(.router) { client in
            let first = try await Self.post(client, Self.event("evt_paid", "checkout.session.completed", appointment: "held"))
            #expect(first.status == .ok)
            let again = try await Self.post(client, Self.event("evt_paid", "checkout.session.completed", appointment: "held"))
            #expect(again.status == .ok)
        }
        let held = try await spa.store.appointment("held")
        #expect(held?.status == .confirmed)
        #expect(held?.deposit == .paid(Money(minorUnits: 2000, currency: "GBP")))
        try await spa.engine.dispatchDue()
        #expect(spa.phone.inbox("+447700900101").count == 1)
        #expect(spa.phone.inbox("+447700900101").first?.body.contains("confirmed") == true)
    }

    @Test("an expired payment page releases the hold at once")
    func expired() async throws {
        let spa = try await Self.spaWithHold()
        try await spa.app.test(.router) { client in
            let response = try await Self.post(client, Self.event("evt_exp", "checkout.session.expired", appointment: "held"))
            #expect(response.status == .ok)
        }
        #expect(try await spa.store.appointment("held")?.status == .cancelled)
    }

    @Test("yesterday's payment page expiring leaves the hold alone when today's page is the current one")
    func olderPageExpired() async throws {
        let spa = try await Self.spaWithHold()
        try await spa.store.transaction { tx in
            try tx.saveCheckoutSession("held", currency: "GBP", id: "cs_today", url: "https://checkout.stripe.com/c/pay/cs_today",
                                       expiresAt: Date().addingTimeInterval(3600), holdExpiresAt: Date().addingTimeInterval(1800), at: Date())
        }
        try await spa.app.test(.router) { client in
            let older = #"{"id":"evt_old","type":"checkout.session.expired","data":{"object":{"id":"cs_yesterday","metadata":{"appointment":"held"}}}}"#
            let response = try await Self.post(client, older)
            #expect(response.status == .ok)
            #expect(try await spa.store.appointment("held")?.status == .awaitingDeposit, "the hold still runs")
            let current = #"{"id":"evt_now","type":"checkout.session.expired","data":{"object":{"id":"cs_today","metadata":{"appointment":"held"}}}}"#
            _ = try await Self.post(client, current)
        }
        #expect(try await spa.store.appointment("held")?.status == .cancelled, "the current page expiring releases it")
    }

    @Test("a bad or stale signature gets 403, a body that isn't an event 400, other events are acknowledged; nothing changes")
    func refused() async throws {
        let spa = try await Self.spaWithHold()
        let json = Self.event("evt_x", "checkout.session.completed", appointment: "held")
        try await spa.app.test(.router) { client in
            let forged = try await Self.post(client, json, signature: "t=\(Int(Date().timeIntervalSince1970)),v1=deadbeef")
            #expect(forged.status == .forbidden)
            let stale = Int(Date().timeIntervalSince1970) - 3600
            let old = try await Self.post(client, json,
                                          signature: "t=\(stale),v1=\(StripeSignature(secret: Self.secret).signature(timestamp: stale, body: Array(json.utf8)))")
            #expect(old.status == .forbidden, "a replayed request an hour old")
            let garbage = try await Self.post(client, "not json")
            #expect(garbage.status == .badRequest)
            let noMetadata = try await Self.post(client, #"{"id":"evt_y","type":"checkout.session.completed","data":{"object":{"id":"cs_2"}}}"#)
            #expect(noMetadata.status == .ok, "another system's payment page on the same Stripe account: acknowledged, or Stripe retries for days")
            #expect(String(buffer: noMetadata.body).contains("ignored"))
            let other = try await Self.post(client, #"{"id":"evt_z","type":"charge.succeeded","data":{"object":{}}}"#)
            #expect(other.status == .ok)
        }
        #expect(try await spa.store.appointment("held")?.status == .awaitingDeposit)
    }
}
