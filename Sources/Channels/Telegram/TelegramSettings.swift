import Foundation

extension TelegramBot {
    /// How SlotKeeper reaches its Telegram bot: the token BotFather gave, the API base, and how updates arrive.
    public struct Settings: Sendable {
        /// The bot's token from BotFather, `123456789:AA…`; it is part of every method URL, so it is never logged.
        public var token: String
        /// `https://api.telegram.org` unless a test or a local Bot API server says otherwise.
        public var apiBase: String
        /// Set: Telegram posts updates to `webhookURL` with this secret in `X-Telegram-Bot-Api-Secret-Token`. Nil: SlotKeeper polls.
        public var webhookSecret: String?
        /// Where Telegram posts updates in webhook mode: `{public URL}/webhooks/telegram`.
        public var webhookURL: String?

        /// Settings as given; `apiBase` loses a trailing slash.
        public init(token: String, apiBase: String = "https://api.telegram.org", webhookSecret: String? = nil, webhookURL: String? = nil) {
            self.token = token
            self.apiBase = apiBase.hasSuffix("/") ? String(apiBase.dropLast()) : apiBase
            self.webhookSecret = webhookSecret
            self.webhookURL = webhookURL
        }

        /// Whether updates come by webhook (a secret is set) rather than by long polling.
        public var usesWebhook: Bool { webhookSecret != nil }

        /// Telegram is on when `SLOTKEEPER_TELEGRAM_TOKEN` is set; `SLOTKEEPER_TELEGRAM_WEBHOOK_SECRET` selects webhook mode,
        /// which needs the public URL Telegram will call.
        public init?(_ env: SettingsReader, publicURL: String?) throws(SettingError) {
            guard let token = env.optional("SLOTKEEPER_TELEGRAM_TOKEN") else { return nil }
            guard Self.isToken(token) else {
                throw SettingError("SLOTKEEPER_TELEGRAM_TOKEN", "does not look like a bot token (expected digits, a colon and a key)",
                                   fix: "copy the token BotFather gave you, e.g. 123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw")
            }
            let base = try env.url("SLOTKEEPER_TELEGRAM_API_BASE", default: "https://api.telegram.org", example: "https://api.telegram.org")!
            var secret: String?
            var webhookURL: String?
            if let given = env.optional("SLOTKEEPER_TELEGRAM_WEBHOOK_SECRET") {
                guard Self.isSecret(given) else {
                    throw SettingError("SLOTKEEPER_TELEGRAM_WEBHOOK_SECRET", "must be 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule)",
                                       fix: "pick another, e.g. the output of `openssl rand -hex 32`")
                }
                guard let publicURL, !publicURL.isEmpty else {
                    throw SettingError("SLOTKEEPER_PUBLIC_URL", "missing, and Telegram's webhook mode needs the address Telegram calls",
                                       fix: "set it to your server's https address, e.g. https://spa.example.com, or unset SLOTKEEPER_TELEGRAM_WEBHOOK_SECRET to poll instead")
                }
                secret = given
                webhookURL = (publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL) + "/webhooks/telegram"
            }
            self.init(token: token, apiBase: base, webhookSecret: secret, webhookURL: webhookURL)
        }

        /// `digits:key` as BotFather issues it.
        static func isToken(_ s: String) -> Bool {
            let parts = s.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, !parts[0].isEmpty, parts[0].allSatisfy(\.isASCII), parts[0].allSatisfy(\.isNumber) else { return false }
            return parts[1].count >= 20 && parts[1].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
        }

        /// Telegram accepts secret tokens of 1-256 characters from `A-Za-z0-9_-`.
        static func isSecret(_ s: String) -> Bool {
            (1...256).contains(s.count) && s.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
        }
    }
}
