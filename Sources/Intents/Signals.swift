import Foundation

/// What the words of a reply say, counted with negation scope: "can't come" is a no,
/// "no problem" a yes, "don't cancel" not a cancel.
struct Signals: Sendable {
    var yes = 0, yesWeak = 0, no = 0, cancel = 0, negatedYes = 0, negatedNegative = 0
    var reschedule = 0, late = 0, negatedLate = 0, optout = 0, optoutAlone = false, optin = 0, optinAlone = false
    var help = 0, helpAlone = false, question = 0, dispute = 0, unsure = 0, appointment = 0
    /// Words about a visit that is over ("yesterday", "last time"): see `Tag.pastVisit`.
    var pastVisit = 0
    /// Of `yes`, the phrases that hold a negation but say yes ("no worries", "non disdico niente").
    var idioms = 0
    /// Words of moving in a reason or a plan to get in touch ("because I need to change it", "I'll call to move it"): the
    /// client means to move, so a cancellation read beside them is asked about first.
    var movesLater = false
    /// The items of plans to get in touch later (see `plannedLater`).
    var plansLater = Set<Int>()
    /// Negation words, whatever they negate ("maybe not next week").
    var negations = 0
    var questionMark = false
    /// A refusal after the last question mark: "Nummer 2 ist doch Mittwoch oder? Da kann ich ja gar nicht. Dann lieber keinen".
    var refusesAfterAsking = false
    /// Items that carry meaning (not punctuation, filler or symbols).
    var content = 0
    var sensitivity: Set<Sensitivity> = []
    /// The reply talks about time ("can we do 5 instead", "at", a day): a lone number may be an hour.
    var timeTalk = false

    init(items: [Item]) {
        var scope = 0
        var negationIsNo = false
        var negationAt = -1
        var negationUsed = true
        var contentItems: [Item] = []
        func closeScope() {
            if scope > 0 && !negationUsed && negationIsNo { no += 1 }
            scope = 0
            negationUsed = true
        }
        plansLater = Self.plannedLater(items)
        // Inside a clause that gives a reason ("perché mi hanno cambiato i turni"), words of moving tell what happened.
        var inReason = false
        var lastQuestionMark = -1, lastRefusal = -1
        for (index, item) in items.enumerated() {
            if item.has(.reason) { inReason = true }
            if item.token.text == "?" { lastQuestionMark = index }
            if item.has(.no) { lastRefusal = index }
            if item.isPunctuation {
                if item.token.text == "?" || item.token.text == "¿" { questionMark = true }
                if item.endsClause { inReason = false }
                if [",", ".", "!", "?", ";", "…", "¿", "¡", "-", "(", ")"].contains(item.token.text) { closeScope() }
                if item.tags.isEmpty { continue }
            }
            let tags = item.tags
            for t in tags { if case .sensitive(let s) = t { sensitivity.insert(s) } }
            if item.token.kind != .punctuation && item.token.kind != .symbol && !item.has(.filler) || item.has(.yes) || item.has(.no) {
                if !tags.isEmpty || item.token.kind == .word || item.token.kind == .number || item.token.kind == .symbol {
                    content += 1
                    contentItems.append(item)
                }
            }
            // A plan to get in touch later, to the end of its sentence, asks for nothing now ("I'll let you know if I can't make it").
            if plansLater.contains(index) {
                if item.has(.reschedule) { movesLater = true }
                continue
            }
            if item.has(.clauseBreak) && !item.has(.yes) { closeScope(); continue }
            if item.has(.positiveIdiom) { yes += 1; idioms += 1; continue }
            let meaningful: [Tag] = [.yes, .yesWeak, .cancel, .reschedule, .late, .optout, .optin, .dispute, .question]
            if item.has(.negation) { negations += 1 }
            // Negative concord: "ни за что не смогу прийти", "никогда не пропущу" say the following phrase's own negation
            // louder; they do not turn it round.
            if item.has(.negation) && !meaningful.contains(where: { item.has($0) }) && !item.has(.no)
                && index + 1 < items.count && items[index + 1].has(.opensWithNegation) {
                continue
            }
            // "Thursday is fine, but not at 4": a "not" that gives up a time ("not" is also "instead of" in English: "12 not
            // 10:30") asks for another time, as "but 4 doesn't" does, when the reply names one ("not tomorrow" alone refuses).
            if item.has(.negation) && item.has(.insteadOf) && scope == 0 {
                var j = index + 1
                while j < items.count, j <= index + 2, items[j].has(.at) || items[j].has(.dayArticle) { j += 1 }
                if j < items.count, ReplyMatcher.namesTime(items[j]),
                   items.indices.contains(where: { ($0 < index || $0 > j) && ReplyMatcher.namesTime(items[$0]) }) {
                    reschedule += 1
                }
            }
            if item.has(.negation) && !meaningful.contains(where: { item.has($0) }) {
                closeScope()
                scope = 4
                negationIsNo = item.has(.no)
                negationAt = index
                negationUsed = false
                continue
            }
            let negated = scope > 0
            if scope > 0 { scope -= 1 }
            var touched = false
            // "definitely can't", "sicher nicht", "echt niet", "absolutely not": a yes word right before a negation only
            // strengthens it.
            let strengthens = index + 1 < items.count && items[index + 1].has(.negation) && !items[index + 1].has(.no)
                && !items[index + 1].has(.yes)
            if (item.has(.yes) || item.has(.yesWeak)) && !strengthens {
                if negated { negatedYes += 1; touched = true }
                else if item.has(.yes) { yes += 1 } else { yesWeak += 1 }
            }
            if item.has(.no) { no += 1; if negated { touched = true } }
            if item.has(.cancel) {
                // A no that is also the language's "not", right before the verb, negates it: "no cancelo", "não cancela"
                // ("No, cancel it" has its comma; in English "no" is no "not").
                if negated && (!negationIsNo || index == negationAt + 1 && !item.has(.opensWithNegation) && !item.has(.negation)) { negatedNegative += 1 } else { cancel += 1 }
                if negated { touched = true }
            }
            // "instead of" asks to move when a time follows it ("12 instead of 11", "statt um 10"), not "findet statt", "en vez de mi madre".
            let insteadOfTime = item.has(.insteadOf) && index + 1 < items.count
                && (ReplyMatcher.namesTime(items[index + 1]) || items[index + 1].has(.at) || items[index + 1].has(.dayArticle))
            // "I'd rather cancel", "prefiero cancelar", "dann lieber absagen": a preference for cancelling asks for no other time.
            var prefersCancel = false
            if item.has(.reschedule), !item.has(.cancel) {
                var j = index + 1
                while j < items.count, j <= index + 3, !items[j].isPunctuation, items[j].tags.allSatisfy({ $0 == .filler || $0 == .connector || $0 == .at || $0 == .range }),
                      !items[j].tags.isEmpty || items[j].token.text.count <= 2 { j += 1 }
                // Not "dá para desmarcar a de quinta e fazer na terça?": a time after it asks for that time.
                prefersCancel = j < items.count && items[j].has(.cancel) && !items[j].has(.negation)
                    && !items[(j + 1)...].contains(where: ReplyMatcher.namesTime)
            }
            if item.has(.reschedule) && inReason { movesLater = true }
            // "Спасибо, но в пятницу не могу": a "but at" that also asks to move ("но в") asks for nothing when its clause
            // refuses the time it names.
            let asksToMove = item.has(.reschedule) && !prefersCancel && !inReason
                && !(item.has(.at) && items[(index + 1)...].prefix { !$0.endsClause }.contains { $0.has(.negation) || $0.has(.cancel) })
            if asksToMove || insteadOfTime { if negated { touched = true } else { reschedule += 1 } }
            if item.has(.late) { if negated { negatedLate += 1; touched = true } else { late += 1 } }
            if item.has(.optout) { if negated { touched = true } else { optout += 1 } }
            if item.has(.optin) { if negated { touched = true } else { optin += 1 } }
            if item.has(.help) { help += 1 }
            if item.has(.question) { question += 1 }
            if item.has(.dispute) { dispute += 1 }
            if item.has(.pastVisit) { pastVisit += 1 }
            if item.has(.unsure) { unsure += 1 }
            if item.has(.appointment) { appointment += 1 }
            if item.has(.reschedule) || item.has(.at) || item.has(.after) || item.has(.before) || item.has(.between) {
                timeTalk = true
            }
            for t in tags {
                switch t {
                case .weekday, .relativeDay, .part, .named, .minutesBefore: timeTalk = true
                default: break
                }
            }
            if touched { negationUsed = true; scope = 0 }
        }
        closeScope()
        refusesAfterAsking = questionMark && lastRefusal > lastQuestionMark
        if contentItems.count == 1 {
            let only = contentItems[0]
            optoutAlone = only.has(.optoutAlone)
            optinAlone = only.has(.optinAlone)
            helpAlone = only.has(.helpAlone)
        } else if contentItems.isEmpty, questionMark {
            helpAlone = items.allSatisfy { $0.isPunctuation }
        }
    }

    /// The items from a plan to get in touch later to the end of its sentence ("I'll ring to rebook when I know my shifts",
    /// "melde mich, wenn es mir besser geht", "vi richiamo io la settimana prossima per rifissare"): a move planned, and its
    /// time and conditions, not asked for now.
    static func plannedLater(_ items: [Item]) -> Set<Int> {
        var out = Set<Int>()
        var k = 0
        while k < items.count {
            guard items[k].has(.laterContact) else { k += 1; continue }
            let end = items.end(of: k, at: \.endsSentence)
            out.formUnion(k..<min(end + 1, items.count))
            k = end + 1
        }
        return out
    }
}
