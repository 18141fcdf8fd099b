@testable import Channels
import Foundation
import Testing

/// The outgoing message, rendered: what a mail program will show and how it threads.
@Suite("Mail message rendering")
struct MailMessageTests {
    let spa = MailAddress(name: "Soho Spa", address: "bookings@spa.example.com")
    let date = Date(timeIntervalSince1970: 1_795_514_400)  // Tue 24 Nov 2026 10:00:00 UTC

    @Test("a plain reminder: headers in order, 7bit text, CRLF")
    func plainText() {
        let mail = MailMessage(from: spa, to: MailAddress(address: "anna@example.com"), subject: "Your visit on Tue 24 Nov", date: date,
                               messageID: "slotkeeper.7.abc@spa.example.com", text: "Hi Anna,\nsee you at 10:00.")
        #expect(mail.rendered == """
            From: Soho Spa <bookings@spa.example.com>\r
            To: anna@example.com\r
            Subject: Your visit on Tue 24 Nov\r
            Date: Tue, 24 Nov 2026 10:00:00 +0000\r
            Message-ID: <slotkeeper.7.abc@spa.example.com>\r
            MIME-Version: 1.0\r
            Content-Type: text/plain; charset=UTF-8\r
            Content-Transfer-Encoding: 7bit\r
            \r
            Hi Anna,\r
            see you at 10:00.\r

            """)
    }

    @Test("an answer threads: In-Reply-To and References name the client's message")
    func threading() {
        let mail = MailMessage(from: spa, to: MailAddress(address: "anna@example.com"), subject: "Re: moving my visit", date: date,
                               messageID: "slotkeeper.8.x@spa.example.com", inReplyTo: "CAF=abc@mail.gmail.com",
                               references: ["slotkeeper.7.abc@spa.example.com"], text: "Done.")
        let headers = MIMEPart(parsing: mail.bytes).headers
        #expect(headers["In-Reply-To"] == "<CAF=abc@mail.gmail.com>")
        #expect(headers["References"] == "<slotkeeper.7.abc@spa.example.com> <CAF=abc@mail.gmail.com>")
    }

    @Test("text and HTML go as multipart/alternative, non-ASCII quoted-printable, lines within limits, and parse back")
    func alternative() throws {
        let long = String(repeating: "Напоминание о записи. ", count: 80)
        let html = "<p>Здравствуйте, Ольга!</p><p>\(long)</p>"
        let mail = MailMessage(from: MailAddress(name: "Салон Лотос", address: "bookings@spa.example.com"), to: MailAddress(address: "olga@example.ru"),
                               subject: "Ваша запись во вторник 24 ноября в 10:00 — подтвердите, пожалуйста", date: date,
                               messageID: "slotkeeper.9.q@spa.example.com", text: "Здравствуйте, Ольга!\n.\n\(long)", html: html,
                               boundary: "=_b1")
        let rendered = mail.rendered
        #expect(rendered.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 78 })
        #expect(rendered.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(!rendered.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let parsed = MIMEPart(parsing: mail.bytes)
        #expect(parsed.headers.text("Subject") == mail.subject)
        #expect(parsed.headers.text("From") == "Салон Лотос <bookings@spa.example.com>")
        #expect(parsed.headers.contentType.mimeType == "multipart/alternative")
        #expect(parsed.parts.map(\.headers.contentType.mimeType) == ["text/plain", "text/html"])
        #expect(parsed.parts.map(\.headers.transferEncoding) == ["quoted-printable", "quoted-printable"])
        #expect(parsed.parts[0].text == "Здравствуйте, Ольга!\r\n.\r\n\(long)")
        #expect(parsed.parts[1].text == html)
    }

    @Test("Message-IDs carry the outbox id and a random part, so two databases never collide")
    func messageIDs() {
        let a = MailMessage.messageID(outboxID: 42, domain: "spa.example.com")
        let b = MailMessage.messageID(outboxID: 42, domain: "spa.example.com")
        #expect(a.hasPrefix("slotkeeper.42."))
        #expect(a.hasSuffix("@spa.example.com"))
        #expect(a != b)
    }

    static let dates: [(TimeInterval, String)] = [
        (0, "Thu, 1 Jan 1970 00:00:00 +0000"),
        (1_795_514_400, "Tue, 24 Nov 2026 10:00:00 +0000"),
        (1_803_857_999, "Sun, 28 Feb 2027 23:39:59 +0000"),
    ]

    @Test("dates as RFC 5322 writes them, in UTC", arguments: dates)
    func rfc5322Dates(_ seconds: TimeInterval, _ expected: String) {
        #expect(MailMessage.rfc5322Date(Date(timeIntervalSince1970: seconds)) == expected)
    }

    @Test("a subject or name carrying a line break cannot add a header")
    func headerInjection() {
        let mail = MailMessage(from: MailAddress(name: "Spa\r\nBcc: victim@example.com", address: "bookings@spa.example.com"),
                               to: MailAddress(address: "anna@example.com"), subject: "Hi\r\nBcc: victim@example.com", date: date,
                               messageID: "m@spa.example.com", text: "x")
        let headers = MIMEPart(parsing: mail.bytes).headers
        #expect(headers["Bcc"] == nil)
        #expect(headers["Subject"] == "Hi  Bcc: victim@example.com")
    }
}
