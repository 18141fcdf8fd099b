import BookingCore
import Foundation

/// A message leaving through a channel adapter.
public struct OutboundMessage: Hashable, Sendable {
    /// The outbox row id: the idempotency key for providers that take one.
    public var id: Int64
    public var channel: Channel
    public var address: String
    public var body: String
    public var subject: String?
    public var html: String?
    public var buttons: [Button]
    /// The dialog message it renders (`reminder`, `offer`…): a WhatsApp template is chosen by it outside the 24-hour window.
    public var name: String
    public var locale: String
    /// The message's variables as rendered (`when`, `service`…), for template parameters.
    public var variables: [String: String]
    /// When the recipient last wrote on this channel, if ever: WhatsApp allows free-form text only within 24 hours of it.
    public var lastInbound: Date?
    /// The provider id of the recipient's message this one answers, when there is one (e-mail threading).
    public var inReplyTo: String?

    public init(id: Int64, channel: Channel, address: String, body: String, subject: String? = nil, html: String? = nil, buttons: [Button] = [],
                name: String = "", locale: String = "en", variables: [String: String] = [:], lastInbound: Date? = nil, inReplyTo: String? = nil) {
        self.id = id
        self.channel = channel
        self.address = address
        self.body = body
        self.subject = subject
        self.html = html
        self.buttons = buttons
        self.name = name
        self.locale = locale
        self.variables = variables
        self.lastInbound = lastInbound
        self.inReplyTo = inReplyTo
    }

    /// A reply button (Telegram inline keyboard, WhatsApp reply button).
    public struct Button: Hashable, Sendable, Codable {
        public var title: String
        public var payload: String

        public init(title: String, payload: String) {
            self.title = title
            self.payload = payload
        }
    }
}

/// Why a send failed, as the dispatcher needs to know it.
public enum SendFailure: Error, Hashable, Sendable {
    /// Try again later (timeouts, 429, 5xx, carrier hiccups); `retryAfter` when the provider says.
    case transient(String, retryAfter: TimeInterval?)
    /// Never retry this message on this channel (invalid number, blocked).
    case permanent(String)
    /// The recipient unsubscribed on this channel: mark them opted out there.
    case optedOut(String)
    /// The request may have reached the provider (no answer in time, the connection dropped after it was sent): whether the
    /// message went out is not known, so it is looked up before it is ever sent again.
    case unknown(String)
}

/// One channel's outbound side. Live adapters talk to providers; tests and the demo use the simulator.
public protocol ChannelSender: Sendable {
    /// Sends one message; returns the provider's id for it.
    func send(_ message: OutboundMessage) async throws(SendFailure) -> String
    /// Whether a message whose send (begun at `since`) had no answer reached the provider, asked of the provider's own record.
    func lookUp(_ message: OutboundMessage, since: Date) async -> SendLookup
}

/// What a provider's record says of a message whose send had no answer.
public enum SendLookup: Hashable, Sendable {
    /// The provider has messages like it (same recipient and text, made since the send began, not failed), newest first: the
    /// first one not already another row's is this one, and it went out.
    case found(providerIDs: [String])
    /// The provider's log has no such message: it never went out, and is sent again.
    case notSent
    /// The provider's log didn't answer now: ask again later.
    case cantTell
    /// The channel keeps no log to look in: sent again (at least once).
    case noLog
}

extension ChannelSender {
    /// Channels with no record to look in.
    public func lookUp(_ message: OutboundMessage, since: Date) async -> SendLookup { .noLog }
}
