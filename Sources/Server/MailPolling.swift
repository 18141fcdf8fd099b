import Channels
import Engine
import Logging
import ServiceLifecycle

/// Reads e-mail replies into the engine for as long as the server runs: a `MailboxPoller` whose replies go to
/// `Engine.receive` and whose bounces go to `Engine.deliveryReport`; it stops at the graceful shutdown.
public struct MailPolling: Service {
    let poller: MailboxPoller

    /// Polls the mailbox in `settings` into `engine`.
    public init(settings: EmailSettings.IMAP, engine: Engine, logger: Logger) {
        poller = MailboxPoller(settings: settings, logger: logger,
                               deliver: { try await engine.receive($0) },
                               report: { try await engine.deliveryReport($0) })
    }

    /// Polls until the graceful shutdown.
    public func run() async throws {
        await cancelWhenGracefulShutdown { await poller.run() }
    }
}
