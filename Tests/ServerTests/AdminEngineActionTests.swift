import BookingCore
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Server
import Store
import Testing

@Suite("Admin API: changes go through the engine", .serialized)
struct AdminEngineActionTests {
    /// Books Olivia's massage with Anna tomorrow (Tuesday) at 10:00 through the API and lets the engine settle.
    static func bookOlivia(_ client: some TestClientProtocol, _ spa: AdminSpa) async throws -> String {
        let created = try await client.api(.post, "/api/v1/appointments",
                                           json: #"{"clientId":"olivia","serviceId":"massage","staffId":"anna","start":"2026-11-24T10:00:00Z"}"#)
        try #require(created.status == .created)
        try await spa.settle()
        return try #require(created.json["id"] as? String)
    }

    @Test("moving a visit: the client is told the new time on their phone, and the visit is at the new time")
    func move() async throws {
        let spa = try await AdminSpa()
        try await spa.app.test(.router) { client in
            let id = try await Self.bookOlivia(client, spa)
            let before = spa.inbox("olivia-phone").count
            let moved = try await client.api(.post, "/api/v1/appointments/\(id)/move", json: #"{"start":"2026-11-24T15:00"}"#, key: "move-1")
            #expect(moved.status == .ok)
            #expect(moved.json["start"] as? String == "2026-11-24T15:00:00Z")
            try await spa.settle()
            let told = spa.inbox("olivia-phone").dropFirst(before)
            #expect(told.count == 1)
            #expect(told.first?.contains("has moved from") == true, "\(told)")

            let busy = try await client.api(.post, "/api/v1/appointments/\(id)/move", json: #"{"start":"2026-11-24T19:00:00Z"}"#)
            #expect(busy.status == .unprocessableContent, "Anna stops at 18:00")
            #expect(busy.problemFields == ["start"])
            let missing = try await client.api(.post, "/api/v1/appointments/nope/move", json: #"{"start":"2026-11-24T15:00:00Z"}"#)
            #expect(missing.status == .notFound)
        }
        #expect(try await spa.store.appointments(of: "olivia").map(\.start) == [AdminSpa.at("2026-11-24T15:00")])
    }

    @Test("cancelling a visit: the client gets the business's apology, and the waitlisted client is offered the freed slot")
    func cancelRefillsWaitlist() async throws {
        let spa = try await AdminSpa()
        try await spa.app.test(.router) { client in
            let waiting = try await client.api(.post, "/api/v1/waitlist",
                                               json: #"{"clientId":"maria","locationId":"soho","serviceIds":["massage"],"flexibility":"anytime"}"#)
            #expect(waiting.status == .created)
            let id = try await Self.bookOlivia(client, spa)
            #expect(spa.inbox("maria-phone").isEmpty)

            let noReason = try await client.api(.post, "/api/v1/appointments/\(id)/cancel", json: "{}")
            #expect(noReason.status == .unprocessableContent)
            #expect(noReason.problemFields == ["reason"])

            let unlisted = try await client.api(.post, "/api/v1/appointments/\(id)/cancel", json: #"{"reason":"Anna is ill"}"#)
            #expect(unlisted.status == .unprocessableContent, "the reason comes from the policy's list; the words go in the note")
            #expect(unlisted.problemFields == ["reason"] && unlisted.body.contains("staff unavailable"))
            let cancelled = try await client.api(.post, "/api/v1/appointments/\(id)/cancel",
                                                 json: #"{"reason":"Staff unavailable","note":"Anna is ill"}"#)
            #expect(cancelled.status == .ok)
            #expect((cancelled.json["cancellation"] as? [String: Any])?["reason"] as? String == "staff unavailable: Anna is ill")
            #expect(cancelled.json["status"] as? String == "cancelled")
            #expect((cancelled.json["cancellation"] as? [String: Any])?["by"] as? String == "staff:anna")
            try await spa.settle()
            #expect(spa.inbox("olivia-phone").last?.contains("We're very sorry, Olivia") == true, "\(spa.inbox("olivia-phone"))")
            let offer = try #require(spa.inbox("maria-phone").last)
            #expect(offer.contains("María") && offer.contains("hueco"), "\(offer)")

            let again = try await client.api(.post, "/api/v1/appointments/\(id)/cancel", json: #"{"reason":"other"}"#)
            #expect(again.status == .conflict, "a cancelled visit can't be cancelled again")
        }
    }

    @Test("a no-show goes on the client's record, and the win-back invitation follows a day later")
    func noShow() async throws {
        let spa = try await AdminSpa()
        try await spa.app.test(.router) { client in
            let id = try await Self.bookOlivia(client, spa)
            let early = try await client.api(.post, "/api/v1/appointments/\(id)/no-show")
            #expect(early.status == .conflict, "not before the visit starts")
            #expect((early.json["detail"] as? String)?.contains("not started") == true)

            try await spa.run(until: AdminSpa.at("2026-11-24T10:20"))
            let marked = try await client.api(.post, "/api/v1/appointments/\(id)/no-show", json: #"{"staffId":"anna"}"#)
            #expect(marked.status == .ok)
            #expect(marked.json["status"] as? String == "noShow")
            let olivia = try await client.api(.get, "/api/v1/clients/olivia")
            let attendance = (olivia.json["client"] as? [String: Any])?["attendance"] as? [[String: Any]]
            #expect(attendance?.map { $0["kind"] as? String } == ["noShow"])

            try await spa.run(until: AdminSpa.at("2026-11-25T11:00"))
            #expect(spa.inbox("olivia-phone").last?.contains("we missed you") == true, "\(spa.inbox("olivia-phone").suffix(2))")
        }
    }

    @Test("marking a client arrived two hours early is refused; on the day it is recorded")
    func arrived() async throws {
        let spa = try await AdminSpa()
        try await spa.app.test(.router) { client in
            let id = try await Self.bookOlivia(client, spa)
            #expect(try await client.api(.post, "/api/v1/appointments/\(id)/arrived").status == .conflict)
            try await spa.run(until: AdminSpa.at("2026-11-24T09:55"))
            let arrived = try await client.api(.post, "/api/v1/appointments/\(id)/arrived")
            #expect(arrived.status == .ok)
            #expect(arrived.json["status"] as? String == "arrived")
        }
    }

    @Test("answering an escalation relays the text to the client in the staff member's name, and closes it")
    func escalationAnswer() async throws {
        let spa = try await AdminSpa()
        try await spa.store.transaction { tx in
            try tx.openEscalation(EscalationRecord(id: "esc-1", clientID: "olivia", appointmentID: nil, reason: "question", assignedStaff: "anna",
                                                   clientText: "Is there parking nearby?", context: ["in: Is there parking nearby?"],
                                                   openedAt: AdminSpa.at("2026-11-23T08:50")))
        }
        try await spa.app.test(.router) { client in
            let open = try await client.api(.get, "/api/v1/escalations")
            #expect(open.items.compactMap { $0["id"] as? String } == ["esc-1"])
            #expect(open.items.first?["clientText"] as? String == "Is there parking nearby?")

            let empty = try await client.api(.post, "/api/v1/escalations/esc-1/answer", json: #"{"text":"  "}"#)
            #expect(empty.problemFields == ["text"])

            let answered = try await client.api(.post, "/api/v1/escalations/esc-1/answer",
                                                json: #"{"text":"Yes, there is free parking behind the building."}"#, key: "answer-1")
            #expect(answered.status == .ok)
            #expect(answered.json["status"] as? String == "answered")
            try await client.api(.post, "/api/v1/escalations/esc-1/answer", json: #"{"text":"Yes, there is free parking behind the building."}"#,
                                 key: "answer-1")
            try await spa.settle()
            #expect(spa.inbox("olivia-phone") == ["Anna from Soho Wellness: Yes, there is free parking behind the building."],
                    "relayed once, though the request came twice")
            #expect(try await client.api(.get, "/api/v1/escalations").items.isEmpty)

            let resolved = try await client.api(.post, "/api/v1/escalations/esc-1/resolve")
            #expect(resolved.json["status"] as? String == "resolved")
            let late = try await client.api(.post, "/api/v1/escalations/esc-1/answer", json: #"{"text":"One more thing"}"#)
            #expect(late.status == .conflict)
            #expect(try await client.api(.post, "/api/v1/escalations/esc-9/answer", json: #"{"text":"hi"}"#).status == .notFound)
        }
        #expect(spa.inbox("olivia-phone").count == 1)
    }
}
