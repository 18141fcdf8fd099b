import Channels
import Engine
import Logging
import ServiceLifecycle

/// Reads e-mail replies into the engine for as long as the server runs: a `MailboxPoller` whose replies go to
/// `Engine.receive` and whose bounces go to `Engine.deliveryReport`; it stops at the graceful shutdown.
public struct MailPolling: Service {
    let poller: MailboxPoller
    let heartbeats: Heartbeats?
    /// With several processes, the lease that lets one of them read the mailbox.
    let lease: PollerLease?

    /// Polls the mailbox in `settings` into `engine`; each good pass beats `heartbeats` as "mailbox poller".
    public init(settings: EmailSettings.IMAP, engine: Engine, logger: Logger, heartbeats: Heartbeats? = nil, lease: PollerLease? = nil) {
        self.heartbeats = heartbeats
        self.lease = lease
        heartbeats?.register("mailbox poller", every: .seconds(max(settings.pollSeconds, 30)))
        poller = MailboxPoller(settings: settings, logger: logger,
                               deliver: { try await engine.receive($0) },
                               report: { try await engine.deliveryReport($0) })
    }

    /// Polls until the graceful shutdown.
    public func run() async throws {
        let heartbeats = self.heartbeats
        let mayPoll: (@Sendable () async -> Bool)? = lease.map { lease in { @Sendable in await lease.hold() } }
        await cancelWhenGracefulShutdown { await poller.run(afterEachPass: { heartbeats?.beat("mailbox poller") }, mayPoll: mayPoll) }
        await lease?.release()
    }
}
