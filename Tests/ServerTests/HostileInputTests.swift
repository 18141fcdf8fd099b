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

/// More hostile input, as a table: each gets a clear 4xx or is handled safely, nothing is stored half-way, and the process stays up.
@Suite("Hostile input: oversized, malformed and absurd", .serialized)
struct HostileInputTableTests {
    @Test("webhook bodies: oversized, not UTF-8, not a form", arguments: [
        (String(repeating: "Body=x&", count: 20_000), "oversized"),
        ("MessageSid=SM1&From=%2B447700900101&Body=%FF%FE", "invalid UTF-8"),
        ("%%%=&&&", "not a form"),
    ])
    func smsBodies(_ body: String, _ what: String) async throws {
        let spa = try await SMSWebhookTests.spa()
        try await spa.app.test(.router) { client async throws in
            let answer = try await SMSWebhookTests.post(client, "/webhooks/sms", body: body, signature: "forged")
            #expect((400..<500).contains(answer.status.code), "\(what): \(answer.status)")
            let health = try await client.execute(uri: "/livez", method: .get)
            #expect(health.status == .ok, "still up after \(what)")
        }
        #expect(try await spa.store.messages(party: "client:olivia").isEmpty)
    }

    @Test("admin API: an oversized body, invalid UTF-8 and names with SQL and template text", arguments: [
        ("{\"firstName\":\"" + String(repeating: "a", count: 3_000_000) + "\"}", 413, "oversized"),
        ("{\"firstName\":\"\u{FFFD}\"}", 201, "a replacement character is fine"),
        (#"{"firstName":"{{business}}'; DROP TABLE client;--","addresses":{"sms":"+447700900555"}}"#, 201, "SQL and template text are kept as written"),
        (#"{"firstName":"Ann","addresses":{"sms":"+4477009005551234567890"}}"#, 422, "an impossible phone number"),
    ])
    func adminBodies(_ body: String, _ expected: Int, _ what: String) async throws {
        let spa = try await AdminSpa()
        try await spa.app.test(.router) { client in
            let answer = try await client.api(.post, "/api/v1/clients", json: body)
            #expect(answer.status.code == expected || (expected == 413 && (400..<500).contains(answer.status.code)), "\(what): \(answer.status) \(answer.body.prefix(200))")
            if expected == 201 {
                let id = try #require(answer.json["client"].flatMap { ($0 as? [String: Any])?["id"] as? String })
                let stored = try #require(try await spa.store.client(ClientID(id)))
                #expect(body.contains(stored.firstName), "stored as sent")
            }
            #expect(try await client.execute(uri: "/livez", method: .get).status == .ok)
        }
    }

    @Test("a reply with an absurd number to a numbered list is a clarifying question, not a crash", arguments: ["99999999999999999999999", "-1", "0", "3.5"])
    func absurdChoice(_ text: String) async throws {
        let spa = try await AdminSpa()
        try await spa.app.test(.router) { client in
            _ = try await client.api(.post, "/api/v1/appointments",
                                     json: #"{"clientId":"olivia","serviceId":"massage","staffId":"anna","start":"2026-11-24T10:00:00Z"}"#)
        }
        _ = try await spa.engine.receive(channel: .simulator, from: "olivia-phone", text: "can we do thursday at 4 instead?", providerID: "r1")
        try await spa.settle()
        _ = try await spa.engine.receive(channel: .simulator, from: "olivia-phone", text: text, providerID: "r2")
        try await spa.settle()
        #expect(try await spa.store.appointments(of: "olivia").count == 1, "nothing booked or moved on \(text)")
        #expect(try await spa.store.appointments(of: "olivia").first?.start == AdminSpa.at("2026-11-24T10:00"))
    }
}
