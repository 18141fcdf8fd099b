import BookingCore
import Foundation

/// The engine's settings beyond the business's policies.
public struct EngineConfiguration: Sendable {
    /// The business's name as clients know it.
    public var businessName: String?
    /// The deposit payment page; `{appointment}` is replaced by the appointment's id.
    public var depositLinkTemplate: String
    /// The public booking page.
    public var bookingLink: String
    /// Signs clients' links (manage links, personal booking links); nil when the server has no booking page.
    public var links: ClientLinks?
    /// Whether `bookingLink` is SlotKeeper's own booking page, so that clients get their personal link to it.
    public var personalBookingLinks: Bool
    /// The language of messages to staff.
    public var staffLocale: String
    /// Sends a channel may make per second.
    public var perChannelPerSecond: [Channel: Int]
    /// Seconds between two messages to the same address.
    public var perRecipientInterval: TimeInterval
    /// Attempts before a transiently failing message counts as undeliverable.
    public var maxSendAttempts: Int
    /// First retry delay; doubles each attempt, with ±20 % jitter, up to an hour.
    public var retryBase: TimeInterval
    /// How long one send may take before its outcome counts as unknown: longer than the channel's own HTTP timeout (15 s), so an
    /// answer that comes is never thrown away. E-mail gets `emailSendDeadline` (SMTP allows a minute).
    public var sendDeadline: Duration
    /// The same for e-mail.
    public var emailSendDeadline: Duration
    /// Sends in flight at once (to different recipients).
    public var sendConcurrency: Int
    /// How long a send with an unknown outcome waits for the provider's status report before its log is asked.
    public var unknownSendGrace: TimeInterval
    /// How long a process holds the due jobs it claims (on a database several processes share): a job whose process died
    /// is run by another after this. Longer than any one job takes (a provider look-up or a refund, within its deadline).
    public var jobClaim: TimeInterval

    public init(businessName: String? = nil, depositLinkTemplate: String = "https://pay.example.com/deposit/{appointment}",
                bookingLink: String = "https://book.example.com", staffLocale: String = "en",
                perChannelPerSecond: [Channel: Int] = [.sms: 10, .telegram: 30, .whatsapp: 20, .email: 10, .simulator: 1000],
                perRecipientInterval: TimeInterval = 1, maxSendAttempts: Int = 6, retryBase: TimeInterval = 30, sendDeadline: Duration = .seconds(20),
                emailSendDeadline: Duration = .seconds(75), sendConcurrency: Int = 8, unknownSendGrace: TimeInterval = 120,
                jobClaim: TimeInterval = 300, links: ClientLinks? = nil, personalBookingLinks: Bool = false) {
        self.links = links
        self.personalBookingLinks = personalBookingLinks
        self.sendDeadline = sendDeadline
        self.emailSendDeadline = emailSendDeadline
        self.sendConcurrency = sendConcurrency
        self.unknownSendGrace = unknownSendGrace
        self.jobClaim = jobClaim
        self.businessName = businessName
        self.depositLinkTemplate = depositLinkTemplate
        self.bookingLink = bookingLink
        self.staffLocale = staffLocale
        self.perChannelPerSecond = perChannelPerSecond
        self.perRecipientInterval = perRecipientInterval
        self.maxSendAttempts = maxSendAttempts
        self.retryBase = retryBase
    }

    /// The deadline of one send on `channel`.
    public func deadline(for channel: Channel) -> Duration { channel == .email ? emailSendDeadline : sendDeadline }
}
