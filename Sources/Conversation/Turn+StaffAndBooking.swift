import BookingCore
import Dialogs
import Foundation
import Intents

extension Turn {
    /// A staff member's message on their own thread: answers to attendance checks.
    mutating func staffReply(_ reply: InboundReply) {
        state.lastChannel = reply.channel
        guard case .staff(let staff) = state.party else { return }
        guard let q = state.openQuestions(at: now).first(where: { if case .attendance = $0.kind { true } else { false } }),
              let a = q.appointmentID.flatMap(context.appointment) else {
            say(.staffUnknownReply, [:], direct: true)
            return
        }
        switch reply.understanding.intent {
        case .confirm, .accept:
            close(q)
            effects.append(.change(a.id, .complete, by: .staff(staff)))
            say(.staffNoted, [:], direct: true)
        case .decline, .cancel:
            close(q)
            markNoShow(a, by: .staff(staff))
            say(.staffNoted, [:], direct: true)
        default:
            say(.staffUnknownReply, [:], direct: true)
        }
    }

    /// Something staff did, on the dashboard or through the API.
    mutating func staffAction(_ action: StaffAction) {
        switch action {
        case .arrived(let id, let staff):
            effects.append(.change(id, .arrive, by: .staff(staff)))
        case .noShow(let id, let staff):
            guard let a = context.appointment(id) else { return }
            closeQuestions(about: id)
            markNoShow(a, by: .staff(staff))
        case .cancel(let id, let staff, let reason, let terms):
            guard let a = context.appointment(id), a.status.isUpcoming else { return }
            effects.append(.change(id, .cancelOnTerms(reason: reason, terms: terms), by: .staff(staff)))
            effects.append(.cancelJobs(id))
            closeQuestions(about: id)
            // The client is told on their preferred channel, or on every channel they can be reached on when the policy says so.
            let channels: [Channel?] = context.policies.cancellation.notify == .all ? (context.client?.reachableChannels ?? []).map { $0 } : []
            for channel in channels.isEmpty ? [nil] : channels { say(.cancelledByBusiness, about(a), on: channel) }
            if terms.fee == .apply { effects.append(.recomputeTier(a.clientID)) }
            effects.append(.slotFreed(OfferedSlot(a)))
            if context.policies.winBack.afterCancel(byClient: false) {
                effects.append(.schedule(Job(due: now.addingTimeInterval(Double(context.policies.winBack.delayAfterCancelHours) * 3600),
                                             timer: .winBackDue(a.id), party: .client(a.clientID))))
            }
        case .reinstate(let id, let staff):
            guard let a = context.appointment(id), a.status == .noShow else { return }
            effects.append(.change(id, .reinstate, by: .staff(staff)))
            // The win-back invitation the no-show scheduled is no longer due.
            effects.append(.cancelJobs(id))
            effects.append(.recomputeTier(a.clientID))
        case .answer(let escalation, let text, let staff):
            state.awaitingStaff = false
            effects.append(.escalationAnswered(id: escalation))
            say(.staffAnswer, ["answer": .text(text), "staff": .text(context.staffName(staff))], direct: true)
            audit("escalationAnswered", escalation, "by \(staff)", kind: "escalation")
        case .resolve(let escalation, let staff):
            state.awaitingStaff = false
            effects.append(.escalationResolved(id: escalation))
            tellStaff(staff, .staffNoted, [:])
            audit("escalationResolved", escalation, "by \(staff)", kind: "escalation")
        }
    }

    /// A change to the book made elsewhere, or a waitlist offer to make.
    mutating func bookingChange(_ change: BookingChange) {
        switch change {
        case .booked(let id), .bookedOnline(let id):
            guard let a = context.appointment(id) else { return }
            for job in Scheduling.jobs(for: a, context: context, now: now) { effects.append(.schedule(job)) }
            // Asked for at once when the client just took the slot (the hold is short), else outside quiet hours.
            if a.status == .awaitingDeposit { say(.depositRequired, depositVariables(a), direct: now.timeIntervalSince(a.createdAt) < 300) }
            // Booked by the client themselves on the booking page: the receipt, with the link to manage it, goes at once.
            else if case .bookedOnline = change {
                var v = about(a)
                v["location"] = .text(context.location.name)
                say(.bookingReceipt, v, direct: true)
            }
        case .moved(let id, let from):
            guard let a = context.appointment(id) else { return }
            effects.append(.cancelJobs(id))
            closeQuestions(about: id)
            for job in Scheduling.jobs(for: a, context: context, now: now) { effects.append(.schedule(job)) }
            var v = about(a)
            v["previous"] = local(from)
            say(.moveReceipt, v, direct: false)
            // The time it left frees for the waitlist (with the same staff member; a move rarely changes both).
            effects.append(.slotFreed(OfferedSlot(serviceID: a.serviceID, staffID: a.staffID, locationID: a.locationID, start: from,
                                                  end: from.addingTimeInterval(a.end.timeIntervalSince(a.start)))))
        case .cancelled(let id):
            guard let a = context.appointment(id) else { return }
            effects.append(.cancelJobs(id))
            closeQuestions(about: id)
            var v = about(a)
            if let fee = a.cancellation?.fee { v["fee"] = .money(fee) }
            say(a.cancellation?.fee == nil ? .cancellationReceipt : .cancellationReceiptLateFee, v, direct: false)
            if a.cancellation?.late == true { effects.append(.recomputeTier(a.clientID)) }
            effects.append(.slotFreed(OfferedSlot(a)))
            let byClient: Bool = if case .client = a.cancellation?.by { true } else { false }
            if context.policies.winBack.afterCancel(byClient: byClient) {
                effects.append(.schedule(Job(due: now.addingTimeInterval(Double(context.policies.winBack.delayAfterCancelHours) * 3600),
                                             timer: .winBackDue(a.id), party: .client(a.clientID))))
            }
        case .offer(let options, let entry, let hold):
            guard !options.isEmpty, tier != .noOnlineBooking else { return }
            var v = about(options[0])
            v["slots"] = list(options)
            v["hold_minutes"] = .count(hold)
            say(options.count == 1 ? .waitlistOffer : .waitlistOfferList, v, direct: false)
            _ = ask(.offer(options: options, entry: entry), expires: now.addingTimeInterval(Double(hold) * 60))
        case .standbyOffer(let slot, let entry, let until):
            guard tier != .noOnlineBooking, until > now else { return }
            say(.standbyOffer, about(slot), direct: false)
            _ = ask(.standby(slot, entry: entry), expires: until)
        case .standbyBooked(let id):
            guard let a = context.appointment(id) else { return }
            for q in state.questions { if case .standby = q.kind { close(q) } }
            for job in Scheduling.jobs(for: a, context: context, now: now) { effects.append(.schedule(job)) }
            // Theirs once the deposit is paid: the link goes at once (the hold is short).
            if a.status == .awaitingDeposit {
                say(.depositRequired, depositVariables(a), direct: true)
                return
            }
            var v = about(a)
            v["location"] = .text(context.location.name)
            say(.offerReceipt, v, direct: false)
        case .depositPaid(let id):
            guard let a = context.appointment(id), a.status == .awaitingDeposit else { return }
            effects.append(.change(id, .depositPaid, by: .system("payments")))
            // The answer to the client's own payment: sent at once, even in quiet hours.
            say(.confirmationReceipt, about(a), direct: true)
        case .standbyLost(let slot):
            say(.slotTaken, about(slot), direct: false)
        case .paymentFailed(let id, let what):
            // Money is a person's conversation: the staff member gets the case, the client hears nothing from the bot about it.
            effects.append(.escalate(Escalation(client: context.client?.id ?? ClientID("?"), appointment: id, reason: .payment, clientText: "",
                                                recentMessages: ["out: \(what)"])))
        case .slotTaken(let slot):
            for q in state.questions {
                if case .standby(let s, _) = q.kind, s == slot {
                    close(q)
                    say(.slotTaken, about(slot), direct: false)
                    continue
                }
                guard case .offer(let options, let entry) = q.kind, options.contains(slot) else { continue }
                close(q)
                let rest = options.filter { $0 != slot }
                if rest.isEmpty {
                    // A "yes" already on its way (written before this notice arrived) hears that the offer has gone.
                    state.lapsedOffers = Array((state.lapsedOffers + [q]).suffix(3))
                    say(.slotTaken, about(slot), direct: false)
                } else {
                    _ = ask(.offer(options: rest, entry: entry), expires: q.expiresAt)
                }
            }
        }
    }
}
