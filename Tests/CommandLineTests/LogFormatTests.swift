import AsyncHTTPClient
import Channels
import Foundation
import HummingbirdTesting
import NIOCore
import ProviderFakes
import Testing

/// `log_format: json`: what a log shipper reads from a running server.
@Suite("JSON log lines", .serialized)
struct LogFormatTests {
    @Test("every line is one JSON object with time, level and message; a client's reply is logged without their number or words")
    func jsonLines() async throws {
        let dir = try scratchFolder()
        #expect(try await Run.slotkeeper(["import", "spa.yaml"], in: dir).status == 0)
        try await FakeTwilio.provider().application().test(.live) { api in
            let port = LoopbackPort.free()
            let publicURL = "http://127.0.0.1:\(port)"
            try """
                public_url: \(publicURL)
                log_format: json
                deposit_url: https://pay.example.com/{appointment}
                twilio:
                  account_sid: \(FakeTwilio.accountSID)
                  from: "+447700900000"
                  api_base: http://127.0.0.1:\(api.port!)
                """.write(to: dir.appendingPathComponent("slotkeeper.yaml"), atomically: true, encoding: .utf8)
            let server = try CrashTests.start(dir, port: port, run: 1, level: "info")
            defer { if server.isRunning { server.terminate() } }
            #expect(try await Run.waitUntilHealthy(publicURL))

            let url = publicURL + "/webhooks/sms"
            let fields = [("MessageSid", "SMlog1"), ("AccountSid", FakeTwilio.accountSID), ("From", "+447700900001"), ("To", "+447700900000"),
                          ("Body", "Sí, allí estaré")].map { (name: $0.0, value: $0.1) }
            var request = HTTPClientRequest(url: url)
            request.method = .POST
            request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
            request.headers.add(name: "X-Twilio-Signature", value: TwilioSignature(authToken: FakeTwilio.authToken).signature(url: url, fields: fields))
            request.body = .bytes(ByteBuffer(string: FormBody.encode(fields)))
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(15))
            #expect(response.status.code == 200)

            let log = dir.appendingPathComponent("server-1.log")
            var text = ""
            for _ in 0..<50 where !text.contains("event applied") {
                try await Task.sleep(for: .milliseconds(100))
                text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            }
            server.terminate()
            await Run.exit(of: server)
            text = try String(contentsOf: log, encoding: .utf8)
            let lines = text.split(separator: "\n").map(String.init)
            #expect(lines.count > 3)
            for line in lines {
                let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                #expect(object?["time"] is String && object?["level"] is String && object?["message"] is String, "not a JSON log line: \(line)")
            }
            #expect(lines.contains { $0.contains(#""message":"event applied""#) && $0.contains(#""intent":"confirm""#) }, "\(text)")
            #expect(!text.contains("7700900001") && !text.contains("allí estaré"), "no personal data above debug: \(text)")
        }
    }
}
