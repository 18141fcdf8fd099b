import CCurl
import Foundation

/// Sending e-mail over SMTP with libcurl: MAIL FROM the business's address, RCPT TO the client, and the message
/// `MailMessage` renders. The Message-ID is the provider id, so a client's reply (In-Reply-To) threads back to it.
public struct EmailSender: ChannelSender {
    /// The SMTP server, login and sender.
    public let settings: EmailSettings.SMTP
    let now: @Sendable () -> Date

    /// A sender through `settings`; `now` dates the messages (a fixed clock in tests).
    public init(settings: EmailSettings.SMTP, now: @escaping @Sendable () -> Date = { Date() }) {
        self.settings = settings
        self.now = now
    }

    /// The message as it will be sent: headers, threading and parts.
    public func mail(for message: OutboundMessage) throws(SendFailure) -> MailMessage {
        let address = message.address.trimmingCharacters(in: .whitespaces)
        guard MailAddress.isPlausible(address) else { throw .permanent("\"\(message.address)\" is not an e-mail address") }
        let subject = message.subject?.trimmingCharacters(in: .whitespacesAndNewlines)
        return MailMessage(
            from: settings.from, to: MailAddress(address: address),
            subject: subject.flatMap { $0.isEmpty ? nil : $0 } ?? settings.from.name ?? "A message from \(settings.from.domain)",
            date: now(), messageID: MailMessage.messageID(outboxID: message.id, domain: settings.from.domain),
            inReplyTo: message.inReplyTo.flatMap { MessageID.first($0) ?? $0 },
            text: message.body, html: message.html)
    }

    /// Sends one message; returns its Message-ID (without brackets) as the provider id.
    public func send(_ message: OutboundMessage) async throws(SendFailure) -> String {
        let mail = try mail(for: message)
        let settings = self.settings
        let bytes = mail.bytes
        do throws(CurlError) {
            try await CurlTransfer.run { cancellation -> Result<Void, CurlError> in
                Result { () throws(CurlError) in
                    let easy = try CurlEasy()
                    easy.cancellation = cancellation
                    // The path of an smtp URL is the name given in EHLO: the sending domain rather than the machine's name.
                    try easy.set(CURLOPT_URL, settings.url + "/" + settings.from.domain)
                    try easy.set(CURLOPT_USE_SSL, MailTransportSecurity.useSSL(for: settings.url))
                    if let user = settings.user { try easy.set(CURLOPT_USERNAME, user) }
                    if let password = settings.password { try easy.set(CURLOPT_PASSWORD, password) }
                    try easy.set(CURLOPT_MAIL_FROM, "<\(settings.from.address)>")
                    try easy.set(CURLOPT_MAIL_RCPT, list: ["<\(mail.to.address)>"])
                    try easy.set(CURLOPT_CONNECTTIMEOUT, settings.connectTimeout)
                    try easy.set(CURLOPT_TIMEOUT, settings.timeout)
                    try easy.setUpload(bytes)
                    try easy.perform()
                }
            }
        } catch {
            throw Self.failure(error)
        }
        return mail.messageID
    }

    /// How a failed send is retried: the server's 5xx (mailbox unavailable, address rejected, refused login) is for
    /// good; its 4xx, a refused or lost connection and a timeout are worth another try later.
    public static func failure(_ error: CurlError) -> SendFailure {
        let said = error.serverReply.map { ": \($0)" } ?? ""
        let code = CURLcode(rawValue: UInt32(error.code))
        if code == CURLE_LOGIN_DENIED {
            return .permanent("the mail server refused the login, check SLOTKEEPER_SMTP_USER and SLOTKEEPER_SMTP_PASSWORD\(said.isEmpty ? ": \(error.message)" : said)")
        }
        switch error.responseCode {
        case 500..<600:
            return .permanent("the mail server refused the message (\(error.responseCode))\(said)")
        case 400..<500:
            return .transient("the mail server asked to try later (\(error.responseCode))\(said)", retryAfter: nil)
        default:
            break
        }
        switch code {
        case CURLE_USE_SSL_FAILED:
            return .permanent("the mail server does not offer STARTTLS: use its smtps:// address (\(error.message))")
        case CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL:
            return .permanent("the SMTP URL is not usable: \(error.message)")
        default:
            return .transient("the mail server could not be reached: \(error.description)", retryAfter: nil)
        }
    }
}
