import Foundation

/// One update from `getUpdates` or the webhook, with the parts SlotKeeper reads: a message or a tapped inline button.
public struct TelegramUpdate: Decodable, Hashable, Sendable {
    /// Increases by one per update; the poller confirms everything up to it by asking from `update_id + 1`.
    public var updateID: Int64
    /// A new message in a chat with the bot.
    public var message: Message?
    /// A tap on one of the bot's inline buttons.
    public var callbackQuery: CallbackQuery?

    /// An update as Telegram would send it.
    public init(updateID: Int64, message: Message? = nil, callbackQuery: CallbackQuery? = nil) {
        self.updateID = updateID
        self.message = message
        self.callbackQuery = callbackQuery
    }

    enum CodingKeys: String, CodingKey {
        case updateID = "update_id", message, callbackQuery = "callback_query"
    }

    /// A message in a chat (or the message a tapped button sits under).
    public struct Message: Decodable, Hashable, Sendable {
        /// The message's id within its chat.
        public var messageID: Int64
        /// Who wrote it (absent in channels).
        public var from: User?
        /// The chat it was written in.
        public var chat: Chat
        /// Its text, for a text message.
        public var text: String?
        /// The words under a photo, video or document.
        public var caption: String?
        /// The inline keyboard under the message, to find a tapped button's title.
        public var replyMarkup: Keyboard?
        /// Which kind of non-text content the message carries, if any: `photo`, `voice`, `sticker`…
        public var media: String?

        /// A text message from `from` in `chat`.
        public init(messageID: Int64, from: User? = nil, chat: Chat, text: String? = nil, caption: String? = nil, replyMarkup: Keyboard? = nil,
                    media: String? = nil) {
            self.messageID = messageID
            self.from = from
            self.chat = chat
            self.text = text
            self.caption = caption
            self.replyMarkup = replyMarkup
            self.media = media
        }

        enum CodingKeys: String, CodingKey {
            case messageID = "message_id", from, chat, text, caption, replyMarkup = "reply_markup"
            case photo, voice, audio, video, videoNote = "video_note", document, location, contact, sticker, animation
        }

        /// The content kinds read as "the client sent something a person should look at", and those ignored (stickers).
        static let mediaKeys: [CodingKeys] = [.photo, .voice, .audio, .video, .videoNote, .document, .location, .contact, .sticker, .animation]

        /// Reads the fields SlotKeeper uses, noting which kind of media the message carries.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            messageID = try c.decode(Int64.self, forKey: .messageID)
            from = try c.decodeIfPresent(User.self, forKey: .from)
            chat = try c.decode(Chat.self, forKey: .chat)
            text = try c.decodeIfPresent(String.self, forKey: .text)
            caption = try c.decodeIfPresent(String.self, forKey: .caption)
            replyMarkup = try? c.decodeIfPresent(Keyboard.self, forKey: .replyMarkup)
            media = Self.mediaKeys.first { c.contains($0) }?.stringValue
        }
    }

    /// The person who wrote or tapped.
    public struct User: Decodable, Hashable, Sendable {
        /// Their user id (also their private chat id with the bot).
        public var id: Int64
        /// Whether another bot wrote: bots' messages are ignored.
        public var isBot: Bool
        /// Their first name as set in Telegram.
        public var firstName: String
        /// The language of their Telegram app (an IETF tag such as `en` or `pt-br`), when Telegram says.
        public var languageCode: String?

        /// A user as Telegram describes them.
        public init(id: Int64, isBot: Bool = false, firstName: String, languageCode: String? = nil) {
            self.id = id
            self.isBot = isBot
            self.firstName = firstName
            self.languageCode = languageCode
        }

        enum CodingKeys: String, CodingKey {
            case id, isBot = "is_bot", firstName = "first_name", languageCode = "language_code"
        }
    }

    /// Where a message was written: for a client, their private chat with the bot, whose id is SlotKeeper's address for them.
    public struct Chat: Decodable, Hashable, Sendable {
        /// The chat id: SlotKeeper's Telegram address.
        public var id: Int64
        /// `private`, `group`, `supergroup` or `channel`.
        public var type: String

        /// A chat by id.
        public init(id: Int64, type: String = "private") {
            self.id = id
            self.type = type
        }
    }

    /// A tap on an inline button.
    public struct CallbackQuery: Decodable, Hashable, Sendable {
        /// What `answerCallbackQuery` needs.
        public var id: String
        /// Who tapped.
        public var from: User
        /// The message the button was under; absent for very old messages.
        public var message: Message?
        /// The button's `callback_data`: SlotKeeper's payload (`confirm`, `slot:2`).
        public var data: String?

        /// A tap as Telegram reports it.
        public init(id: String, from: User, message: Message? = nil, data: String? = nil) {
            self.id = id
            self.from = from
            self.message = message
            self.data = data
        }
    }

    /// An inline keyboard as it comes back on a message.
    public struct Keyboard: Decodable, Hashable, Sendable {
        /// Rows of buttons, top to bottom.
        public var inlineKeyboard: [[Button]]

        /// Rows of buttons.
        public init(inlineKeyboard: [[Button]]) { self.inlineKeyboard = inlineKeyboard }

        enum CodingKeys: String, CodingKey { case inlineKeyboard = "inline_keyboard" }

        /// One inline button: its title and payload.
        public struct Button: Decodable, Hashable, Sendable {
            /// The title shown.
            public var text: String
            /// The payload sent back when tapped.
            public var callbackData: String?

            /// A button.
            public init(text: String, callbackData: String?) {
                self.text = text
                self.callbackData = callbackData
            }

            enum CodingKeys: String, CodingKey { case text, callbackData = "callback_data" }
        }
    }
}
