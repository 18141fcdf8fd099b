import Foundation

/// An outgoing e-mail as RFC 5322 and MIME describe it: headers (encoded where non-ASCII), a text/plain body or a
/// multipart/alternative of text and HTML, UTF-8, CRLF line endings, no line longer than 998 characters. Pure: the date,
/// Message-ID and boundary are given, so the same inputs render the same bytes.
public struct MailMessage: Sendable, Hashable {
    /// The sender: the business's name and address.
    public var from: MailAddress
    /// The recipient.
    public var to: MailAddress
    /// The subject, any language: encoded on output when not ASCII.
    public var subject: String
    /// When it was written (the Date header, in UTC).
    public var date: Date
    /// Without brackets: `slotkeeper.42.k3j9x0@spa.example.com`.
    public var messageID: String
    /// The message this one answers, without brackets; it also starts `References`.
    public var inReplyTo: String?
    /// Earlier messages of the thread, oldest first, without brackets.
    public var references: [String]
    /// The text/plain body.
    public var text: String
    /// The text/html body; with it the message is multipart/alternative.
    public var html: String?
    /// The multipart boundary; `=_` in it can never occur in quoted-printable text.
    public var boundary: String

    /// A message to render; `boundary` is random unless a test fixes it.
    public init(from: MailAddress, to: MailAddress, subject: String, date: Date, messageID: String, inReplyTo: String? = nil,
                references: [String] = [], text: String, html: String? = nil, boundary: String = MailMessage.randomBoundary()) {
        self.from = from
        self.to = to
        self.subject = subject
        self.date = date
        self.messageID = messageID
        self.inReplyTo = inReplyTo
        self.references = references
        self.text = text
        self.html = html
        self.boundary = boundary
    }

    /// A Message-ID for an outbox row: unique across databases (the random part), traceable to the row (its id).
    public static func messageID(outboxID: Int64, domain: String, random: String = randomToken(12)) -> String {
        "slotkeeper.\(outboxID).\(random)@\(domain)"
    }

    /// A boundary no body can contain.
    public static func randomBoundary() -> String { "=_slotkeeper_" + randomToken(24) }

    /// Lowercase letters and digits, `count` of them.
    public static func randomToken(_ count: Int) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<count).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// The whole message, CRLF-terminated lines, ready for SMTP DATA.
    public var rendered: String {
        var lines: [String] = []
        lines.append("From: " + from.header)
        lines.append("To: " + to.header)
        lines.append(Self.fold("Subject: " + EncodedWord.encode(subject)))
        lines.append("Date: " + Self.rfc5322Date(date))
        lines.append("Message-ID: " + MessageID.bracketed(messageID))
        if let inReplyTo {
            lines.append("In-Reply-To: " + MessageID.bracketed(inReplyTo))
            var thread = references.filter { $0 != inReplyTo }
            thread.append(inReplyTo)
            lines.append(Self.fold("References: " + thread.map(MessageID.bracketed).joined(separator: " ")))
        } else if !references.isEmpty {
            lines.append(Self.fold("References: " + references.map(MessageID.bracketed).joined(separator: " ")))
        }
        lines.append("MIME-Version: 1.0")
        if let html {
            lines.append("Content-Type: multipart/alternative; boundary=\"\(boundary)\"")
            lines.append("")
            lines.append("This is a multi-part message in MIME format.")
            lines.append("")
            lines.append("--" + boundary)
            lines += Self.part(text, subtype: "plain")
            // The line break before a delimiter belongs to the delimiter (RFC 2046 §5.1.1), not to the part.
            lines.append("--" + boundary)
            lines += Self.part(html, subtype: "html")
            lines.append("--" + boundary + "--")
        } else {
            lines += Self.part(text, subtype: "plain")
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The rendered message's bytes.
    public var bytes: [UInt8] { Array(rendered.utf8) }

    /// One text part's headers and body: 7bit when it is short-lined ASCII, quoted-printable otherwise.
    private static func part(_ content: String, subtype: String) -> [String] {
        let lines = TransferEncoding.normalizedLines(content)
        let plain = content.unicodeScalars.allSatisfy { $0.isASCII && ($0.value >= 32 || $0 == "\n" || $0 == "\r" || $0 == "\t") }
            && lines.allSatisfy { $0.utf8.count <= 76 && !$0.hasSuffix(" ") }
        if plain {
            return ["Content-Type: text/\(subtype); charset=UTF-8", "Content-Transfer-Encoding: 7bit", ""] + lines.map(String.init)
        }
        return ["Content-Type: text/\(subtype); charset=UTF-8", "Content-Transfer-Encoding: quoted-printable", "",
                TransferEncoding.quotedPrintable(content)]
    }

    /// Folds a long ASCII header line at spaces so each line stays within 78 characters where it can.
    static func fold(_ line: String) -> String {
        guard line.utf8.count > 78, !line.contains("\r\n") else { return line }
        var out: [String] = []
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            if current.isEmpty {
                current = String(word)
            } else if current.utf8.count + 1 + word.utf8.count > 78 {
                out.append(current)
                current = String(word)
            } else {
                current += " " + word
            }
        }
        out.append(current)
        return out.joined(separator: "\r\n ")
    }

    /// `Tue, 24 Nov 2026 10:00:00 +0000`, always in UTC (RFC 5322 §3.3).
    public static func rfc5322Date(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ n: Int?) -> String { String(format: "%02d", n ?? 0) }
        return "\(days[(c.weekday ?? 1) - 1]), \(c.day ?? 1) \(months[(c.month ?? 1) - 1]) \(c.year ?? 1970) \(two(c.hour)):\(two(c.minute)):\(two(c.second)) +0000"
    }
}
