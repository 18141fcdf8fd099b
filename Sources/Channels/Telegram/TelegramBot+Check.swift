import Foundation

extension TelegramBot {
    /// Read-only checks for `slotkeeper doctor`: the token names a bot, and with a webhook secret, Telegram posts updates to
    /// `{publicURL}/webhooks/telegram` (serve sets that when it starts, so an empty one is only a warning).
    public func check(publicURL: String) async -> [ReadinessCheck] {
        let name: String
        do { name = try await username() } catch {
            switch error {
            case .refused(let e) where e.code == 401 || e.code == 404:
                return [ReadinessCheck(.problem, "Telegram bot", "Telegram refused the bot token (\(e.code) \(e.description))",
                                      fix: "copy the token @BotFather gave into SLOTKEEPER_TELEGRAM_TOKEN")]
            case .refused(let e):
                return [ReadinessCheck(.warning, "Telegram bot", "getMe answered \(e.code) \(e.description)")]
            case .unreachable(let text):
                return [ReadinessCheck(.problem, "Telegram bot", "no answer: \(text)",
                                      fix: "check this machine's network and DNS, and SLOTKEEPER_TELEGRAM_API_BASE if you set it")]
            }
        }
        var checks = [ReadinessCheck(.ok, "Telegram bot", "@\(name)")]
        let info = try? await call("getWebhookInfo", [:]) as? [String: Any]
        let url = info?["url"] as? String ?? ""
        if settings.webhookSecret != nil {
            let expected = settings.webhookURL ?? publicURL + "/webhooks/telegram"
            if url == expected {
                checks.append(ReadinessCheck(.ok, "Telegram webhook", "updates come to \(expected)"))
            } else if url.isEmpty {
                checks.append(ReadinessCheck(.warning, "Telegram webhook", "none set yet; serve sets it to \(expected) when it starts"))
            } else {
                checks.append(ReadinessCheck(.problem, "Telegram webhook", "updates go to \(url), not \(expected)",
                                            fix: "correct SLOTKEEPER_PUBLIC_URL; serve sets the webhook to it when it starts"))
            }
            if let error = info?["last_error_message"] as? String, !error.isEmpty {
                checks.append(ReadinessCheck(.warning, "Telegram webhook", "Telegram's last delivery failed: \(error)",
                                            fix: "make sure \(expected) is reachable from the internet over https"))
            }
        } else if !url.isEmpty {
            checks.append(ReadinessCheck(.warning, "Telegram webhook", "a webhook to \(url) is set; serve polls instead and removes it when it starts"))
        }
        return checks
    }
}
