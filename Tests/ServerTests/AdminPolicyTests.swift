import BookingCore
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Server
import Store
import Testing

/// The business's own rules: set through the API, and holding on the front desk's bookings, cancellations and no-shows.
@Suite("Admin API: policies, and the rules on every booking path", .serialized)
struct AdminPolicyTests {
    static func book(_ client: some TestClientProtocol, _ who: String, at start: String = "2026-11-24T10:00:00Z", extra: String = "") async throws -> APIAnswer {
        try await client.api(.post, "/api/v1/appointments",
                             json: #"{"clientId":"\#(who)","serviceId":"massage","staffId":"anna","start":"\#(start)"\#(extra)}"#)
    }

    static func setPolicies(_ client: some TestClientProtocol, _ document: String) async throws {
        let set = try await client.api(.put, "/api/v1/policies", json: #"{"policies":\#(document)}"#)
        try #require(set.status == .ok, "\(set.body)")
    }

    @Test("policies through the API: every problem named and nothing applied; a good one is a new version, audited and in force; a stale change is refused")
    func policiesAPI() async throws {
        let spa = try await AdminSpa()
        try await spa.app.test(.router) { client in
            let first = try await client.api(.get, "/api/v1/policies")
            #expect(first.status == .ok && first.json["version"] as? Int == 0)
            let effective = try #require(first.json["effective"] as? [String: Any])
            #expect(((effective["business"] as? [String: Any])?["lateCancel"] as? [String: Any])?["fee"] as? String == "50%", "the defaults")

            let bad = try await client.api(.put, "/api/v1/policies", json: #"""
                {"policies":{"noShow":{"ladder":[{"marks":2,"deposit":"50%"},{"marks":3,"deposit":"120%"}]},"colour":"blue","lateCancel":{"fee":"half"}}}
                """#)
            #expect(bad.status == .unprocessableContent)
            #expect(Set(bad.problemFields) == ["policies.noShow.ladder[1].deposit", "policies.colour", "policies.lateCancel.fee"], "\(bad.body)")
            #expect(bad.body.contains("120% is over 100%"))
            #expect(try await spa.store.currentPolicy() == nil, "nothing applied")

            let good = try await client.api(.put, "/api/v1/policies", json: #"""
                {"policies":{"lateCancel":{"window":"48h","fee":"25%"}},"note":"winter rules","staffId":"anna"}
                """#)
            #expect(good.status == .ok, "\(good.body)")
            #expect(good.json["version"] as? Int == 1 && good.json["changedBy"] as? String == "staff:anna" && good.json["note"] as? String == "winter rules")
            #expect(try await spa.store.policies(for: "soho").lateCancel == LateCancelPolicy(windowHours: 48, fee: .percent(25)))
            #expect(try await spa.store.audit(subjectKind: "policy", subjectID: "1").map(\.action) == ["policiesChanged"])

            let stale = try await client.api(.put, "/api/v1/policies", json: #"{"policies":{},"version":0}"#)
            #expect(stale.status == .preconditionFailed, "someone changed them since version 0")
            #expect(try await spa.store.policies(for: nil).lateCancel.windowHours == 48)

            let perLocation = try await client.api(.put, "/api/v1/policies", json: #"""
                {"policies":{"lateCancel":{"window":"48h"},"locations":{"soho":{"lateCancel":{"fee":"10%"}}}},"version":1}
                """#)
            #expect(perLocation.status == .ok, "\(perLocation.body)")
            #expect(try await spa.store.policies(for: "soho").lateCancel == LateCancelPolicy(windowHours: 48, fee: .percent(10)))
            #expect(try await spa.store.policies(for: nil).lateCancel.fee == .percent(50), "the business's own part leaves the fee at its default")
            let unknownPlace = try await client.api(.put, "/api/v1/policies", json: #"{"policies":{"locations":{"mayfair":{}}}}"#)
            #expect(unknownPlace.problemFields == ["policies.locations.mayfair"])
            let notADocument = try await client.api(.put, "/api/v1/policies", json: #"{"policies":"strict"}"#)
            #expect(notADocument.problemFields == ["policies"])

            let history = try await client.api(.get, "/api/v1/policies/history")
            #expect(history.items.compactMap { $0["version"] as? Int } == [2, 1])
            let noAuth = try await client.api(.put, "/api/v1/policies", json: #"{"policies":{}}"#, token: nil)
            #expect(noAuth.status == .unauthorized)
            #expect(try await spa.store.currentPolicy()?.version == 2)
        }
    }

    @Test("the front desk: a tier's deposit is asked with a payment link; a blocked client is refused unless a manager overrides, and that is audited")
    func bookingHoldsTheRules() async throws {
        let spa = try await AdminSpa()
        try await spa.app.test(.router) { client in
            try await Self.setPolicies(client, #"{"noShow":{"ladder":[{"marks":1,"deposit":"50%"},{"marks":2,"block":true}]}}"#)
            var olivia = try #require(try await spa.store.client("olivia"))
            olivia.attendance = [AttendanceMark(kind: .noShow, at: AdminSpa.at("2026-11-10T10:00"))]
            try await spa.store.save(olivia)

            let held = try await Self.book(client, "olivia")
            #expect(held.status == .created, "\(held.body)")
            #expect(held.json["status"] as? String == "awaitingDeposit")
            #expect((held.json["deposit"] as? [String: Any])?["state"] as? String == "required")
            #expect(held.json["holdExpiresAt"] as? String == "2026-11-23T09:30:00Z", "the policy's 30-minute hold")
            try await spa.settle()
            #expect(spa.inbox("olivia-phone").last?.contains("deposit") == true, "\(spa.inbox("olivia-phone"))")

            olivia.attendance.append(AttendanceMark(kind: .noShow, at: AdminSpa.at("2026-11-17T10:00")))
            try await spa.store.save(olivia)
            let refused = try await Self.book(client, "olivia", at: "2026-11-24T14:00:00Z")
            #expect(refused.status == .conflict)
            #expect(refused.json["type"] as? String == "urn:slotkeeper:problem:client-blocked")
            #expect(refused.body.contains("2 no-shows"), "\(refused.body)")
            let waiveAlone = try await Self.book(client, "olivia", at: "2026-11-24T14:00:00Z", extra: #","waiveDeposit":true"#)
            #expect(waiveAlone.status == .conflict, "still blocked")
            let overridden = try await Self.book(client, "olivia", at: "2026-11-24T14:00:00Z",
                                                 extra: #","override":{"staffId":"anna","reason":"regular, pays at the desk"}"#)
            #expect(overridden.status == .created, "\(overridden.body)")
            let id = try #require(overridden.json["id"] as? String)
            let audit = try await spa.store.audit(subjectKind: "appointment", subjectID: id)
            #expect(audit.contains { $0.action == "blockOverridden" && $0.actor == .staff("anna") && $0.detail.contains("pays at the desk") })
            let noWho = try await Self.book(client, "olivia", at: "2026-11-24T16:00:00Z", extra: #","override":{"reason":"x"}"#)
            #expect(noWho.problemFields == ["override.staffId"])
            let notManager = try await Self.book(client, "olivia", at: "2026-11-24T16:00:00Z", extra: #","override":{"staffId":"ben","reason":"x"}"#)
            #expect(notManager.problemFields == ["override.staffId"] && notManager.body.contains("not a manager"))

            let maria = try await Self.book(client, "maria", at: "2026-11-25T10:00:00Z", extra: #","waiveDeposit":true"#)
            #expect(maria.status == .created && maria.json["status"] as? String == "booked", "nothing to waive: no deposit is due for María")
        }
    }

    @Test("a manual block and a tier override, each with why and who, and each undone")
    func clientStanding() async throws {
        let spa = try await AdminSpa()
        try await spa.app.test(.router) { client in
            let blocked = try await client.api(.post, "/api/v1/clients/maria/block", json: #"{"reason":"rude to reception","staffId":"anna"}"#)
            #expect(blocked.status == .ok, "\(blocked.body)")
            let card = try #require(blocked.json["client"] as? [String: Any])
            #expect(card["tier"] as? String == "blocked")
            #expect((card["onlineBookingBlock"] as? [String: Any])?["reason"] as? String == "rude to reception")
            let refused = try await Self.book(client, "maria")
            #expect(refused.status == .conflict && refused.body.contains("rude to reception"), "\(refused.body)")

            let noReason = try await client.api(.post, "/api/v1/clients/maria/block", json: "{}")
            #expect(noReason.problemFields == ["reason"])
            let nobody = try await client.api(.post, "/api/v1/clients/nobody/block", json: #"{"reason":"x"}"#)
            #expect(nobody.status == .notFound)

            let lifted = try await client.api(.delete, "/api/v1/clients/maria/block", json: #"{"reason":"apologised"}"#)
            #expect((lifted.json["client"] as? [String: Any])?["tier"] as? String == "good")
            #expect(try await Self.book(client, "maria").status == .created)

            let tier = try await client.api(.put, "/api/v1/clients/olivia/tier", json: #"{"tier":"deposit:20","reason":"new client, big course"}"#)
            #expect((tier.json["client"] as? [String: Any])?["tier"] as? String == "deposit:20", "\(tier.body)")
            let badTier = try await client.api(.put, "/api/v1/clients/olivia/tier", json: #"{"tier":"deposit:500","reason":"x"}"#)
            #expect(badTier.problemFields == ["tier"])
            let cleared = try await client.api(.delete, "/api/v1/clients/olivia/tier", json: #"{"reason":"settled in"}"#)
            #expect((cleared.json["client"] as? [String: Any])?["tier"] as? String == "good")

            let trail = try await spa.store.audit(subjectKind: "client", subjectID: "maria").map(\.action)
            #expect(trail == ["blocked", "unblocked"])
            #expect(try await spa.store.audit(subjectKind: "client", subjectID: "olivia").map(\.action) == ["tierOverride", "tierOverride"])
        }
    }

    @Test("a no-show asks whether to block when the policy says so; reinstating it undoes the mark, the tier and the pending win-back")
    func reinstate() async throws {
        let spa = try await AdminSpa()
        try await spa.app.test(.router) { client in
            try await Self.setPolicies(client, #"{"noShow":{"askToBlock":true,"ladder":[{"marks":1,"block":true}]}}"#)
            let booked = try await Self.book(client, "olivia")
            let id = try #require(booked.json["id"] as? String)
            try await spa.settle()
            spa.clock.advance(to: AdminSpa.at("2026-11-24T10:20"))
            let notEarly = try await client.api(.post, "/api/v1/appointments/\(id)/reinstate", json: "{}")
            #expect(notEarly.status == .conflict, "not a no-show: nothing to undo")
            let missed = try await client.api(.post, "/api/v1/appointments/\(id)/no-show", json: "{}")
            #expect(missed.status == .ok && missed.json["status"] as? String == "noShow", "\(missed.body)")
            let prompt = try #require(missed.json["blockPrompt"] as? [String: Any])
            #expect(prompt["tier"] as? String == "blocked" && prompt["block"] as? String == "/api/v1/clients/olivia/block")
            try await spa.settle()
            #expect(try await spa.store.client("olivia")?.attendance.count == 1)

            let undone = try await client.api(.post, "/api/v1/appointments/\(id)/reinstate", json: #"{"staffId":"anna"}"#)
            #expect(undone.status == .ok && undone.json["status"] as? String == "completed", "\(undone.body)")
            let olivia = try #require(try await spa.store.client("olivia"))
            let ladder = try await spa.store.policies(for: "soho").noShow
            #expect(olivia.attendance.map(\.kind) == [.attended] && olivia.tier(under: ladder, now: spa.clock.now()) == .good)
            let before = spa.inbox("olivia-phone").count
            try await spa.run(until: AdminSpa.at("2026-11-27T12:00"))
            #expect(!spa.inbox("olivia-phone").dropFirst(before).contains { $0.contains("missed you") }, "no win-back for a visit she came to")
            #expect(try await Self.book(client, "olivia", at: "2026-11-28T10:00:00Z").status == .created, "no longer blocked")
        }
    }

    @Test("a staff cancellation on the client's behalf: the fee applied goes on her record, and the win-back the policy asks for follows")
    func staffCancelOnTerms() async throws {
        let spa = try await AdminSpa()
        try await spa.app.test(.router) { client in
            try await Self.setPolicies(client, #"{"winBack":{"cancelledBy":"either","cancelDelay":"2h","slots":0}}"#)
            let id = try #require(try await Self.book(client, "olivia").json["id"] as? String)
            try await spa.settle()
            spa.clock.advance(to: AdminSpa.at("2026-11-24T08:00"))
            let cancelled = try await client.api(.post, "/api/v1/appointments/\(id)/cancel",
                                                 json: #"{"reason":"client asked","note":"phoned at 8","fee":"apply","deposit":"credit"}"#)
            #expect(cancelled.status == .ok, "\(cancelled.body)")
            let c = try #require(cancelled.json["cancellation"] as? [String: Any])
            #expect(c["late"] as? Bool == true && (c["fee"] as? [String: Any])?["minorUnits"] as? Int == 3750)
            #expect(c["reason"] as? String == "client asked: phoned at 8")
            #expect(try await spa.store.client("olivia")?.attendance.map(\.kind) == [.lateCancel])
            let badFee = try await client.api(.post, "/api/v1/appointments/\(id)/cancel", json: #"{"reason":"other","fee":"double"}"#)
            #expect(badFee.problemFields == ["fee"])
            try await spa.run(until: AdminSpa.at("2026-11-24T10:30"))
            let invite = try #require(spa.inbox("olivia-phone").last)
            #expect(invite.contains("https://book.example.com") && !invite.contains("Reply with a number"),
                    "no slots asked for: the booking link, never an empty list (\(invite))")
        }
    }
}
