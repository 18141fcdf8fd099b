import Foundation
import Store

/// One process at a time polls a channel account: the poller asks before each round, which takes or renews a lease in
/// the store. A process that stops gives its lease back, and another process's poller takes over at its next ask; when
/// the holder dies instead, the lease runs out and another takes over then.
public struct PollerLease: Sendable {
    let store: any BookingStore
    let name: String
    let length: TimeInterval
    /// This process, as the store records the holder.
    let holder: String

    /// The default length: a dead holder's poller is taken over within about two minutes.
    public static let defaultLength: TimeInterval = 120

    /// The lease `name` (one per account: "telegram poller", "mailbox poller"), held `length` at a time.
    public init(store: any BookingStore, name: String, length: TimeInterval = PollerLease.defaultLength) {
        self.store = store
        self.name = name
        self.length = length
        holder = "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier):\(UUID().uuidString.prefix(8))"
    }

    /// How long a process that does not hold the lease waits before asking again.
    public var standby: Duration { .milliseconds(Int(min(15, length / 4) * 1000)) }

    /// The longest one poll round may take and stay within the lease it renewed (a Telegram long poll).
    public var longestRound: TimeInterval { length / 3 }

    /// Whether this process may poll now; false too when the store can't be asked (better a pause than two pollers).
    @Sendable public func hold() async -> Bool {
        let now = Date()
        return (try? await store.holdLease(name, holder: holder, until: now.addingTimeInterval(length), now: now)) ?? false
    }

    /// Gives the lease back (the process is stopping), so another process polls without waiting for it to run out.
    public func release() async {
        try? await store.releaseLease(name, holder: holder)
    }
}
