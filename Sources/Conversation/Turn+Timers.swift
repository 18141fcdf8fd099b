import BookingCore
import Dialogs
import Foundation

extension Turn {
    /// A durable job came due.
    mutating func timer(_ timer: TimerEvent) {
        switch timer {
        case .reminderDue(let id, let step): reminder(id, step: step)
        case .questionExpired(let qid):
            // Usually closed on entry already (its expiry has passed); a timer that fires early closes it all the same.
            if let q = state.questions.first(where: { $0.id == qid }) { lapse(q) }
        case .winBackDue(let id): winBack(id)
        case .winBackReminderDue(let id): winBackReminder(id)
        case .followUpDue(let id): followUp(id)
        case .attendanceCheckDue(let id): attendanceCheck(id)
        case .attendanceCheckLapsed(let id): attendanceLapsed(id)
        case .releaseCheck(let id):
            // Still not confirmed after the last reminder: flagged at risk, and the slot goes on standby to the waitlist.
            guard let a = context.appointment(id), a.status == .booked, a.start > now else { return }
            audit("atRisk", id.rawValue, "unconfirmed after the last reminder; slot offered as standby", kind: "appointment")
            effects.append(.releaseAtRisk(OfferedSlot(a),
                                          appointment: id))
        }
    }

    private mutating func reminder(_ id: AppointmentID, step index: Int) {
        guard let a = context.appointment(id), a.status == .booked || a.status == .confirmed, a.start > now else { return }
        let steps = context.policies.reminders.steps
        guard steps.indices.contains(index) else { return }
        let step = steps[index]
        if step.skipIfConfirmed && a.status == .confirmed { return }
        let isLast = !steps.contains { $0.minutesBefore < step.minutesBefore }
        if step.asksForConfirmation && a.status == .booked {
            say(.reminderConfirm, about(a), on: step.channel)
            for q in state.questions where q.appointmentID == id { close(q) }
            _ = ask(.confirm(id), expires: a.start)
        } else {
            say(isLast ? .reminderFinal : .reminder, about(a), on: step.channel)
        }
    }

    private mutating func winBack(_ id: AppointmentID) {
        guard let a = context.appointment(id), context.policies.winBack.enabled,
              context.upcoming(at: now).isEmpty, let service = context.services[a.serviceID] else { return }
        let template: MessageName = a.status == .noShow ? .winBackNoShow : .winBackCancel
        if tier == .noOnlineBooking {
            say(.bookingBlocked, about(a), direct: false)
            return
        }
        // Same time of day as the missed visit, from tomorrow.
        let local = LocalDateTime(a.start, in: zone)
        let tomorrow = LocalDateTime(now, in: zone).date.adding(days: 1)
        let near = ZoneDay(tomorrow, in: zone).instant(at: local.time)
        let rule = context.policies.winBack
        let limit = rule.slotsOffered
        let options = limit > 0 ? context.freeSlots(service: service, near: near, from: now.addingTimeInterval(3 * 3600), limit: limit) : []
        if let hours = rule.secondStepAfterHours {
            effects.append(.schedule(Job(due: now.addingTimeInterval(Double(hours) * 3600), timer: .winBackReminderDue(id), party: state.party)))
        }
        // No free time to list (or the policy sends the link): the invitation carries the booking link instead of an empty list.
        guard !options.isEmpty else {
            say(a.status == .noShow ? .winBackNoShowLink : .winBackCancelLink, about(a), on: rule.channel)
            return
        }
        var v = about(a)
        v["slots"] = list(options)
        say(template, v, on: rule.channel)
        _ = ask(.rebook(after: id, options: options), expires: now.addingTimeInterval(72 * 3600))
    }

    /// The win-back's second step: the booking link once more, unless the client has booked, opted out or been blocked since.
    private mutating func winBackReminder(_ id: AppointmentID) {
        guard let a = context.appointment(id), context.policies.winBack.enabled, context.upcoming(at: now).isEmpty,
              tier != .noOnlineBooking else { return }
        for q in state.questions { if case .rebook(let after, _) = q.kind, after == id { close(q) } }
        say(a.status == .noShow ? .winBackNoShowLink : .winBackCancelLink, about(a), on: context.policies.winBack.channel)
    }

    private mutating func followUp(_ id: AppointmentID) {
        guard let a = context.appointment(id), a.status == .completed || a.status == .arrived else { return }
        // Thanks, with a nudge to rebook at the service's cadence (no date when it has none, no nudge when the next visit is
        // already booked), and the rating question when the policy asks for one.
        let next = context.upcoming(at: now).contains { $0.serviceID == a.serviceID }
        var v = about(a)
        if !next, let days = context.services[a.serviceID]?.rebookAfterDays ?? context.policies.followUp.defaultRebookAfterDays {
            v["rebook_date"] = .date(LocalDateTime(a.start.addingTimeInterval(Double(days) * 86_400), in: zone).date)
            say(.postVisitThanks, v, direct: false)
        } else if !next {
            say(.postVisitThanksPlain, v, direct: false)
        }
        if context.policies.followUp.feedback {
            v["staff"] = .text(context.staffName(a.staffID))
            say(.feedbackRequest, v, direct: false)
            _ = ask(.feedback(a.id), expires: now.addingTimeInterval(72 * 3600))
        }
    }

    /// On the staff member's thread: "did Maria come to her 10:00?"
    private mutating func attendanceCheck(_ id: AppointmentID) {
        guard let a = context.appointment(id), a.status == .booked || a.status == .confirmed else { return }
        var v = about(a)
        say(.staffNoShowCheck, v, direct: false)
        _ = ask(.attendance(id), expires: nil)
        if let minutes = context.policies.noShow.autoMarkAfterMinutes {
            effects.append(.schedule(Job(due: now.addingTimeInterval(Double(minutes) * 60), timer: .attendanceCheckLapsed(id), party: state.party)))
        }
    }

    /// Nobody answered the attendance check: the visit counts as missed.
    private mutating func attendanceLapsed(_ id: AppointmentID) {
        for q in state.questions where q.appointmentID == id { close(q) }
        guard let a = context.appointment(id), a.status == .booked || a.status == .confirmed else { return }
        markNoShow(a, by: .system("attendance-check"))
    }

    /// Marks a no-show: the record, the tier, and a win-back invitation later.
    mutating func markNoShow(_ a: Appointment, by actor: Actor) {
        effects.append(.change(a.id, .noShow, by: actor))
        effects.append(.recomputeTier(a.clientID))
        if context.policies.winBack.afterNoShow {
            effects.append(.schedule(Job(due: now.addingTimeInterval(Double(context.policies.winBack.delayAfterNoShowHours) * 3600),
                                         timer: .winBackDue(a.id), party: .client(a.clientID))))
        }
    }
}
