@testable import Channels
import Testing

/// E-mail settings from the environment: off when unset, and every mistake named with its fix.
@Suite("E-mail settings")
struct EmailSettingsTests {
    static let complete = [
        "SLOTKEEPER_SMTP_URL": "smtps://smtp.example.com:465",
        "SLOTKEEPER_SMTP_USER": "bookings@spa.example.com",
        "SLOTKEEPER_SMTP_PASSWORD": "app-password",
        "SLOTKEEPER_EMAIL_FROM": "Soho Spa <bookings@spa.example.com>",
        "SLOTKEEPER_IMAP_URL": "imaps://imap.example.com",
        "SLOTKEEPER_IMAP_USER": "bookings@spa.example.com",
        "SLOTKEEPER_IMAP_PASSWORD": "app-password",
        "SLOTKEEPER_IMAP_POLL_SECONDS": "30",
    ]

    @Test("nothing set: e-mail is off")
    func off() throws {
        #expect(try EmailSettings(SettingsReader([:])) == nil)
    }

    @Test("everything set: sending and reading, INBOX by default")
    func complete() throws {
        let settings = try #require(try EmailSettings(SettingsReader(Self.complete)))
        #expect(settings.smtp == EmailSettings.SMTP(url: "smtps://smtp.example.com:465", user: "bookings@spa.example.com", password: "app-password",
                                                    from: MailAddress(name: "Soho Spa", address: "bookings@spa.example.com")))
        #expect(settings.imap == EmailSettings.IMAP(url: "imaps://imap.example.com/INBOX", user: "bookings@spa.example.com", password: "app-password",
                                                    pollSeconds: 30, ownAddress: "bookings@spa.example.com"))
    }

    @Test("sending only, to a relay without a login")
    func sendingOnly() throws {
        let settings = try #require(try EmailSettings(SettingsReader(["SLOTKEEPER_SMTP_URL": "smtp://localhost:25",
                                                                      "SLOTKEEPER_EMAIL_FROM": "bookings@spa.example.com"])))
        #expect(settings.smtp.user == nil)
        #expect(settings.smtp.from == MailAddress(address: "bookings@spa.example.com"))
        #expect(settings.imap == nil)
    }

    static let mistakes: [(String, [String: String?], String)] = [
        ("no sender", ["SLOTKEEPER_EMAIL_FROM": nil], "SLOTKEEPER_EMAIL_FROM"),
        ("sender not an address", ["SLOTKEEPER_EMAIL_FROM": "Soho Spa"], "SLOTKEEPER_EMAIL_FROM"),
        ("not an SMTP URL", ["SLOTKEEPER_SMTP_URL": "https://smtp.example.com"], "SLOTKEEPER_SMTP_URL"),
        ("no host", ["SLOTKEEPER_SMTP_URL": "smtp://"], "SLOTKEEPER_SMTP_URL"),
        ("password in the URL", ["SLOTKEEPER_SMTP_URL": "smtps://me:secret@smtp.example.com"], "SLOTKEEPER_SMTP_URL"),
        ("user without password", ["SLOTKEEPER_SMTP_PASSWORD": nil], "SLOTKEEPER_SMTP_PASSWORD"),
        ("password without user", ["SLOTKEEPER_SMTP_USER": nil], "SLOTKEEPER_SMTP_USER"),
        ("not an IMAP URL", ["SLOTKEEPER_IMAP_URL": "pop3://mail.example.com"], "SLOTKEEPER_IMAP_URL"),
        ("IMAP without user", ["SLOTKEEPER_IMAP_USER": nil], "SLOTKEEPER_IMAP_USER"),
        ("IMAP without password", ["SLOTKEEPER_IMAP_PASSWORD": nil], "SLOTKEEPER_IMAP_PASSWORD"),
        ("poll not a number", ["SLOTKEEPER_IMAP_POLL_SECONDS": "often"], "SLOTKEEPER_IMAP_POLL_SECONDS"),
        ("poll too fast", ["SLOTKEEPER_IMAP_POLL_SECONDS": "1"], "SLOTKEEPER_IMAP_POLL_SECONDS"),
        ("reading without sending", ["SLOTKEEPER_SMTP_URL": nil], "SLOTKEEPER_SMTP_URL"),
    ]

    @Test("a mistake names the variable and the fix", arguments: mistakes)
    func mistake(_ name: String, _ changes: [String: String?], _ variable: String) {
        var values = Self.complete
        for (key, value) in changes { values[key] = value }
        #expect(throws: SettingError.self, "\(name)") { try EmailSettings(SettingsReader(values)) }
        do {
            _ = try EmailSettings(SettingsReader(values))
        } catch {
            #expect(error.name == variable, "\(name)")
            #expect(!error.fix.isEmpty)
        }
    }

    static let security: [(String, MailTransportSecurity)] = [
        ("smtps://smtp.example.com:465", .tls),
        ("smtp://smtp.example.com:587", .requiredSTARTTLS),
        ("imap://imap.example.com/INBOX", .requiredSTARTTLS),
        ("smtp://localhost:25", .optionalSTARTTLS),
        ("smtp://127.0.0.1:2525", .optionalSTARTTLS),
        ("imap://[::1]:143/INBOX", .optionalSTARTTLS),
    ]

    @Test("passwords cross a network only inside TLS; a relay on this machine may go without", arguments: security)
    func transportSecurity(_ url: String, _ expected: MailTransportSecurity) {
        #expect(MailTransportSecurity.of(url) == expected)
    }
}
