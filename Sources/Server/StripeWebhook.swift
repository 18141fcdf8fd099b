import BookingCore
import Channels
import Engine
import Foundation
import Hummingbird
import Logging

/// `POST /webhooks/stripe`: a completed Checkout session pays an appointment's deposit (the held slot becomes a confirmed
/// booking, and the payment is kept for a later refund); an expired one releases the hold; `charge.refunded` is recorded.
/// The session carries the appointment in `metadata[appointment]`. The same event id twice is applied once; other event
/// types are acknowledged and ignored.
struct StripeWebhook: Sendable {
    let engine: Engine
    let secret: String

    func handle(_ request: Request, logger: Logger) async throws -> Response {
        let buffer = try await request.body.collect(upTo: 256 * 1024)
        let body = Array(buffer.readableBytesView)
        let header = request.headers.first { $0.name.canonicalName == "stripe-signature" }?.value
        guard StripeSignature(secret: secret).isValid(header, body: body, now: Date()) else {
            return text(.forbidden, "bad, missing or stale Stripe-Signature\n")
        }
        guard let event = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any],
              let id = event["id"] as? String, let type = event["type"] as? String else {
            return text(.badRequest, "not a Stripe event\n")
        }
        let object = (event["data"] as? [String: Any])?["object"] as? [String: Any]
        let key = "stripe:\(id)"
        // The events `doctor` expects the endpoint to send: refunds, and the payment page's outcomes.
        guard StripePayments.webhookEvents.contains(type) else { return text(.ok, "ignored\n") }
        if type == "charge.refunded" { return try await refunded(object, key: key) }
        // A payment page SlotKeeper did not make (one Stripe account serves the whole business): acknowledged, so Stripe neither
        // retries it for days nor disables the endpoint.
        guard let object, let appointment = (object["metadata"] as? [String: Any])?["appointment"] as? String, !appointment.isEmpty else {
            return text(.ok, "ignored: not a SlotKeeper payment page\n")
        }
        // A session of another system on the same Stripe account (or of an appointment since deleted): acknowledged, not retried.
        guard try await engine.store.appointment(AppointmentID(appointment)) != nil else {
            logger.warning("Stripe \(type) \(id) names appointment \(appointment), which is not here: ignored")
            return text(.ok, "ignored: no appointment \(appointment) here\n")
        }
        if type == "checkout.session.expired" {
            // A long hold gets a new page each day: an older page expiring says nothing about the hold.
            let current = try await engine.store.depositPayment(AppointmentID(appointment))?.sessionID
            if let current, let expired = object["id"] as? String, expired != current {
                return text(.ok, "ignored: an earlier payment page of appointment \(appointment)\n")
            }
            try await engine.depositExpired(AppointmentID(appointment), key: key)
            return text(.ok, "ok\n")
        }
        // A delayed payment method (a bank debit) completes the session unpaid; `async_payment_succeeded` follows when it clears.
        if let status = object["payment_status"] as? String, status != "paid" && status != "no_payment_required" {
            return text(.ok, "waiting for the payment to clear\n")
        }
        // `payment_intent` is an id, or the object itself when the event was expanded.
        let intent = object["payment_intent"] as? String ?? (object["payment_intent"] as? [String: Any])?["id"] as? String
        let amount = (object["amount_total"] as? NSNumber).map { total in
            Money(minorUnits: total.int64Value, currency: (object["currency"] as? String)?.uppercased() ?? "")
        }.flatMap { $0.currency.isEmpty ? nil : $0 }
        try await engine.depositPaid(AppointmentID(appointment), key: key,
                                     payment: ProviderPayment(paymentIntent: intent, amount: amount, pageID: object["id"] as? String))
        return text(.ok, "ok\n")
    }

    /// `charge.refunded`: a refund of one of our deposits (ours, or one made by hand in the dashboard) is recorded.
    func refunded(_ charge: [String: Any]?, key: String) async throws -> Response {
        guard let charge, let refunded = charge["amount_refunded"] as? NSNumber, let currency = charge["currency"] as? String else {
            return text(.badRequest, "the charge has no amount_refunded or currency\n")
        }
        let intent = charge["payment_intent"] as? String ?? (charge["payment_intent"] as? [String: Any])?["id"] as? String
        let hint = ((charge["metadata"] as? [String: Any])?["appointment"] as? String).map { AppointmentID($0) }
        let fully = (charge["refunded"] as? Bool) ?? ((charge["amount"] as? NSNumber).map { $0.int64Value <= refunded.int64Value } ?? false)
        let found = try await engine.refundReported(paymentIntent: intent, appointment: hint,
                                                    refunded: Money(minorUnits: refunded.int64Value, currency: currency.uppercased()), fully: fully, key: key)
        return text(.ok, found == nil ? "ignored: not a deposit of ours\n" : "ok\n")
    }
}
