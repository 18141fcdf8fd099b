import Testing
import Foundation
import Intents

/// The worst error is a destructive one: a yes, a reschedule or a late read as cancel or opt-out,
/// or a no read as a confirmation. These hold for every open question.
@Suite("Safety")
struct SafetyTests {
    static let notDestructive: [(String, String)] = [
        ("en", "yes"), ("en", "yes please"), ("en", "see you then"), ("en", "no problem, see you then"),
        ("en", "no worries"), ("en", "I can't wait!"), ("en", "can't wait to see you"), ("en", "don't cancel, I'm coming"),
        ("en", "yes but can we do 5 instead"), ("en", "can we move it to friday"), ("en", "running 10 min late"),
        ("en", "I'll be late, don't cancel"), ("en", "stuck in traffic"), ("en", "running late sorry"),
        ("en", "I won't be late"), ("en", "can I reschedule"), ("en", "stop by later? yes I'll be there"),
        ("en", "I'll be there, stop worrying"), ("en", "yes, and cancel my other booking request? no, keep it"),
        ("en", "thanks!"), ("en", "👍"), ("en", "confirmed"), ("en", "shop"), ("en", "step"), ("en", "late"),
        ("en", "I have cancer treatment before, can we do later"), ("en", "need to push it back an hour"),
        ("es", "sí"), ("es", "no hay problema"), ("es", "no cancelen, voy"), ("es", "llego tarde"),
        ("es", "¿podemos cambiar la hora?"), ("es", "no llegaré tarde"), ("es", "sin problema, ahí estaré"),
        ("es", "voy con retraso"), ("es", "mejor el jueves"), ("es", "claro que sí"),
        ("ru", "да"), ("ru", "без проблем"), ("ru", "не отменяйте, приду"), ("ru", "опаздываю"),
        ("ru", "можно перенести?"), ("ru", "не опоздаю"), ("ru", "буду через 10 минут"), ("ru", "всё в силе"),
        ("ru", "не волнуйтесь, приду"), ("ru", "перенесите на пятницу"),
        ("de", "ja"), ("de", "kein Problem, bis dann"), ("de", "bitte nicht absagen, ich komme"), ("de", "ich verspäte mich 10 Minuten"),
        ("de", "können wir auf Freitag verschieben?"), ("de", "passt, bis morgen"),
        ("fr", "oui"), ("fr", "pas de souci, à demain"), ("fr", "n'annulez pas, je viens"), ("fr", "j'ai 10 min de retard"),
        ("fr", "on peut décaler à vendredi ?"), ("fr", "c'est noté, merci"),
        ("nl", "ja"), ("nl", "geen probleem, tot dan"), ("nl", "niet annuleren, ik kom"), ("nl", "ik ben 10 minuten later"),
        ("nl", "kunnen we het naar vrijdag verzetten?"), ("nl", "top, tot morgen"),
        ("it", "sì"), ("it", "nessun problema, a domani"), ("it", "non cancellate, vengo"), ("it", "arrivo 10 minuti in ritardo"),
        ("it", "possiamo spostare a venerdì?"), ("it", "perfetto, ci sarò"),
        ("pt", "sim"), ("pt", "sem problema, até lá"), ("pt", "não cancela, eu vou"), ("pt", "vou atrasar 10 minutos"),
        ("pt", "dá pra remarcar pra sexta?"), ("pt", "combinado, até amanhã"),
    ]

    static let notConfirming: [(String, String)] = [
        ("en", "no"), ("en", "nope"), ("en", "I can't come"), ("en", "can't make it"), ("en", "cancel my appointment"),
        ("en", "I won't be there"), ("en", "not coming"), ("en", "no thanks"), ("en", "not interested"),
        ("en", "I don't think I can make it"), ("en", "I'm not able to come"), ("en", "no, sorry"),
        ("en", "please cancel"), ("en", "I will not be able to attend"), ("en", "no I can't"), ("en", "👎"),
        ("en", "ok I can't make it"), ("en", "thanks but I can't come"), ("en", "unfortunately I can't make it"),
        ("en", "stop"), ("en", "cancel"), ("en", "not sure I can make it"),
        ("es", "no"), ("es", "no puedo ir"), ("es", "no voy a poder"), ("es", "cancelar la cita"),
        ("es", "no gracias"), ("es", "no podré asistir"), ("es", "gracias pero no puedo"),
        ("ru", "нет"), ("ru", "не смогу"), ("ru", "не приду"), ("ru", "отмените запись"), ("ru", "нет, спасибо"),
        ("ru", "спасибо, но не смогу"), ("ru", "не получится"),
        ("de", "nein"), ("de", "ich kann nicht kommen"), ("de", "bitte absagen"), ("de", "nein danke"), ("de", "leider schaffe ich es nicht"),
        ("fr", "non"), ("fr", "je ne peux pas venir"), ("fr", "annulez svp"), ("fr", "non merci"), ("fr", "malheureusement je ne pourrai pas"),
        ("nl", "nee"), ("nl", "ik kan niet komen"), ("nl", "graag annuleren"), ("nl", "nee dank je"), ("nl", "helaas lukt het niet"),
        ("it", "no"), ("it", "non posso venire"), ("it", "annulla per favore"), ("it", "no grazie"), ("it", "purtroppo non ce la faccio"),
        ("pt", "não"), ("pt", "não vou poder ir"), ("pt", "pode cancelar"), ("pt", "não, obrigada"), ("pt", "infelizmente não consigo"),
    ]

    @Test("yes, reschedule and late never come out as cancel or opt-out", arguments: notDestructive)
    func neverDestructive(_ c: (String, String)) {
        for expecting in Expecting.allCases {
            for locale in [c.0, nil] {
                let u = sharedMatcher.understand(c.1, locale: locale, expecting: expecting, context: corpusContext(c.0))
                #expect(u.intent != .cancel && u.intent != .optout && u.intent != .decline,
                        "\(c.1) [\(expecting)] read as \(u.intent)")
            }
        }
    }

    @Test("no and cancel never come out as confirm or accept", arguments: notConfirming)
    func neverConfirming(_ c: (String, String)) {
        for expecting in Expecting.allCases {
            for locale in [c.0, nil] {
                let u = sharedMatcher.understand(c.1, locale: locale, expecting: expecting, context: corpusContext(c.0))
                #expect(u.intent != .confirm && u.intent != .accept, "\(c.1) [\(expecting)] read as \(u.intent)")
            }
        }
    }

    @Test("every corpus reply meaning yes, reschedule or late is never destructive, whatever the question")
    func corpusNeverDestructive() async {
        for (n, c) in allCorpora.enumerated() where [.confirm, .accept, .reschedule, .late].contains(c.intent) {
            // Thousands of readings: room now and then for the tests running beside this one (their fakes answer on time).
            if n % 50 == 0 { await Task.yield() }
            for expecting in Expecting.allCases {
                let u = sharedMatcher.understand(c.text, locale: c.locale, expecting: expecting, context: corpusContext(c.locale))
                #expect(u.intent != .cancel && u.intent != .optout, "\(c.locale): \(c.text) [\(expecting)] read as \(u.intent)")
            }
        }
    }

    @Test("every corpus reply meaning no or cancel never confirms, whatever the question")
    func corpusNeverConfirming() async {
        for (n, c) in allCorpora.enumerated() where [.cancel, .decline, .optout].contains(c.intent) {
            // Thousands of readings: room now and then for the tests running beside this one (their fakes answer on time).
            if n % 50 == 0 { await Task.yield() }
            for expecting in Expecting.allCases {
                let u = sharedMatcher.understand(c.text, locale: c.locale, expecting: expecting, context: corpusContext(c.locale))
                #expect(u.intent != .confirm && u.intent != .accept, "\(c.locale): \(c.text) [\(expecting)] read as \(u.intent)")
            }
        }
    }

    @Test("unsure replies get a low confidence so a person looks")
    func unsureIsLowConfidence() {
        for text in ["maybe", "not sure", "quizás", "может быть", "asdfgh", "yes no"] {
            let u = sharedMatcher.understand(text, locale: nil, expecting: .confirm, context: corpusContext("en"))
            #expect(u.intent == .unknown && u.confidence < 0.5, "\(text): \(u.intent) \(u.confidence)")
        }
    }

    @Test("confidence is always between 0 and 1")
    func confidenceInRange() {
        for c in englishCorpus + spanishCorpus + russianCorpus {
            let u = sharedMatcher.understand(c.text, locale: c.locale, expecting: c.expecting, context: corpusContext(c.locale))
            #expect((0...1).contains(u.confidence))
        }
    }
}

@Suite("Numbers that are no option")
struct NumbersThatAreNoOptionTests {

    @Test("a minus sign, a zero, a huge number or a fraction picks nothing", arguments: ["-1", "−2", "0", "99999999999999999999999", "21"])
    func noChoice(_ text: String) {
        let u = sharedMatcher.understand(text, locale: "en", expecting: .offer, context: corpusContext("en"))
        #expect(u.choice == nil, "\(text) → \(u.choice.map(String.init) ?? "nil")")
    }
}

@Suite("A no that corrects the time")
struct CorrectingNoTests {
    static let context = corpusContext("en")

    @Test("a bare no followed by another time moves the visit instead of cancelling it, in every language", arguments: [
        ("en", "No, I wanted 2 pm"), ("en", "nope, make it the 12th"), ("en", "no I said eleven"), ("en", "No. Saturday morning"),
        ("es", "No, a las 5"), ("de", "Nein, um 14 Uhr"), ("fr", "Non, 14h"), ("nl", "Nee, om 3 uur"), ("it", "No, alle 14"),
        ("pt", "Não, às 14h"), ("ru", "Нет, в 14:00"),
    ])
    func moves(_ c: (String, String)) {
        let u = sharedMatcher.understand(c.1, locale: c.0, expecting: .confirm, context: Self.context)
        #expect(u.intent == .reschedule && u.time != nil, "\(c.1) read as \(u.intent)")
    }

    @Test("a refused time, a clause break and another time moves the visit to the other time", arguments: [
        ("en", "not Wednesday but Thursday", "2026-11-26T00:00"), ("en", "I can't come tomorrow, but Friday works", "2026-11-27T00:00"),
        ("de", "Ich kann morgen nicht, aber übermorgen", "2026-11-25T00:00"), ("nl", "niet 11 uur maar 12 uur", "2026-11-23T12:00"),
        ("es", "no puedo el jueves pero el viernes sí", "2026-11-27T00:00"), ("ru", "завтра не смогу, но в пятницу могу", "2026-11-27T00:00"),
    ])
    func contrast(_ c: (String, String, String)) {
        let u = sharedMatcher.understand(c.1, locale: c.0, expecting: .confirm, context: Self.context)
        #expect(u.intent == .reschedule, "\(c.1) read as \(u.intent)")
        #expect(u.time.map { wall($0.start, Self.context.zone) } == c.2, "\(c.1)")
    }

    @Test("a no with a cancel word, a refused day, or a no alone still cancels", arguments: [
        ("en", "no"), ("en", "No, cancel it"), ("en", "no, I can't come at 2"), ("en", "no, not tomorrow"),
        ("de", "Ich kann morgen leider nicht"), ("fr", "non c'est pas bon pour demain"), ("es", "no, cancela la de mañana"),
        ("en", "please cancel tomorrow, but thanks for everything"), ("en", "can't make it tomorrow, but I'll call you to cancel properly"),
    ])
    func cancels(_ c: (String, String)) {
        #expect(sharedMatcher.understand(c.1, locale: c.0, expecting: .confirm, context: Self.context).intent == .cancel, "\(c.1)")
    }
}
