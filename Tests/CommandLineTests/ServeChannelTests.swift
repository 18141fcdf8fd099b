import Channels
import Foundation
import HummingbirdTesting
import ProviderFakes
import Testing

@Suite("slotkeeper serve with a real channel configured", .serialized)
struct ServeChannelTests {
    @Test("SMS configured in slotkeeper.yaml and the environment: a signed inbound webhook gets TwiML, and the answer reaches the provider's API")
    func smsAgainstAFakeProvider() async throws {
        let dir = try scratchFolder()
        let imported = try await Run.slotkeeper(["import", "spa.yaml"], in: dir)
        #expect(imported.status == 0, "\(imported.stderr)")
        let provider = FakeTwilio.provider()
        try await provider.application().test(.live) { api in
            let port = LoopbackPort.free()
            let publicURL = "http://127.0.0.1:\(port)"
            try """
                public_url: \(publicURL)
                business_name: Soho Wellness
                deposit_url: https://pay.spa.example.com/deposit/{appointment}
                policies:
                  lateCancel: {window: 48h, fee: 25%}
                  winBack: {after: noShow}
                twilio:
                  account_sid: \(FakeTwilio.accountSID)
                  from: "+447700900000"
                  api_base: http://127.0.0.1:\(api.port!)
                """.write(to: dir.appendingPathComponent("slotkeeper.yaml"), atomically: true, encoding: .utf8)
            let (server, out) = try Run.serve(in: dir, port: port, environment: ["SLOTKEEPER_TWILIO_AUTH_TOKEN": FakeTwilio.authToken])
            defer { if server.isRunning { server.terminate() } }
            #expect(try await Run.waitUntilHealthy(publicURL))
            // María writes something only a person can answer: she is told someone will reply, and Anna is asked.
            let fields = [("MessageSid", "SMserve0001"), ("AccountSid", FakeTwilio.accountSID), ("From", "+447700900001"),
                          ("To", "+447700900000"), ("Body", "¿Puedo llevar a mi hija conmigo?")]
            let signature = TwilioSignature(authToken: FakeTwilio.authToken)
                .signature(url: "\(publicURL)/webhooks/sms", fields: fields.map { (name: $0.0, value: $0.1) })
            let answer = try await Run.curl(["-X", "POST", "-H", "X-Twilio-Signature: \(signature)", "--data", FormBody.encode(fields), "\(publicURL)/webhooks/sms"])
            #expect(answer.contains("<Response/>"), "\(answer)")
            let refused = try await Run.curl(["-o", "/dev/null", "-w", "%{http_code}", "-X", "POST", "-H", "X-Twilio-Signature: forged",
                                         "--data", FormBody.encode(fields), "\(publicURL)/webhooks/sms"])
            #expect(refused == "403")
            for _ in 0..<50 where provider.requests.count < 2 { try await Task.sleep(for: .milliseconds(200)) }
            let sent = provider.requests.map(\.form)
            #expect(sent.contains { $0["To"] == "+447700900001" && $0["From"] == "+447700900000" }, "María hears back: \(sent)")
            #expect(sent.contains { $0["To"] == "+447700900999" }, "Anna, who handles escalations by SMS, is asked")
            #expect(sent.allSatisfy { $0["StatusCallback"]?.hasPrefix("\(publicURL)/webhooks/sms/status?outbox=") == true })
            let metrics = try await Run.curl(["\(publicURL)/metrics"])
            #expect(metrics.contains(#"slotkeeper_webhook_requests_total{route="/webhooks/sms",outcome="refused_signature"} 1"#))
            kill(server.processIdentifier, SIGTERM)
            await Run.exit(of: server)
            #expect(server.terminationStatus == 0)
            let log = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(log.contains("sending: SMS via http://127.0.0.1:\(api.port!)"), "\(log)")
            #expect(!log.contains("+447700900001") && !log.contains("hija"), "no phone numbers or message bodies in the log at info")
            #expect(log.contains("policies: version 1 from slotkeeper.yaml is now in force"), "\(log)")
            let show = try await Run.slotkeeper(["policies", "show"], in: dir)
            #expect(show.stdout.contains("# Policies version 1") && show.stdout.contains("from the settings file"), "\(show.stdout)")
            #expect(show.stdout.contains("window: 48h") && show.stdout.contains("fee: 25%") && show.stdout.contains("after: noShow"))
            #expect(!show.stdout.contains("not yet in force"))
        }
    }

    @Test("Telegram (polling), WhatsApp and Stripe configured against fakes: serve polls, verifies the WhatsApp webhook, and says what is on")
    func messengersAgainstFakes() async throws {
        let dir = try scratchFolder()
        #expect(try await Run.slotkeeper(["import", "spa.yaml"], in: dir).status == 0)
        let token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
        let provider = RecordingProvider { request, _ in
            if request.path.hasPrefix("/bot\(token)/getUpdates") || request.path == "/bot\(token)/getUpdates" { return .status(200, body: #"{"ok":true,"result":[]}"#) }
            if request.path.hasPrefix("/bot\(token)/") { return .status(200, body: #"{"ok":true,"result":true}"#) }
            return .status(404, body: #"{"error":{"message":"unknown","code":100}}"#)
        }
        try await provider.application().test(.live) { api in
            let port = LoopbackPort.free()
            let publicURL = "http://127.0.0.1:\(port)"
            let base = "http://127.0.0.1:\(api.port!)"
            let (server, out) = try Run.serve(in: dir, port: port, environment: [
                "SLOTKEEPER_PUBLIC_URL": publicURL,
                "SLOTKEEPER_TELEGRAM_TOKEN": token, "SLOTKEEPER_TELEGRAM_API_BASE": base,
                "SLOTKEEPER_WHATSAPP_TOKEN": "EAAG-test", "SLOTKEEPER_WHATSAPP_APP_SECRET": "app-secret",
                "SLOTKEEPER_WHATSAPP_VERIFY_TOKEN": "verify-me", "SLOTKEEPER_WHATSAPP_PHONE_NUMBER_ID": "106540352242922",
                "SLOTKEEPER_WHATSAPP_API_BASE": base,
                "SLOTKEEPER_STRIPE_SECRET_KEY": "sk_test_123", "SLOTKEEPER_STRIPE_WEBHOOK_SECRET": "whsec_123", "SLOTKEEPER_STRIPE_API_BASE": base,
                "SLOTKEEPER_TWILO_FROM": "+447700900000",
            ])
            defer { if server.isRunning { server.terminate() } }
            #expect(try await Run.waitUntilHealthy(publicURL))
            for _ in 0..<25 where !provider.requests.contains(where: { $0.path.hasSuffix("/getUpdates") }) { try await Task.sleep(for: .milliseconds(200)) }
            #expect(provider.requests.contains { $0.path == "/bot\(token)/deleteWebhook" }, "polling mode clears a stale webhook first")
            #expect(provider.requests.contains { $0.path == "/bot\(token)/getUpdates" }, "the Telegram poller runs")
            let challenge = try await Run.curl(["\(publicURL)/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=1158201444"])
            #expect(challenge == "1158201444")
            let wrong = try await Run.curl(["-o", "/dev/null", "-w", "%{http_code}", "\(publicURL)/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1"])
            #expect(wrong == "403")
            kill(server.processIdentifier, SIGTERM)
            await Run.exit(of: server)
            #expect(server.terminationStatus == 0)
            let log = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(log.contains("Telegram (polling)") && log.contains("WhatsApp") && log.contains("deposits via Stripe"), "\(log)")
            #expect(log.contains("SLOTKEEPER_TWILO_FROM (did you mean SLOTKEEPER_TWILIO_FROM?)"), "a misspelt variable is pointed out")
        }
    }
}
