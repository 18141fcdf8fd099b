import BookingCore
import Foundation

/// What one WhatsApp webhook call carries: clients' messages and the statuses of messages SlotKeeper sent, read out of
/// `entry[].changes[].value.messages[]` and `.statuses[]`.
public struct WhatsAppWebhookPayload: Hashable, Sendable {
    /// Messages for `Engine.receive`, in the order they came; the provider id is the `wamid`, so a redelivery is applied once.
    public var messages: [InboundMessage] = []
    /// Statuses for `Engine.deliveryReport`; a `failed` one carries the failure read from `errors[].code`.
    public var reports: [DeliveryReport] = []

    /// Media without words is put on record (`[image]`) for a person to look at; reactions and stickers say nothing to act on.
    static let recordedMedia: Set<String> = ["image", "video", "document", "audio", "voice", "location", "contacts"]
    /// The statuses passed on; others (`deleted`, `warning`) are ignored.
    static let statuses: Set<String> = ["sent", "delivered", "read", "failed"]

    /// Reads a webhook body; nil when it is not a JSON object with an `entry` list. Changes for another phone number id
    /// than `phoneNumberID` (when given) are skipped: they belong to another SlotKeeper or another app on the account.
    public static func parse(_ body: some Collection<UInt8>, phoneNumberID: String? = nil) -> WhatsAppWebhookPayload? {
        guard let root = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any], let entries = root["entry"] as? [Any] else { return nil }
        var payload = WhatsAppWebhookPayload()
        for case let entry as [String: Any] in entries {
            for case let change as [String: Any] in entry["changes"] as? [Any] ?? [] {
                guard let value = change["value"] as? [String: Any] else { continue }
                if let phoneNumberID, let metadata = value["metadata"] as? [String: Any], let id = metadata["phone_number_id"] as? String,
                   id != phoneNumberID { continue }
                for case let message as [String: Any] in value["messages"] as? [Any] ?? [] {
                    if let inbound = Self.message(message) { payload.messages.append(inbound) }
                }
                for case let status as [String: Any] in value["statuses"] as? [Any] ?? [] {
                    if let report = Self.report(status) { payload.reports.append(report) }
                }
            }
        }
        return payload
    }

    /// One message: text, a tapped reply button (`interactive.button_reply` or a list reply), a template's quick reply
    /// (`button.payload`), or media with its caption.
    static func message(_ m: [String: Any]) -> InboundMessage? {
        guard let id = m["id"] as? String, !id.isEmpty, let from = m["from"] as? String, !from.isEmpty, let type = m["type"] as? String else { return nil }
        func make(_ text: String, button: String? = nil) -> InboundMessage {
            InboundMessage(channel: .whatsapp, from: from, text: text, providerID: id, button: button)
        }
        switch type {
        case "text":
            guard let body = (m["text"] as? [String: Any])?["body"] as? String else { return nil }
            return make(body)
        case "interactive":
            let interactive = m["interactive"] as? [String: Any]
            guard let reply = (interactive?["button_reply"] ?? interactive?["list_reply"]) as? [String: Any],
                  let payload = reply["id"] as? String, !payload.isEmpty else { return nil }
            return make(reply["title"] as? String ?? payload, button: payload)
        case "button":
            guard let button = m["button"] as? [String: Any] else { return nil }
            let payload = button["payload"] as? String, text = button["text"] as? String
            guard let shown = text ?? payload, !shown.isEmpty else { return nil }
            return make(shown, button: payload.flatMap { $0.isEmpty ? nil : $0 })
        default:
            if let caption = (m[type] as? [String: Any])?["caption"] as? String, !caption.isEmpty { return make(caption) }
            return recordedMedia.contains(type) ? make("[\(type)]") : nil
        }
    }

    /// One status: `sent`, `delivered`, `read` or `failed` with the reason.
    static func report(_ s: [String: Any]) -> DeliveryReport? {
        guard let id = s["id"] as? String, !id.isEmpty, let status = s["status"] as? String, statuses.contains(status) else { return nil }
        var failure: SendFailure?
        if status == "failed" {
            let error = (s["errors"] as? [[String: Any]])?.first
            let code = (error?["code"] as? NSNumber)?.intValue
            let detail = [(error?["error_data"] as? [String: Any])?["details"] as? String, error?["title"] as? String, error?["message"] as? String]
                .compactMap { $0 }.first { !$0.isEmpty } ?? ""
            failure = code == nil && detail.isEmpty ? .permanent("WhatsApp reported the message failed, without a reason")
                : WhatsAppCloud.failure(code: code, detail: detail)
        }
        return DeliveryReport(channel: .whatsapp, providerID: id, status: status, failure: failure)
    }
}
