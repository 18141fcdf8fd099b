import Foundation

/// The matcher's verdict before the time is attached.
struct Decision: Sendable {
    var intent: Intent
    var confidence: Double
    /// The verdict rests on the reply naming a time; without one it must be decided again.
    var needsTime = false
}

extension ReplyMatcher {
    /// Settles the intent from the signals and the open question. Destructive readings (cancel, opt-out)
    /// need explicit words; mixed signals give `unknown` with low confidence so a person looks.
    func decide(_ s: Signals, expecting: Expecting, hasTime: Bool, choice: Int?, contentCount: Int, correctsTime: Bool = false,
                contrastsTime: Bool = false, correctsChoice: Bool = false, asksToCancel: Bool = false, asksAnotherTime: Bool = false) -> Decision {
        let offerLike = expecting == .offer || expecting == .rebook
        let negative = s.cancel + s.no + s.negatedYes
        let positive = s.yes + s.negatedNegative + s.negatedLate

        // Opt-out wins over everything; a bare keyword counts only alone.
        if s.optoutAlone { return Decision(intent: .optout, confidence: 0.97) }
        if s.optout > 0 { return Decision(intent: .optout, confidence: 0.9) }
        if s.optinAlone { return Decision(intent: .optin, confidence: 0.95) }
        if s.optin > 0 && s.cancel == 0 { return Decision(intent: .optin, confidence: 0.85) }
        if s.helpAlone { return Decision(intent: .help, confidence: 0.9) }
        if s.dispute > 0 { return Decision(intent: .dispute, confidence: 0.85) }
        // Asking for a person or how this works ("can I talk to a real person instead", "wie funktioniert das, muss ich hier
        // antworten?") is help, whatever else it says, unless it names a time, a cancel or running late.
        if s.help > 0 && !hasTime && s.cancel == 0 && s.late == 0 { return Decision(intent: .help, confidence: 0.8) }
        // "Dienstag 14 Uhr ist gut, kann aber sein dass ich 5 min später komme", "3 graag, maar kan zijn dat ik later ben": after
        // an offer, an option named, or a time with a yes, and running late to it takes it.
        if offerLike && s.late > 0 && s.reschedule == 0 && negative == 0
            && ((choice.map(Understanding.namesOption) ?? false) || choice == nil && positive > 0 && hasTime) {
            return Decision(intent: .accept, confidence: 0.85, needsTime: choice == nil)
        }
        // "А на субботу можно? В среду не успеваю", "в 16 не успеваю, можно на 17:30?": not making it, and another day or
        // time asked for, is a move.
        if s.late > 0 && !(asksAnotherTime && s.reschedule > 0) {
            return Decision(intent: .late, confidence: s.unsure > 0 ? 0.7 : 0.9)
        }

        // An option taken back and another named ("le 1… ah non, plutôt le 2", "второй. хотя нет, первый лучше"): the
        // "rather" is about the options, not a request for another time.
        if offerLike && correctsChoice && !hasTime && s.cancel == 0 && s.negatedYes == 0, let choice, Understanding.namesOption(choice) {
            return Decision(intent: .accept, confidence: 0.85)
        }
        // A preference among the options offered is a pick: "I'd prefer the first one", "Tra le 3 proposte preferisco la prima".
        if offerLike && s.reschedule > 0 && !hasTime && negative == 0 && s.unsure == 0 && s.question == 0, let choice, Understanding.namesOption(choice) {
            return Decision(intent: .accept, confidence: 0.85)
        }
        // Another time: "can we do thursday at 4 instead?", "yes but can we do 5 instead".
        if s.reschedule > 0 {
            if !hasTime && s.question > 0 && s.questionMark { return Decision(intent: .question, confidence: 0.6) }
            if hasTime { return Decision(intent: .reschedule, confidence: s.unsure > 0 ? 0.7 : 0.93, needsTime: true) }
            return Decision(intent: .reschedule, confidence: s.unsure > 0 ? 0.6 : 0.85)
        }
        // "No thanks, none of them work. Tuesday at 2 I'm at work", "Non merci, aucun ne va. Mardi à 14h je suis au boulot": after
        // an offer, a refusal said twice, nothing asked and a time only as the reason declines it; the time is no pick.
        if offerLike && (!s.questionMark || s.refusesAfterAsking) && !contrastsTime && s.cancel == 0 && positive == 0
            && (choice == nil || s.refusesAfterAsking) && s.no + s.negatedYes >= 2 {
            return Decision(intent: .decline, confidence: 0.85)
        }
        // "Can't do tomorrow, friday?" — a no and another time asked for.
        // Unless the question itself asks to cancel: "I can't come on Wednesday, could you cancel it?".
        if negative > 0 && hasTime && s.questionMark && s.question == 0 && !asksToCancel {
            return Decision(intent: .reschedule, confidence: 0.7, needsTime: true)
        }
        // "No, I wanted 2 pm", "nope, make it the 12th", "nee, liever om 3 uur": a no that corrects the time asked about,
        // not a cancellation. A cancel word ("no, cancel Friday") or a negated yes ("no, I can't come at 2") still cancels.
        // After an offer a no stays a decline, which costs the client nothing.
        if correctsTime && hasTime && s.cancel == 0 && s.negatedYes == 0 && positive == 0 && !offerLike {
            return Decision(intent: .reschedule, confidence: s.unsure > 0 ? 0.6 : 0.75, needsTime: true)
        }
        // "Not Wednesday but Thursday", "can't come tomorrow, but Friday works": a refused time and another after a clause
        // break, with no cancel word after it. The refusal is scoped to the first time: this moves the visit to the second.
        if contrastsTime && hasTime && !offerLike {
            return Decision(intent: .reschedule, confidence: s.unsure > 0 ? 0.6 : 0.75, needsTime: true)
        }
        // After an offer: "no, the second one", "nee, de tweede" take the option named; "none of these, but Saturday
        // morning would work", "nee maar zaterdag zou wel kunnen" ask for another time (new options, or a person), where a
        // decline would lose what the client asked for. A cancel word or a negated yes ("no, 2 doesn't work") still declines.
        // A refusal before the break, whatever its words ("Freitag geht leider nicht, Donnerstag schon"), is scoped to the time
        // it names; nothing after the break cancels (see `contrastsTime`).
        if offerLike && contrastsTime && hasTime && choice == nil {
            return Decision(intent: .reschedule, confidence: s.unsure > 0 ? 0.6 : 0.75, needsTime: true)
        }
        if offerLike && s.cancel == 0 {
            let plainNo = s.negatedYes == 0 && positive == 0
            if correctsChoice && plainNo, let choice, Understanding.namesOption(choice) { return Decision(intent: .accept, confidence: 0.85) }
            if hasTime && choice == nil && correctsTime && plainNo {
                return Decision(intent: .reschedule, confidence: s.unsure > 0 ? 0.6 : 0.75, needsTime: true)
            }
        }
        // A no that names an option with no options asked about ("no, the second one" to a reminder) is no cancellation:
        // a person reads it.
        if correctsChoice && !offerLike && choice != nil && s.cancel == 0 && s.negatedYes == 0 {
            return Decision(intent: .unknown, confidence: 0.3)
        }
        // A question a person must answer: "how much is it?", "where do I park?". An option taken with a yes and a question
        // beside it is taken ("Беру 1, только это к тому же мастеру?").
        // "Non voglio disdire niente, volevo solo sapere se avete il parcheggio": a cancel denied beside a question is no yes.
        let onlyDeniesCancelling = expecting == .none && s.yes == s.idioms && s.negatedLate == 0 && s.negatedNegative + s.idioms > 0 && negative == 0
        if s.question > 0 && (s.questionMark || positive + negative == 0 || onlyDeniesCancelling)
            && !(offerLike && choice != nil && positive > 0 && negative == 0) {
            return Decision(intent: .question, confidence: s.questionMark ? 0.8 : 0.65)
        }
        if s.help > 0 { return Decision(intent: .help, confidence: 0.8) }

        if negative > 0 && positive > 0 {
            // "ok, I can't make it": one soft yes word and an explicit cancel.
            if s.cancel + s.negatedYes > 0 && s.yes <= 1 && s.no == 0 && !s.questionMark && s.negatedNegative == 0 && s.unsure == 0 {
                return Decision(intent: offerLike && s.appointment == 0 ? .decline : .cancel, confidence: 0.6)
            }
            return Decision(intent: .unknown, confidence: 0.3)
        }
        if negative > 0 {
            if s.unsure > 0 { return Decision(intent: .unknown, confidence: 0.35) }
            switch expecting {
            case .offer, .rebook:
                if s.cancel > 0 && s.appointment > 0 { return Decision(intent: .cancel, confidence: 0.8) }
                return Decision(intent: .decline, confidence: s.no > 0 && s.cancel == 0 ? 0.9 : 0.85)
            case .confirm:
                if s.cancel > 0 { return Decision(intent: .cancel, confidence: 0.92) }
                if s.negatedYes > 0 { return Decision(intent: .cancel, confidence: 0.85) }
                // A no alone answers the reminder's yes-or-no question; a no with words the reader doesn't follow is less sure.
                return Decision(intent: .cancel, confidence: contentCount <= s.no ? 0.9 : 0.75)
            case .none:
                if s.cancel > 0 || s.negatedYes > 0 { return Decision(intent: .cancel, confidence: s.cancel > 0 ? 0.85 : 0.7) }
                return Decision(intent: .decline, confidence: 0.6)
            }
        }
        if let choice, Understanding.namesOption(choice) {
            if offerLike { return Decision(intent: .accept, confidence: positive > 0 ? 0.95 : 0.9) }
            return Decision(intent: .unknown, confidence: 0.3)
        }
        // "Ok, Thursday at 3?", "Vale, ¿y el jueves a las 3?": a yes asking about a time asks for that time; the conversation
        // confirms the visit when the time is the visit's own.
        if expecting == .confirm && positive > 0 && hasTime && s.questionMark && s.question == 0 && s.unsure == 0 && contentCount <= 6 {
            return Decision(intent: .reschedule, confidence: 0.7, needsTime: true)
        }
        // "Merci pour hier, super massage 😍", "Obrigada pelo atendimento de ontem": with nothing asked, thanks for a visit that
        // is over confirm nothing upcoming; a person reads them.
        if expecting == .none && s.pastVisit > 0 && !hasTime {
            return Decision(intent: .unknown, confidence: 0.3)
        }
        if positive > 0 || s.yesWeak > 0 {
            // "Oh yes, maybe Tuesday next week?" to a win-back: times are only offered, so the hedge costs nothing.
            if s.unsure > 0 && expecting == .rebook && hasTime && s.negations == 0 {
                return Decision(intent: .accept, confidence: 0.6, needsTime: true)
            }
            if s.unsure > 0 { return Decision(intent: .unknown, confidence: 0.35) }
            let strong = positive > 0
            // Thanks alone among many other words after an offer ("so sorry, I work those days. Thanks anyway") is no taking
            // of a slot: a person reads it.
            if offerLike && !strong && !hasTime && contentCount > s.yesWeak + 2 { return Decision(intent: .unknown, confidence: 0.3) }
            switch expecting {
            case .offer, .rebook: return Decision(intent: .accept, confidence: strong ? 0.95 : 0.75)
            case .confirm: return Decision(intent: .confirm, confidence: strong ? 0.95 : 0.75)
            case .none: return Decision(intent: .confirm, confidence: strong ? 0.6 : 0.45)
            }
        }
        if hasTime {
            // "Maybe next week" to a win-back: the times it leads to are only offered, so a tentative time is enough to ask.
            if s.unsure > 0 && expecting == .rebook && s.negations == 0 { return Decision(intent: .accept, confidence: 0.6, needsTime: true) }
            if s.unsure > 0 { return Decision(intent: .unknown, confidence: 0.35) }
            switch expecting {
            // "Any later on Thursday?", "tomorrow?": a time asked about after an offer asks for it; one of the options on
            // that day or at that time is still taken by the conversation.
            case .offer where s.questionMark: return Decision(intent: .reschedule, confidence: 0.7, needsTime: true)
            case .offer: return Decision(intent: .accept, confidence: 0.7, needsTime: true)
            case .rebook: return Decision(intent: .accept, confidence: 0.75, needsTime: true)
            case .confirm: return Decision(intent: .reschedule, confidence: 0.7, needsTime: true)
            case .none: return Decision(intent: .reschedule, confidence: 0.6, needsTime: true)
            }
        }
        if s.questionMark && contentCount > 1 { return Decision(intent: .question, confidence: 0.6) }
        if s.unsure > 0 { return Decision(intent: .unknown, confidence: 0.3) }
        return Decision(intent: .unknown, confidence: contentCount == 0 ? 0.1 : 0.2)
    }
}
