import Channels
import Engine
import Foundation
import Logging
import ServiceLifecycle

/// Telegram as a long-lived part of `slotkeeper serve`. Polling mode runs the getUpdates loop until shutdown; webhook mode
/// registers `{public URL}/webhooks/telegram` with the secret (retrying until Telegram accepts) and then waits for shutdown.
public struct TelegramService: Service {
    let bot: TelegramBot
    let engine: Engine
    let logger: Logger
    let sleep: @Sendable (Duration) async throws -> Void
    let heartbeats: Heartbeats?
    /// In polling mode with several processes, the lease that lets one of them poll.
    let lease: PollerLease?

    /// The service for `bot`, handing updates to `engine`; in polling mode each round beats `heartbeats` as "telegram poller".
    public init(bot: TelegramBot, engine: Engine, logger: Logger = Logger(label: "slotkeeper.telegram"), heartbeats: Heartbeats? = nil,
                lease: PollerLease? = nil, sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }) {
        self.heartbeats = heartbeats
        self.lease = lease
        if bot.settings.webhookSecret == nil { heartbeats?.register("telegram poller", every: .seconds(120)) }
        self.bot = bot
        self.engine = engine
        self.logger = logger
        self.sleep = sleep
    }

    /// Polls, or registers the webhook, until graceful shutdown.
    public func run() async throws {
        if let secret = bot.settings.webhookSecret, let url = bot.settings.webhookURL {
            await cancelWhenGracefulShutdown { await register(url: url, secret: secret) }
            try? await gracefulShutdown()
        } else {
            let engine = self.engine
            let handler = TelegramUpdateHandler(bot: bot, logger: logger) { try await engine.receive($0) }
            // A long poll ends well inside the lease it renewed, so no other process starts polling while it waits.
            let poller = TelegramPoller(bot: bot, handler: handler, pollTimeout: lease.map { max(1, min(25, Int($0.longestRound))) } ?? 25,
                                        logger: logger, sleep: sleep)
            // A webhook left from a webhook-mode run would refuse every getUpdates with 409: polling mode removes it.
            do { try await bot.deleteWebhook() } catch { logger.warning("Telegram: could not remove an earlier webhook (\(error)); polling may get 409") }
            let heartbeats = self.heartbeats
            let mayPoll: (@Sendable () async -> Bool)? = lease.map { lease in { @Sendable in await lease.hold() } }
            await cancelWhenGracefulShutdown {
                await poller.run(afterEachRound: { heartbeats?.beat("telegram poller") }, mayPoll: mayPoll, standby: lease?.standby ?? .seconds(15))
            }
            await lease?.release()
        }
    }

    /// Calls setWebhook until it succeeds (or shutdown), backing off from 1 s to a minute.
    func register(url: String, secret: String) async {
        var failures = 0
        while !Task.isCancelled {
            do {
                try await bot.setWebhook(url: url, secret: secret)
                logger.info("Telegram: webhook set to \(url)")
                return
            } catch {
                if Task.isCancelled { return }
                failures += 1
                logger.error("Telegram setWebhook to \(url) failed (\(failures) in a row): \(error)")
                do { try await sleep(.seconds(min(60, 1 << min(failures - 1, 6)))) } catch { return }
            }
        }
    }
}
