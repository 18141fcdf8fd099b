import Foundation
import HummingbirdTesting
import ProviderFakes
import Testing

/// `slotkeeper doctor` against fake SMS, Telegram and Stripe APIs on loopback: what a business sees before going live.
@Suite("slotkeeper doctor", .serialized)
struct DoctorTests {
    static let sid = "AC00000000000000000000000000000001", token = "good-token", bot = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", stripeKey = "sk_live_good"
    static let from = "+442071838750", publicURL = "https://spa.example.invalid"

    /// One fake answering as all three providers; the SMS number sends replies to `smsWebhook`.
    static func providers(smsWebhook: String) -> RecordingProvider {
        RecordingProvider { r, _ in
            let auth = r.headers["authorization"] ?? ""
            if r.path.hasPrefix("/2010-04-01/Accounts/") {
                guard auth == "Basic " + Data("\(sid):\(token)".utf8).base64EncodedString() else {
                    return .status(401, body: #"{"code":20003,"message":"Authenticate","status":401}"#)
                }
                if r.path.hasSuffix("/IncomingPhoneNumbers.json") {
                    return .status(200, body: #"{"incoming_phone_numbers":[{"phone_number":"\#(from)","sms_url":"\#(smsWebhook)"}]}"#)
                }
                return .status(200, body: #"{"friendly_name":"Willow Spa","status":"active"}"#)
            }
            if r.path.hasPrefix("/bot") {
                guard r.path.hasPrefix("/bot\(bot)/") else { return .status(401, body: #"{"ok":false,"error_code":401,"description":"Unauthorized"}"#) }
                if r.path.hasSuffix("/getMe") { return .status(200, body: #"{"ok":true,"result":{"id":1,"is_bot":true,"username":"willow_spa_bot"}}"#) }
                return .status(200, body: #"{"ok":true,"result":{"url":""}}"#)
            }
            if r.path.hasPrefix("/v1/") {
                guard auth == "Bearer \(stripeKey)" else { return .status(401, body: #"{"error":{"type":"invalid_request_error"}}"#) }
                if r.path == "/v1/webhook_endpoints" {
                    return .status(200, body: #"{"data":[{"url":"\#(publicURL)/webhooks/stripe","status":"enabled","enabled_events":["*"]}]}"#)
                }
                return .status(200, body: #"{"object":"balance"}"#)
            }
            return .status(404)
        }
    }

    static func settings(_ port: Int, token: String = token, publicURL: String = publicURL) -> [String: String] {
        let base = "http://127.0.0.1:\(port)"
        return ["SLOTKEEPER_PUBLIC_URL": publicURL,
                "SLOTKEEPER_TWILIO_ACCOUNT_SID": sid, "SLOTKEEPER_TWILIO_AUTH_TOKEN": token, "SLOTKEEPER_TWILIO_FROM": from,
                "SLOTKEEPER_TWILIO_API_BASE": base,
                "SLOTKEEPER_TELEGRAM_TOKEN": bot, "SLOTKEEPER_TELEGRAM_API_BASE": base,
                "SLOTKEEPER_STRIPE_SECRET_KEY": stripeKey, "SLOTKEEPER_STRIPE_WEBHOOK_SECRET": "whsec_x", "SLOTKEEPER_STRIPE_API_BASE": base]
    }

    @Test("a configuration that is right passes; a wrong SMS token and a wrong public address are each named with their fix")
    func doctor() async throws {
        let dir = try scratchFolder()
        #expect(try await Run.slotkeeper(["import", "spa.yaml"], in: dir).status == 0)
        try await Self.providers(smsWebhook: Self.publicURL + "/webhooks/sms").application().test(.live) { api in
            let port = api.port!
            let good = try await Run.slotkeeper(["doctor", "--timeout", "20"], in: dir, environment: Self.settings(port))
            #expect(good.status == 0, "\(good.stdout)\(good.stderr)")
            for line in ["ok       SMS account: Willow Spa, active", "ok       SMS webhook: replies to \(Self.from) come to \(Self.publicURL)/webhooks/sms",
                         "ok       Telegram bot: @willow_spa_bot", "ok       Stripe webhook: events come to \(Self.publicURL)/webhooks/stripe",
                         "database: slotkeeper.sqlite: 1 location", "Ready to go live"] {
                #expect(good.stdout.contains(line), "\(line)\n\(good.stdout)")
            }
            #expect(!good.stdout.contains(Self.token) && !good.stdout.contains(Self.bot), "no secret is printed")

            let wrongToken = try await Run.slotkeeper(["doctor", "--timeout", "20"], in: dir, environment: Self.settings(port, token: "stale-token"))
            #expect(wrongToken.status != 0)
            #expect(wrongToken.stdout.contains("problem  SMS account: the provider refused the account SID and auth token (HTTP 401)"), "\(wrongToken.stdout)")
            #expect(wrongToken.stdout.contains("fix: copy both from the provider's console into SLOTKEEPER_TWILIO_ACCOUNT_SID and SLOTKEEPER_TWILIO_AUTH_TOKEN"))
            #expect(wrongToken.stdout.contains("1 problem to fix before going live"), "\(wrongToken.stdout)")

            let moved = "https://old-spa.example.invalid"
            let wrongAddress = try await Run.slotkeeper(["doctor", "--timeout", "20"], in: dir, environment: Self.settings(port, publicURL: moved))
            #expect(wrongAddress.status != 0)
            #expect(wrongAddress.stdout.contains("problem  SMS webhook: replies to \(Self.from) go to \(Self.publicURL)/webhooks/sms, not \(moved)/webhooks/sms"),
                    "\(wrongAddress.stdout)")
            #expect(wrongAddress.stdout.contains("problem  Stripe webhook: no endpoint sends events to \(moved)/webhooks/stripe"))
        }
    }

    @Test("a misspelt setting, a missing database and a broken own message file are problems, and nothing is created")
    func brokenSetup() async throws {
        let dir = try scratchFolder()
        let own = dir.appendingPathComponent("own-dialogs")
        try FileManager.default.createDirectory(at: own, withIntermediateDirectories: true)
        try "language: English\nmessages: {reminder: {txt: hi}}\n".write(to: own.appendingPathComponent("en.yaml"), atomically: true, encoding: .utf8)
        let run = try await Run.slotkeeper(["doctor", "--database", "missing.sqlite"], in: dir,
                                                    environment: ["SLOTKEEPER_TWILO_FROM": "+442071838750", "SLOTKEEPER_DIALOGS_DIR": own.path])
        #expect(run.status != 0)
        #expect(run.stdout.contains("SLOTKEEPER_TWILO_FROM (did you mean SLOTKEEPER_TWILIO_FROM?) is not a setting serve knows"), "\(run.stdout)")
        #expect(run.stdout.contains("problem  database: missing.sqlite does not exist yet"))
        #expect(run.stdout.contains("problem  messages and reply rules:") && run.stdout.contains(own.appendingPathComponent("en.yaml").path))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("missing.sqlite").path), "doctor creates no database")
    }
}
