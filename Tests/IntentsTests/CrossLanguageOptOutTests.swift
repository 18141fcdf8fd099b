import Foundation
import Intents
import Testing

@Suite("Opt-out in any language")
struct CrossLanguageOptOutTests {
    static let context = ReplyContext(now: Date(timeIntervalSince1970: 1_795_428_000), zone: TimeZone(identifier: "Europe/London")!)

    @Test("a bare opt-out word is honoured whatever language the client is filed under", arguments: [
        ("en", "СТОП"), ("en", "baja"), ("ru", "STOP"), ("es", "Unsubscribe"), ("ru", "BAJA"), ("es", "стоп"),
        ("pt", "CANCEL"), ("it", "STOP"), ("de", "unsubscribe"),
    ])
    func bareOptOut(locale: String, text: String) {
        for expecting in Expecting.allCases {
            #expect(sharedMatcher.understand(text, locale: locale, expecting: expecting, context: Self.context).intent == .optout)
        }
    }

    @Test("a sentence in the client's own language is not mistaken for another language's opt-out", arguments: [
        ("en", "para is fine"), ("es", "para el jueves"), ("en", "end of the day works"),
        ("pt", "Cancela"), ("it", "cancella"), ("pt", "Cancelo"),
    ])
    func notAnOptOut(locale: String, text: String) {
        #expect(sharedMatcher.understand(text, locale: locale, expecting: .confirm, context: Self.context).intent != .optout)
    }
}
