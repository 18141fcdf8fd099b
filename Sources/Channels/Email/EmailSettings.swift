import CCurl
import Foundation

/// How SlotKeeper sends (SMTP) and reads (IMAP) e-mail, from `SLOTKEEPER_SMTP_*`, `SLOTKEEPER_IMAP_*` and
/// `SLOTKEEPER_EMAIL_FROM`.
public struct EmailSettings: Sendable, Hashable {
    /// Sending.
    public var smtp: SMTP
    /// Reading replies; nil when only sending is set up.
    public var imap: IMAP?

    /// The SMTP server and the sender.
    public struct SMTP: Sendable, Hashable {
        /// `smtp://host:587` (STARTTLS) or `smtps://host:465` (TLS from the start).
        public var url: String
        /// The login, nil for a relay that takes mail without one.
        public var user: String?
        /// The login's password.
        public var password: String?
        /// The From of every message: `Soho Spa <bookings@spa.example.com>`.
        public var from: MailAddress
        /// Seconds to wait for the connection.
        public var connectTimeout: Int
        /// Seconds a whole send may take.
        public var timeout: Int

        /// SMTP settings; timeouts in seconds.
        public init(url: String, user: String? = nil, password: String? = nil, from: MailAddress, connectTimeout: Int = 15, timeout: Int = 60) {
            self.url = url
            self.user = user
            self.password = password
            self.from = from
            self.connectTimeout = connectTimeout
            self.timeout = timeout
        }
    }

    /// The mailbox replies arrive in.
    public struct IMAP: Sendable, Hashable {
        /// `imaps://host/INBOX`: server and mailbox (INBOX when the URL names none).
        public var url: String
        /// The mailbox's login.
        public var user: String
        /// The mailbox's password.
        public var password: String
        /// How long to wait between two looks at the mailbox.
        public var pollSeconds: Int
        /// SlotKeeper's own address: messages from it are its own copies, not replies.
        public var ownAddress: String?
        /// Seconds to wait for the connection.
        public var connectTimeout: Int
        /// Seconds one command (a search, a fetch) may take.
        public var timeout: Int

        /// IMAP settings; timeouts in seconds.
        public init(url: String, user: String, password: String, pollSeconds: Int = 60, ownAddress: String? = nil,
                    connectTimeout: Int = 15, timeout: Int = 60) {
            self.url = url
            self.user = user
            self.password = password
            self.pollSeconds = pollSeconds
            self.ownAddress = ownAddress
            self.connectTimeout = connectTimeout
            self.timeout = timeout
        }
    }

    /// Sending through `smtp`, reading replies through `imap` when given.
    public init(smtp: SMTP, imap: IMAP? = nil) {
        self.smtp = smtp
        self.imap = imap
    }

    /// E-mail is on when `SLOTKEEPER_SMTP_URL` is set; then the sender must be too, and reading replies is on when
    /// `SLOTKEEPER_IMAP_URL` is. Nil when e-mail is not configured at all.
    public init?(_ env: SettingsReader) throws(SettingError) {
        let imapURL = env.optional("SLOTKEEPER_IMAP_URL")
        guard let smtpURL = env.optional("SLOTKEEPER_SMTP_URL") else {
            if imapURL != nil {
                throw SettingError("SLOTKEEPER_SMTP_URL", "missing, and answering the replies read from SLOTKEEPER_IMAP_URL needs it",
                                   fix: "set it to your outgoing server, e.g. SLOTKEEPER_SMTP_URL=smtps://smtp.example.com:465")
            }
            return nil
        }
        let smtp = try Self.serverURL(smtpURL, name: "SLOTKEEPER_SMTP_URL", schemes: ["smtp", "smtps"], example: "smtps://smtp.example.com:465")
        let fromText = try env.required("SLOTKEEPER_EMAIL_FROM", for: "sending e-mail", example: "\"Soho Spa <bookings@spa.example.com>\"")
        guard let from = MailAddress.parse(fromText) else {
            throw SettingError("SLOTKEEPER_EMAIL_FROM", "\"\(fromText)\" is not an e-mail address",
                               fix: "use an address with an optional name, e.g. \"Soho Spa <bookings@spa.example.com>\"")
        }
        let user = env.optional("SLOTKEEPER_SMTP_USER")
        let password = env.optional("SLOTKEEPER_SMTP_PASSWORD")
        if user != nil && password == nil {
            throw SettingError("SLOTKEEPER_SMTP_PASSWORD", "missing, and logging in as SLOTKEEPER_SMTP_USER needs it",
                               fix: "set it to the mailbox's password or app password")
        }
        if user == nil && password != nil {
            throw SettingError("SLOTKEEPER_SMTP_USER", "missing, and SLOTKEEPER_SMTP_PASSWORD is set",
                               fix: "set it to the login name, usually the sending address, e.g. bookings@spa.example.com")
        }
        self.smtp = SMTP(url: smtp, user: user, password: password, from: from)

        guard let imapURL else {
            self.imap = nil
            return
        }
        let imap = try Self.serverURL(imapURL, name: "SLOTKEEPER_IMAP_URL", schemes: ["imap", "imaps"], example: "imaps://imap.example.com/INBOX")
        let imapUser = try env.required("SLOTKEEPER_IMAP_USER", for: "reading replies", example: from.address)
        let imapPassword = try env.required("SLOTKEEPER_IMAP_PASSWORD", for: "reading replies", example: "the mailbox's password or app password")
        var poll = 60
        if let text = env.optional("SLOTKEEPER_IMAP_POLL_SECONDS") {
            guard let n = Int(text), (5...3600).contains(n) else {
                throw SettingError("SLOTKEEPER_IMAP_POLL_SECONDS", "\"\(text)\" is not a number of seconds from 5 to 3600",
                                   fix: "set it to how often to look for replies, e.g. SLOTKEEPER_IMAP_POLL_SECONDS=60")
            }
            poll = n
        }
        self.imap = IMAP(url: imap, user: imapUser, password: imapPassword, pollSeconds: poll, ownAddress: from.address)
    }

    /// Checks a mail server URL: one of the schemes, a host, an optional port; the IMAP one gets INBOX when it names no mailbox.
    static func serverURL(_ text: String, name: String, schemes: [String], example: String) throws(SettingError) -> String {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(), schemes.contains(scheme),
              let host = components.host, !host.isEmpty else {
            throw SettingError(name, "\"\(text)\" is not a \(schemes.joined(separator: " or ")) URL",
                               fix: "use the server's address with its scheme, e.g. \(name)=\(example)")
        }
        if components.user != nil || components.password != nil {
            throw SettingError(name, "the URL holds a user name or password",
                               fix: "put them in \(name.replacingOccurrences(of: "_URL", with: "_USER")) and \(name.replacingOccurrences(of: "_URL", with: "_PASSWORD")) instead")
        }
        let port = components.port.map { ":\($0)" } ?? ""
        let path = components.path.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        if scheme.hasPrefix("imap") { return "\(scheme)://\(host)\(port)/\(path.isEmpty ? "INBOX" : path)" }
        return "\(scheme)://\(host)\(port)"
    }
}

/// How a mail URL is secured: TLS from the start (`smtps`, `imaps`), or STARTTLS, which is required unless the server is
/// on this machine (a local relay without TLS), so a password never crosses a network in the clear.
enum MailTransportSecurity: Equatable {
    /// `smtps://`, `imaps://`: TLS from the first byte.
    case tls
    /// `smtp://`, `imap://` to another machine: the session must switch to TLS before logging in.
    case requiredSTARTTLS
    /// `smtp://`, `imap://` on loopback: TLS when the server offers it.
    case optionalSTARTTLS

    /// The security a URL gets.
    static func of(_ url: String) -> MailTransportSecurity {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased() else { return .requiredSTARTTLS }
        if scheme.hasSuffix("s") { return .tls }
        return isLoopback(components.host ?? "") ? .optionalSTARTTLS : .requiredSTARTTLS
    }

    /// libcurl's `CURLOPT_USE_SSL` value for the URL.
    static func useSSL(for url: String) -> Int {
        Int((of(url) == .optionalSTARTTLS ? CURLUSESSL_TRY : CURLUSESSL_ALL).rawValue)
    }

    /// localhost, 127.0.0.0/8 and ::1.
    static func isLoopback(_ host: String) -> Bool {
        let h = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return h == "localhost" || h == "::1" || h.hasPrefix("127.")
    }
}
