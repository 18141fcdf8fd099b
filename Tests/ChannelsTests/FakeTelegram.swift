import Channels
import Foundation
import NIOCore

/// The Telegram Bot API as `FakeProvider` plays it: `sendMessage` answers a message id counting from 101, `getUpdates`
/// answers nothing new (after a short pause, as a long poll would), every other method answers `true`.
enum FakeTelegram {
    static let token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"

    static func make() -> FakeProvider {
        FakeProvider(route: { path in String(path.split(separator: "/").last ?? "") }) { method, call, count in
            switch method {
            case "sendMessage":
                let chat = (call.json["chat_id"] as? NSNumber)?.int64Value ?? 0
                return .init(status: 200, body: #"{"ok":true,"result":{"message_id":\#(100 + count),"chat":{"id":\#(chat),"type":"private"},"date":1764000000}}"#)
            case "getUpdates":
                return .init(status: 200, body: #"{"ok":true,"result":[]}"#, delay: .milliseconds(20))
            case "getMe":
                return .init(status: 200, body: #"{"ok":true,"result":{"id":123456789,"is_bot":true,"first_name":"Soho Wellness","username":"soho_wellness_bot"}}"#)
            default:
                return .init(status: 200, body: #"{"ok":true,"result":true}"#)
            }
        }
    }

    /// A Bot API error as Telegram sends it.
    static func error(_ code: Int, _ description: String, retryAfter: Int? = nil) -> FakeProvider.Reply {
        let parameters = retryAfter.map { #","parameters":{"retry_after":\#($0)}"# } ?? ""
        return .init(status: code, body: #"{"ok":false,"error_code":\#(code),"description":"\#(description)"\#(parameters)}"#)
    }

    /// A getUpdates answer carrying these updates (JSON objects).
    static func updates(_ updates: String...) -> FakeProvider.Reply {
        .init(status: 200, body: #"{"ok":true,"result":[\#(updates.joined(separator: ","))]}"#)
    }

    /// An update with a text message from chat `chat`.
    static func text(_ id: Int, chat: Int64 = 5001, _ text: String, language: String = "en") -> String {
        #"{"update_id":\#(id),"message":{"message_id":\#(id + 1000),"from":{"id":\#(chat),"is_bot":false,"first_name":"Oleg","language_code":"\#(language)"},"chat":{"id":\#(chat),"first_name":"Oleg","type":"private"},"date":1764000000,"text":"\#(text)"}}"#
    }

    /// An update with a tap on the button `data` under message 900, whose keyboard offers confirm and cancel.
    static func tap(_ id: Int, chat: Int64 = 5001, data: String, query: String = "4382bfdwdsb323b2d9") -> String {
        #"""
        {"update_id":\#(id),"callback_query":{"id":"\#(query)","from":{"id":\#(chat),"is_bot":false,"first_name":"Oleg"},
         "message":{"message_id":900,"chat":{"id":\#(chat),"type":"private"},"date":1764000000,"text":"Will you be coming?",
          "reply_markup":{"inline_keyboard":[[{"text":"Yes, I'll be there","callback_data":"confirm"}],[{"text":"I can't come","callback_data":"cancel"}]]}},
         "chat_instance":"-7391","data":"\#(data)"}}
        """#
    }

    /// A bot talking to the fake at `base`.
    static func bot(_ base: String, timeout: TimeAmount = .seconds(30), logger: LogLines = LogLines()) -> TelegramBot {
        TelegramBot(settings: .init(token: token, apiBase: base), http: ProviderHTTP(timeout: timeout), logger: logger.logger)
    }
}
