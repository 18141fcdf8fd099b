import BookingCore
import Crypto
import Foundation

/// A message read from the mailbox, understood: who wrote it, which message it is and answers, and what they said.
public struct ReceivedMail: Sendable, Hashable {
    /// The author (`From`), nil when the header is missing or unreadable.
    public var from: MailAddress?
    /// Its Message-ID without brackets; when it has none, a digest of the raw message so a redelivery is still recognised.
    public var messageID: String
    /// The message it answers (`In-Reply-To`), when it says.
    public var inReplyTo: String?
    /// The thread's earlier messages (`References`), oldest first.
    public var references: [String]
    /// The subject, decoded.
    public var subject: String
    /// The readable text of the message (its text/plain part, or its HTML made plain).
    public var text: String
    /// Why it was written by a machine rather than a person (out-of-office, mailing list), when it was.
    public var automatic: String?
    /// A delivery failure report about a message SlotKeeper sent, when this is one.
    public var bounce: Bounce?
    /// Why the sender's address can't be trusted, when the receiving mail server's `Authentication-Results` says so.
    public var forged: String?

    /// A report that a message could not be delivered (RFC 3464).
    public struct Bounce: Sendable, Hashable {
        /// The Message-ID of the message that failed, without brackets.
        public var originalMessageID: String
        /// Whether delivery failed for good (`Action: failed`, status 5.x.x) rather than being delayed.
        public var isPermanent: Bool
        /// The remote server's words, e.g. `smtp; 550 5.1.1 user unknown`.
        public var diagnostic: String
    }

    /// Longest text handed on: a reply is a few lines; a pasted novel is cut.
    static let maxText = 4000

    /// Reads a raw RFC 5322 message.
    public init(parsing raw: [UInt8]) {
        let message = MIMEPart(parsing: raw)
        let headers = message.headers
        from = headers["From"].flatMap(MailAddress.parse)
        messageID = MessageID.first(headers["Message-ID"])
            ?? "sha256-" + SHA256.hash(data: raw).map { String(format: "%02x", $0) }.joined() + "@slotkeeper.invalid"
        inReplyTo = MessageID.first(headers["In-Reply-To"])
        references = headers["References"].map(MessageID.list) ?? []
        subject = headers.text("Subject")?.trimmingCharacters(in: .whitespaces) ?? ""
        text = message.readableText ?? ""
        automatic = Self.automaticReason(headers, subject: subject)
        bounce = Self.bounce(message)
        forged = Self.failedAuthentication(headers["Authentication-Results"])
    }

    /// A `From` anyone can write would let a stranger cancel a client's visit. The mailbox's own server (the topmost
    /// `Authentication-Results`) checked the sender: DMARC failing, or SPF failing with no DKIM signature passing, marks
    /// a forged sender. Without the header nothing is known, and the message is read as usual.
    static func failedAuthentication(_ results: String?) -> String? {
        guard let results = results?.lowercased() else { return nil }
        func result(_ method: String) -> String? {
            guard let range = results.range(of: method + "=") else { return nil }
            return String(results[range.upperBound...].prefix { $0.isLetter })
        }
        if result("dmarc") == "fail" { return "the sender failed DMARC" }
        if let spf = result("spf"), spf == "fail", result("dkim") != "pass" { return "the sender failed SPF and has no valid DKIM signature" }
        return nil
    }

    /// What to do with it: hand a person's reply to the engine, report a bounce, or leave it.
    public enum Disposition: Sendable, Hashable {
        /// A reply from a person.
        case reply(InboundMessage)
        /// A delivery failure of a message SlotKeeper sent.
        case report(DeliveryReport)
        /// Nothing to hand on, and why.
        case ignore(String)
    }

    /// Decides what the message is; `ownAddress` is SlotKeeper's sending address (its own copies are left alone).
    public func disposition(ownAddress: String?) -> Disposition {
        if let bounce {
            guard bounce.isPermanent else { return .ignore("a delay notice for \(bounce.originalMessageID)") }
            return .report(DeliveryReport(channel: .email, providerID: bounce.originalMessageID, status: "failed",
                                          failure: .permanent("bounced: \(bounce.diagnostic)")))
        }
        if let automatic { return .ignore(automatic) }
        if let forged { return .ignore("a possibly forged sender: \(forged)") }
        guard let from else { return .ignore("no sender address") }
        if let ownAddress, from.address.lowercased() == ownAddress.lowercased() { return .ignore("sent by SlotKeeper itself") }
        var words = ReplyText.strip(text)
        if words.isEmpty, !Self.isReplySubject(subject) { words = subject }
        guard !words.isEmpty else { return .ignore("nothing written above the quoted message") }
        if words.count > Self.maxText { words = String(words.prefix(Self.maxText)) }
        return .reply(InboundMessage(channel: .email, from: from.address.lowercased(), text: words, providerID: messageID))
    }

    private static func isReplySubject(_ subject: String) -> Bool {
        let lower = subject.lowercased()
        return ["re:", "re[", "aw:", "sv:", "fw:", "fwd:", "rv:", "ответ:", "отв:", "на:"].contains { lower.hasPrefix($0) }
    }

    /// RFC 3834's marks of a machine-written message, and the subjects out-of-office replies use.
    static func automaticReason(_ headers: MailHeaders, subject: String) -> String? {
        if let auto = headers["Auto-Submitted"]?.lowercased(), !auto.hasPrefix("no") { return "an automatic message (Auto-Submitted: \(auto))" }
        if headers["X-Autoreply"] != nil || headers["X-Autorespond"] != nil { return "an automatic reply" }
        if let precedence = headers["Precedence"]?.lowercased().trimmingCharacters(in: .whitespaces),
           ["bulk", "junk", "list", "auto_reply"].contains(precedence) { return "a \(precedence) message" }
        if headers["List-Id"] != nil { return "a mailing-list message" }
        if headers["Return-Path"]?.replacingOccurrences(of: " ", with: "") == "<>" { return "a message with no return path (a notification)" }
        let lower = subject.lowercased()
        let markers = ["automatic reply", "auto-reply", "autoreply", "out of office", "respuesta automática", "fuera de la oficina",
                       "автоматический ответ", "автоответ", "нет на месте"]
        if markers.contains(where: { lower.contains($0) }) || lower.hasPrefix("auto:") { return "an automatic reply (\(subject))" }
        if let from = headers["From"]?.lowercased(), from.contains("mailer-daemon@") || from.contains("postmaster@") {
            return "a mail system notice"
        }
        return nil
    }

    /// A delivery status notification (`multipart/report; report-type=delivery-status`): which message failed and why.
    static func bounce(_ message: MIMEPart) -> Bounce? {
        let type = message.headers.contentType
        guard type.mimeType == "multipart/report", type["report-type"]?.lowercased() == "delivery-status" else { return nil }
        let parts = message.allParts
        guard let status = parts.first(where: { $0.headers.contentType.mimeType == "message/delivery-status" }) else { return nil }
        let fields = MailHeaders(parsing: Charset.decode(status.decodedBytes, charset: "utf-8"))
        let original: String?
        if let attached = parts.first(where: { $0.headers.contentType.mimeType == "message/rfc822" })?.parts.first {
            original = MessageID.first(attached.headers["Message-ID"])
        } else if let headersPart = parts.first(where: { $0.headers.contentType.mimeType == "text/rfc822-headers" }) {
            original = MessageID.first(MailHeaders(parsing: headersPart.text)["Message-ID"])
        } else {
            original = nil
        }
        guard let original else { return nil }
        // Per-recipient fields follow the per-message ones; the first recipient's are the ones that matter here.
        let action = fields.fields.first { $0.name.lowercased() == "action" }?.value.lowercased() ?? ""
        let code = fields.fields.first { $0.name.lowercased() == "status" }?.value ?? ""
        let diagnostic = fields.fields.first { $0.name.lowercased() == "diagnostic-code" }?.value ?? (code.isEmpty ? action : "status \(code)")
        let permanent = action.hasPrefix("failed") || code.hasPrefix("5")
        return Bounce(originalMessageID: original, isPermanent: permanent && !action.hasPrefix("delayed"), diagnostic: diagnostic)
    }
}
