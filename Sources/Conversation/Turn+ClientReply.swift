import BookingCore
import Dialogs
import Foundation
import Intents

extension Turn {
    /// A client's message: opt-out first, then what needs a person, then the question it answers. A question asked beside a
    /// yes, a pick or running late ("Yes! Is there parking nearby?") goes to a person once the rest is done.
    mutating func clientReply(_ reply: InboundReply) {
        let about = state.openQuestions(at: now).first?.appointmentID ?? context.upcoming(at: now).first?.id
        act(on: reply, about: about)
        if reply.understanding.alsoAsks, !effects.contains(where: { if case .escalate = $0 { true } else { false } }) {
            escalate(.question, text: reply.text, appointment: about)
        }
    }

    /// `about`: the visit the reply is about (the open question's, else the next one).
    private mutating func act(on reply: InboundReply, about: AppointmentID?) {
        state.lastChannel = reply.channel
        let u = reply.understanding
        let open = state.openQuestions(at: now)

        switch u.intent {
        case .optout:
            effects.append(.optOut(reply.channel))
            for q in state.questions {
                if case .offer(let options, _) = q.kind { for o in options { effects.append(.offerLapsed(o, client: clientID!)) } }
                close(q)
            }
            say(.optOutConfirmation, [:], direct: true)
            audit("optedOut", clientID?.rawValue ?? "", reply.channel.rawValue, kind: "client")
            return
        case .optin:
            effects.append(.optIn(reply.channel))
            say(.optInConfirmation, [:], direct: true)
            audit("optedIn", clientID?.rawValue ?? "", reply.channel.rawValue, kind: "client")
            return
        case .help:
            say(.help, [:], direct: true)
            return
        default: break
        }

        if let q = open.first, case .feedback(let a) = q.kind, feedback(on: a, question: q, reply: reply) { return }

        if let sensitive = [Sensitivity.health, .legal, .anger].first(where: u.sensitivity.contains) {
            escalate(Escalation.Reason(rawValue: sensitive.rawValue) ?? .unclear, text: reply.text, appointment: about)
            return
        }
        switch u.intent {
        case .dispute: escalate(.dispute, text: reply.text, appointment: about); return
        case .question: escalate(.question, text: reply.text, appointment: about); return
        case .unknown: escalate(.unclear, text: reply.text, appointment: about); return
        default: break
        }
        if u.confidence < Conversation.minimumConfidence {
            escalate(.unclear, text: reply.text, appointment: about)
            return
        }

        // A number, or a time that matches an offered option, answers the newest question with options.
        if let q = (u.choice != nil ? open.first(where: { !$0.options.isEmpty || isWhich($0) }) : open.first.flatMap { q in
               !q.options.isEmpty || isWhich(q) ? q : nil }),
           !u.tentative, let pick = choose(in: q, understanding: u),
           [.accept, .confirm, .reschedule].contains(u.intent) || (u.choice != nil && ![.cancel, .decline].contains(u.intent)) {
            // "Puede ser la 2 pero a las 11?": the option's day at another time of day is asked for, not the option.
            if u.intent == .reschedule, u.choice != nil, let asked = timeOnOptionDay(q, pick: pick, time: u.time) {
                reschedule(open: open, time: asked, text: reply.text)
                return
            }
            answer(q, pick: pick, text: reply.text)
            return
        }

        switch u.intent {
        case .accept where u.time != nil && { if case .rebook = open.first?.kind { true } else { false } }():
            reschedule(open: open, time: u.time, text: reply.text)
        case .confirm where u.time.map { t in asksAnotherTime(t, open: open) } ?? false:
            // "Ok, Thursday at 3?", "prima, maar donderdag?" to a reminder about Wednesday: confirming Wednesday would book a
            // no-show; the client is offered Thursday's times instead.
            reschedule(open: open, time: u.time, text: reply.text)
        case .confirm, .accept: yes(open: open, text: reply.text)
        case .cancel, .decline:
            no(open: open, intent: u.intent, time: u.time, text: reply.text, sure: u.confidence >= Conversation.sureToCancel, plainNo: u.plainNo)
        case .reschedule where u.time.map { t in (t.grain == .minute || t.grain == .hour) && !asksAnotherTime(t, open: open)
                && isConfirmQuestion(open.first) } ?? false:
            // "Yes, Wednesday at 11?" about the visit on Wednesday at 11: that is a yes. Asking to move within the visit's day or
            // week is not: its other times are offered.
            yes(open: open, text: reply.text)
        case .reschedule: reschedule(open: open, time: u.time, text: reply.text)
        case .late: late(minutes: u.lateMinutes, text: reply.text)
        default: escalate(.unclear, text: reply.text, appointment: about)
        }
    }

    private func isConfirmQuestion(_ q: OpenQuestion?) -> Bool {
        if case .confirm = q?.kind { true } else { false }
    }

    /// Whether a yes to "please confirm your visit" names a time other than the visit's: another day, another clock time, or a
    /// part of another day, a week or a month the visit is not in ("can we push it to next week?").
    private func asksAnotherTime(_ t: ResolvedTime, open: [OpenQuestion]) -> Bool {
        guard let q = open.first, case .confirm(let id) = q.kind, let a = context.appointment(id) else { return false }
        let visitDay = LocalDateTime(a.start, in: zone).date, named = LocalDateTime(t.start, in: zone).date
        switch t.grain {
        case .minute, .hour: return abs(t.start.timeIntervalSince(a.start)) >= 60
        case .day: return named != visitDay
        case .partOfDay: return named != visitDay || a.start < t.start || t.end.map { a.start >= $0 } ?? false
        case .week, .month: return a.start < t.start || t.end.map { a.start >= $0 } ?? false
        }
    }

    /// An answer to "how was your visit?": a rating or words, stored; a low rating, a complaint or a dispute goes to the manager.
    /// A reply that plainly asks for something else (cancel, move, running late) is left to the usual handling.
    private mutating func feedback(on a: AppointmentID, question q: OpenQuestion, reply: InboundReply) -> Bool {
        let u = reply.understanding
        let score = FeedbackReading.score(reply.text)
        if score == nil, [.cancel, .reschedule, .late, .confirm].contains(u.intent), u.confidence >= Conversation.minimumConfidence {
            close(q)
            return false
        }
        close(q)
        effects.append(.feedback(a, score: score, comment: String(reply.text.prefix(1000))))
        audit("feedback", a.rawValue, score.map { "rated \($0)/5" } ?? "in words", kind: "appointment")
        let low = score.map { $0 <= context.policies.followUp.lowScore } ?? false
        let upset = !u.sensitivity.isDisjoint(with: [.anger, .health, .legal]) || u.intent == .dispute
        if low || upset {
            escalate(.feedback, text: reply.text, appointment: a)
        } else {
            say(.feedbackThanks, [:], direct: true)
        }
        state.clarificationsInARow = 0
        return true
    }

    /// A clock time named with an option's number that is not the option's own: that time on the option's day when the reply
    /// named no day (a bare time resolves within the next day), else the time as named.
    private func timeOnOptionDay(_ q: OpenQuestion, pick: Int, time: ResolvedTime?) -> ResolvedTime? {
        guard let t = time, t.grain == .minute || t.grain == .hour, q.options.indices.contains(pick - 1) else { return nil }
        let option = q.options[pick - 1].start
        guard option != t.start else { return nil }
        let wanted = LocalDateTime(t.start, in: zone)
        guard t.start.timeIntervalSince(now) < 86_400, wanted.date != LocalDateTime(option, in: zone).date else { return t }
        return ResolvedTime(start: LocalDateTime(date: LocalDateTime(option, in: zone).date, time: wanted.time).instant(in: zone),
                            grain: t.grain)
    }

    private func isWhich(_ q: OpenQuestion) -> Bool {
        if case .whichAppointment = q.kind { return true }
        return false
    }

    /// The index of the option, or of the visit asked about, that starts first.
    private func earliest(in q: OpenQuestion) -> Int? {
        if case .whichAppointment(let candidates, _) = q.kind {
            let starts = candidates.map { context.appointment($0)?.start ?? .distantFuture }
            return starts.indices.min { starts[$0] < starts[$1] }
        }
        return q.options.indices.min { q.options[$0].start < q.options[$1].start }
    }

    /// The 1-based option a reply picks: by number, or by a time that matches exactly one option.
    private func choose(in q: OpenQuestion, understanding u: Understanding) -> Int? {
        let count: Int
        if case .whichAppointment(let candidates, _) = q.kind { count = candidates.count } else { count = q.options.count }
        if let c = u.choice {
            let pick = switch c {
            case Understanding.lastOption: count
            case Understanding.earliestOption: earliest(in: q).map { $0 + 1 } ?? 0
            default: c
            }
            return (1...max(count, 1)).contains(pick) ? pick : nil
        }
        guard let t = u.time, !q.options.isEmpty else { return nil }
        // "Friday is better", "sexta é melhor", "Thursday afternoon works": the one option on that day (in that part of it).
        if t.grain == .day || t.grain == .partOfDay {
            let day = LocalDateTime(t.start, in: zone).date
            let onDay = q.options.indices.filter { i in
                let start = q.options[i].start
                return LocalDateTime(start, in: zone).date == day && (t.grain == .day || start >= t.start && t.end.map { start < $0 } ?? true)
            }
            return onDay.count == 1 ? onDay[0] + 1 : nil
        }
        guard t.grain == .minute || t.grain == .hour else { return nil }
        // The exact instant first; else the time of day ("the 4:30 one" is read as today's 16:30), but only for
        // a pick: "could you do Thursday at 4:30?" asks for another time, it doesn't take Wednesday's 16:30.
        let exact = q.options.indices.filter { q.options[$0].start == t.start }
        if exact.count == 1 { return exact[0] + 1 }
        if u.intent == .reschedule { return nil }
        let wanted = LocalDateTime(t.start, in: zone)
        let sameTime = { (i: Int) -> Bool in
            let time = LocalDateTime(q.options[i].start, in: zone).time
            return t.grain == .minute ? time == wanted.time : time.hour == wanted.time.hour
        }
        // On the day the reply names; any day only when no day was named (a bare time resolves within the next day).
        var matches = q.options.indices.filter { sameTime($0) && LocalDateTime(q.options[$0].start, in: zone).date == wanted.date }
        if matches.isEmpty && t.start.timeIntervalSince(now) < 86_400 { matches = q.options.indices.filter(sameTime) }
        return matches.count == 1 ? matches[0] + 1 : nil
    }

    /// A pick from a numbered list.
    private mutating func answer(_ q: OpenQuestion, pick: Int, text: String) {
        switch q.kind {
        case .whichAppointment(let candidates, let pending):
            close(q)
            state.clarificationsInARow = 0
            perform(pending, on: candidates[pick - 1], text: text)
        case .pickSlot(let a, let options):
            guard let appointment = context.appointment(a), appointment.status.isUpcoming else { close(q); return }
            move(appointment, to: options[pick - 1], question: q)
        case .offer(let options, _):
            take(options[pick - 1], question: q, source: .waitlist)
        case .rebook(_, let options):
            take(options[pick - 1], question: q, source: .conversation)
        default:
            break
        }
    }

    /// "Yes": confirms, takes a single offered slot, or agrees to the cancellation we asked about.
    private mutating func yes(open: [OpenQuestion], text: String) {
        if open.isEmpty, let lapsed = state.lapsedOffers.last {
            // A yes to an offer whose hold ran out: say so rather than guess at something else.
            say(.offerExpired, lapsed.options.first.map(about) ?? [:], direct: true)
            state.lapsedOffers.removeAll()
            return
        }
        guard let q = open.first else {
            let upcoming = context.upcoming(at: now).filter { $0.status == .booked }
            switch upcoming.count {
            case 0:
                // Nothing left to confirm: say so about the soonest visit, or that there is none.
                if let next = context.upcoming(at: now).first { say(.confirmationReceipt, about(next), direct: true) } else {
                    say(.fallback, [:], direct: true)
                }
            case 1: confirm(upcoming[0], question: nil)
            default:
                clarify(text: text, appointment: nil) { t in t.askWhich(upcoming.map(\.id), pending: .confirm) }
            }
            return
        }
        switch q.kind {
        case .confirm(let a):
            guard let appointment = context.appointment(a), appointment.status.isUpcoming else { close(q); say(.fallback, [:], direct: true); return }
            confirm(appointment, question: q)
        case .confirmCancel(let a):
            close(q)
            guard let appointment = context.appointment(a) else { return }
            cancel(appointment, text: text, asOf: q.openedAt)
        case .offer(let options, _) where options.count == 1: take(options[0], question: q, source: .waitlist)
        case .rebook(_, let options) where options.count == 1: take(options[0], question: q, source: .conversation)
        case .standby(let slot, _):
            close(q)
            state.clarificationsInARow = 0
            if tier == .noOnlineBooking { say(.bookingBlocked, [:], direct: true); return }
            effects.append(.standbyAccepted(slot, client: clientID!))
            say(.standbyReceipt, about(slot), direct: true)
        case .offer, .rebook, .pickSlot, .whichAppointment:
            var count = q.options.count
            if case .whichAppointment(let candidates, _) = q.kind { count = candidates.count }
            clarify(text: text, appointment: q.appointmentID) { t in t.say(.pickNumber, ["count": .count(count)], direct: true) }
        case .attendance, .feedback:
            break
        }
    }

    /// "No" or "cancel": declines an offer, keeps a booking, or cancels the appointment in question.
    /// `sure`: the reading is certain enough to cancel a visit on its own; else the client is asked first.
    /// `plainNo`: the reply is a no and nothing else, which to "would you like to cancel?" keeps the visit.
    private mutating func no(open: [OpenQuestion], intent: Intent, time: ResolvedTime?, text: String, sure: Bool, plainNo: Bool) {
        if let q = open.first {
            switch q.kind {
            case .offer(let options, _):
                close(q)
                for o in options { effects.append(.offerLapsed(o, client: clientID!)) }
                say(.offerDeclined, [:], direct: true)
                state.clarificationsInARow = 0
                return
            case .rebook:
                close(q)
                say(.rebookDeclined, [:], direct: true)
                return
            case .standby:
                close(q)
                say(.offerDeclined, [:], direct: true)
                return
            case .pickSlot(let a, _):
                close(q)
                if let appointment = context.appointment(a) { say(.keptAppointment, about(appointment), direct: true) }
                return
            case .confirmCancel(let a):
                close(q)
                guard let appointment = context.appointment(a) else { return }
                if plainNo || !appointment.status.isUpcoming {
                    state.clarificationsInARow = 0
                    say(.keptAppointment, about(appointment), direct: true)
                } else {
                    // "Yes, cancel it", "cancel", "no, I can't come" to "would you like to cancel?": cancelled, with the fee as it
                    // stood when the client first said so.
                    cancel(appointment, text: text, asOf: q.openedAt)
                }
                return
            case .confirm(let a) where time == nil || appointments(matching: time).contains(where: { $0.id == a }):
                if let appointment = context.appointment(a), appointment.status.isUpcoming {
                    close(q)
                    if sure {
                        cancel(appointment, text: text)
                    } else {
                        // "Ça marche pas pour moi", "ok I can't make it": likely a cancellation, but it costs the visit, so ask.
                        // Unanswered, it goes to a person within three hours (or by the visit), not to a no-show.
                        clarify(text: text, appointment: a) { t in
                            t.say(.confirmCancel, t.about(appointment), direct: true)
                            _ = t.ask(.confirmCancel(a), expires: min(appointment.start, t.now.addingTimeInterval(3 * 3600)))
                        }
                    }
                    return
                }
            case .confirm, .whichAppointment, .attendance, .feedback:
                break
            }
        }
        // No question to answer: find the appointment meant, and ask before cancelling anything.
        let candidates = appointments(matching: time)
        switch candidates.count {
        case 0:
            say(.fallback, [:], direct: true)
        case 1:
            clarify(text: text, appointment: candidates[0].id) { t in
                t.say(.confirmCancel, t.about(candidates[0]), direct: true)
                _ = t.ask(.confirmCancel(candidates[0].id), expires: candidates[0].start)
            }
        default:
            clarify(text: text, appointment: nil) { t in t.askWhich(candidates.map(\.id), pending: .cancel) }
        }
    }

    /// "Can we do Thursday at 4 instead?": up to three free times nearest to what was asked.
    private mutating func reschedule(open: [OpenQuestion], time: ResolvedTime?, text: String) {
        if let q = open.first {
            switch q.kind {
            case .offer(let options, _):
                // "None of these, but Saturday would work" to a waitlist offer: the slot goes on to the next client at once,
                // and a person arranges the time asked for (the client's own visit, if any, is not what was offered).
                close(q)
                for o in options { effects.append(.offerLapsed(o, client: clientID!)) }
                escalate(.question, text: text, appointment: nil)
                return
            case .standby:
                close(q)
                escalate(.question, text: text, appointment: nil)
                return
            case .rebook(let after, _):
                if let time { rebook(q, after: after, near: time, text: text); return }
            default:
                break
            }
        }
        let target: Appointment?
        if let a = open.first?.appointmentID, let appointment = context.appointment(a), appointment.status.isUpcoming {
            target = appointment
        } else {
            let candidates = context.upcoming(at: now)
            if candidates.count > 1 {
                clarify(text: text, appointment: nil) { t in t.askWhich(candidates.map(\.id), pending: .reschedule(near: time?.start)) }
                return
            }
            target = candidates.first
        }
        guard let a = target else { say(.fallback, [:], direct: true); return }
        for q in open where q.appointmentID == a.id { close(q) }
        offerTimes(for: a, near: time, text: text)
    }

    /// A win-back answered with another time ("no, but next week", "could I come Friday afternoon instead?"): the free times
    /// nearest it, asked the same way.
    private mutating func rebook(_ q: OpenQuestion, after id: AppointmentID, near time: ResolvedTime, text: String) {
        guard let a = context.appointment(id), let service = context.services[a.serviceID] else {
            escalate(.unclear, text: text, appointment: id)
            return
        }
        if tier == .noOnlineBooking { close(q); say(.bookingBlocked, about(a), direct: true); return }
        let earliest = max(now.addingTimeInterval(3 * 3600), time.grain == .minute || time.grain == .hour ? now : time.start)
        let options = context.freeSlots(service: service, near: max(time.start, earliest), from: earliest,
                                        limit: max(context.policies.winBack.slotsOffered, 3))
        guard !options.isEmpty else { escalate(.unclear, text: text, appointment: id); return }
        close(q)
        state.clarificationsInARow = 0
        sayOptions(options, for: a, requested: time)
        _ = ask(.rebook(after: id, options: options), expires: now.addingTimeInterval(72 * 3600))
    }

    /// "Running 10 minutes late": a receipt for the client, a note for the staff member.
    private mutating func late(minutes: Int?, text: String) {
        let soon = context.appointments.filter {
            $0.status.isUpcoming || $0.status == .arrived
        }.filter { $0.start > now.addingTimeInterval(-3600) && $0.start < now.addingTimeInterval(12 * 3600) }.sorted { $0.start < $1.start }
        guard let a = soon.first else { escalate(.late, text: text, appointment: nil); return }
        var v = about(a)
        say(.runningLateReceipt, v, direct: true)
        if let minutes { v["minutes"] = .count(minutes) }
        tellStaff(a.staffID, minutes == nil ? .staffRunningLateUnsure : .staffRunningLate, v)
        audit("runningLate", a.id.rawValue, minutes.map { "\($0) min" } ?? "", kind: "appointment")
        state.clarificationsInARow = 0
    }

    // MARK: Acting

    /// Does what a client meant once they've said which appointment.
    mutating func perform(_ action: PendingAction, on id: AppointmentID, text: String) {
        guard let a = context.appointment(id), a.status.isUpcoming else { say(.fallback, [:], direct: true); return }
        switch action {
        case .confirm: confirm(a, question: nil)
        case .cancel:
            // They said cancel, then said which: that is explicit enough.
            cancel(a, text: text)
        case .reschedule(let near):
            offerTimes(for: a, near: near.map { ResolvedTime(start: $0, end: nil, grain: .minute) }, text: text)
        case .late(let minutes): late(minutes: minutes, text: text)
        }
    }

    mutating func confirm(_ a: Appointment, question: OpenQuestion?) {
        if let question { close(question) }
        state.clarificationsInARow = 0
        if a.status == .confirmed {
            say(.confirmationReceipt, about(a), direct: true)
            return
        }
        if a.status == .awaitingDeposit {
            say(.depositRequired, depositVariables(a), direct: true)
            return
        }
        effects.append(.change(a.id, .confirm, by: .client(a.clientID)))
        say(.confirmationReceipt, about(a), direct: true)
    }

    /// `asOf`: when the client first asked to cancel, when they were asked to make sure; the late fee is judged then.
    mutating func cancel(_ a: Appointment, text: String, asOf: Date? = nil) {
        if let reason = needsPerson(for: a) { escalate(reason, text: text, appointment: a.id); return }
        state.clarificationsInARow = 0
        let late = context.policies.lateCancel.isLate(start: a.start, now: asOf ?? now) && a.status != .awaitingDeposit
        let fee = late ? context.policies.lateCancel.fee.fee(on: a.price) : nil
        let reason = "client replied: \(text.prefix(120))"
        // In the window now but not when the client first said so: no fee, and nothing on their record.
        let waived = !late && context.policies.lateCancel.isLate(start: a.start, now: now) && a.status != .awaitingDeposit
        effects.append(.change(a.id, waived ? .cancelOnTerms(reason: reason, terms: CancellationTerms(fee: .waive)) : .cancel(reason: reason),
                               by: .client(a.clientID)))
        effects.append(.cancelJobs(a.id))
        closeQuestions(about: a.id)
        var v = about(a)
        if let fee { v["fee"] = .money(fee) }
        say(fee == nil ? .cancellationReceipt : .cancellationReceiptLateFee, v, direct: true)
        if late { effects.append(.recomputeTier(a.clientID)) }
        effects.append(.slotFreed(OfferedSlot(a)))
        if context.policies.winBack.afterCancel(byClient: true) {
            effects.append(.schedule(Job(due: now.addingTimeInterval(Double(context.policies.winBack.delayAfterCancelHours) * 3600),
                                         timer: .winBackDue(a.id), party: state.party)))
        }
    }

    /// Offers up to three free times for `a` near `time`, or hands over when nothing is free.
    mutating func offerTimes(for a: Appointment, near time: ResolvedTime?, text: String) {
        if let reason = needsPerson(for: a) { escalate(reason, text: text, appointment: a.id); return }
        guard let service = context.services[a.serviceID] else { escalate(.unclear, text: text, appointment: a.id); return }
        let earliest = max(now.addingTimeInterval(3600), time.map { $0.grain == .minute || $0.grain == .hour ? now : $0.start } ?? now)
        let near = time?.start ?? a.start
        let options = context.freeSlots(service: service, near: max(near, earliest), from: earliest, limit: 3, excluding: a.id)
            .filter { $0.start != a.start || $0.staffID != a.staffID }
        guard !options.isEmpty else { escalate(.unclear, text: text, appointment: a.id); return }
        state.clarificationsInARow = 0
        sayOptions(options, for: a, requested: time)
        _ = ask(.pickSlot(for: a.id, options: options), expires: min(a.start, now.addingTimeInterval(24 * 3600)))
    }

    /// The numbered times for `a`'s service: "these are the nearest" when they hold the time asked for (or none was
    /// asked), else "that time is taken, the nearest are".
    private mutating func sayOptions(_ options: [OfferedSlot], for a: Appointment, requested time: ResolvedTime?) {
        let exact = time.map { t in options.first?.start == t.start || (t.grain != .minute && options.contains { o in
            o.start >= t.start && o.start < (t.end ?? t.start.addingTimeInterval(3600)) }) } ?? true
        var v = about(a)
        v["slots"] = list(options)
        if let t = time { v["requested"] = local(t.start) }
        say(exact ? .rescheduleOptions : .rescheduleNearest, v, direct: true)
    }

    /// Moves an appointment into a picked slot, if it is still free.
    mutating func move(_ a: Appointment, to slot: OfferedSlot, question: OpenQuestion) {
        close(question)
        guard context.isFree(slot, excluding: a.id), slot.start > now else {
            offerTimes(for: a, near: ResolvedTime(start: slot.start, end: nil, grain: .minute), text: "")
            return
        }
        state.clarificationsInARow = 0
        moveInto(slot, a)
    }

    /// Moves a visit the client chose to move into `slot`: its timers follow it, its old time goes to the waitlist,
    /// and the client gets the move receipt.
    mutating func moveInto(_ slot: OfferedSlot, _ a: Appointment) {
        effects.append(.change(a.id, .move(start: slot.start, end: slot.end, staffID: slot.staffID, confirmed: true), by: .client(a.clientID)))
        effects.append(.cancelJobs(a.id))
        var moved = a
        moved.start = slot.start
        moved.end = slot.end
        moved.staffID = slot.staffID
        for job in Scheduling.jobs(for: moved, context: context, now: now) { effects.append(.schedule(job)) }
        effects.append(.slotFreed(OfferedSlot(a)))
        var v = about(moved)
        v["previous"] = local(a.start)
        say(.moveReceipt, v, direct: true)
    }

    /// Takes an offered slot: books it (or moves the client's later visit up into it) if it is still free.
    mutating func take(_ slot: OfferedSlot, question: OpenQuestion, source: BookingSource) {
        guard let client = clientID else { return }
        if tier == .noOnlineBooking {
            close(question)
            if case .offer(let options, _) = question.kind { for o in options { effects.append(.offerLapsed(o, client: client)) } }
            say(.bookingBlocked, [:], direct: true)
            return
        }
        guard slot.start > now, context.isFree(slot) else {
            close(question)
            say(.slotTaken, about(slot), direct: true)
            return
        }
        close(question)
        state.clarificationsInARow = 0
        effects.append(.offerTaken(slot, by: client))
        // A client who already has a later visit for the same service here moves up; their old slot frees in turn.
        if let later = context.upcoming(at: now).first(where: {
            $0.serviceID == slot.serviceID && $0.locationID == slot.locationID && $0.start > slot.start
        }) {
            moveInto(slot, later)
            return
        }
        // A deposit the client's credit pays in full is not asked for: the slot is booked at once.
        let due = context.services[slot.serviceID]?.depositDue(tier: tier)
        let deposit: Bool = if let due { !context.creditCovers(due) } else if case .depositRequired = tier { true } else { false }
        effects.append(.book(slot, client: client, source: source, status: deposit ? .awaitingDeposit : .confirmed))
        // A held slot is followed by the booked event, which asks for the deposit with its payment link.
        if !deposit { say(.offerReceipt, about(slot), direct: true) }
    }

    /// Why a change to `a` must go to a person instead: a high-value visit, or a client on a tier the policy hands over.
    func needsPerson(for a: Appointment) -> Escalation.Reason? {
        if let threshold = context.policies.highValueMinorUnits, a.price.minorUnits >= threshold { return .highValue }
        if context.policies.escalation.handsOver(tier) { return .repeatOffender }
        return nil
    }

    mutating func askWhich(_ candidates: [AppointmentID], pending: PendingAction) {
        let listed = candidates.compactMap(context.appointment).map {
            Dialogs.SlotOption(LocalDateTime($0.start, in: zone), label: context.serviceName($0.serviceID))
        }
        say(.clarifyAppointment, ["appointments": .slots(listed)], direct: true)
        _ = ask(.whichAppointment(candidates: candidates, pending: pending), expires: now.addingTimeInterval(24 * 3600))
    }

    /// The client's upcoming visits that a time the client named points at (all of them when no time was named).
    func appointments(matching time: ResolvedTime?) -> [Appointment] {
        let upcoming = context.upcoming(at: now)
        guard let t = time else { return upcoming }
        let end = t.end ?? {
            switch t.grain {
            case .minute, .hour: return t.start.addingTimeInterval(3600)
            case .partOfDay: return t.start.addingTimeInterval(6 * 3600)
            case .day: return ZoneDay(LocalDateTime(t.start, in: zone).date.adding(days: 1), in: zone).start
            case .week: return t.start.addingTimeInterval(7 * 86_400)
            case .month: return t.start.addingTimeInterval(31 * 86_400)
            }
        }()
        let dayStart = t.grain == .day ? ZoneDay(LocalDateTime(t.start, in: zone).date, in: zone).start : t.start
        let hits = upcoming.filter { $0.start >= dayStart.addingTimeInterval(t.grain == .minute ? -1800 : 0) && $0.start < end }
        return hits.isEmpty ? upcoming : hits
    }

    func depositVariables(_ a: Appointment) -> [String: DialogValue] {
        var v = about(a)
        v["payment_link"] = .text(context.depositLinkTemplate.filling("appointment", with: a.id.rawValue))
        v["hold_minutes"] = .count(a.holdExpiresAt.map { max(0, Int($0.timeIntervalSince(now) / 60)) } ?? context.policies.depositHoldMinutes)
        if let amount = a.deposit.amount { v["deposit"] = .money(amount) }
        return v
    }
}
