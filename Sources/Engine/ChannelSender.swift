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

    public init(id: Int64, channel: Channel, address: String, body: String, subject: String? = nil, html: String? = nil, buttons: [Button] = []) {
        self.id = id
        self.channel = channel
        self.address = address
        self.body = body
        self.subject = subject
        self.html = html
        self.buttons = buttons
    }

    /// A reply button (Telegram inline keyboard, WhatsApp reply button).
    public struct Button: Hashable, Sendable, Codable {
        public var title: String
        public var payload: String
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
}

/// One channel's outbound side. Live adapters talk to providers; tests and the demo use the simulator.
public protocol ChannelSender: Sendable {
    /// Sends one message; returns the provider's id for it.
    func send(_ message: OutboundMessage) async throws(SendFailure) -> String
}
