import Foundation

/// Sending SMS through a Twilio-compatible REST API: `POST {base}/2010-04-01/Accounts/{sid}/Messages.json` with Basic auth,
/// To, From (or MessagingServiceSid), Body and a StatusCallback, so delivery reports come back to `/webhooks/sms/status`.
public struct TwilioSMS: ChannelSender {
    public struct Settings: Sendable {
        public var accountSID: String
        public var authToken: String
        /// The sending number; or `messagingServiceSID` instead.
        public var from: String?
        public var messagingServiceSID: String?
        /// `https://api.twilio.com` unless a test or a self-hosted gateway says otherwise.
        public var apiBase: String
        /// Where delivery reports go, e.g. `https://spa.example.com/webhooks/sms/status`; nil sends none.
        public var statusCallback: String?

        public init(accountSID: String, authToken: String, from: String? = nil, messagingServiceSID: String? = nil,
                    apiBase: String = "https://api.twilio.com", statusCallback: String? = nil) {
            self.accountSID = accountSID
            self.authToken = authToken
            self.from = from
            self.messagingServiceSID = messagingServiceSID
            self.apiBase = apiBase.hasSuffix("/") ? String(apiBase.dropLast()) : apiBase
            self.statusCallback = statusCallback
        }
    }

    public let settings: Settings
    let http: ProviderHTTP

    public init(settings: Settings, http: ProviderHTTP = ProviderHTTP()) {
        self.settings = settings
        self.http = http
    }

    public func send(_ message: OutboundMessage) async throws(SendFailure) -> String {
        var fields = [("To", message.address), ("Body", message.body)]
        if let service = settings.messagingServiceSID { fields.append(("MessagingServiceSid", service)) } else if let from = settings.from { fields.append(("From", from)) }
        // The callback names the outbox row, so a report can settle a send whose answer never came.
        if let callback = settings.statusCallback { fields.append(("StatusCallback", callback + (callback.contains("?") ? "&" : "?") + "outbox=\(message.id)")) }
        let url = "\(settings.apiBase)/2010-04-01/Accounts/\(settings.accountSID)/Messages.json"
        // The outbox id as an idempotency key: a gateway that honours it answers a resend with the first message.
        let response = try await http.postForm(url, fields, headers: [ProviderHTTP.basicAuth(settings.accountSID, settings.authToken),
                                                                   ("I-Twilio-Idempotency-Token", "slotkeeper-\(message.id)")])
        if (200..<300).contains(response.status), let sid = response.json?["sid"] as? String { return sid }
        if (200..<300).contains(response.status) { throw .transient("the SMS provider answered without a message sid", retryAfter: nil) }
        let code = response.json?["code"] as? Int
        let text = (response.json?["message"] as? String).map { ": \($0)" } ?? ""
        throw Self.failure(code: code, httpStatus: response.status, detail: text, retryAfter: response.retryAfter)
    }

    /// The provider's message log, for a send whose answer never came: the latest messages to the recipient (from our number),
    /// matched by body and made since the send began (an identical text from another day is not it). Found: sent, with its id.
    /// Not found in a log that answered: not sent.
    public func lookUp(_ message: OutboundMessage, since: Date) async -> SendLookup {
        var query = [("To", message.address), ("PageSize", "50")]
        if settings.messagingServiceSID == nil, let from = settings.from { query.append(("From", from)) }
        let url = "\(settings.apiBase)/2010-04-01/Accounts/\(settings.accountSID)/Messages.json?" + FormBody.encode(query)
        guard let response = try? await http.call(.GET, url, headers: [ProviderHTTP.basicAuth(settings.accountSID, settings.authToken)]),
              (200..<300).contains(response.status), let list = response.json?["messages"] as? [[String: Any]] else { return .cantTell }
        let made = { (m: [String: Any]) -> Date? in (m["date_created"] as? String).flatMap { Self.rfc2822.date(from: $0) } }
        // The same text to the same number since the send began, not failed (a failed one is a send that didn't happen).
        let found = list.filter { m in
            (m["body"] as? String) == message.body && (made(m).map { $0 >= since.addingTimeInterval(-120) } ?? false)
                && !["failed", "undelivered", "canceled"].contains(m["status"] as? String ?? "")
        }.compactMap { $0["sid"] as? String }
        return found.isEmpty ? .notSent : .found(providerIDs: found)
    }

    /// `Mon, 23 Nov 2026 09:00:00 +0000`, as the provider writes `date_created`.
    nonisolated(unsafe) public static let rfc2822: DateFormatter = {
        // A DateFormatter is safe to read from several threads once configured; it is never changed after this.
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return f
    }()

    /// The provider's error codes, read the way its documentation asks: unsubscribed recipients are never
    /// retried and are marked opted out; invalid or unreachable-for-good numbers are not retried; rate limits,
    /// queue overflow and server errors are retried with backoff.
    public static func failure(code: Int?, httpStatus: Int? = nil, detail: String = "", retryAfter: TimeInterval? = nil) -> SendFailure {
        let label = "SMS provider error \(code.map(String.init) ?? "HTTP \(httpStatus ?? 0)")\(detail)"
        switch code {
        case 21610: return .optedOut(label)
        case 21211, 21212, 21214, 21217, 21219, 21408, 21612, 21614, 21660, 21606, 30004, 30005, 30006, 30007, 30008, 30032, 30034:
            return .permanent(label)
        case 20429, 30001, 30003, 30022, 20500, 20503:
            return .transient(label, retryAfter: retryAfter)
        default:
            if let httpStatus, httpStatus == 429 || httpStatus >= 500 { return .transient(label, retryAfter: retryAfter) }
            // A delivery report without a code, or an unknown one: do not loop on something that may never work.
            return .permanent(label)
        }
    }
}
