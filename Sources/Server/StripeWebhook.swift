import BookingCore
import Engine
import Foundation
import Hummingbird

/// `POST /webhooks/stripe`: a completed Checkout session pays an appointment's deposit (the held slot becomes a
/// confirmed booking); an expired one releases the hold. The session carries the appointment in `metadata[appointment]`.
/// The same event id twice is applied once; other event types are acknowledged and ignored.
struct StripeWebhook: Sendable {
    let engine: Engine
    let secret: String

    func handle(_ request: Request) async throws -> Response {
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
        guard type == "checkout.session.completed" || type == "checkout.session.expired" else { return text(.ok, "ignored\n") }
        guard let object = (event["data"] as? [String: Any])?["object"] as? [String: Any],
              let appointment = (object["metadata"] as? [String: Any])?["appointment"] as? String, !appointment.isEmpty else {
            return text(.badRequest, "the session has no metadata[appointment]\n")
        }
        let key = "stripe:\(id)"
        if type == "checkout.session.completed" {
            try await engine.depositPaid(AppointmentID(appointment), key: key)
        } else {
            try await engine.depositExpired(AppointmentID(appointment), key: key)
        }
        return text(.ok, "ok\n")
    }
}
