import BookingCore
import Foundation

/// What an update means to SlotKeeper: a client's message or tapped button, or a `/start` that links a chat to a client.
public enum TelegramInbound: Hashable, Sendable {
    /// A message or button tap, for `Engine.receive`.
    case message(InboundMessage)
    /// `/start` with or without a one-time code, from a start link `https://t.me/{bot}?start={code}`.
    case start(TelegramStart)

    /// Reads an update; nil for what SlotKeeper ignores (stickers, service messages, bots, updates without a chat).
    /// The provider id is the update id, so an update delivered twice (a restart, a webhook retry) is applied once.
    public init?(_ update: TelegramUpdate) {
        let providerID = String(update.updateID)
        if let query = update.callbackQuery {
            guard let data = query.data, !data.isEmpty, !query.from.isBot else { return nil }
            let chat = query.message?.chat.id ?? query.from.id
            // The tapped button's title, as the client saw it, when the message still carries the keyboard.
            let title = query.message?.replyMarkup?.inlineKeyboard.joined().first { $0.callbackData == data }?.text
            self = .message(InboundMessage(channel: .telegram, from: String(chat), text: title ?? data, providerID: providerID, button: data))
            return
        }
        guard let message = update.message, message.from?.isBot != true else { return nil }
        let chat = String(message.chat.id)
        if let text = message.text {
            if let start = TelegramStart(text: text, chat: chat, providerID: providerID, languageCode: message.from?.languageCode) {
                self = .start(start)
            } else {
                self = .message(InboundMessage(channel: .telegram, from: chat, text: text, providerID: providerID))
            }
            return
        }
        if let caption = message.caption, !caption.isEmpty {
            self = .message(InboundMessage(channel: .telegram, from: chat, text: caption, providerID: providerID))
            return
        }
        // A voice note or photo without words is put on record for a person; a sticker says nothing to act on.
        guard let media = message.media, media != "sticker", media != "animation" else { return nil }
        self = .message(InboundMessage(channel: .telegram, from: chat, text: "[\(media.replacingOccurrences(of: "_", with: " "))]", providerID: providerID))
    }
}

/// A `/start` command: a client opening the bot, through a start link with a one-time code or without one.
public struct TelegramStart: Hashable, Sendable {
    /// The chat to link: SlotKeeper's Telegram address for the client.
    public var chat: String
    /// The start link's code, when there was one.
    public var code: String?
    /// The update id: the idempotency key.
    public var providerID: String
    /// The language of the person's Telegram app, for a reply to someone SlotKeeper doesn't know yet.
    public var languageCode: String?

    /// A start command as read from a chat.
    public init(chat: String, code: String?, providerID: String, languageCode: String? = nil) {
        self.chat = chat
        self.code = code
        self.providerID = providerID
        self.languageCode = languageCode
    }

    /// Reads `/start`, `/start CODE` or `/start@SomeBot CODE`; nil for any other text.
    public init?(text: String, chat: String, providerID: String, languageCode: String?) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = trimmed.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\n" })
        guard let command = parts.first, command == "/start" || command.hasPrefix("/start@") else { return nil }
        let code = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespacesAndNewlines) : ""
        self.init(chat: chat, code: code.isEmpty ? nil : code, providerID: providerID, languageCode: languageCode)
    }
}
