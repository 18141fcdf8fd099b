import Foundation
import Intents
import Testing

/// A time named without a day in answer to a reminder is on the visit's day: "No, I wanted 2 pm" on Monday about
/// Wednesday's visit means Wednesday at 14:00, not this afternoon.
@Suite("A time without a day, about a visit")
struct VisitDayTests {
    static let cases: [(locale: String, text: String, expecting: Expecting, at: String)] = [
        ("en", "No, I wanted 2 pm", .confirm, "2026-11-25T14:00"),
        ("en", "can we do 4 instead?", .confirm, "2026-11-25T16:00"),
        ("en", "could I come in the afternoon instead?", .confirm, "2026-11-25T12:00"),
        ("es", "no, quería a las 14:00", .confirm, "2026-11-25T14:00"),
        ("ru", "нет, я хотела в 14:00", .confirm, "2026-11-25T14:00"),
        ("de", "nein, ich wollte 14 Uhr", .confirm, "2026-11-25T14:00"),
        ("fr", "non, je voulais 14h", .confirm, "2026-11-25T14:00"),
        // A day named wins over the visit's.
        ("en", "No, I wanted Thursday at 2 pm", .confirm, "2026-11-26T14:00"),
        ("en", "tomorrow at 4 instead?", .confirm, "2026-11-24T16:00"),
    ]

    @Test("a bare time is placed on the day of the visit asked about", arguments: cases)
    func onVisitDay(_ c: (locale: String, text: String, expecting: Expecting, at: String)) throws {
        var context = corpusContext(c.locale)
        let visit = IntentBatch.parseNow("2026-11-25T11:00:00", zone: context.zone)!
        context.visit = visit
        let u = sharedMatcher.understand(c.text, locale: c.locale, expecting: c.expecting, context: context)
        #expect(u.intent == .reschedule, "\(u.intent)")
        #expect(u.time.map { wall($0.start, context.zone) } == c.at)
        // Without a visit to anchor it, a bare time is the nearest one ahead (today or tomorrow); a named day stays.
        let plain = sharedMatcher.understand(c.text, locale: c.locale, expecting: c.expecting, context: corpusContext(c.locale))
        let dayNamed = !c.at.hasPrefix("2026-11-25")
        #expect(dayNamed == (plain.time?.start == u.time?.start), "\(plain.time.map { wall($0.start, context.zone) } ?? "nil")")
    }

    @Test("the visit's own day named with nothing asking to move confirms it; asked about or refused, it does not", arguments: [
        ("it", "va ben, ghe son mercoledi", Intent.confirm), ("en", "see you wednesday", .confirm), ("en", "wednesday morning then", .confirm),
        ("en", "could we do wednesday instead?", .reschedule), ("en", "can't do wednesday", .unknown),
    ])
    func visitDayConfirms(_ c: (String, String, Intent)) {
        var context = corpusContext(c.0)
        context.visit = IntentBatch.parseNow("2026-11-25T11:00:00", zone: context.zone)!
        let u = sharedMatcher.understand(c.1, locale: c.0, expecting: .confirm, context: context)
        #expect(u.intent == c.2, "\(c.1): \(u.intent) \(u.confidence)")
    }

    @Test("\"the same time\" on another day is the visit's time, not the time the reply was written", arguments: [
        ("en", "Could I do Friday at the same time?", "2026-11-27T11:00"), ("fr", "Non, pas mercredi. Vous auriez vendredi à la même heure?", "2026-11-27T11:00"),
        ("it", "No mercoledì no, venerdì alla stessa ora si può?", "2026-11-27T11:00"), ("en", "same time next week instead?", "2026-12-02T11:00"),
    ])
    func sameTimeIsTheVisits(_ c: (String, String, String)) {
        var context = corpusContext(c.0)
        context.visit = IntentBatch.parseNow("2026-11-25T11:00:00", zone: context.zone)!
        let u = sharedMatcher.understand(c.1, locale: c.0, expecting: .confirm, context: context)
        #expect(u.intent == .reschedule, "\(c.1): \(u.intent)")
        #expect(u.time.map { wall($0.start, context.zone) } == c.2, "\(c.1)")
    }

    @Test("a visit today or past leaves the nearest occurrence as it was")
    func visitToday() {
        var context = corpusContext("en")
        context.visit = IntentBatch.parseNow("2026-11-23T18:00:00", zone: context.zone)!
        let u = sharedMatcher.understand("No, I wanted 2 pm", locale: "en", expecting: .confirm, context: context)
        #expect(u.time.map { wall($0.start, context.zone) } == "2026-11-23T14:00")
    }
}
