import BookingCore
import Channels
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Server
import Testing

/// Input that could be read two ways, or that no provider sends, is refused with a clear 4xx naming what was sent, and changes nothing.
@Suite("Hostile input: repeated fields and keys, absurd ids and dates", .serialized)
struct HostileInputTests {
    static func signed(_ fields: [(name: String, value: String)]) -> (body: String, signature: String) {
        (FormBody.encode(fields), TwilioSignature(authToken: Vectors.token).signature(url: Vectors.url, fields: fields))
    }

    @Test("an SMS webhook with a field given twice is refused before anything is read; a MessageSid no provider issues is refused")
    func smsForm() async throws {
        let spa = try await SMSWebhookTests.spa()
        try await spa.app.test(.router) { client in
            var twice = Vectors.fields
            twice.append(("Body", "cancel"))
            let (body, signature) = Self.signed(twice)
            let repeated = try await SMSWebhookTests.post(client, "/webhooks/sms", body: body, signature: signature)
            #expect(repeated.status == .badRequest && String(buffer: repeated.body).contains("Body is given twice"))

            var long = Vectors.fields
            long[0] = ("MessageSid", "SM" + String(repeating: "a", count: 10_000))
            let signedLong = Self.signed(long)
            let huge = try await SMSWebhookTests.post(client, "/webhooks/sms", body: signedLong.body, signature: signedLong.signature)
            #expect(huge.status == .badRequest && String(buffer: huge.body).contains("MessageSid"))
            var odd = Vectors.fields
            odd[0] = ("MessageSid", "SM'; DROP TABLE message;--")
            let signedOdd = Self.signed(odd)
            #expect(try await SMSWebhookTests.post(client, "/webhooks/sms", body: signedOdd.body, signature: signedOdd.signature).status == .badRequest)
        }
        #expect(try await spa.store.messages(party: "client:olivia").isEmpty, "nothing was stored")
        #expect(try await spa.store.appointment("a1")?.status == .booked, "nothing was confirmed or cancelled")
    }

    @Test("the admin API refuses a JSON member given twice, naming it, and a date in a year nobody books, as it was sent")
    func adminJSON() async throws {
        let spa = try await AdminSpa()
        try await spa.app.test(.router) { client in
            let twice = try await client.api(.post, "/api/v1/appointments",
                                             json: #"{"clientId":"olivia","serviceId":"massage","staffId":"anna","start":"2026-11-24T10:00","clientId":"maria"}"#)
            #expect(twice.status == .badRequest && twice.body.contains(#"\"clientId\" is given twice"#), "\(twice.body)")
            let nested = try await client.api(.put, "/api/v1/policies", json: #"{"policies":{"lateCancel":{"fee":"50%","fee":"0%"}}}"#)
            #expect(nested.status == .badRequest && nested.body.contains("fee"), "\(nested.body)")
            let escaped = try await client.api(.put, "/api/v1/policies", json: #"{"policies":{},"\u006eote":"a","note":"b"}"#)
            #expect(escaped.status == .badRequest, "the same name however it is escaped")
            let fine = try await client.api(.put, "/api/v1/policies", json: #"{"policies":{"reminders":{"steps":[{"before":"24h"},{"before":"2h"}]}},"note":"a \"quoted\" {note}"}"#)
            #expect(fine.status == .ok, "the same key in two objects of a list, and braces in a string, are fine: \(fine.body)")
            let yearZero = try await client.api(.post, "/api/v1/appointments",
                                                json: #"{"clientId":"olivia","serviceId":"massage","staffId":"anna","start":"0000-11-24T10:00:00Z"}"#)
            #expect(yearZero.status == .unprocessableContent && yearZero.body.contains("0000-11-24T10:00:00Z") && yearZero.body.contains("year 0"))
        }
        #expect(try await spa.store.appointments(of: "olivia").isEmpty)
        #expect(try await spa.store.currentPolicy()?.version == 1, "only the good policy was applied")
    }
}
