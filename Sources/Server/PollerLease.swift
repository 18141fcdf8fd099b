import Foundation
import Store

/// One process at a time polls a channel account: the poller asks before each round, which takes or renews a lease in
/// the store. When the process holding it stops, the lease runs out and another process's poller takes over.
public struct PollerLease: Sendable {
    let store: any BookingStore
    let name: String
    let length: TimeInterval
    /// This process, as the store records the holder.
    let holder: String

    /// The lease `name` (one per account: "telegram poller", "mailbox poller"), held `length` at a time.
    public init(store: any BookingStore, name: String, length: TimeInterval = 120) {
        self.store = store
        self.name = name
        self.length = length
        holder = "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier):\(UUID().uuidString.prefix(8))"
    }

    /// Whether this process may poll now; false too when the store can't be asked (better a pause than two pollers).
    @Sendable public func hold() async -> Bool {
        let now = Date()
        return (try? await store.holdLease(name, holder: holder, until: now.addingTimeInterval(length), now: now)) ?? false
    }
}
