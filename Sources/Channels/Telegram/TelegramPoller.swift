import Foundation
import Logging

/// Long polling of `getUpdates` until cancelled: each update is handed to the handler in order, and the next poll asks
/// from the last handled `update_id + 1`, which confirms the earlier ones to Telegram.
///
/// The offset lives in memory; after a restart Telegram sends the unconfirmed updates again and the engine applies each
/// update id once. Failures back off exponentially (1 s doubling to a minute); a 429 waits what Telegram says; a 409
/// (a webhook is set, or another process polls the same bot) is logged once per streak with what to do.
public struct TelegramPoller: Sendable {
    /// How far polling has got, and what went wrong lately.
    public struct State: Hashable, Sendable {
        /// The next `offset` to ask for: the last handled update id + 1.
        public var offset: Int64?
        /// Failed polls in a row; the backoff doubles with each.
        public var failures = 0
        /// Whether the current streak of 409s was already logged.
        public var conflictLogged = false
        /// The update that failed to be handled, if one did.
        public var stuckUpdate: Int64?
        /// How many times `stuckUpdate` failed.
        public var stuckAttempts = 0

        /// A fresh state; `offset` when it is known.
        public init(offset: Int64? = nil) { self.offset = offset }
    }

    /// The line logged when Telegram answers 409.
    public static let conflictAdvice = "Telegram refused getUpdates with 409 Conflict: another poller or a webhook is set for this bot; "
        + "call deleteWebhook or stop the other process"

    let bot: TelegramBot
    let handler: TelegramUpdateHandler
    /// Seconds Telegram may hold one getUpdates request open.
    let pollTimeout: Int
    /// How many times one update is tried before it is skipped (logged) so the rest can flow.
    let maxAttempts: Int
    let logger: Logger
    let sleep: @Sendable (Duration) async throws -> Void

    /// A poller; `sleep` waits between failed polls (tests pass one that records instead of waiting).
    public init(bot: TelegramBot, handler: TelegramUpdateHandler, pollTimeout: Int = 25, maxAttempts: Int = 5,
                logger: Logger = Logger(label: "slotkeeper.telegram"),
                sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }) {
        self.bot = bot
        self.handler = handler
        self.pollTimeout = pollTimeout
        self.maxAttempts = maxAttempts
        self.logger = logger
        self.sleep = sleep
    }

    /// Polls until the task is cancelled (graceful shutdown cancels it).
    ///
    /// With several processes, `mayPoll` says before each round whether this one holds the poller's lease; one that does
    /// not waits `standby` and asks again (Telegram answers one getUpdates at a time per bot).
    public func run(afterEachRound: (@Sendable () -> Void)? = nil, mayPoll: (@Sendable () async -> Bool)? = nil,
                    standby: Duration = .seconds(15)) async {
        var state = State()
        logger.info("Telegram: polling for updates")
        while !Task.isCancelled {
            if let mayPoll, await !mayPoll() {
                // Another process polls: this one is well, and starts from Telegram's own offset if it takes over.
                state = State()
                afterEachRound?()
                do { try await sleep(standby) } catch { break }
                continue
            }
            let wait = await poll(&state)
            // Alive means getUpdates answering, not just the loop turning: a 409 streak shows on /healthz.
            if state.failures == 0 { afterEachRound?() }
            guard let wait else { continue }
            do { try await sleep(wait) } catch { break }
        }
        logger.info("Telegram: polling stopped")
    }

    /// One getUpdates round: handles what came and moves the offset; returns how long to wait before the next round, if at all.
    public func poll(_ state: inout State) async -> Duration? {
        let updates: [TelegramUpdate]
        do {
            updates = try await bot.getUpdates(offset: state.offset, timeout: pollTimeout)
        } catch {
            if Task.isCancelled { return nil }
            return backoff(after: error, &state)
        }
        state.failures = 0
        state.conflictLogged = false
        for update in updates.sorted(by: { $0.updateID < $1.updateID }) {
            if let offset = state.offset, update.updateID < offset { continue }
            do {
                try await handler.handle(update)
            } catch {
                let attempts = (state.stuckUpdate == update.updateID ? state.stuckAttempts : 0) + 1
                if attempts < maxAttempts {
                    state.stuckUpdate = update.updateID
                    state.stuckAttempts = attempts
                    state.failures += 1
                    logger.warning("Telegram update \(update.updateID) could not be applied (attempt \(attempts)): \(error)")
                    return delay(state.failures)
                }
                logger.error("Telegram update \(update.updateID) skipped after \(attempts) attempts: \(error)")
            }
            state.stuckUpdate = nil
            state.stuckAttempts = 0
            state.offset = update.updateID + 1
        }
        return nil
    }

    /// How long to wait after a failed poll, logging what the operator should know.
    func backoff(after error: TelegramCallError, _ state: inout State) -> Duration {
        state.failures += 1
        switch error {
        case .refused(let e) where e.code == 409:
            if !state.conflictLogged { logger.error("\(Self.conflictAdvice) (\(e.description))") }
            state.conflictLogged = true
        case .refused(let e) where e.code == 429:
            let wait = e.retryAfter ?? 1
            logger.warning("Telegram asked to slow down: waiting \(Int(wait)) s")
            return .milliseconds(Int64(wait * 1000))
        case .refused(let e) where e.code == 401 || e.code == 404:
            logger.error("Telegram refused the bot token (\(e.code) \(e.description)): check SLOTKEEPER_TELEGRAM_TOKEN against BotFather's /token")
        default:
            logger.warning("Telegram getUpdates failed (\(state.failures) in a row): \(error)")
        }
        return delay(state.failures)
    }

    /// 1 s, 2 s, 4 s… up to a minute.
    public func delay(_ failures: Int) -> Duration { .seconds(min(60, 1 << min(max(failures - 1, 0), 6))) }
}
