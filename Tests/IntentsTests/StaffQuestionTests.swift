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

    @Test("without the staff's names the same question reads as before")
    func withoutNames() {
        #expect(sharedMatcher.understand("Is Jess in on Friday?", locale: "en", expecting: .confirm, context: corpusContext("en")).intent
                == .reschedule)
    }
}
