import BookingCore

/// A message a provider delivered to SlotKeeper, read out of its webhook or poll.
public struct InboundMessage: Hashable, Sendable {
    public var channel: Channel
    /// The sender's address on the channel: an E.164 number, a Telegram chat id, an e-mail address.
    public var from: String
    /// What they wrote, or the title of the button they tapped.
    public var text: String
    /// The provider's id for the message: the idempotency key for a redelivery.
    public var providerID: String
    /// The payload of a tapped reply button (`confirm`, `slot:2`), when the message is one.
    public var button: String?

    public init(channel: Channel, from: String, text: String, providerID: String, button: String? = nil) {
        self.channel = channel
        self.from = from
        self.text = text
        self.providerID = providerID
        self.button = button
    }
}

/// A provider's report on a message SlotKeeper sent.
public struct DeliveryReport: Hashable, Sendable {
    public var channel: Channel
    public var providerID: String
    /// queued, sent, delivered, read, undelivered or failed.
    public var status: String
    /// Why it failed, when it did, read as the dispatcher needs it.
    public var failure: SendFailure?

    public init(channel: Channel, providerID: String, status: String, failure: SendFailure? = nil) {
        self.channel = channel
        self.providerID = providerID
        self.status = status
        self.failure = failure
    }
}
