import Foundation
import Logging

/// What the poller and the webhook do with each update: read it, hand it over, and answer a tapped button.
///
/// `deliver` is the engine (a message goes to `Engine.receive`, a `/start` links the chat). A tapped button is always
/// answered with `answerCallbackQuery`, even when delivering failed, so the client's spinner stops; its keyboard is
/// then taken off the message so an old choice can't be tapped twice.
public struct TelegramUpdateHandler: Sendable {
    let bot: TelegramBot
    let deliver: @Sendable (TelegramInbound) async throws -> Void
    let logger: Logger

    /// A handler that hands updates to `deliver` and answers taps through `bot`.
    public init(bot: TelegramBot, logger: Logger = Logger(label: "slotkeeper.telegram"), deliver: @escaping @Sendable (TelegramInbound) async throws -> Void) {
        self.bot = bot
        self.deliver = deliver
        self.logger = logger
    }

    /// Handles one update; throws what `deliver` threw (the caller tries the update again later).
    public func handle(_ update: TelegramUpdate) async throws {
        var failure: (any Error)?
        if let inbound = TelegramInbound(update) {
            do { try await deliver(inbound) } catch { failure = error }
        }
        if let query = update.callbackQuery {
            do { try await bot.answerCallbackQuery(query.id) } catch {
                logger.warning("could not answer Telegram button tap \(query.id): \(error)")
            }
            if failure == nil, let message = query.message, message.replyMarkup != nil {
                do { try await bot.removeKeyboard(chat: String(message.chat.id), messageID: message.messageID) } catch {
                    logger.debug("could not take the buttons off Telegram message \(message.messageID): \(error)")
                }
            }
        }
        if let failure { throw failure }
    }
}
