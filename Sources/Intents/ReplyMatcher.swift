import Foundation

/// Reads a client's reply: its intent, the time it names, the option it picks, how late they are.
/// Language-neutral: every word it knows comes from the catalogue.
public struct ReplyMatcher: Sendable {
    /// The languages the matcher reads.
    public let catalogue: IntentCatalogue

    public init(catalogue: IntentCatalogue) {
        self.catalogue = catalogue
    }

    /// Understands one reply. `locale` nil (or unknown) means "detect it"; `expecting` is the open question.
    public func understand(_ text: String, locale: String?, expecting: Expecting, context: ReplyContext) -> Understanding {
        let text = Self.withoutQuotedLines(text)
        let tokens = catalogue.normaliser.tokenize(text)
        let language = locale.flatMap { catalogue.language(for: $0) } ?? detect(tokens)
        // "+", "++": chat shorthand for yes (Russian clients above all), only as the whole reply ("+7 999…" is a number).
        if text.utf8.count <= 12, text.utf8.contains(UInt8(ascii: "+")),
           case let plus = text.utf8.filter({ $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\n") }), plus.count <= 3,
           plus.allSatisfy({ $0 == UInt8(ascii: "+") }) {
            let intent: Intent = expecting == .offer || expecting == .rebook ? .accept : .confirm
            return Understanding(intent: intent, confidence: expecting == .none ? 0.6 : 0.9, locale: language.locale)
        }
        let items = Self.initialsAreNotWords(Self.namesAreNotCorrected(language.items(tokens), text: text, language: language), text: text)
        var signals = Signals(items: items)
        // Off SMS nobody's keyword is acted on: a bare "cancel" that is also a cancel word cancels. On SMS only the keyword
        // alone is the provider's ("CANCEL"); "Can I cancel?" or "I cancel" is about the visit.
        if !context.providerKeywords || tokens.filter({ $0.kind != .punctuation }).count > 1, signals.optoutAlone,
           items.contains(where: { $0.has(.optoutAlone) && $0.has(.cancel) }) {
            signals.optoutAlone = false
        }
        var (named, choiceItems, choiceOverRefused, refusesChoice) = findChoice(items, expecting: expecting)
        let away = AskedTime.awayUntil(items).union(AskedTime.counts(items))
        // "I'm abroad until the 3rd so none of these", "У нас 2 собаки": the day the client is away until, or a number of dogs,
        // is no option.
        if !choiceItems.isEmpty, choiceItems.isSubset(of: away) { (named, choiceItems, choiceOverRefused, refusesChoice) = (nil, [], false, false) }
        // "Could I do 3 on Wednesday instead?": asking for another time, a number said to be on a day is that day's hour, not
        // an option (option 3 may be on Friday).
        if signals.reschedule > 0, choiceItems.count == 1, let k = choiceItems.first, items[k].token.kind == .number,
           items.weekday(beside: k, after: true) != nil {
            (named, choiceItems, choiceOverRefused, refusesChoice) = (nil, [], false, false)
        }
        // "Так, первый... нет, стоп, во вторник я на работе": one option named, then a bare no opening the next clause takes it
        // back (a second option named after it is read above).
        if expecting == .offer || expecting == .rebook, choiceItems.count == 1, let k = choiceItems.first {
            let end = items.end(of: k, at: \.endsClause)
            if !items[(k + 1)..<end].contains(where: \.agrees), let next = items[end...].firstIndex(where: \.saysSomething),
               items[next].has(.no), !items[next].agrees {
                (named, choiceOverRefused, refusesChoice) = (nil, false, true)
            }
        }
        // After an offer, the one option named is refused ("not the second", "option 2 doesn't work"): nothing is picked.
        let choice = refusesChoice && !choiceOverRefused && (expecting == .offer || expecting == .rebook) ? nil : named
        let dayFirst = language.dayFirst(in: context.zone)
        let asked = AskedTime(items: items, used: choiceItems.union(AskedTime.givenUp(items)).union(away).union(signals.plansLater),
                              language: language, dayFirst: dayFirst, busyRefuses: expecting == .offer || expecting == .rebook)
        let reading = asked.reading(signals: signals)
        var expression = reading.0
        let contrastsTime = reading.contrasts
        if choice != nil, expecting == .offer || expecting == .rebook, expression.month == nil { expression.day = nil }
        // A reply that opens with a bare no and then names a clock time, a weekday, a date or a part of the day corrects the
        // time ("No, I wanted 2 pm"); one naming only "today" or "tomorrow" refuses the visit it was asked about.
        let opensWithNo = items.first(where: \.saysSomething)?.has(.no) ?? false
        // "Nope, semaine prochaine": a week named after a bare no corrects it too (not after an offer, below).
        let namesAnotherTime = expression.clock != nil || expression.bareHour != nil || expression.weekday != nil || expression.day != nil
            || expression.part != nil || expecting != .offer && expecting != .rebook && (expression.period?.offset ?? 0) >= 1
        // After an offer a bare number word is no time ("I'm ok thanks, I'll keep my current one").
        let offerLike = expecting == .offer || expecting == .rebook
        let correctsTime = opensWithNo && !(!contrastsTime && asked.refusesTheTime()) && (offerLike ? namesAnotherTime && !(expression.clock == nil
            && expression.bareHour != nil && expression.weekday == nil && expression.day == nil && expression.part == nil) : namesAnotherTime)
        // After such a no a bare number is an hour ("no, I said eleven").
        let hasTime = !expression.isEmpty || ((signals.timeTalk || opensWithNo || contrastsTime) && expression.bareHour != nil)
        // "ok\nwait no\nthe 1 please", "ok nee warte, doch die 2": a yes taken back by a bare no, then the option named, with
        // nothing refused after it, corrects the yes to that option.
        let yesTakenBackForPick = offerLike && choiceItems.min().map { k in
            guard let no = items[..<k].lastIndex(where: { $0.has(.no) && !$0.has(.negation) && !$0.has(.cancel) }) else { return false }
            return items[..<no].contains(where: \.agrees)
                && !items[(k + 1)...].contains(where: { $0.has(.no) || $0.has(.negation) || $0.has(.cancel) || $0.has(.busy) })
        } ?? false
        var decision = decide(signals, expecting: expecting, hasTime: hasTime, choice: choice, contentCount: signals.content,
                              correctsTime: correctsTime, contrastsTime: contrastsTime,
                              correctsChoice: choice != nil && (choiceOverRefused || yesTakenBackForPick || refusesChoice && !offerLike
                                  || opensWithNo && !items.contains { $0.has(.negation) && !$0.has(.no) }),
                              asksToCancel: Self.asksToCancel(items),
                              asksAnotherTime: expression.weekday != nil || expression.day != nil || expression.relativeDay.map { $0 > 0 } ?? false
                                  || expression.clock != nil && Self.asksBesidesLate(items))
        // "a 2 não dá, a 3 sim", "la 2 no puedo, la 1 sí": the refusal is the other option's; the one named after it is taken.
        // With no options asked about, a person reads it.
        // The one taken is said yes to, or named alone in its clause ("1. no wait 2"; not "1 no, 3 is also tricky", nor "a 2
        // não dá, nem a 1 nem a 3").
        if choiceOverRefused, choice != nil, !hasTime, [.decline, .cancel, .unknown, .reschedule].contains(decision.intent),
           let last = choiceItems.max(), !items[(last + 1)...].contains(where: AskedTime.refuses),
           !items[items.start(of: last, after: \.endsClause)..<last].contains(where: AskedTime.refuses),
           case let clause = items[(last + 1)...].prefix(while: { !$0.endsClause }),
           clause.allSatisfy({ !$0.saysSomething || $0.has(.choiceTrailer) }) || clause.contains(where: \.agrees) {
            decision = offerLike ? Decision(intent: .accept, confidence: 0.85) : Decision(intent: .unknown, confidence: 0.3)
        }
        // Opt-out is honoured in every language the catalogue knows: "СТОП" from a client filed as English still stops.
        // But a reply the client's own language reads as cancelling ("Cancela", "cancella") stays a cancellation, unless it is
        // exactly one of English's bare opt-out words, the keywords SMS providers act on whatever the language.
        if decision.intent != .optout && tokens.count <= 4, let other = optoutElsewhere(tokens, besides: language),
           (decision.intent != .cancel && decision.intent != .decline) || context.providerKeywords && isProviderKeyword(tokens) {
            return Understanding(intent: .optout, confidence: 0.95, locale: other.locale)
        }
        // "Is Maria working tomorrow?", "Ist Jana morgen da?": a question naming a staff member, with no words asking to move, is
        // about them; a person answers it.
        if decision.intent == .reschedule || decision.intent == .confirm || decision.intent == .accept,
           signals.questionMark, signals.reschedule == 0,
           context.staffNames.isEmpty ? Self.asksAboutSomeone(text, in: language) : names(context.staffNames, in: tokens) {
            decision = Decision(intent: .question, confidence: 0.7)
        }
        // "Sí, claro, pero tengo que cancelarla", "Да, ладно, но лучше отмените": the yes is politeness before a break; what
        // follows it cancels (at a confidence that asks first).
        // A yes that opens the reply and nothing after it agreeing works as such a break ("Ja, helaas moet ik afzeggen").
        // The opening yes may be a run ("Oui oui", "Ja genau", "Sì, ho letto"); a yes or thanks after the cancel word is a tag
        // ("pode cancelar, tá?", "bitte stornieren. Danke!") and changes nothing.
        let firstContent = items.firstIndex(where: \.saysSomething)
        let openingYes = firstContent.flatMap { f -> Int? in
            guard items[f].has(.yes) || items[f].has(.yesWeak) else { return nil }
            var end = f + 1
            while end < items.count, items[end].has(.yes) || items[end].has(.yesWeak) || !items[end].saysSomething { end += 1 }
            return end
        }
        let cancelAt = items.firstIndex(where: { $0.has(.cancel) }) ?? items.count
        if decision.intent == .unknown || decision.intent == .reschedule && expression.isEmpty,
           let brk = items[..<cancelAt].firstIndex(where: { $0.has(.clauseBreak) }) ?? openingYes, brk < items.count,
           let firstCancel = items[brk...].firstIndex(where: { $0.has(.cancel) }),
           !items[brk..<firstCancel].contains(where: { $0.has(.yes) || $0.has(.positiveIdiom) }),
           // A no before the cancel word backs it ("den Termin brauch ich nicht mehr, bitte stornieren"); one after it takes it back.
           !items[brk...].contains(where: { $0.has(.positiveIdiom) }),
           !Self.takesBack(items, after: firstCancel),
           // A question mark only as a tag after a yes word ("pode cancelar, tá?"): "cancel it? no, keep it" asks.
           !items.indices.contains(where: { k in items[k].token.text == "?" && !(k > 0 && (items[k - 1].has(.yes) || items[k - 1].has(.yesWeak))) }),
           items[..<brk].contains(where: { $0.has(.yes) || $0.has(.yesWeak) }), !items[..<brk].contains(where: { $0.has(.cancel) }) {
            decision = Decision(intent: expecting == .offer || expecting == .rebook ? .decline : .cancel, confidence: 0.75)
        }
        // "Cancel?? Why?", "Absagen? Ist Anna krank?": a cancel word only asked back cancels nothing; a person reads the rest.
        if decision.intent == .cancel, cancelAt < items.count,
           items.indices.allSatisfy({ !items[$0].has(.cancel) || Self.isAskedBack(items, $0) }) {
            decision = Decision(intent: .unknown, confidence: 0.3)
        }
        // A cancellation taken back later in the reply ("yes cancel it. well no, keep it", "cancel… actually don't cancel"):
        // a person reads it rather than cancelling.
        if decision.intent == .cancel, cancelAt < items.count,
           Self.negatesCancel(items, after: cancelAt) || Self.takesBack(items, after: cancelAt)
            && items[(cancelAt + 1)...].contains(where: { $0.has(.yes) || $0.has(.positiveIdiom) }) {
            decision = Decision(intent: .unknown, confidence: 0.3)
        }
        // "No I won't be cancelling, all good for thurs", "no no, no cancelen nada, ahí estaré", "nono non annullate, ci vengo":
        // every cancel word negated in its own clause, and a yes after it, keeps the visit.
        // "no don't cancel, I'll be there", "Nao vou desmarcar nao, pode deixar q eu vou sim": the same with the negated cancel
        // an idiom of its own, and a no only for emphasis.
        let idiomAt = items.firstIndex(where: { $0.has(.positiveIdiom) })
        // "Annuler ? Surtout pas", "Absagen? Nee auf keinen Fall": the cancel word asked back and refused keeps it, yes or not.
        let keeps = cancelAt < items.count ? Self.everyCancelNegated(items)
            && (items[(cancelAt + 1)...].contains(where: { $0.has(.yes) || $0.has(.positiveIdiom) })
                || items.indices.contains { items[$0].has(.cancel) && Self.isAskedBackAndRefused(items, $0) })
            : signals.negatedYes == 0 && idiomAt.map { i in items[(i + 1)...].contains { $0.has(.yes) } } ?? false
        if [.unknown, .cancel, .decline].contains(decision.intent), signals.optout == 0, keeps {
            decision = Decision(intent: offerLike ? .unknown : .confirm, confidence: offerLike ? 0.3 : 0.8)
        }
        // "Non non je viens, pas de souci", "No no ci sono, tranquilli": a no said twice for emphasis, then only words that
        // agree (not "no no, ok I'll go elsewhere"), with nothing refused, cancelled, asked or timed, answers a reminder yes.
        if decision.intent == .unknown, expecting == .confirm, expression.isEmpty, !signals.questionMark,
           case let words = Array(tokens.lazy.filter({ $0.kind == .word }).prefix(2).map(\.text)), words.count == 2, words[0] == words[1],
           let first = items.firstIndex(where: \.saysSomething), items[first].has(.no),
           case let rest = items[(first + 1)...].drop(while: { $0.has(.no) || !$0.saysSomething }), rest.contains(where: { $0.has(.yes) }),
           rest.allSatisfy({ !$0.saysSomething || $0.agrees || $0.has(.filler) }),
           !rest.contains(where: { $0.has(.no) || $0.has(.negation) || $0.has(.cancel) || $0.has(.late) || $0.has(.reschedule) }) {
            decision = Decision(intent: .confirm, confidence: 0.8)
        }
        // "agora não, talvez em janeiro", "Nu even niet, misschien in het voorjaar weer": not now and a vague maybe turns an
        // invitation down (an offer is left for a person); a day or a clock time named with the maybe stays for a person.
        if expecting == .rebook, decision.intent == .unknown, signals.unsure > 0, signals.no + signals.negations > 0, signals.cancel == 0,
           signals.yes == 0, !signals.questionMark, !namesAnotherTime, expression.relativeDay == nil, expression.period == nil {
            decision = Decision(intent: .decline, confidence: 0.75)
        }
        // "I can't come because I need to change it", "Giovedì non riesco, vi chiamo per spostarlo": the client means to move, so
        // the conversation asks before it cancels.
        if decision.intent == .cancel, signals.movesLater, decision.confidence >= 0.8 { decision = Decision(intent: .cancel, confidence: 0.75) }
        // After an offer, a no and a time only as "until": "estou viajando até domingo", "ik zit tot 5 december in het buitenland",
        // "trabalho até 18h todo dia" say why not, they ask for nothing.
        if offerLike, decision.intent == .reschedule || decision.intent == .accept, expression.bound == .before, !expression.hasDay,
           signals.no + signals.negations > 0, signals.yes == 0, !signals.questionMark {
            decision = Decision(intent: .decline, confidence: 0.8)
        }
        // "Aucun des 3 dsl, vendredi 17h c la sortie de l'école", "Nessuna delle tre, venerdì alle 17 ho la recita": after an
        // offer, a reply that opens by turning every option down and names a time without asking for it, saying yes or going on
        // with "but" ("Geen van allen, maar 2 december zou wel kunnen"), tells why; it takes nothing (the time may be an option's).
        if expecting == .offer, decision.intent == .reschedule || decision.intent == .accept && choice == nil,
           let opening = items.firstIndex(where: \.saysSomething), items[opening].has(.noneOfThem), signals.reschedule == 0,
           signals.yes == 0, !signals.questionMark, !items[(opening + 1)...].contains(where: { $0.has(.clauseBreak) }) {
            decision = Decision(intent: .decline, confidence: 0.8)
        }
        var time: ResolvedTime? = nil
        if decision.intent != .late && decision.intent != .optout && decision.intent != .optin {
            time = expression.resolve(context, language: language, useBareHour: signals.timeTalk || decision.intent == .reschedule)
        }
        // A move away from a day refused, asking for another without naming it: no time is asked for. Without words asking to
        // move ("Can't do thursday sorry") the reading is decided again without the time, so the visit's own day refused is
        // never read as asking for it (which would confirm it).
        if decision.intent == .reschedule || decision.intent == .accept && decision.needsTime, signals.reschedule > 0 || decision.needsTime,
           !contrastsTime, time != nil,
           asked.onlyRefused(asking: signals.reschedule > 0) {
            time = nil
        }
        if time == nil && decision.needsTime { decision = decide(signals, expecting: expecting, hasTime: false, choice: choice, contentCount: signals.content) }
        // "va ben, ghe son giovedi", "see you thursday then": the visit's own day, named with nothing asking to move and nothing
        // refused, is a yes.
        if expecting == .confirm, decision.intent == .reschedule, decision.needsTime, signals.reschedule == 0, signals.negations == 0,
           signals.no == 0, signals.cancel == 0, let t = time, t.grain == .day || t.grain == .partOfDay, let visit = context.visit,
           visit >= t.start, t.end.map({ visit < $0 }) ?? false {
            decision = Decision(intent: .confirm, confidence: 0.8)
        }
        // "Tuesday can't, Friday not", "вторник я на работе, пятница никак": after an offer, with no yes, days named only in
        // clauses that refuse them take no option.
        if offerLike, decision.intent == .accept, choice == nil, signals.yes == 0,
           case let days = items.indices.filter({ TimeExpression.namesDay(items[$0]) }), !days.isEmpty,
           days.allSatisfy({ k in
               (items.start(of: k, after: \.endsClause)..<items.end(of: k, at: \.endsClause)).contains(where: asked.givesUp)
           }) {
            decision = Decision(intent: .unknown, confidence: 0.3)
        }
        var lateMinutes: Int? = nil
        if decision.intent == .late {
            lateMinutes = expression.durationMinutes ?? bareMinutes(items)
            if expression.clock != nil { time = expression.resolve(context, language: language, useBareHour: false) }
        }
        var understanding = Understanding(intent: decision.intent, confidence: decision.confidence, time: time,
                                          choice: choice, locale: language.locale, lateMinutes: lateMinutes,
                                          sensitivity: signals.sensitivity)
        understanding.plainNo = signals.no > 0 && signals.cancel == 0 && signals.negatedYes == 0 && signals.content <= signals.no
        understanding.tentative = signals.unsure > 0
        // A yes or a pick beside a question is acted on; the question goes to a person too.
        if decision.intent == .question || decision.intent == .accept && signals.question > 0 && signals.questionMark,
           expecting == .confirm || expecting == .offer,
           let acted = actedBesideAQuestion(text, language: language, expecting: expecting, context: context) {
            var u = acted
            u.sensitivity.formUnion(understanding.sensitivity)
            return u
        }
        return understanding
    }

    /// "Yes! Is there parking nearby?", "3. а парковка у вас бесплатная?": a yes, a pick or running late said in a sentence of
    /// its own, beside a question that names no time, read on its own and marked `alsoAsks`: the conversation acts on it and
    /// hands the question to a person. Nil when the reply is not so shaped.
    func actedBesideAQuestion(_ text: String, language: Language, expecting: Expecting, context: ReplyContext) -> Understanding? {
        guard let apart = Self.questionsApart(text, pickMayFollow: expecting == .offer) ?? butAsks(text, language: language) else { return nil }
        // A clause before a comma says yes in words of its own ("Четверг норм, а адрес какой?"), not by denying a cancel
        // ("Je n'annule pas hein, je voulais juste savoir…").
        if apart.byComma {
            let head = language.items(catalogue.normaliser.tokenize(apart.statements))
            // After an offer the head may be the pick alone ("2 but is it with Anna?"); what it says is read below.
            guard expecting == .offer || head.contains(where: { $0.has(.yes) }),
                  head.allSatisfy({ !$0.has(.negation) && !$0.has(.no) }) else { return nil }
        }
        var said = understand(apart.statements, locale: language.locale, expecting: expecting, context: context)
        // After a question only a pick is acted on ("Wir sind 3 Hunde, geht das in einem Termin? Dann nehmen wir die 2").
        let acts = switch said.intent {
        case _ where apart.opensAsking: said.intent == .accept && said.choice != nil && !said.tentative && said.confidence >= 0.85
        case .confirm: expecting == .confirm && said.confidence >= 0.9
        case .accept: said.choice != nil && !said.tentative && said.confidence >= 0.85
        case .late: said.confidence >= 0.9
        default: false
        }
        guard acts else { return nil }
        let asked = understand(apart.questions, locale: language.locale, expecting: expecting, context: context)
        guard asked.intent == .question, asked.time == nil else { return nil }
        said.alsoAsks = true
        return said
    }

    /// "ok but how long is it?", "ok pero cuanto dura??": one sentence that asks, opening with up to four words before a word
    /// that starts a clause of its own ("but", "pero", "aber"; not "because"), split there as if by a comma.
    func butAsks(_ text: String, language: Language) -> (statements: String, questions: String, byComma: Bool, opensAsking: Bool)? {
        guard text.last(where: { !$0.isWhitespace }) == "?" else { return nil }
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count >= 3 else { return nil }
        for i in 1...min(4, words.count - 2) {
            let items = language.items(catalogue.normaliser.tokenize(String(words[i])))
            if items.count == 1, items[0].has(.clauseBreak), !items[0].has(.reason) {
                return (words[..<i].joined(separator: " "), words[i...].joined(separator: " "), true, false)
            }
        }
        return nil
    }

    /// A reply's sentences that ask (ending in a question mark) apart from those that don't, each joined; nil unless it has
    /// both and opens with one that doesn't ask, or, when `pickMayFollow`, with one that does (`opensAsking`). A reply of one
    /// sentence may open with a short clause of its own before a comma ("Четверг норм, а адрес какой?"). A full stop inside a
    /// number or a word ("17.30", "Dr.Weber") ends nothing.
    static func questionsApart(_ text: String, pickMayFollow: Bool = false)
        -> (statements: String, questions: String, byComma: Bool, opensAsking: Bool)? {
        guard text.contains("?") else { return nil }
        var statements = "", questions = "", sentence = ""
        var asks = false, atEnd = false, opensAsking: Bool? = nil
        func close() {
            if opensAsking == nil, sentence.contains(where: { !$0.isWhitespace }) { opensAsking = asks }
            if asks { questions += sentence + " " } else { statements += sentence + " " }
            sentence = ""; asks = false; atEnd = false
        }
        for ch in text {
            if ch == "?" || ch == "!" || ch == "." || ch == "…" || ch == "\n" {
                atEnd = true
                if ch == "?" { asks = true }
                if ch == "\n" { close() } else { sentence.append(ch) }
                continue
            }
            if atEnd && ch.isWhitespace { close(); continue }
            atEnd = false
            sentence.append(ch)
        }
        close()
        let says = { (s: String) in
            s.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil || $0.properties.isEmojiPresentation }
        }
        // The yes or the pick comes first: "Is it Anna again? She's the best" asks, and praises.
        if says(statements) && says(questions) {
            return opensAsking == false || pickMayFollow ? (statements, questions, false, opensAsking == true) : nil
        }
        // One sentence: a head of up to four words before its first comma.
        guard !says(statements), let comma = text.firstIndex(of: ","), case let head = text[..<comma],
              !head.contains("?"), head.split(whereSeparator: \.isWhitespace).count <= 4 else { return nil }
        let rest = text[text.index(after: comma)...]
        return says(String(head)) && says(String(rest)) ? (String(head), String(rest), true, false) : nil
    }

    /// Whether something after the cancel word at `index` takes it back: a bare no standing as its own clause ("cancel it.
    /// No, keep it"), or a negated cancel word ("… actually don't cancel"). A reason told after it ("I don't want to pass
    /// it on", "sorry for the short notice", "no quiero contagiar a nadie") takes nothing back.
    static func takesBack(_ items: [Item], after index: Int) -> Bool {
        let negated = negatesCancel(items, after: index)
        return items.indices.contains { k in
            guard k > index, !items[k].has(.cancel) || negated else { return false }
            if items[k].has(.cancel) { return true }
            guard items[k].has(.no) else { return false }
            // At the clause's start, politeness before it aside ("well no, keep it"; not "for the short notice").
            var s = k - 1
            while s >= 0, items[s].has(.filler) && !items[s].has(.clauseBreak) { s -= 1 }
            let startsClause = s < 0 || items[s].isPunctuation || items[s].has(.clauseBreak)
            // Its clause is short ("no, keep it", "nein doch nicht", "no wait"), or the no stands alone before a comma ("No, I'll
            // come after all").
            let clause = items[k...].prefix { !$0.isPunctuation }.count
            return startsClause && (clause <= 3 || k + 1 < items.count && items[k + 1].token.text == ",")
        }
    }

    /// Whether a cancel word after item `index` is negated in its own clause ("… actually don't cancel", "no la canceles",
    /// "ne l'annulez pas"; not "não vou conseguir ir não, pode tirar").
    static func negatesCancel(_ items: [Item], after index: Int) -> Bool {
        items.indices.contains { k in k > index && items[k].has(.cancel) && isNegated(items, k, after: index) }
    }

    /// Whether the word at `k` has a negation in the two words before it within its clause (none before `index + 1`), or
    /// right after it.
    static func isNegated(_ items: [Item], _ k: Int, after index: Int) -> Bool {
        items[max(index + 1, k - 2)..<k].reversed().prefix { !$0.endsClause }.contains { $0.has(.negation) }
            || k + 1 < items.count && items[k + 1].has(.negation)
    }

    /// Whether every cancel word has a negation right before it in its own clause ("won't be cancelling", "no cancelen",
    /// "non annullate") or right after it ("отменять не надо").
    static func everyCancelNegated(_ items: [Item]) -> Bool {
        items.indices.allSatisfy { k in !items[k].has(.cancel) || isNegated(items, k, after: -1) || isAskedBackAndRefused(items, k) }
    }

    /// Whether the word at `k` is a question of its own answered no, with nothing after the answer refusing, cancelling,
    /// running late, unsure or sensitive: "Annuler ? Surtout pas, j'attends ça depuis 2 semaines"; not "Cancel? No, I'm
    /// ill" nor "Cancel? no, can't do Thursday".
    static func isAskedBackAndRefused(_ items: [Item], _ k: Int) -> Bool {
        guard isAskedBack(items, k) else { return false }
        let end = items.end(of: k + 2, at: \.endsClause)
        guard items[(k + 2)..<end].contains(where: { $0.has(.no) || $0.has(.negation) }) else { return false }
        return !items[end...].contains { item in
            item.has(.no) || item.has(.negation) || item.has(.cancel) || item.has(.late) || item.has(.unsure) || item.has(.reschedule)
                || item.tags.contains { if case .sensitive = $0 { true } else { false } }
        }
    }

    /// Whether the word at `k` is asked back as a question of its own, with more said after it: "Cancel?? Why?".
    static func isAskedBack(_ items: [Item], _ k: Int) -> Bool {
        k + 2 < items.count && items[k + 1].token.text == "?"
            && !items[items.start(of: k, after: \.endsSentence)..<k].contains(where: \.saysSomething)
            && items[(k + 2)...].contains(where: \.saysSomething)
    }

    /// Whether the reply's last question holds a cancel word: "je ne saurai pas venir mercredi, pouvez-vous annuler ?", not
    /// "kann morgen nicht, geht Freitag?" (the refusal is before the question).
    static func asksToCancel(_ items: [Item]) -> Bool {
        guard let mark = items.lastIndex(where: { $0.token.text == "?" }) else { return false }
        var start = items.start(of: mark, after: \.endsClauseOrBreaks)
        // A question of politeness alone ("Podem desmarcar, por favor?") is the clause before it.
        if start > 1, !items[start..<mark].contains(where: \.saysSomething), items[start - 1].token.text == "," {
            start = items.start(of: start - 1, after: \.endsClauseOrBreaks)
        }
        // "nn riesco ven pom?": not making it ("nn riesco", a phrase that opens with its negation) asks for nothing cancelled.
        return items[start..<mark].contains { $0.has(.cancel) && !$0.has(.negation) && !$0.has(.opensWithNegation) }
    }

    /// Whether the reply is, letter for letter (no typo correction), a bare opt-out word of English: STOP, CANCEL, END, QUIT…
    func isProviderKeyword(_ tokens: [Token]) -> Bool {
        let words = tokens.filter { $0.kind != .punctuation }
        guard words.count == 1, let english = catalogue.language(for: "en"), let id = english.words[english.fold(words[0].text)] else { return false }
        return english.singleWordTags[id]?.contains(.optoutAlone) ?? false
    }

    /// Another language in which the whole reply is a bare opt-out word (STOP, СТОП, BAJA).
    /// Read as written, without typo correction: a keyword is a keyword (providers act only on exact ones), and correcting
    /// every short reply against seven other vocabularies was most of the matcher's time.
    func optoutElsewhere(_ tokens: [Token], besides language: Language) -> Language? {
        catalogue.languages.first { other in
            other.locale != language.locale
                && tokens.contains { other.mayOptOut($0.text) }
                && Signals(items: other.items(tokens, correctingTypos: false)).optoutAlone
        }
    }

    /// The language a reply is clearly written in, or nil when it could be several ("ok", "2", "yes" in a German mouth):
    /// the best language must lead the next by at least one known word and its letters (or a letter only it uses), so a
    /// client whose language nobody told us gets it settled by a reply like "Ja, ich komme" and not by "ok".
    public func clearLanguage(of text: String) -> String? {
        let tokens = catalogue.normaliser.tokenize(text)
        let scores = catalogue.languages.map { ($0.locale, $0.affinity(tokens)) }.sorted { $0.1 > $1.1 }
        guard let best = scores.first, best.1 > 0 else { return nil }
        let runnerUp = scores.dropFirst().first?.1 ?? 0
        return best.1 - runnerUp >= 5 ? best.0 : nil
    }

    /// The language a reply is most likely written in: script, known words, hint letters.
    func detect(_ tokens: [Token]) -> Language {
        var best = catalogue.languages[0]
        var bestScore = -1
        for language in catalogue.languages {
            let score = language.affinity(tokens)
            if score > bestScore { best = language; bestScore = score }
        }
        return best
    }

    /// "2", "#2", "option 2", "the second one", "второй", "la segunda".
    /// The option a reply picks and the items that name it; `overRefused` when it was picked over another the reply refuses
    /// ("not the second, the first"), `refuses` when the reply refuses an option it names.
    func findChoice(_ items: [Item], expecting: Expecting) -> (Int?, Set<Int>, overRefused: Bool, refuses: Bool) {
        let content = items.indices.filter {
            items[$0].saysSomething && !items[$0].has(.choiceTrailer)
        }
        // The whole reply is one small number, or after an offer one number word ("two", "twee", "dois"); "-1" is none: a minus
        // sign makes it no option's number.
        let wordNumberPick = expecting == .offer || expecting == .rebook
        if content.count == 1, let k = content.first, items[k].token.kind == .number || wordNumberPick && items[k].token.kind == .word,
           items[k].count == 1,
           let n = items[k].number, (1...20).contains(n), !(k > 0 && items[k - 1].isPunctuation && ["-", "−", "–"].contains(items[k - 1].token.text)) {
            return (n, [k], false, false)
        }
        // "one" alone after an offer (a word that is also the "one" of "the second one").
        let words = items.indices.filter { !items[$0].isPunctuation }
        if wordNumberPick, words.count == 1, let k = words.first, items[k].token.kind == .word, items[k].number == 1 {
            return (1, [k], false, false)
        }
        let nearMonth = items.contains { $0.tags.contains { if case .month = $0 { true } else { false } } }
        if nearMonth { return (nil, [], false, false) }
        // With no options asked about, "el 12", "le 4", "the fifth" after a day's article are days, not options.
        let offerLike = expecting == .offer || expecting == .rebook
        // With no options asked about, an option taken back and another named is for a person ("no" is no cancellation).
        if let pick = Self.pickByNumber(items), offerLike || pick.overRefused { return pick }
        for (i, item) in items.enumerated() {
            // Up to 10: "le 15", "el 28" are days of the month far more often than a fifteenth option.
            // With none asked about, a marker that also says "at" is a clock time's ("entre la 1 y las 3", "a la 1").
            if item.has(.choiceMarker), offerLike || !item.has(.dayArticle) && !item.has(.at), i + 1 < items.count, let n = items[i + 1].number, (1...10).contains(n),
               !(i + 2 < items.count && items[i + 2].tags.contains(where: { if case .unit = $0 { true } else { false } })) {
                let refuses = refused(at: i + 1, in: items)
                // "la 2 nn riesco, la 3 invece si", "a 2 não dá, a 3 sim": the other option named after a refused one.
                // The other one said yes to in its own clause: not "option 1 no good and option 3 also".
                if refuses, let k = items.indices.first(where: { k in k > i + 1 && items[k].has(.choiceMarker) && k + 1 < items.count
                        && items[k + 1].number.map { (1...10).contains($0) && $0 != n } ?? false }),
                   !refused(at: k + 1, in: items), let other = items[k + 1].number,
                   items[(k + 2)...].prefix(while: { !$0.endsClause }).contains(where: \.agrees) {
                    return (other, withTrailers([i, i + 1, k, k + 1], in: items), true, true)
                }
                return (n, withTrailers([i, i + 1], in: items), false, refuses)
            }
        }
        // "the 2 please", "I'll take the 3": after an offer a day's article before a bare option number is the option's, unless a
        // clock, a day or an ordinal's ending follows ("the 5th", "the 2 o'clock", "dia 2 às 10h").
        if expecting == .offer, let i = items.indices.first(where: { i in
            items[i].has(.dayArticle) && i + 1 < items.count && items[i + 1].token.kind == .number && items[i + 1].count == 1
                && (items[i + 1].number.map { (1...10).contains($0) } ?? false)
                && !(i + 2 < items.count && (items[i + 2].has(.ordinalSuffix) || items[i + 2].has(.oclock) || items[i + 2].namesPartOfDay
                    || items[i + 2].has(.at) || TimeExpression.namesDay(items[i + 2])
                    || items[i + 2].token.text == ":" || items[i + 2].token.text == "." && items[i + 2].token.glued
                    || items[i + 2].tags.contains { if case .unit = $0 { true } else { false } }))
        }), let n = items[i + 1].number {
            return (n, withTrailers([i, i + 1], in: items), false, refused(at: i + 1, in: items))
        }
        // An ordinal counts as a choice after an offer, or when it is not a date ("the 2nd of May").
        var ordinals: [(n: Int, at: Int)] = []
        for (i, item) in items.enumerated() {
            for t in item.tags {
                // -1 is the last option ("the last one", "le dernier, svp"), only with nothing after it but thanks and politeness:
                // "the last time I came…", "la última vez fue genial" name none.
                // -2 is the earliest ("earliest pls", "самый ранний", "welke het eerst is, maakt me niet uit").
                guard case .ordinal(let n) = t, n >= 1 || n == Understanding.earliestOption
                        || n == Understanding.lastOption && endsReply(after: i, in: items) else { continue }
                // "On the fifth" to a reminder is a day; "the second one" is still an option.
                if !offerLike, i > 0, items[i - 1].has(.dayArticle), !(i + 1 < items.count && items[i + 1].has(.choiceTrailer)) { break }
                // "Tuesday the 1st" is a date whatever was asked.
                // With no options asked about, "dinsdag de eerste" (a weekday and an ordinal word) is a date too.
                if let w = items.weekday(beside: i, after: false), w < i - 1 || item.token.kind == .number || !offerLike { break }
                if expecting == .offer || expecting == .rebook || (!nearMonth && (i + 1 < items.count && items[i + 1].has(.choiceTrailer))) {
                    ordinals.append((n, i))
                } else if item.token.kind == .word && !nearMonth && content.filter({ !items[$0].has(.no) }).count <= 2 {
                    // A short reply of an ordinal word, after a no too ("nein, den zweiten").
                    ordinals.append((n, i))
                }
                break
            }
        }
        guard let first = ordinals.first else { return (nil, [], false, false) }
        // Two options named, one refused ("not the second, the first", "la segunda no, la primera"): the other one.
        // Both refused ("neither the first nor the second", "not the first or the second"): no option is picked.
        if Set(ordinals.map(\.n)).count > 1 {
            let kept = ordinals.filter { !refused(at: $0.at, in: items) }
            if kept.isEmpty { return (nil, withTrailers(ordinals.map(\.at), in: items), false, true) }
            if kept.count < ordinals.count, let pick = kept.first, kept.allSatisfy({ $0.n == pick.n }) {
                return (pick.n, withTrailers(ordinals.map(\.at), in: items), true, true)
            }
        }
        return (first.n, withTrailers([first.at], in: items), false, ordinals.contains { refused(at: $0.at, in: items) })
    }

    /// After an offer, an option named by a bare number in its own clause:
    /// - taken back and replaced ("1. no wait 2, sorry", "1 anzi no scusa il 2", "zwei. ach nee doch eins",
    ///   "второй. хотя нет, первый лучше"): the last one, picked over the refused one;
    /// - opening the reply, or after one word ("1 pls, my back is killing me", "2!! thank you so much", "1, спасибо!",
    ///   "Nehme 1, ist das auch bei Anna?"): that one.
    /// A number next to a clock word, a day or "at" ("Friday 10am", "at 2", "Thursday 4") is a time, not an option.
    static func pickByNumber(_ items: [Item]) -> (Int?, Set<Int>, overRefused: Bool, refuses: Bool)? {
        var picks = items.indices.filter { isBarePick($0, in: items) }
        // "3 please, I have to pick up the kids first", "3 graag, ik moet eerst de kids ophalen": beside a number opening its
        // clause, an ordinal word inside a clause of other words says "first", it names no option.
        let opensClause = { (k: Int) in
            items[items.start(of: k, after: \.endsClauseOrBreaks)..<k].allSatisfy {
                $0.isPunctuation || $0.agrees || $0.has(.choiceMarker) || $0.has(.dayArticle)
            }
        }
        if picks.count > 1, picks.contains(where: { items[$0].token.kind == .number && opensClause($0) }) {
            picks.removeAll { items[$0].token.kind == .word && !opensClause($0) }
        }
        guard let last = picks.last, let n = pickNumber(items[last]) else { return nil }
        if let first = picks.first, first != last, pickNumber(items[first]) != n,
           // A busy reason between them refuses the first too ("nr 2, ach mist da hab ich zahnarzt. dann die 1").
           items[(first + 1)..<last].contains(where: { $0.has(.no) || $0.has(.negation) || $0.has(.busy) }) {
            // "1 no, 2 no", "1 nein, 2 auch nicht", "niet 1 en niet 2", "né la 1 né la 2": the last one refused too, nothing
            // is picked.
            // Up to a reason for it: "a 3 é melhor pq quarta tenho dentista" explains the one taken.
            let lastClause = items[(last + 1)...].prefix { !$0.endsClause && !$0.has(.reason) }
            // The word before a pick, past "the", "option", "and".
            let glue = { (item: Item) in item.has(.connector) || item.has(.choiceMarker) || item.has(.dayArticle) }
            var b = last - 1
            while b > first, glue(items[b]) { b -= 1 }
            // A bare no right before it refuses it only when one refused the first as well ("no 1, no 2"); alone it starts the
            // correction ("la 1 euh non la 3", "1 .. oh nee wacht, 3").
            var a = first - 1
            while a >= 0, glue(items[a]) { a -= 1 }
            let refusedFirst = a >= 0 && (items[a].has(.no) || items[a].has(.negation))
            if lastClause.contains(where: { $0.has(.no) || $0.has(.negation) }) || items[b].has(.negation) || items[b].has(.no) && refusedFirst {
                return (nil, Set([first, last]), false, true)
            }
            // "1 no, 3 is also tricky": words after the last one that neither take it nor prefer it leave nothing picked.
            if lastClause.contains(where: { $0.saysSomething && !($0.agrees || $0.has(.reschedule) || $0.has(.choiceTrailer) || $0.has(.filler)) }) {
                return (nil, Set([first, last]), false, true)
            }
            return (n, Set([first, last]), true, true)
        }
        // Alone, up to 3 (what an offer lists): "4 works?" is more likely a time than a fourth option.
        // A number word counts standing first in its own clause ("Zwöi, merci vielmal", "two, thanks").
        // A number word first and thanks or a please after it: "tre grazie", "two thanks", "twee aub, merci".
        guard picks.count == 1, let k = picks.first, (1...3).contains(n),
              items[k].token.kind == .number || k + 1 < items.count
                && (items[k + 1].isPunctuation || items[k + 1].has(.yesWeak) || items[k + 1].has(.yes) || items[k + 1].has(.filler))
                && !items[..<k].contains(where: \.saysSomething) else { return nil }
        let before = items[..<k].filter { $0.saysSomething && !$0.has(.choiceMarker) && !$0.has(.yes) && !$0.has(.yesWeak) }
        guard before.count <= 1, !before.contains(where: { $0.has(.no) || $0.has(.negation) || namesTime($0) }) else { return nil }
        // What follows it in its clause is politeness or the option's own words: "2 questions" names no option.
        if k + 1 < items.count {
            let next = items[k + 1]
            // An ordinal ending written against it counts with it ("2й", "2-я").
            let ending = next.token.glued && next.tags.isEmpty && next.token.kind == .word && next.token.text.count <= 2
            // Or up to two words the reader doesn't know, then only words that agree: "2 would be great", "1 ist gut".
            let clause = items[(k + 1)...].prefix { !$0.endsClause }
            let unread = clause.prefix { $0.tags.isEmpty && $0.token.kind == .word }
            let agreeing = clause.dropFirst(unread.count)
            let saysYes = unread.count <= 2 && (agreeing.first?.agrees ?? false)
                && agreeing.allSatisfy { $0.agrees || $0.has(.filler) || !$0.saysSomething }
            guard next.isPunctuation || next.has(.filler) || next.has(.yes) || next.has(.yesWeak) || next.has(.choiceTrailer) || ending
                    || saysYes
            else { return nil }
        }
        return (n, [k], false, false)
    }

    /// Whether item `i` is a small number (digits, an ordinal, or a number word after a choice marker or alone in its
    /// clause) with no clock word, unit, day or "at" beside it.
    private static func isBarePick(_ i: Int, in items: [Item]) -> Bool {
        let item = items[i]
        guard let n = pickNumber(item), (1...9).contains(n) || n == -1, item.count == 1 else { return false }
        // "-1": a minus sign makes it no option's number.
        if i > 0, ["-", "−", "–"].contains(items[i - 1].token.text) { return false }
        let isOrdinal = item.tags.contains { if case .ordinal = $0 { true } else { false } }
        var p = i - 1
        while p >= 0, items[p].has(.choiceMarker) { p -= 1 }
        let prev = p >= 0 ? items[p] : nil
        let next = i + 1 < items.count ? items[i + 1] : nil
        if let prev, prev.has(.at) || prev.has(.after) || prev.has(.before) || prev.has(.between) || prev.has(.range) || prev.has(.inWord)
            || prev.has(.dayArticle) && !items[p + 1 ..< i].contains(where: { $0.has(.choiceMarker) })
            || TimeExpression.namesDay(prev) {
            return false
        }
        if let next {
            if next.marksHalfOfDay || next.has(.oclock) || [":", "h", "-", "/"].contains(next.token.text) { return false }
            if next.tags.contains(where: { if case .unit = $0 { true } else if case .month = $0 { true } else { false } }) { return false }
        }
        if isOrdinal || item.token.kind == .number { return true }
        // A number word counts after a marker ("la due") or standing alone between breaks ("zwei. ach nee doch eins").
        let alone = (prev == nil || prev!.isPunctuation || prev!.has(.no) || prev!.has(.filler) || p + 1 < i)
            && (next == nil || next!.isPunctuation || prev == nil && (next!.has(.yesWeak) || next!.has(.filler) || next!.has(.yes)))
        return alone
    }

    private static func pickNumber(_ item: Item) -> Int? {
        for t in item.tags { if case .ordinal(let n) = t { return n } }
        return item.number
    }

    /// Whether nothing but an option's own words, thanks and politeness follow item `index`.
    private func endsReply(after index: Int, in items: [Item]) -> Bool {
        var j = index + 1
        while j < items.count, items[j].has(.choiceTrailer) { j += 1 }
        return items[j...].allSatisfy { $0.isPunctuation || $0.token.kind == .symbol
            || !$0.tags.isEmpty && $0.tags.allSatisfy { [.filler, .yes, .yesWeak].contains($0) } }
    }

    /// The items that name options, with the words after each that still belong to it ("the second one": "one" is no hour).
    private func withTrailers(_ at: [Int], in items: [Item]) -> Set<Int> {
        var used = Set(at)
        for i in at {
            var j = i + 1
            while j < items.count, items[j].has(.choiceTrailer) { used.insert(j); j += 1 }
        }
        return used
    }

    /// Whether the reply names one of `people` by a word of their name ("maria" for "María López").
    func names(_ people: [String], in tokens: [Token]) -> Bool {
        guard !people.isEmpty else { return false }
        let words = Set(tokens.filter { $0.kind == .word }.map { Self.plain($0.text) })
        return people.contains { name in
            name.split(whereSeparator: { !$0.isLetter }).contains { part in part.count >= 2 && words.contains(Self.plain(String(part))) }
        }
    }

    /// Whether a question names someone the language does not know as a word: a capitalised word inside it, not its first
    /// ("Is the Friday one with Anna or someone else?", "В пятницу это Анна будет?", "La 2 è sempre con Anna?"): what is read
    /// when the staff's names are not at hand. Not in a language that capitalises its nouns.
    static func asksAboutSomeone(_ text: String, in language: Language) -> Bool {
        guard !language.capitalisedNouns else { return false }
        let (words, questions) = capitalisedWords(text)
        return words.contains { w in
            questions.contains(w.sentence) && w.word.count >= 3 && language.wordID(Token(text: w.word, kind: .word)) == nil
        }
    }

    /// A word typo correction found in a capitalised word inside a sentence is a name, not a misspelling: "Termin bei Dr Weber
    /// stornieren" has no "weder" (neither) in it and cancels; "con la signora Esposito" no "sposto" (I move). In a language
    /// that capitalises its nouns only negations are left out so. Rare, so the raw text is read only then.
    static func namesAreNotCorrected(_ items: [Item], text: String, language: Language) -> [Item] {
        let corrected = { (item: Item) -> Bool in
            item.token.corrected && item.count == 1 && !item.tags.isEmpty && (item.has(.negation) || !language.capitalisedNouns)
        }
        guard items.contains(where: corrected), Self.hasCapitalInside(text) else { return items }
        let names = capitalisedInsideSentences(text)
        return items.map { item in
            guard corrected(item), names.contains(item.token.text) else { return item }
            return Item(tags: [], token: item.token, count: 1)
        }
    }

    /// "Freundliche Grüße, K. Lehmann", "Regards, D. Whitfield": a capital letter and a full stop before a name is an initial,
    /// not the word the letter is on its own ("k" for ok). Not first in the reply: "K. Thanks" says ok.
    static func initialsAreNotWords(_ items: [Item], text: String) -> [Item] {
        // Most replies hold no ". " at all: looked for in the bytes before anything else.
        var previous: UInt8 = 0, initialLike = false
        for byte in text.utf8 {
            if previous == UInt8(ascii: ".") && byte == UInt8(ascii: " ") { initialLike = true; break }
            previous = byte
        }
        guard initialLike else { return items }
        let chars = Array(text.unicodeScalars)
        var initials = Set<String>()
        for i in chars.indices where i + 3 < chars.count && chars[i].properties.isUppercase && chars[i + 1] == "." && chars[i + 2] == " "
            && chars[i + 3].properties.isUppercase && i > 0 && !chars[i - 1].properties.isAlphabetic {
            initials.insert(String(chars[i]).lowercased())
        }
        guard !initials.isEmpty else { return items }
        return items.indices.map { k in
            let item = items[k]
            guard item.count == 1, item.token.kind == .word, initials.contains(item.token.text), k + 1 < items.count,
                  items[k + 1].token.text == "." else { return item }
            return Item(tags: [], token: item.token, count: 1)
        }
    }

    /// Whether any letter after the first is a capital (most replies have none, and need no look for names).
    static func hasCapitalInside(_ text: String) -> Bool {
        var first = true
        for ch in text.unicodeScalars {
            if first { first = false; continue }
            if ch.properties.isUppercase { return true }
        }
        return false
    }

    /// The words written with a capital and then lower case, not first in their sentence, in lower case.
    static func capitalisedInsideSentences(_ text: String) -> Set<String> {
        Set(capitalisedWords(text).words.map(\.word))
    }

    /// The words written with a capital and then lower case, not first in their sentence (in lower case, with the number of
    /// their sentence), and the sentences that end with a question mark.
    static func capitalisedWords(_ text: String) -> (words: [(word: String, sentence: Int)], questions: Set<Int>) {
        var words: [(word: String, sentence: Int)] = [], questions = Set<Int>()
        var sentence = 0, sentenceStart = true, word = ""
        for ch in text + " " {
            if ch.isLetter { word.append(ch); continue }
            if !word.isEmpty {
                if !sentenceStart, let first = word.first, first.isUppercase, word.dropFirst().allSatisfy(\.isLowercase) {
                    words.append((word.lowercased(), sentence))
                }
                sentenceStart = false
                word = ""
            }
            if ch == "?" { questions.insert(sentence) }
            if ".!?\n".contains(ch) { sentenceStart = true; sentence += 1 }
        }
        return (words, questions)
    }

    /// The reply without the lines it quotes ("> Reply YES to confirm, NO to cancel"): a quoted message is ours, not the
    /// client's answer. Left whole when it is all quotes.
    static func withoutQuotedLines(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: ">")), text.hasPrefix(">") || text.contains("\n>") || text.contains("\n >") else { return text }
        let kept = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.drop(while: { $0 == " " }).hasPrefix(">") }
        let rest = kept.joined(separator: "\n")
        return rest.contains(where: { !$0.isWhitespace }) ? rest : text
    }

    /// Lower case without accents, for comparing names.
    static func plain(_ text: String) -> String { text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }

    /// Whether an item says something about time: a day, a date, a part of the day, a clock word or a number.
    static func namesTime(_ item: Item) -> Bool {
        if item.token.kind == .number { return true }
        if case .compound = item.token.kind { return true }
        return item.tags.contains {
            switch $0 {
            case .weekday, .relativeDay, .month, .part, .named, .dayOfMonth, .unit, .duration, .minutesBefore: true
            default: false
            }
        }
    }

    /// Whether the option named at `index` is refused: a no or a negation right before it ("not the second", "no la segunda"),
    /// right after it within its clause ("la segunda no", "the second one no"), or an option joined to a refused one ("not the
    /// first or the second", "neither the first nor the second").
    private func refused(at index: Int, in items: [Item]) -> Bool {
        var k = index - 1
        // "non la 1", "nem a 1": an option's number after its article or marker.
        let digits = items[index].token.kind == .number
        while k >= 0, items[k].has(.connector) || digits && (items[k].has(.choiceMarker) || items[k].has(.dayArticle))
            || items[k].has(.filler) && items[k].tags.count == 1 { k -= 1 }
        if k >= 0, items[k].has(.no) || items[k].has(.negation) { return true }
        if k > 0, items[k].has(.clauseBreak) || items[k].has(.range) {
            var o = k - 1
            while o >= 0, items[o].has(.choiceTrailer) { o -= 1 }
            if o >= 0, items[o].tags.contains(where: { if case .ordinal = $0 { true } else { false } }), refused(at: o, in: items) { return true }
        }
        var j = index + 1
        while j < items.count, items[j].has(.choiceTrailer) { j += 1 }
        // "la 2 nn riesco", "a 2 não dá": a refusal right after it, a phrase saying it can't be made too.
        if j < items.count, AskedTime.refuses(items[j]) { return true }
        // "La primera, no, la segunda": a no standing alone between commas takes back what came before it.
        return j + 1 < items.count && items[j].isPunctuation && items[j + 1].has(.no)
            && (j + 2 == items.count || items[j + 2].isPunctuation)
    }

    /// Whether a time is asked for beside the words of running late, not within their clause ("J'arrive vers 11h30 plutôt"):
    /// named in a clause after theirs ("в 16 не успеваю, можно на 17:30?"), or with words asking to move in a sentence before
    /// theirs ("Could we do half four instead? Traffic's brutal at that time").
    static func asksBesidesLate(_ items: [Item]) -> Bool {
        guard let late = items.firstIndex(where: { $0.has(.late) }) else { return false }
        if let end = items[late...].firstIndex(where: \.endsClause), items[(end + 1)...].contains(where: namesTime) { return true }
        let before = items[..<items.start(of: late, after: \.endsSentence)]
        return before.contains { $0.has(.reschedule) } && before.contains(where: namesTime)
    }

    /// A bare number of minutes in a running-late reply: "be there in 10".
    func bareMinutes(_ items: [Item]) -> Int? {
        for (i, item) in items.enumerated() {
            guard let n = item.number, (1...120).contains(n), item.token.kind != .punctuation else { continue }
            if i + 1 < items.count, items[i + 1].has(.am) || items[i + 1].has(.pm) { continue }
            if case .compound = item.token.kind { continue }
            return n
        }
        return nil
    }
}
