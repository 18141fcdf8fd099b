import Foundation
import Intents
import Testing

/// A question that names someone on the staff is about them, not a request to move the visit.
@Suite("Questions about a staff member")
struct StaffQuestionTests {
    static let staff = ["Maria López", "Jess Turner", "Jana Weber", "Julie Martin"]

    static func read(_ text: String, _ locale: String, _ expecting: Expecting = .confirm) -> Understanding {
        var context = corpusContext(locale)
        context.staffNames = staff
        return sharedMatcher.understand(text, locale: locale, expecting: expecting, context: context)
    }

    @Test("naming a staff member in a question about a day goes to a person", arguments: [
        ("en", "Is Jess in on Friday?"), ("en", "is maria working wed?"), ("es", "¿está María mañana?"),
        ("de", "Ist Jana morgen da?"), ("fr", "Est-ce que Julie travaille demain ?"),
    ])
    func question(_ c: (String, String)) {
        #expect(Self.read(c.1, c.0).intent == .question, "\(c.1)")
    }

    @Test("asking to move, or naming someone who is not on the staff, is still a reschedule", arguments: [
        ("en", "Can we move it to Friday with Jess instead?"), ("en", "Is Friday possible?"), ("en", "Is Tom in on Friday?"),
    ])
    func stillReschedule(_ c: (String, String)) {
        #expect(Self.read(c.1, c.0).intent == .reschedule, "\(c.1)")
    }

    @Test("without the staff's names, a capitalised word inside a question that the language does not know is taken for a name",
          arguments: [
        ("en", Expecting.confirm, "Is Jess in on Friday?", Intent.question), ("en", .offer, "Is the Friday one with Anna or someone else?", .question),
        ("ru", .offer, "В пятницу это Анна будет или другой мастер?", .question), ("it", .offer, "La 2 è sempre con Anna?", .question),
        ("fr", .confirm, "C bien avec Anna jeudi? ou avec l'autre fille", .question),
        // Not the first word of the question, not a word of the language (a typo of one included), not outside the question.
        ("en", .confirm, "Friday? Jess here", .reschedule), ("en", .confirm, "Can we do Thurday instead?", .reschedule),
        ("en", .offer, "Is Friday ok?", .accept), ("en", .offer, "Can I have the Friday one? Thanks, Maria", .accept),
        // German writes its nouns with a capital.
        ("de", .confirm, "Freitag nach der Arbeit?", .reschedule),
    ])
    func withoutNames(_ c: (String, Expecting, String, Intent)) {
        let read = sharedMatcher.understand(c.2, locale: c.0, expecting: c.1, context: corpusContext(c.0))
        #expect(read.intent == c.3, "\(c.2): \(read.intent)")
    }
}
