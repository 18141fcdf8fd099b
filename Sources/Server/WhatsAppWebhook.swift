import Channels
import Engine
import Foundation
import Hummingbird

/// The WhatsApp Cloud API webhook.
///
/// `GET /webhooks/whatsapp` is Meta's subscription check: `hub.mode=subscribe` with the configured `hub.verify_token` is
/// answered with `hub.challenge`. `POST` carries messages and statuses, signed with `X-Hub-Signature-256` over the raw
/// body (403 when wrong or missing, 400 when not JSON); every message goes to `Engine.receive` and every status to
/// `Engine.deliveryReport` before the 200, so Meta's retry of an unanswered call finds them applied once (by their wamid).
struct WhatsAppWebhook: Sendable {
    let engine: Engine
    let settings: WhatsAppCloud.Settings?

    func verify(_ request: Request) -> Response {
        guard let settings else { return text(.notFound, "WhatsApp is not configured\n") }
        let query = request.uri.queryParameters
        guard query["hub.mode"].map(String.init) == "subscribe", let token = query["hub.verify_token"].map(String.init),
              TwilioSignature.constantTimeEqual(token, settings.verifyToken), let challenge = query["hub.challenge"] else {
            return text(.forbidden, "hub.mode must be subscribe and hub.verify_token must match SLOTKEEPER_WHATSAPP_VERIFY_TOKEN\n")
        }
        return text(.ok, String(challenge))
    }

    func handle(_ request: Request) async throws -> Response {
        guard let settings else { return text(.notFound, "WhatsApp is not configured\n") }
        let body = try await request.body.collect(upTo: 1 << 20)
        let header = request.headers.first { $0.name.canonicalName == "x-hub-signature-256" }?.value
        guard WhatsAppSignature(appSecret: settings.appSecret).isValid(header, body: body.readableBytesView) else {
            return text(.forbidden, "bad or missing X-Hub-Signature-256\n")
        }
        guard let payload = WhatsAppWebhookPayload.parse(body.readableBytesView, phoneNumberID: settings.phoneNumberID) else {
            return text(.badRequest, "not a WhatsApp webhook payload\n")
        }
        for message in payload.messages { try await engine.receive(message) }
        for report in payload.reports { try await engine.deliveryReport(report) }
        return text(.ok, "ok\n")
    }
}
