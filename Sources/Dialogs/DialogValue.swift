import BookingCore

/// A typed value for one template variable; the renderer formats it for the message's locale.
public enum DialogValue: Hashable, Sendable {
    /// Plain text, inserted as is (HTML-escaped only in e-mail HTML).
    case text(String)
    /// A whole number, e.g. minutes.
    case count(Int)
    /// An amount, formatted per locale: £85.00, 85,00 €, 8 500 ₽.
    case money(Money)
    /// A local date and time, e.g. "Tue 24 Nov at 10:00".
    case dateTime(LocalDateTime)
    /// A local date, e.g. "Tue 24 Nov".
    case date(LocalDate)
    /// A local time, e.g. "10:00".
    case time(LocalTime)
    /// A numbered list of times; templates iterate it with `{{#name}}{{number}}) {{when}}{{/name}}` (`{{short}}` on buttons, `{{label}}` for what it is).
    case slots([SlotOption])
    /// Lines of a conversation; templates iterate it with `{{#name}}{{from}}: {{text}}{{/name}}`.
    case transcript([TranscriptLine])

    /// The kinds of values, as message specs declare them.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case text, count, money, dateTime, date, time, slots, transcript
    }

    /// This value's kind.
    public var kind: Kind {
        switch self {
        case .text: .text
        case .count: .count
        case .money: .money
        case .dateTime: .dateTime
        case .date: .date
        case .time: .time
        case .slots: .slots
        case .transcript: .transcript
        }
    }
}

/// One entry of a numbered list: a time, and optionally what it is (a service name, a staff member).
public struct SlotOption: Hashable, Sendable {
    /// The local start.
    public var when: LocalDateTime
    /// What is at that time, e.g. "Facial"; templates that show `{{label}}` need it.
    public var label: String?

    /// A list entry.
    public init(_ when: LocalDateTime, label: String? = nil) {
        self.when = when
        self.label = label
    }
}

/// One message of a thread, shown to staff in an escalation.
public struct TranscriptLine: Hashable, Sendable {
    /// Who wrote it: the client's name, or the business for the bot's own messages.
    public var from: String
    /// What was written.
    public var text: String

    /// A transcript line.
    public init(from: String, text: String) {
        self.from = from
        self.text = text
    }
}
