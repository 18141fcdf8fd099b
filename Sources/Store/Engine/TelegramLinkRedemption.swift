import BookingCore
import Foundation

/// What redeeming a Telegram start-link code found.
public enum TelegramLinkRedemption: Hashable, Sendable {
    /// The code was good: it is burned now, and names this client.
    case linked(ClientID)
    /// This very chat used the code before (the client tapped the link again): it still names this client.
    case alreadyUsedHere(ClientID)
    /// No such code, it expired, or another chat used it.
    case invalid
}
