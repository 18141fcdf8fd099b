import Foundation
import Logging

/// Sending through the WhatsApp Cloud API: `POST {base}/{phone number id}/messages` with a Bearer token.
///
/// Within 24 hours of the client's last message a message goes as free text, or as an `interactive` message with reply
/// buttons when it has 1 to 3; outside that window (or if the client never wrote) only an approved template configured for
/// the message may go, and without one the send fails permanently so the dispatcher tries the client's next channel.
public struct WhatsAppCloud: ChannelSender {
    /// How long after a client's message free-form messages are allowed.
    public static let window: TimeInterval = 24 * 3600
    /// The most characters of a text message.
    public static let textLimit = 4096
    /// The most characters of an interactive message's body.
    public static let interactiveBodyLimit = 1024
    /// The most reply buttons, characters of a title and of an id.
    public static let maxButtons = 3, titleLimit = 20, idLimit = 256

    /// The credentials, phone number id and templates this sender runs with.
    public let settings: Settings
    let http: ProviderHTTP
    let logger: Logger
    let now: @Sendable () -> Date

    /// A sender; `now` is the clock the 24-hour window is measured on (the engine's, in tests and the demo).
    public init(settings: Settings, http: ProviderHTTP = ProviderHTTP(), logger: Logger = Logger(label: "slotkeeper.whatsapp"),
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.settings = settings
        self.http = http
        self.logger = logger
        self.now = now
    }

    /// What goes out for one outbox row.
    public enum Plan: Hashable, Sendable {
        /// Free text, split into pieces of at most 4096 characters.
        case text([String])
        /// A body with reply buttons (id = payload, title at most 20 characters).
        case buttons(body: String, buttons: [OutboundMessage.Button])
        /// An approved template with its body parameters, in a language code such as `en_GB`.
        case template(name: String, language: String, parameters: [String])
    }

    /// Chooses how `message` goes at `now`: the 24-hour rule, the button limits, the template for its name.
    public func plan(_ message: OutboundMessage, at now: Date) throws(SendFailure) -> Plan {
        guard Self.isInsideWindow(lastInbound: message.lastInbound, now: now, margin: settings.windowMargin) else {
            guard let template = settings.templates[message.name] else {
                throw .permanent("outside WhatsApp's 24-hour window and no approved template for \(message.name.isEmpty ? "this message" : message.name)")
            }
            var parameters: [String] = []
            for variable in template.parameters {
                guard let value = message.variables[variable] else {
                    throw .permanent("WhatsApp template \(template.name) for \(message.name) needs \"\(variable)\", which the message does not carry")
                }
                parameters.append(Self.parameterText(value))
            }
            return .template(name: template.name, language: settings.templateLanguage(for: message.locale), parameters: parameters)
        }
        if let buttons = Self.replyButtons(message.buttons), message.body.count <= Self.interactiveBodyLimit, !message.body.isEmpty {
            return .buttons(body: message.body, buttons: buttons)
        }
        // More than 3 options (or a body too long for buttons): the text already lists them for a numbered reply.
        return .text(TextChunks.split(message.body, limit: Self.textLimit))
    }

    /// Whether a free-form message may go: the client wrote within the last 24 hours, less the safety margin.
    public static func isInsideWindow(lastInbound: Date?, now: Date, margin: TimeInterval) -> Bool {
        guard let lastInbound else { return false }
        return now.timeIntervalSince(lastInbound) < window - margin
    }

    /// 1 to 3 buttons with titles cut to 20 characters, or nil when they can't be reply buttons (none, too many, an empty
    /// or over-long id, or two alike once cut).
    static func replyButtons(_ buttons: [OutboundMessage.Button]) -> [OutboundMessage.Button]? {
        guard (1...maxButtons).contains(buttons.count) else { return nil }
        let cut = buttons.map { b in
            let title = b.title.trimmingCharacters(in: .whitespaces)
            return OutboundMessage.Button(title: title.count > titleLimit ? String(title.prefix(titleLimit - 1)) + "…" : title, payload: b.payload)
        }
        guard cut.allSatisfy({ !$0.title.isEmpty && (1...idLimit).contains($0.payload.count) }),
              Set(cut.map(\.title)).count == cut.count, Set(cut.map(\.payload)).count == cut.count else { return nil }
        return cut
    }

    /// A template parameter may hold no line breaks, tabs or more than four spaces in a row: a list becomes one line.
    static func parameterText(_ value: String) -> String {
        let lines = value.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var text = lines.joined(separator: "; ").replacingOccurrences(of: "\t", with: " ")
        while text.contains("  ") { text = text.replacingOccurrences(of: "  ", with: " ") }
        return text.isEmpty ? "-" : text
    }

    /// The request bodies for a plan, to one recipient (digits of their number).
    public static func requests(_ plan: Plan, to recipient: String) -> [[String: Any]] {
        let base: [String: Any] = ["messaging_product": "whatsapp", "recipient_type": "individual", "to": recipient]
        switch plan {
        case .text(let pieces):
            return pieces.map { base.merging(["type": "text", "text": ["body": $0, "preview_url": false] as [String: Any]]) { $1 } }
        case .buttons(let body, let buttons):
            let replies = buttons.map { ["type": "reply", "reply": ["id": $0.payload, "title": $0.title]] as [String: Any] }
            return [base.merging(["type": "interactive",
                                  "interactive": ["type": "button", "body": ["text": body], "action": ["buttons": replies]] as [String: Any]]) { $1 }]
        case .template(let name, let language, let parameters):
            var template: [String: Any] = ["name": name, "language": ["code": language]]
            if !parameters.isEmpty {
                template["components"] = [["type": "body", "parameters": parameters.map { ["type": "text", "text": $0] }] as [String: Any]]
            }
            return [base.merging(["type": "template", "template": template]) { $1 }]
        }
    }

    /// Sends one outbox row; returns the `wamid` of the (last) message, which statuses refer to.
    public func send(_ message: OutboundMessage) async throws(SendFailure) -> String {
        let chosen = try plan(message, at: now())
        let recipient = message.address.hasPrefix("+") ? String(message.address.dropFirst()) : message.address
        var providerID = ""
        for body in Self.requests(chosen, to: recipient) {
            let response = try await http.postJSON("\(settings.apiBase)/\(settings.phoneNumberID)/messages", body,
                                                   headers: [("Authorization", "Bearer \(settings.token)")])
            let json = response.json
            if (200..<300).contains(response.status) {
                guard let id = (json?["messages"] as? [[String: Any]])?.first?["id"] as? String else {
                    throw .transient("WhatsApp answered without a message id", retryAfter: nil)
                }
                providerID = id
                continue
            }
            let error = json?["error"] as? [String: Any]
            let code = (error?["code"] as? NSNumber)?.intValue
            let details = [(error?["error_data"] as? [String: Any])?["details"] as? String, error?["message"] as? String]
                .compactMap { $0 }.first { !$0.isEmpty } ?? ""
            if let code, Self.isCredentialProblem(code) {
                let advice = "renew SLOTKEEPER_WHATSAPP_TOKEN with a System User token that has whatsapp_business_messaging; "
                    + "messages fall back to other channels meanwhile"
                logger.error("WhatsApp refused the access token or its permissions (code \(code): \(details)): \(advice)")
            }
            throw Self.failure(code: code, httpStatus: response.status, detail: details, retryAfter: response.retryAfter)
        }
        return providerID
    }
}
