import Channels
import Foundation
import HummingbirdTesting
import ProviderFakes
import Testing

@Suite("slotkeeper serve with a real channel configured", .serialized)
struct ServeChannelTests {
    /// Starts `slotkeeper serve` in `dir` with `environment`; returns the process and its combined output pipe.
    static func serve(in dir: URL, port: Int, environment: [String: String]) throws -> (Process, Pipe) {
        let server = Process()
        server.executableURL = Run.binary
        server.arguments = ["serve", "--port", String(port)]
        server.currentDirectoryURL = dir
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("SLOTKEEPER_") }
        for (k, v) in environment { env[k] = v }
        server.environment = env
        let out = Pipe()
        server.standardOutput = out
        server.standardError = out
        try server.run()
        return (server, out)
    }

    static func curl(_ arguments: [String]) throws -> String {
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        curl.arguments = ["curl", "-s"] + arguments
        let body = Pipe()
        curl.standardOutput = body
        curl.standardError = Pipe()
        try curl.run()
        curl.waitUntilExit()
        return String(decoding: body.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }

    @Test("SMS configured in slotkeeper.yaml and the environment: a signed inbound webhook gets TwiML, and the answer reaches the provider's API")
    func smsAgainstAFakeProvider() async throws {
        let dir = try scratchFolder()
        let imported = try Run.slotkeeper(["import", "spa.yaml"], in: dir)
        #expect(imported.status == 0, "\(imported.stderr)")
        let provider = FakeTwilio.provider()
        try await provider.application().test(.live) { api in
            let port = Int.random(in: 20_000...40_000)
            let publicURL = "http://127.0.0.1:\(port)"
            try """
                public_url: \(publicURL)
                business_name: Soho Wellness
                twilio:
                  account_sid: \(FakeTwilio.accountSID)
                  from: "+447700900000"
                  api_base: http://127.0.0.1:\(api.port!)
                """.write(to: dir.appendingPathComponent("slotkeeper.yaml"), atomically: true, encoding: .utf8)
            let (server, out) = try Self.serve(in: dir, port: port, environment: ["SLOTKEEPER_TWILIO_AUTH_TOKEN": FakeTwilio.authToken])
            defer { if server.isRunning { server.terminate() } }
            var healthy = false
            for _ in 0..<50 where !healthy {
                try await Task.sleep(for: .milliseconds(200))
                healthy = try Self.curl(["\(publicURL)/healthz"]) == "ok\n"
            }
            #expect(healthy)
            // María writes something only a person can answer: she is told someone will reply, and Anna is asked.
            let fields = [("MessageSid", "SMserve0001"), ("AccountSid", FakeTwilio.accountSID), ("From", "+447700900001"),
                          ("To", "+447700900000"), ("Body", "¿Puedo llevar a mi hija conmigo?")]
            let signature = TwilioSignature(authToken: FakeTwilio.authToken)
                .signature(url: "\(publicURL)/webhooks/sms", fields: fields.map { (name: $0.0, value: $0.1) })
            let answer = try Self.curl(["-X", "POST", "-H", "X-Twilio-Signature: \(signature)", "--data", FormBody.encode(fields), "\(publicURL)/webhooks/sms"])
            #expect(answer.contains("<Response/>"), "\(answer)")
            let refused = try Self.curl(["-o", "/dev/null", "-w", "%{http_code}", "-X", "POST", "-H", "X-Twilio-Signature: forged",
                                         "--data", FormBody.encode(fields), "\(publicURL)/webhooks/sms"])
            #expect(refused == "403")
            for _ in 0..<50 where provider.requests.count < 2 { try await Task.sleep(for: .milliseconds(200)) }
            let sent = provider.requests.map(\.form)
            #expect(sent.contains { $0["To"] == "+447700900001" && $0["From"] == "+447700900000" }, "María hears back: \(sent)")
            #expect(sent.contains { $0["To"] == "+447700900999" }, "Anna, who handles escalations by SMS, is asked")
            #expect(sent.allSatisfy { $0["StatusCallback"] == "\(publicURL)/webhooks/sms/status" })
            let metrics = try Self.curl(["\(publicURL)/metrics"])
            #expect(metrics.contains(#"slotkeeper_webhook_requests_total{route="/webhooks/sms",outcome="refused_signature"} 1"#))
            kill(server.processIdentifier, SIGTERM)
            server.waitUntilExit()
            #expect(server.terminationStatus == 0)
            let log = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(log.contains("sending: SMS via http://127.0.0.1:\(api.port!)"), "\(log)")
            #expect(!log.contains("+447700900001") && !log.contains("hija"), "no phone numbers or message bodies in the log at info")
        }
    }
}
