import BookingCore
import Foundation
import Synchronization

/// An in-process channel that plays clients' and staff members' phones: it records what was sent,
/// honours the outbox id as an idempotency key, and can be told to fail, so retries and fallbacks are tested for real.
public final class SimulatorChannel: ChannelSender {
    /// A message the simulator received from SlotKeeper.
    public struct Delivery: Hashable, Sendable {
        public var providerID: String
        public var message: OutboundMessage
    }

    private struct State {
        var delivered: [Delivery] = []
        var failures: [String: [SendFailure]] = [:]
        var counter = 0
    }

    private let state = Mutex(State())
    public let channel: Channel

    public init(channel: Channel = .simulator) { self.channel = channel }

    /// Every message delivered so far, in order.
    public var delivered: [Delivery] { state.withLock { $0.delivered } }

    /// Messages delivered to one address.
    public func inbox(_ address: String) -> [OutboundMessage] {
        state.withLock { $0.delivered.filter { $0.message.address == address }.map(\.message) }
    }

    /// The next sends to `address` fail with these, in order; then sends succeed again.
    public func fail(_ address: String, with failures: [SendFailure]) {
        state.withLock { $0.failures[address, default: []] += failures }
    }

    public func send(_ message: OutboundMessage) async throws(SendFailure) -> String {
        let outcome: Result<String, SendFailure> = state.withLock { s in
            // The outbox id is the idempotency key: a resend after a crash gets the first answer back.
            if let earlier = s.delivered.first(where: { $0.message.id == message.id }) { return .success(earlier.providerID) }
            if var queue = s.failures[message.address], !queue.isEmpty {
                let failure = queue.removeFirst()
                s.failures[message.address] = queue
                return .failure(failure)
            }
            s.counter += 1
            let id = "sim-\(channel.rawValue)-\(s.counter)"
            s.delivered.append(Delivery(providerID: id, message: message))
            return .success(id)
        }
        return try outcome.get()
    }
}
