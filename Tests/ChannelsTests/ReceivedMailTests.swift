import BookingCore
@testable import Channels
import Testing

/// Whole messages from the mailbox, read the way the engine needs them.
@Suite("Received mail")
struct ReceivedMailTests {
    static let own = "bookings@spa.example.com"

    static func read(_ raw: String) -> ReceivedMail {
        ReceivedMail(parsing: Array(raw.replacingOccurrences(of: "\n", with: "\r\n").utf8))
    }

    static let replies: [(String, String, String, String, String)] = [
        ("Gmail", MailFixtures.gmail, "anna.smith@gmail.com", "CAGx7=Yq8Z+0a@mail.gmail.com", "Can we do Thursday at 4 instead? 🙏"),
        ("Gmail, HTML only", MailFixtures.gmailHTMLOnly, "anna.smith@gmail.com", "CAGx7=html@mail.gmail.com", "Can we do Thursday at 4 instead?"),
        ("Outlook in Spanish", MailFixtures.outlookSpanish, "ana.garcia@outlook.es", "AM0PR07MB1234ABCD@AM0PR07MB1234.eurprd07.prod.outlook.com",
         "No podré ir, lo siento. ¿Podemos cambiarla al jueves?"),
        ("Outlook on the web, HTML", MailFixtures.outlookHTML, "anna@outlook.com", "DB9PR01MB5678@DB9PR01MB5678.eurprd01.prod.outlook.com", "Yes, confirmed."),
        ("Apple Mail, flowed", MailFixtures.appleMail, "james.wright@icloud.com", "8D2E1F9A-1234-4C3B-9F0E-ABCDEF012345@icloud.com",
         "I'm running about 15 minutes late, sorry - stuck on the train."),
        ("Yandex", MailFixtures.yandex, "olga.petrova@yandex.ru", "123451795514400@mail.yandex.ru", "Да, приду"),
        ("KOI8-R", MailFixtures.koi8r, "ivan@mail.example.ru", "koi8.1@mail.example.ru", "Перенесите, пожалуйста, на четверг."),
    ]

    @Test("a person's reply is handed on: sender, Message-ID, and only what they wrote", arguments: replies)
    func reply(_ name: String, _ raw: String, _ from: String, _ id: String, _ text: String) {
        #expect(Self.read(raw).disposition(ownAddress: Self.own) == .reply(InboundMessage(channel: .email, from: from, text: text, providerID: id)), "\(name)")
    }

    @Test("a sender the mailbox's server could not authenticate is not acted on", arguments: [
        ("mx.spa.example.com; dkim=pass header.d=gmail.com; spf=pass smtp.mailfrom=gmail.com; dmarc=pass (p=NONE) header.from=gmail.com", true),
        ("mx.spa.example.com; spf=fail smtp.mailfrom=gmail.com; dkim=none; dmarc=fail (p=REJECT) header.from=gmail.com", false),
        ("mx.spa.example.com; spf=fail smtp.mailfrom=example.org; dkim=none", false),
        ("mx.spa.example.com; spf=fail smtp.mailfrom=lists.example.org; dkim=pass header.d=gmail.com", true),
        ("mx.spa.example.com; spf=softfail smtp.mailfrom=gmail.com", true),
    ])
    func senderAuthentication(_ results: String, _ trusted: Bool) {
        let raw = MailFixtures.gmail.replacingOccurrences(of: "\nFrom:", with: "\nAuthentication-Results: \(results)\nFrom:")
        let disposition = Self.read(raw).disposition(ownAddress: Self.own)
        if case .reply = disposition { #expect(trusted, "\(results)") } else { #expect(!trusted, "\(results): \(disposition)") }
    }

    @Test("headers: threading, decoded subject and names")
    func headers() {
        let yandex = Self.read(MailFixtures.yandex)
        #expect(yandex.inReplyTo == "slotkeeper.10.jkl@spa.example.com")
        #expect(yandex.references == ["slotkeeper.10.jkl@spa.example.com"])
        #expect(yandex.subject == "Re: Напоминание")
        #expect(yandex.from?.name == "Ольга Петрова")
        #expect(Self.read(MailFixtures.outlookSpanish).from?.name == "Ana García")
        #expect(Self.read(MailFixtures.koi8r).subject == "Re: Напоминание")
    }

    @Test("a bounce reports the original message as failed for good")
    func bounce() {
        let report = DeliveryReport(channel: .email, providerID: "slotkeeper.7.abc@spa.example.com", status: "failed",
                                    failure: .permanent("bounced: smtp; 550 5.1.1 <gone@example.com>: Recipient address rejected: User unknown"))
        #expect(Self.read(MailFixtures.bounce).disposition(ownAddress: Self.own) == .report(report))
    }

    static let ignored: [(String, String, String)] = [
        ("a delay notice", MailFixtures.delayNotice, "a delay notice for slotkeeper.7.abc@spa.example.com"),
        ("an out-of-office answer", MailFixtures.outOfOffice, "an automatic message (Auto-Submitted: auto-replied)"),
        ("SlotKeeper's own copy", MailFixtures.ownCopy, "sent by SlotKeeper itself"),
    ]

    @Test("machine-written mail is left alone", arguments: ignored)
    func ignore(_ name: String, _ raw: String, _ why: String) {
        #expect(Self.read(raw).disposition(ownAddress: Self.own) == .ignore(why), "\(name)")
    }

    @Test("a message without a body says it in the subject; without a Message-ID it gets a stable digest id")
    func subjectOnly() throws {
        let first = Self.read(MailFixtures.subjectOnly), again = Self.read(MailFixtures.subjectOnly)
        guard case .reply(let message) = first.disposition(ownAddress: Self.own) else { Issue.record("not a reply"); return }
        #expect(message.text == "Cancelar")
        #expect(message.from == "ana@example.es")
        #expect(message.providerID.hasPrefix("sha256-"))
        #expect(message.providerID == again.messageID)
    }

    @Test("an empty reply to one of SlotKeeper's messages is not handed on")
    func emptyReply() {
        let raw = "From: a@example.com\nSubject: Re: Your visit\nMessage-ID: <e@example.com>\n\n\n> quoted only\n"
        #expect(Self.read(raw).disposition(ownAddress: Self.own) == .ignore("nothing written above the quoted message"))
    }

    @Test("a message without a usable From is not handed on")
    func noSender() {
        #expect(Self.read("Subject: hi\nMessage-ID: <n@example.com>\n\nyes\n").disposition(ownAddress: Self.own) == .ignore("no sender address"))
    }

    @Test("multipart/mixed: the text is read, the attachment is not")
    func attachment() {
        let raw = """
            From: a@example.com
            Message-ID: <m@example.com>
            Content-Type: multipart/mixed; boundary=outer

            --outer
            Content-Type: text/plain; name="notes.txt"
            Content-Disposition: attachment; filename="notes.txt"

            attached notes
            --outer
            Content-Type: multipart/alternative; boundary="inner"

            --inner
            Content-Type: text/plain; charset=utf-8

            See attached, and yes I'll come.
            --inner--
            --outer--
            """
        #expect(Self.read(raw).text == "See attached, and yes I'll come.")
    }
}
