import BookingCore
import Engine
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Server
import Store
import Testing

@Suite("The Cal.com booking webhook", .serialized)
struct CalcomWebhookTests {
    static let secret = "calcom-test-secret"
    static let settings = CalcomWebhook.Settings(secret: secret)

    /// Olivia books a Swedish massage with Anna in Cal.com for Wednesday 25 November at 14:00, as Cal.com's documented example
    /// payload has it (shortened). Its signature was computed with Python's `hmac.new(secret, body, hashlib.sha256).hexdigest()`.
    static let created = #"{"triggerEvent":"BOOKING_CREATED","createdAt":"2026-11-23T10:00:00.000Z","payload":{"type":"swedish-massage","title":"Swedish massage between Anna and Olivia Bennett","startTime":"2026-11-25T14:00:00Z","endTime":"2026-11-25T15:00:00Z","organizer":{"id":5,"name":"Anna","email":"anna@spa.example.com","timeZone":"Europe/London","language":{"locale":"en"}},"attendees":[{"email":"olivia@example.com","name":"Olivia Bennett","firstName":"Olivia","lastName":"Bennett","timeZone":"Europe/London","language":{"locale":"en"}}],"uid":"bk_olivia_1","eventTitle":"Swedish massage","length":60,"status":"ACCEPTED"}}"#
    static let createdSignature = "70dbebdd14c79c5994cb3e4faf3507c838b9cf91f0a42ef43f70947055d7f74d"

    static func post(_ client: some TestClientProtocol, _ body: String, signature: String?? = .none) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/json"]
        let sig = signature ?? CalcomSignature(secret: secret).signature(body: Array(body.utf8))
        if let sig { headers[HTTPFields.Element.Name("X-Cal-Signature-256")!] = sig }
        return try await client.execute(uri: "/webhooks/calcom", method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    static func booking(_ trigger: String, uid: String, start: String = "2026-11-25T14:00:00Z", end: String = "2026-11-25T15:00:00Z",
                        email: String = "olivia@example.com", name: String = "Olivia Bennett", extra: String = "", createdAt: String = "2026-11-23T10:05:00.000Z")
        -> String {
        #"{"triggerEvent":"\#(trigger)","createdAt":"\#(createdAt)","payload":{"type":"swedish-massage","eventTitle":"Swedish massage","startTime":"\#(start)","endTime":"\#(end)","organizer":{"email":"anna@spa.example.com","name":"Anna"},"attendees":[{"email":"\#(email)","name":"\#(name)","language":{"locale":"en"}}],"uid":"\#(uid)"\#(extra)}}"#
    }

    @Test("the signature as computed independently; any other body or secret fails it")
    func signatureVector() {
        let check = CalcomSignature(secret: Self.secret)
        #expect(check.signature(body: Array(Self.created.utf8)) == Self.createdSignature)
        #expect(check.isValid(Self.createdSignature, body: Array(Self.created.utf8)))
        #expect(check.isValid(Self.createdSignature.uppercased(), body: Array(Self.created.utf8)), "hex in either case")
        #expect(!check.isValid(Self.createdSignature, body: Array(Self.created.replacingOccurrences(of: "14:00", with: "15:00").utf8)))
        #expect(!CalcomSignature(secret: "other").isValid(Self.createdSignature, body: Array(Self.created.utf8)))
        #expect(!check.isValid(nil, body: Array(Self.created.utf8)))
    }

    @Test("BOOKING_CREATED: Olivia's appointment with Anna, found by her e-mail; the same delivery twice is applied once")
    func created() async throws {
        let spa = try await PaymentSpa.make(calcom: Self.settings)
        try await spa.app.test(.router) { client async throws in
            let first = try await Self.post(client, Self.created, signature: Self.createdSignature)
            #expect(first.status == .ok)
            let again = try await Self.post(client, Self.created, signature: Self.createdSignature)
            #expect(again.status == .ok)
        }
        let booked = try await spa.store.appointments(of: "olivia")
        #expect(booked.count == 1)
        let a = try #require(booked.first)
        #expect(a.start == PaymentSpa.at("2026-11-25T14:00") && a.end == PaymentSpa.at("2026-11-25T15:00"))
        #expect(a.serviceID == "massage" && a.staffID == "anna" && a.status == .booked && a.source == .online)
        #expect(try await spa.store.read { try $0.externalBooking(source: "calcom", id: "bk_olivia_1") } == a.id)
        try await spa.engine.settle()
        #expect(try await spa.engine.nextDue() != nil, "her reminders are scheduled")
    }

    @Test("a client whose record asks a deposit, or who is blocked, books in Cal.com: the booking stands and staff are asked to take the deposit or cancel it there")
    func tierGoesToStaffOnline() async throws {
        let spa = try await PaymentSpa.make(calcom: Self.settings)
        var olivia = try #require(try await spa.store.client("olivia"))
        olivia.attendance = [AttendanceMark(kind: .noShow, at: PaymentSpa.at("2026-10-01T10:00")), AttendanceMark(kind: .noShow, at: PaymentSpa.at("2026-11-01T10:00"))]
        try await spa.store.save(olivia)
        try await spa.app.test(.router) { client async throws in
            #expect(try await Self.post(client, Self.created, signature: Self.createdSignature).status == .ok)
        }
        try await spa.engine.settle()
        let a = try #require(try await spa.store.appointments(of: "olivia").first)
        #expect(a.status == .booked && a.deposit == .notRequired, "the booking lives in Cal.com: no hold that could lapse here alone")
        let escalation = try #require(try await spa.store.read { try $0.openEscalation(for: "olivia") })
        #expect(escalation.reason == "payment" && escalation.assignedStaff == "anna" && escalation.appointmentID == a.id)
        #expect(escalation.context.contains { $0.contains("100% deposit") && $0.contains("cancel the booking in calcom") }, "\(escalation.context)")
        #expect(try await spa.store.audit(subjectKind: "appointment", subjectID: a.id.rawValue).contains { $0.action == "depositOwed" })
        #expect(!spa.inbox(PaymentSpa.olivia).contains { $0.contains("someone") }, "the client is not told about the deposit by the bot")

        try await spa.store.setOnlineBookingBlock("olivia", ClientBlock(reason: "fake bookings", by: .staff("anna"), at: spa.clock.now()), by: .staff("anna"),
                                                  reason: "fake bookings", at: spa.clock.now())
        try await spa.app.test(.router) { client async throws in
            let body = Self.booking("BOOKING_CREATED", uid: "bk_olivia_2", start: "2026-11-26T14:00:00Z", end: "2026-11-26T15:00:00Z")
            #expect(try await Self.post(client, body).status == .ok)
        }
        try await spa.engine.settle()
        let second = try #require(try await spa.store.appointments(of: "olivia").first { $0.id != a.id })
        #expect(try await spa.store.audit(subjectKind: "appointment", subjectID: second.id.rawValue).contains { $0.action == "blockedOnline" })
    }

    @Test("a late cancellation in Cal.com: the client's receipt names the fee, and the win-back the policy asks for follows")
    func lateCancelInCalcom() async throws {
        let spa = try await PaymentSpa.make(calcom: Self.settings)
        try await spa.app.test(.router) { client async throws in
            #expect(try await Self.post(client, Self.created, signature: Self.createdSignature).status == .ok)
        }
        try await spa.engine.settle()
        spa.clock.advance(to: PaymentSpa.at("2026-11-25T08:00"))
        try await spa.app.test(.router) { client async throws in
            let cancel = Self.booking("BOOKING_CANCELLED", uid: "bk_olivia_1", extra: #","cancelledBy":"olivia@example.com""#)
            #expect(try await Self.post(client, cancel).status == .ok)
        }
        try await spa.engine.settle()
        let a = try #require(try await spa.store.appointments(of: "olivia").first)
        #expect(a.cancellation?.late == true && a.cancellation?.fee == Money(minorUnits: 3750, currency: "GBP"))
        let receipt = try #require(spa.inbox(PaymentSpa.olivia).last)
        #expect(receipt.contains("late cancellation fee") && receipt.contains("37.50") && !receipt.contains("no charge"), "\(receipt)")
        #expect(try await spa.store.read { try $0.fee(a.id) }?.status == .noted)
        while let next = try await spa.engine.nextDue(), next <= PaymentSpa.at("2026-11-28T10:00") {
            spa.clock.advance(to: next)
            try await spa.engine.settle()
        }
        #expect(spa.inbox(PaymentSpa.olivia).contains { $0.contains("rebook") || $0.contains("new time") }, "\(spa.inbox(PaymentSpa.olivia))")
    }

    @Test("someone new books: a client is added with their e-mail and phone; a taken slot is refused with 409 and nothing is written")
    func newClientAndTakenSlot() async throws {
        let spa = try await PaymentSpa.make(calcom: Self.settings)
        let phone = #","responses":{"attendeePhoneNumber":{"label":"phone_number","value":"+447700900555"}}"#
        try await spa.app.test(.router) { client async throws in
            let sam = Self.booking("BOOKING_CREATED", uid: "bk_sam", email: "sam@example.com", name: "Sam Carter", extra: phone)
            #expect(try await Self.post(client, sam).status == .ok)
            let clash = Self.booking("BOOKING_CREATED", uid: "bk_kim", start: "2026-11-25T14:30:00Z", end: "2026-11-25T15:30:00Z",
                                     email: "kim@example.com", name: "Kim Lee")
            let refused = try await Self.post(client, clash)
            #expect(refused.status == .conflict)
        }
        let clients = try await spa.store.clients()
        let sam = try #require(clients.first { $0.addresses[.email] == "sam@example.com" })
        #expect(sam.firstName == "Sam" && sam.lastName == "Carter" && sam.addresses[.sms] == "+447700900555")
        #expect(!clients.contains { $0.addresses[.email] == "kim@example.com" }, "the refused booking added nobody")
        #expect(try await spa.store.read { try $0.externalBooking(source: "calcom", id: "bk_kim") } == nil)
    }

    @Test("BOOKING_CANCELLED frees the slot through the engine: María, on the waitlist, is offered it")
    func cancelledRefillsTheSlot() async throws {
        let spa = try await PaymentSpa.make(calcom: Self.settings)
        try await spa.store.save(WaitlistEntry(id: "w1", clientID: "maria", locationID: "soho", serviceIDs: ["massage"],
                                               createdAt: PaymentSpa.at("2026-11-20T10:00")))
        try await spa.app.test(.router) { client async throws in
            #expect(try await Self.post(client, Self.created, signature: Self.createdSignature).status == .ok)
            try await spa.engine.settle()
            let cancel = Self.booking("BOOKING_CANCELLED", uid: "bk_olivia_1", extra: #","cancellationReason":"Something came up","cancelledBy":"olivia@example.com""#)
            #expect(try await Self.post(client, cancel).status == .ok)
            #expect(try await Self.post(client, cancel).status == .ok, "a redelivery")
        }
        try await spa.engine.settle()
        let a = try #require(try await spa.store.appointments(of: "olivia").first)
        #expect(a.status == .cancelled && a.cancellation?.by == .client("olivia"))
        let offers = spa.inbox(PaymentSpa.maria)
        #expect(offers.count == 1, "one offer, however often the cancellation arrives")
        #expect(offers.first?.contains("14:00") == true)
    }

    @Test("BOOKING_RESCHEDULED moves ours (found by rescheduleUid), and a later cancellation by the new uid finds it")
    func rescheduled() async throws {
        let spa = try await PaymentSpa.make(calcom: Self.settings)
        try await spa.app.test(.router) { client async throws in
            #expect(try await Self.post(client, Self.created, signature: Self.createdSignature).status == .ok)
            let moved = Self.booking("BOOKING_RESCHEDULED", uid: "bk_olivia_2", start: "2026-11-26T10:00:00Z", end: "2026-11-26T11:00:00Z",
                                     extra: #","rescheduleUid":"bk_olivia_1""#)
            #expect(try await Self.post(client, moved).status == .ok)
            let unknown = Self.booking("BOOKING_CANCELLED", uid: "bk_nobody")
            #expect(try await Self.post(client, unknown).status == .notFound)
            #expect(try await Self.post(client, Self.booking("BOOKING_CANCELLED", uid: "bk_olivia_2")).status == .ok)
        }
        let a = try #require(try await spa.store.appointments(of: "olivia").first)
        #expect(a.start == PaymentSpa.at("2026-11-26T10:00"))
        #expect(a.status == .cancelled && a.cancellation?.by == .external("calcom"), "cancelled by nobody we know: no late-cancel rules")
    }

    @Test("a bad or missing signature gets 403, a signed body that isn't a webhook 400; nothing changes; off without a secret")
    func refused() async throws {
        let spa = try await PaymentSpa.make(calcom: Self.settings)
        try await spa.app.test(.router) { client async throws in
            #expect(try await Self.post(client, Self.created, signature: String(repeating: "0", count: 64)).status == .forbidden)
            #expect(try await Self.post(client, Self.created, signature: .some(nil)).status == .forbidden)
            #expect(try await Self.post(client, "not json").status == .badRequest)
            #expect(try await Self.post(client, #"{"triggerEvent":"BOOKING_CREATED","createdAt":"2026-11-23T10:00:00Z","payload":{"uid":"x"}}"#).status == .badRequest)
            #expect(try await Self.post(client, #"{"triggerEvent":"MEETING_ENDED","createdAt":"2026-11-23T10:00:00Z","payload":{"uid":"x"}}"#).status == .ok)
        }
        #expect(try await spa.store.appointments(of: "olivia").isEmpty)
        let off = try await PaymentSpa.make()
        try await off.app.test(.router) { client async throws in
            #expect(try await Self.post(client, Self.created, signature: Self.createdSignature).status == .notFound)
        }
    }
}
