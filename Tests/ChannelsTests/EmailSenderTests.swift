@testable import Channels
import Foundation
import Testing

/// Sending through libcurl to a real SMTP conversation on loopback, and reading what the server received.
@Suite("E-mail sender over SMTP")
struct EmailSenderTests {
    static let spa = MailAddress(name: "Soho Spa", address: "bookings@spa.example.com")
    static let date = Date(timeIntervalSince1970: 1_795_514_400)

    static func sender(_ server: FakeSMTPServer, password: String? = nil) -> EmailSender {
        EmailSender(settings: EmailSettings.SMTP(url: server.url, user: server.user, password: password ?? server.password, from: spa,
                                                 connectTimeout: 5, timeout: 20),
                    now: { date })
    }

    @Test("a message goes out with its envelope, headers and both parts; the Message-ID comes back as the provider id")
    func sendsBothParts() async throws {
        let server = try FakeSMTPServer()
        defer { server.stop() }
        let longLine = String(repeating: "Ваша запись подтверждена. ", count: 60)
        let message = OutboundMessage(id: 42, channel: .email, address: "olga@example.ru", body: "Здравствуйте, Ольга!\n.\n\(longLine)",
                                      subject: "Ваша запись во вторник", html: "<p>Здравствуйте, Ольга!</p>\n<p>\(longLine)</p>",
                                      inReplyTo: "<CAGx7=abc@mail.gmail.com>")
        let id = try await Self.sender(server).send(message)

        #expect(id.hasPrefix("slotkeeper.42."))
        #expect(id.hasSuffix("@spa.example.com"))
        let envelope = try #require(server.received.first)
        #expect(server.received.count == 1)
        #expect(envelope.helo == "spa.example.com")
        #expect(envelope.login == "bookings@spa.example.com")
        #expect(envelope.mailFrom == "bookings@spa.example.com")
        #expect(envelope.recipients == ["olga@example.ru"])
        #expect(envelope.data.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 998 })

        let mail = MIMEPart(parsing: Array(envelope.data.utf8))
        #expect(mail.headers["From"] == "Soho Spa <bookings@spa.example.com>")
        #expect(mail.headers["To"] == "olga@example.ru")
        #expect(mail.headers["Subject"]?.hasPrefix("=?UTF-8?B?") == true)
        #expect(mail.headers.text("Subject") == "Ваша запись во вторник")
        #expect(mail.headers["Date"] == "Tue, 24 Nov 2026 10:00:00 +0000")
        #expect(mail.headers["Message-ID"] == "<\(id)>")
        #expect(mail.headers["In-Reply-To"] == "<CAGx7=abc@mail.gmail.com>")
        #expect(mail.headers["References"] == "<CAGx7=abc@mail.gmail.com>")
        #expect(mail.headers["MIME-Version"] == "1.0")
        #expect(mail.headers.contentType.mimeType == "multipart/alternative")
        #expect(mail.parts.map(\.headers.contentType.mimeType) == ["text/plain", "text/html"])
        #expect(mail.parts.allSatisfy { $0.headers.contentType["charset"] == "UTF-8" })
        // The line holding only "." was dot-stuffed by libcurl and unstuffed by the server.
        #expect(mail.parts[0].text == "Здравствуйте, Ольга!\r\n.\r\n\(longLine)")
        #expect(mail.parts[1].text == "<p>Здравствуйте, Ольга!</p>\r\n<p>\(longLine)</p>")
    }

    @Test("without HTML the message is one text/plain part, and without a subject the business's name stands in")
    func textOnly() async throws {
        let server = try FakeSMTPServer()
        defer { server.stop() }
        _ = try await Self.sender(server).send(OutboundMessage(id: 7, channel: .email, address: "anna@example.com", body: "See you at 10:00."))
        let mail = MIMEPart(parsing: Array(try #require(server.received.first).data.utf8))
        #expect(mail.headers.contentType.mimeType == "text/plain")
        #expect(mail.headers["Subject"] == "Soho Spa")
        #expect(mail.headers["In-Reply-To"] == nil)
        #expect(mail.text == "See you at 10:00.\r\n")
    }

    static let refusals: [(String, Bool)] = [
        ("550 5.1.1 <gone@example.com>: Recipient address rejected: User unknown", true),
        ("553 5.1.3 <gone@example.com>: Recipient address rejected: not a valid address", true),
        ("452 4.2.2 <gone@example.com>: Mailbox full, try later", false),
        ("450 4.7.1 <gone@example.com>: Greylisted, try again in 5 minutes", false),
    ]

    @Test("a refused recipient: 5xx is for good, 4xx is worth another try", arguments: refusals)
    func refusedRecipient(_ reply: String, _ permanent: Bool) async throws {
        let server = try FakeSMTPServer()
        defer { server.stop() }
        server.reject("gone@example.com", with: reply)
        let failure = await #expect(throws: SendFailure.self) {
            try await Self.sender(server).send(OutboundMessage(id: 1, channel: .email, address: "gone@example.com", body: "Hi"))
        }
        switch failure {
        case .permanent(let why)?:
            #expect(permanent)
            #expect(why.contains(reply), "\(why)")
        case .transient(let why, _)?:
            #expect(!permanent)
            #expect(why.contains(reply), "\(why)")
        default:
            Issue.record("unexpected \(String(describing: failure))")
        }
        #expect(server.received.isEmpty)
    }

    @Test("connection refused is transient")
    func connectionRefused() async throws {
        let port = try LoopbackServer.closedPort()
        let sender = EmailSender(settings: EmailSettings.SMTP(url: "smtp://127.0.0.1:\(port)", from: Self.spa, connectTimeout: 5, timeout: 10))
        let failure = await #expect(throws: SendFailure.self) {
            try await sender.send(OutboundMessage(id: 1, channel: .email, address: "anna@example.com", body: "Hi"))
        }
        guard case .transient(let why, _)? = failure else { Issue.record("not transient: \(String(describing: failure))"); return }
        #expect(why.contains("could not be reached"))
    }

    @Test("a server that is busy at the greeting (421) is transient")
    func busyServer() async throws {
        let server = try FakeSMTPServer()
        defer { server.stop() }
        server.greet(with: "421 4.3.2 Service not available, closing transmission channel")
        let failure = await #expect(throws: SendFailure.self) {
            try await Self.sender(server).send(OutboundMessage(id: 1, channel: .email, address: "anna@example.com", body: "Hi"))
        }
        guard case .transient? = failure else { Issue.record("not transient: \(String(describing: failure))"); return }
    }

    @Test("a refused login is permanent and says which settings to check")
    func refusedLogin() async throws {
        let server = try FakeSMTPServer()
        defer { server.stop() }
        let failure = await #expect(throws: SendFailure.self) {
            try await Self.sender(server, password: "wrong").send(OutboundMessage(id: 1, channel: .email, address: "anna@example.com", body: "Hi"))
        }
        guard case .permanent(let why)? = failure else { Issue.record("not permanent: \(String(describing: failure))"); return }
        #expect(why.contains("SLOTKEEPER_SMTP_PASSWORD"))
        #expect(server.received.isEmpty)
    }

    @Test("an address that is not one fails for good without a connection")
    func invalidAddress() async throws {
        let server = try FakeSMTPServer()
        defer { server.stop() }
        let address = "anna@example.com>\r\nRCPT TO:<x@example.org"
        await #expect(throws: SendFailure.permanent("\"\(address)\" is not an e-mail address")) {
            try await Self.sender(server).send(OutboundMessage(id: 1, channel: .email, address: address, body: "Hi"))
        }
        #expect(server.sessions == 0)
    }
}
