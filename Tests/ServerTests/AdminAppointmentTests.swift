import BookingCore
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Server
import Store
import Testing

@Suite("Admin API: booking appointments", .serialized)
struct AdminAppointmentTests {
    static let tomorrowTen = #"{"clientId":"olivia","serviceId":"massage","staffId":"anna","start":"2026-11-24T10:00:00Z"}"#

    @Test("a booking answers 201 with the appointment and its Location, and the client's reminders are scheduled")
    func create() async throws {
        let spa = try await AdminSpa()
        try await spa.app.test(.router) { client in
            let created = try await client.api(.post, "/api/v1/appointments", json: Self.tomorrowTen)
            #expect(created.status == .created)
            let id = try #require(created.json["id"] as? String)
            #expect(created.headers[.location] == "/api/v1/appointments/\(id)")
            #expect(created.json["start"] as? String == "2026-11-24T10:00:00Z")
            #expect(created.json["end"] as? String == "2026-11-24T11:00:00Z", "the service's 60 minutes")
            #expect(created.json["status"] as? String == "booked")
            #expect((created.json["price"] as? [String: Any])?["minorUnits"] as? Int == 7500)

            let fetched = try await client.api(.get, "/api/v1/appointments/\(id)")
            #expect(fetched.status == .ok)
            #expect(fetched.json["clientId"] as? String == "olivia")
            let listed = try await client.api(.get, "/api/v1/appointments?date=2026-11-24&staff=anna")
            #expect(listed.items.compactMap { $0["id"] as? String } == [id])
            #expect(try await client.api(.get, "/api/v1/appointments?date=2026-11-25").items.isEmpty)
        }
        // The booking event ran: a reminder job waits for Olivia's visit.
        let pending = try await spa.store.claimDueJobs(until: AdminSpa.at("2026-11-24T10:00"), limit: 50, claimUntil: AdminSpa.at("2026-11-24T10:00"))
        #expect(pending.contains { $0.party == "client:olivia" && $0.payload.contains("reminderDue") })
    }

    @Test("a wall-clock start without an offset is read in the location's zone (London is on GMT+1 in summer)")
    func localTime() async throws {
        let spa = try await AdminSpa()
        spa.clock.advance(to: AdminSpa.at("2027-06-01T09:00"))
        try await spa.app.test(.router) { client in
            let created = try await client.api(.post, "/api/v1/appointments",
                                               json: #"{"clientId":"olivia","serviceId":"massage","staffId":"anna","start":"2027-06-02T10:00"}"#)
            #expect(created.status == .created, "\(created.body)")
            #expect(created.json["start"] as? String == "2027-06-02T09:00:00Z")
        }
    }

    @Test("booking a staff member who is busy then: 409 problem+json naming the appointment in the way; nothing booked")
    func overlap() async throws {
        let spa = try await AdminSpa()
        try await spa.app.test(.router) { client in
            let first = try await client.api(.post, "/api/v1/appointments", json: Self.tomorrowTen)
            let firstID = try #require(first.json["id"] as? String)
            let clash = try await client.api(.post, "/api/v1/appointments",
                                             json: #"{"clientId":"maria","serviceId":"massage","staffId":"anna","start":"2026-11-24T10:30:00Z"}"#)
            #expect(clash.status == .conflict)
            #expect(clash.contentType == "application/problem+json")
            #expect(clash.json["type"] as? String == "urn:slotkeeper:problem:slot-taken")
            #expect(clash.json["status"] as? Int == 409)
            #expect((clash.json["detail"] as? String)?.contains(firstID) == true)
            #expect(clash.json["field"] as? String == "start")
            // The first visit's 15-minute clean-up counts too.
            let buffer = try await client.api(.post, "/api/v1/appointments",
                                              json: #"{"clientId":"maria","serviceId":"massage","staffId":"anna","start":"2026-11-24T11:00:00Z"}"#)
            #expect(buffer.status == .conflict)
            let ben = try await client.api(.post, "/api/v1/appointments",
                                           json: #"{"clientId":"maria","serviceId":"massage","staffId":"ben","start":"2026-11-24T12:30:00Z"}"#)
            #expect(ben.status == .created, "another staff member is free")
        }
        #expect(try await spa.store.appointments(of: "maria").map(\.staffID) == ["ben"])
    }

    @Test("bad fields get 422 naming each one; bad JSON 400; unknown ids in the body 422; outside hours 422; nothing is booked")
    func invalid() async throws {
        let spa = try await AdminSpa()
        try await spa.app.test(.router) { client in
            let badStart = try await client.api(.post, "/api/v1/appointments",
                                                json: #"{"clientId":"olivia","serviceId":"massage","staffId":"anna","start":"tomorrow at ten"}"#)
            #expect(badStart.status == .unprocessableContent)
            #expect(badStart.contentType == "application/problem+json")
            #expect(badStart.json["field"] as? String == "start")
            #expect(badStart.problemFields == ["start"])

            let missing = try await client.api(.post, "/api/v1/appointments", json: #"{"serviceId":"massage","start":"2026-11-24T10:00:00Z","colour":"red"}"#)
            #expect(missing.status == .unprocessableContent)
            #expect(Set(missing.problemFields) == ["clientId", "staffId", "colour"], "missing ones and the unknown one")

            let wrongType = try await client.api(.post, "/api/v1/appointments",
                                                 json: #"{"clientId":7,"serviceId":"massage","staffId":"anna","start":"2026-11-24T10:00:00Z"}"#)
            #expect(wrongType.problemFields == ["clientId"])

            let unknown = try await client.api(.post, "/api/v1/appointments",
                                               json: #"{"clientId":"nobody","serviceId":"massage","staffId":"anna","start":"2026-11-24T10:00:00Z"}"#)
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.problemFields == ["clientId"])

            let late = try await client.api(.post, "/api/v1/appointments",
                                            json: #"{"clientId":"olivia","serviceId":"massage","staffId":"anna","start":"2026-11-24T17:30:00Z"}"#)
            #expect(late.status == .unprocessableContent)
            #expect(late.problemFields == ["start"])
            #expect((late.json["detail"] as? String)?.contains("Anna's working hours") == true)

            let past = try await client.api(.post, "/api/v1/appointments",
                                            json: #"{"clientId":"olivia","serviceId":"massage","staffId":"anna","start":"2026-11-20T10:00:00Z"}"#)
            #expect(past.problemFields == ["start"])

            let broken = try await client.api(.post, "/api/v1/appointments", json: #"{"clientId": "olivia""#)
            #expect(broken.status == .badRequest)
            #expect(broken.contentType == "application/problem+json")

            let notFound = try await client.api(.get, "/api/v1/appointments/nope")
            #expect(notFound.status == .notFound)
            #expect(notFound.contentType == "application/problem+json")

            let badFilter = try await client.api(.get, "/api/v1/appointments?status=sleeping")
            #expect(badFilter.problemFields == ["status"])
        }
        #expect(try await spa.store.appointments(of: "olivia").isEmpty)
    }

    @Test("a retry with the same Idempotency-Key gets the same answer and books once; the key with another body is refused")
    func idempotentRetry() async throws {
        let spa = try await AdminSpa()
        try await spa.app.test(.router) { client in
            let first = try await client.api(.post, "/api/v1/appointments", json: Self.tomorrowTen, key: "book-olivia-1")
            #expect(first.status == .created)
            let retry = try await client.api(.post, "/api/v1/appointments", json: Self.tomorrowTen, key: "book-olivia-1")
            #expect(retry.status == .created)
            #expect(retry.body == first.body)
            #expect(retry.headers[.location] == first.headers[.location])
            #expect(retry.headers[HTTPFields.Element.Name("Idempotent-Replayed")!] == "true")

            // Reformatted but the same request: still a replay.
            let spaced = try await client.api(.post, "/api/v1/appointments", json: Self.tomorrowTen.replacingOccurrences(of: ",", with: ", "),
                                              key: "book-olivia-1")
            #expect(spaced.body == first.body)

            let other = try await client.api(.post, "/api/v1/appointments", json: Self.tomorrowTen.replacingOccurrences(of: "10:00", with: "14:00"),
                                             key: "book-olivia-1")
            #expect(other.status == .unprocessableContent)
            #expect(other.problemFields == ["Idempotency-Key"])

            // A refusal is an answer too: replayed, not re-run.
            let clash = try await client.api(.post, "/api/v1/appointments", json: Self.tomorrowTen, key: "book-again")
            #expect(clash.status == .conflict)
            #expect(try await client.api(.post, "/api/v1/appointments", json: Self.tomorrowTen, key: "book-again").body == clash.body)

            let badKey = try await client.api(.post, "/api/v1/appointments", json: Self.tomorrowTen, key: String(repeating: "k", count: 300))
            #expect(badKey.status == .badRequest)

            // Two days later the kept answer is forgotten, but the booking it made is not made again.
            spa.clock.advance(by: 2 * 86_400)
            let late = try await client.api(.post, "/api/v1/appointments", json: Self.tomorrowTen, key: "book-olivia-1")
            #expect(late.status == .created)
            #expect(late.json["id"] as? String == first.json["id"] as? String)
            #expect(late.headers[HTTPFields.Element.Name("Idempotent-Replayed")!] == nil)
        }
        #expect(try await spa.store.appointments(of: "olivia").count == 1)
    }
}
