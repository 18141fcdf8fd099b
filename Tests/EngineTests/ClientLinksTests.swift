import BookingCore
import Conversation
@testable import Engine
import Foundation
import Testing

/// The signed links in clients' messages: each opens only what it was made for, until it runs out, and the reminders and
/// receipts carry them.
@Suite("Client links")
struct ClientLinksTests {
    static let links = ClientLinks(base: "https://spa.example.com/", secret: Array("a secret of thirty-two bytes, ok".utf8))
    static let now = EngineHarness.at("2026-11-23T09:00")

    @Test("a manage link opens its own visit until 30 days after it, and no other; a changed character breaks it")
    func manage() throws {
        let start = EngineHarness.at("2026-11-24T14:00")
        let visit = Appointment(id: "a-1", clientID: "olivia", serviceID: "massage", staffID: "anna", locationID: "soho", start: start,
                                end: start.addingTimeInterval(3600), price: EngineHarness.massage.price, status: .booked, createdAt: Self.now)
        let url = Self.links.manage(visit)
        #expect(url.hasPrefix("https://spa.example.com/book/m/a-1/"))
        let token = String(url.split(separator: "/").last!)
        #expect(Self.links.isManageToken(token, for: "a-1", now: Self.now))
        #expect(Self.links.isManageToken(token, for: "a-1", now: start.addingTimeInterval(29 * 86_400)))
        #expect(!Self.links.isManageToken(token, for: "a-1", now: start.addingTimeInterval(30 * 86_400 + 3600)), "run out")
        #expect(!Self.links.isManageToken(token, for: "a-2", now: Self.now), "another visit")
        var tampered = Array(token)
        tampered[tampered.count - 1] = tampered.last == "A" ? "B" : "A"
        #expect(!Self.links.isManageToken(String(tampered), for: "a-1", now: Self.now))
        // A later expiry with the old signature is refused too.
        let parts = token.split(separator: ".")
        let later = String(Int(parts[0], radix: 36)! + 1000, radix: 36) + "." + parts[1]
        #expect(!Self.links.isManageToken(later, for: "a-1", now: Self.now))
        let otherSecret = ClientLinks(base: "https://spa.example.com", secret: Array("another secret, thirty-two bytes".utf8))
        #expect(!otherSecret.isManageToken(token, for: "a-1", now: Self.now))
    }

    @Test("link signatures are base64url without padding, as RFC 4648 writes it, for every length")
    func base64URL() {
        var rng = SystemRandomNumberGenerator()
        for length in 0...40 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let standard = Data(bytes).base64EncodedString()
                .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
            #expect(ClientLinks.base64URL(bytes) == standard, "\(bytes)")
        }
        #expect(ClientLinks.base64URL([0xFB, 0xFF]) == "-_8")
    }

    @Test("each proof is for its own purpose: a client's link token is no manage token, and a visitor cookie names who it was made for")
    func purposes() throws {
        let link = Self.links.booking(location: "soho", client: "a-1", service: "hot stone", now: Self.now)
        #expect(link.hasPrefix("https://spa.example.com/book/soho?service=hot%20stone&c=a-1&t="))
        let token = String(link.split(separator: "=").last!)
        #expect(Self.links.isClientToken(token, for: "a-1", now: Self.now))
        #expect(!Self.links.isManageToken(token, for: "a-1", now: Self.now))
        #expect(!Self.links.isClientToken(token, for: "a-1", now: Self.now.addingTimeInterval(61 * 86_400)))

        let cookie = Self.links.visitorCookie(.phone("+447700900777"), until: Self.now.addingTimeInterval(1800))
        #expect(Self.links.visitor(fromCookie: cookie, now: Self.now.addingTimeInterval(1799)) == .phone("+447700900777"))
        #expect(Self.links.visitor(fromCookie: cookie, now: Self.now.addingTimeInterval(3 * 3600)) == nil)
        #expect(Self.links.visitor(fromCookie: cookie.replacingOccurrences(of: "0777", with: "0778"), now: Self.now) == nil)
        let client = Self.links.visitorCookie(.client("olivia"), until: Self.now.addingTimeInterval(1800))
        #expect(Self.links.visitor(fromCookie: client, now: Self.now) == .client("olivia"))
        #expect(Self.links.visitor(fromCookie: client.replacingOccurrences(of: "client:olivia", with: "client:maria"), now: Self.now) == nil)
        #expect(Self.links.codeHash(phone: "+447700900777", code: "123456") != Self.links.codeHash(phone: "+447700900778", code: "123456"))
    }

    @Test("reminders carry the visit's manage link, and a cancellation receipt the client's own link to book the service again")
    func inMessages() async throws {
        let spa = try await EngineHarness(links: Self.links)
        try await spa.book("a-1", client: "olivia", start: "2026-11-25T14:00")
        try await spa.run(until: "2026-11-23T15:00")
        let visit = try #require(try await spa.store.appointment("a-1"))
        let reminder = try #require(spa.inbox(.sms, "+447700900101").last)
        #expect(reminder.hasSuffix("Or online: \(Self.links.manage(visit))"), "\(reminder)")
        _ = try await spa.reply("cancel please", from: "+447700900101")
        try await spa.run(until: "2026-11-23T15:05")
        let receipt = try #require(spa.inbox(.sms, "+447700900101").last)
        #expect(receipt.contains("https://spa.example.com/book/soho?service=massage&c=olivia&t="), "\(receipt)")
    }
}
