import BookingCore
import Channels
import Engine
import Foundation
import Hummingbird
import Store

/// The Twilio-compatible SMS webhooks: inbound messages and delivery statuses.
///
/// A message is applied (understood, decided, written with its outbox rows) before the answer, so a 200
/// means it is safe; sending happens afterwards through the dispatcher. The answer is an empty TwiML
/// `<Response/>` (an empty body is an error at the provider). The same MessageSid twice is applied once.
struct SMSWebhook: Sendable {
    let engine: Engine
    let store: any BookingStore
    let configuration: ServerConfiguration

    static let twiml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>"

    func inbound(_ request: Request) async throws -> Response {
        guard let (fields, forbidden) = try await verified(request) else { return text(.notFound, "SMS is not configured\n") }
        if let forbidden { return forbidden }
        let value = { (name: String) in fields.first { $0.name == name }?.value }
        guard let sid = value("MessageSid") ?? value("SmsSid"), !sid.isEmpty, let from = value("From"), !from.isEmpty, let body = value("Body") else {
            return text(.badRequest, "missing MessageSid, From or Body\n")
        }
        guard Self.isProviderID(sid) else { return text(.badRequest, "MessageSid is not a message id (letters and digits, at most 64)\n") }
        try await engine.receive(channel: .sms, from: from, text: body, providerID: sid)
        return text(.ok, Self.twiml, contentType: "text/xml")
    }

    func status(_ request: Request) async throws -> Response {
        guard let (fields, forbidden) = try await verified(request) else { return text(.notFound, "SMS is not configured\n") }
        if let forbidden { return forbidden }
        let value = { (name: String) in fields.first { $0.name == name }?.value }
        guard let sid = value("MessageSid") ?? value("SmsSid"), let status = value("MessageStatus") ?? value("SmsStatus"),
              ["queued", "sending", "sent", "delivered", "undelivered", "failed", "accepted", "read"].contains(status) else {
            return text(.badRequest, "missing MessageSid or a known MessageStatus\n")
        }
        guard Self.isProviderID(sid) else { return text(.badRequest, "MessageSid is not a message id (letters and digits, at most 64)\n") }
        // Our row, named in the callback's address: a send whose answer never came is settled by the report itself.
        if let row = request.uri.queryParameters.get("outbox").flatMap({ Int64($0) }) {
            try await engine.sendReported(outboxID: row, providerID: sid)
        }
        // A failed or undelivered message carries the provider's ErrorCode: retry, fall back, or mark opted out.
        let failure = ["failed", "undelivered"].contains(status) ? TwilioSMS.failure(code: value("ErrorCode").flatMap { Int($0) }) : nil
        try await engine.deliveryReport(DeliveryReport(channel: .sms, providerID: sid, status: status, failure: failure))
        return text(.ok, Self.twiml, contentType: "text/xml")
    }

    /// A provider's message id as providers issue them: letters, digits, `_`, `-` and `.`, at most 64 characters (Twilio's are 34).
    static func isProviderID(_ id: String) -> Bool {
        id.count <= 64 && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_-.".contains($0)) }
    }

    /// The form fields when the signature is right; a 400 or 403 response when not; nil when SMS is off.
    private func verified(_ request: Request) async throws -> ([(name: String, value: String)], Response?)? {
        guard let token = configuration.twilioAuthToken else { return nil }
        let bytes = try await request.body.collect(upTo: 64 * 1024)
        guard let fields = FormBody.parse(bytes.readableBytesView) else { return ([], text(.badRequest, "the body is not form-encoded\n")) }
        // The provider never repeats a field, and its signature libraries disagree on how a repeated one is signed: refused.
        var seen = Set<String>()
        if let twice = fields.first(where: { !seen.insert($0.name).inserted }) {
            return (fields, text(.badRequest, "the field \(twice.name) is given twice\n"))
        }
        let url = configuration.publicURL + request.uri.description
        let header = request.headers.first { $0.name.canonicalName == "x-twilio-signature" }?.value
        guard TwilioSignature(authToken: token).isValid(header, url: url, fields: fields) else {
            return (fields, text(.forbidden, "bad or missing X-Twilio-Signature\n"))
        }
        return (fields, nil)
    }
}
