import Foundation
import Logging
import NIOCore

/// The Telegram Bot API: sending messages with inline keyboards, polling for updates, answering button taps and
/// registering the webhook. Every method is `POST {base}/bot{token}/{method}` with a JSON body; the answer is
/// `{"ok": true, "result": …}` or `{"ok": false, "error_code": …, "description": …, "parameters": {"retry_after": …}}`.
public struct TelegramBot: ChannelSender {
    /// The most characters one message may carry; longer text goes as several messages.
    public static let textLimit = 4096
    /// The most bytes of `callback_data` a button may carry.
    public static let callbackDataLimit = 64

    /// The token, API base and update mode this bot runs with.
    public let settings: Settings
    let http: ProviderHTTP
    let logger: Logger

    /// A bot talking to `settings.apiBase` through `http`.
    public init(settings: Settings, http: ProviderHTTP = ProviderHTTP(), logger: Logger = Logger(label: "slotkeeper.telegram")) {
        self.settings = settings
        self.http = http
        self.logger = logger
    }

    // MARK: Sending

    /// Sends the text to the chat `message.address`, split at 4096 characters, with the buttons as an inline keyboard
    /// under the last piece; returns `"{chat id}:{message id}"` of that piece.
    public func send(_ message: OutboundMessage) async throws(SendFailure) -> String {
        let keyboard = Self.inlineKeyboard(message.buttons)
        for problem in keyboard.problems { logger.warning("outbox \(message.id): \(problem)") }
        let pieces = TextChunks.split(message.body, limit: Self.textLimit)
        var providerID = ""
        for (index, piece) in pieces.enumerated() {
            var parameters: [String: Any] = ["chat_id": Self.chatID(message.address), "text": piece]
            if index == pieces.count - 1, let markup = keyboard.markup { parameters["reply_markup"] = markup }
            let result: Any?
            do { result = try await call("sendMessage", parameters) } catch { throw failure(error) }
            guard let sent = result as? [String: Any], let id = (sent["message_id"] as? NSNumber)?.int64Value else {
                throw .transient("Telegram answered sendMessage without a message_id", retryAfter: nil)
            }
            let chat = ((sent["chat"] as? [String: Any])?["id"] as? NSNumber)?.int64Value.description ?? message.address
            providerID = "\(chat):\(id)"
        }
        return providerID
    }

    /// The reply buttons as `{"inline_keyboard": [[button], …]}`, one a row so long titles stay readable. A button whose
    /// payload is empty or longer than Telegram's 64 bytes of `callback_data` is left out, with a problem saying so.
    public static func inlineKeyboard(_ buttons: [OutboundMessage.Button]) -> (markup: [String: Any]?, problems: [String]) {
        var rows: [[[String: Any]]] = []
        var problems: [String] = []
        for button in buttons {
            let bytes = button.payload.utf8.count
            guard (1...callbackDataLimit).contains(bytes) else {
                problems.append("button \"\(button.title)\" left out: its payload \"\(button.payload)\" is \(bytes) bytes, "
                                + "and Telegram's callback_data takes 1 to \(callbackDataLimit)")
                continue
            }
            guard !button.title.trimmingCharacters(in: .whitespaces).isEmpty else {
                problems.append("a button with payload \"\(button.payload)\" left out: its title is empty")
                continue
            }
            rows.append([["text": button.title, "callback_data": button.payload]])
        }
        return (rows.isEmpty ? nil : ["inline_keyboard": rows], problems)
    }

    /// A numeric chat id as a number (as Telegram documents it); a `@channelname` as text.
    static func chatID(_ address: String) -> Any { Int64(address).map { $0 as Any } ?? address }

    /// How the dispatcher should take a failed call: 429 waits `retry_after`; 5xx and transport trouble are retried;
    /// a user who blocked the bot is opted out; a missing chat and other refusals are final.
    func failure(_ error: TelegramCallError) -> SendFailure {
        switch error {
        case .unreachable(let text):
            return .transient(text, retryAfter: nil)
        case .refused(let e):
            let label = "Telegram \(e.code): \(e.description)"
            switch e.code {
            case 429: return .transient(label, retryAfter: e.retryAfter)
            case 500...: return .transient(label, retryAfter: e.retryAfter)
            case 403 where e.description.lowercased().contains("blocked by the user"): return .optedOut(label)
            case 401, 404:
                logger.error("Telegram refused the bot token (\(e.code) \(e.description)): check SLOTKEEPER_TELEGRAM_TOKEN against BotFather's /token")
                return .permanent(label)
            default: return .permanent(label)  // 400 chat not found, 403 deactivated or never started, bad requests
            }
        }
    }

    // MARK: Updates and buttons

    /// The update types SlotKeeper reads: client messages and button taps.
    public static let allowedUpdates = ["message", "callback_query"]

    /// Long-polls for updates after `offset`: Telegram holds the request up to `timeout` seconds, so the HTTP deadline is longer.
    /// Asking with an offset also confirms every update before it.
    public func getUpdates(offset: Int64?, timeout: Int) async throws(TelegramCallError) -> [TelegramUpdate] {
        var parameters: [String: Any] = ["timeout": timeout, "allowed_updates": Self.allowedUpdates]
        if let offset { parameters["offset"] = offset }
        let result = try await call("getUpdates", parameters, timeout: .seconds(Int64(timeout) + 10))
        guard let list = result as? [Any], let data = try? JSONSerialization.data(withJSONObject: list) else {
            throw .refused(TelegramAPIError(code: 502, description: "getUpdates answered without a list of updates"))
        }
        do {
            return try JSONDecoder().decode([TelegramUpdate].self, from: data)
        } catch {
            throw .refused(TelegramAPIError(code: 502, description: "getUpdates answered updates SlotKeeper cannot read: \(error)"))
        }
    }

    /// Stops the spinner on a tapped button: every callback query must be answered.
    public func answerCallbackQuery(_ id: String) async throws(TelegramCallError) {
        _ = try await call("answerCallbackQuery", ["callback_query_id": id])
    }

    /// Takes the buttons off a message once one was tapped, so an old choice can't be tapped again.
    public func removeKeyboard(chat: String, messageID: Int64) async throws(TelegramCallError) {
        _ = try await call("editMessageReplyMarkup", ["chat_id": Self.chatID(chat), "message_id": messageID, "reply_markup": ["inline_keyboard": [[String: Any]]()]])
    }

    /// Tells Telegram to post updates to `url` with `secret` in `X-Telegram-Bot-Api-Secret-Token` (and stop answering getUpdates).
    public func setWebhook(url: String, secret: String) async throws(TelegramCallError) {
        _ = try await call("setWebhook", ["url": url, "secret_token": secret, "allowed_updates": Self.allowedUpdates])
    }

    /// Removes the webhook so that getUpdates works again; pending updates are kept.
    public func deleteWebhook() async throws(TelegramCallError) {
        _ = try await call("deleteWebhook", ["drop_pending_updates": false])
    }

    /// The bot's @username, for start links.
    public func username() async throws(TelegramCallError) -> String {
        guard let me = try await call("getMe", [:]) as? [String: Any], let name = me["username"] as? String else {
            throw .refused(TelegramAPIError(code: 502, description: "getMe answered without a username"))
        }
        return name
    }

    /// The link that opens the bot and sends `/start {code}`: `https://t.me/{bot}?start={code}`.
    public static func startLink(username: String, code: String) -> String {
        "https://t.me/\(username.hasPrefix("@") ? String(username.dropFirst()) : username)?start=\(code)"
    }

    // MARK: Calling the API

    /// Calls one Bot API method; returns its `result`.
    func call(_ method: String, _ parameters: [String: Any], timeout: TimeAmount? = nil) async throws(TelegramCallError) -> Any? {
        let response: ProviderResponse
        do {
            response = try await http.postJSON("\(settings.apiBase)/bot\(settings.token)/\(method)", parameters, timeout: timeout)
        } catch {
            switch error {
            case .transient(let text, _), .permanent(let text), .optedOut(let text), .unknown(let text): throw .unreachable("Telegram \(method): \(text)")
            }
        }
        let json = response.json
        if (200..<300).contains(response.status), json?["ok"] as? Bool == true { return json?["result"] }
        let code = (json?["error_code"] as? NSNumber)?.intValue ?? response.status
        let description = json?["description"] as? String ?? "HTTP \(response.status)"
        let retryAfter = ((json?["parameters"] as? [String: Any])?["retry_after"] as? NSNumber)?.doubleValue ?? response.retryAfter
        throw .refused(TelegramAPIError(code: code, description: description, retryAfter: retryAfter))
    }
}

/// A Bot API call that did not succeed.
public enum TelegramCallError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Telegram could not be reached, or did not answer in time.
    case unreachable(String)
    /// Telegram answered with an error.
    case refused(TelegramAPIError)

    /// What went wrong, for a log line (never the token).
    public var description: String {
        switch self {
        case .unreachable(let text): text
        case .refused(let e): "Telegram \(e.code): \(e.description)"
        }
    }
}

/// Telegram's own account of a failed call.
public struct TelegramAPIError: Hashable, Sendable {
    /// `error_code` (the HTTP status): 400, 401, 403, 409, 429, 5xx.
    public var code: Int
    /// `description`, e.g. "Forbidden: bot was blocked by the user".
    public var description: String
    /// `parameters.retry_after` on a 429: seconds to wait.
    public var retryAfter: TimeInterval?

    /// An error as Telegram reported it.
    public init(code: Int, description: String, retryAfter: TimeInterval? = nil) {
        self.code = code
        self.description = description
        self.retryAfter = retryAfter
    }
}
