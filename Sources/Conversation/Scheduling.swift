import BookingCore
import Foundation

/// The timers an appointment needs: reminders per the cadence (kept out of quiet hours), the attendance
/// check after it ends, and the post-visit follow-up.
enum Scheduling {
    static func jobs(for a: Appointment, context: ConversationContext, now: Date) -> [Job] {
        let policies = context.policies
        let zone = context.location.timeZone
        let quiet = context.quietHours
        var jobs: [Job] = []
        let steps = policies.reminders.steps.enumerated().sorted { $0.element.minutesBefore > $1.element.minutesBefore }
        for (index, step) in steps {
            var due = a.start.addingTimeInterval(-Double(step.minutesBefore) * 60)
            guard due > now else { continue }
            due = outsideQuietHours(due, before: a.start, quiet: quiet, zone: zone)
            guard due > now, due < a.start else { continue }
            jobs.append(Job(due: due, timer: .reminderDue(a.id, step: index), party: .client(a.clientID)))
        }
        // "Confirm or release": the policy's deadline after the last reminder that asks, an unconfirmed visit is at risk.
        if policies.waitlist.confirmOrRelease,
           let last = jobs.filter({ if case .reminderDue(_, let i) = $0.timer { policies.reminders.steps[i].asksForConfirmation } else { false } })
               .map(\.due).max() {
            let check = last.addingTimeInterval(Double(policies.waitlist.confirmDeadlineMinutes) * 60)
            if check < a.start.addingTimeInterval(-Double(policies.waitlist.stopBeforeStartMinutes) * 60) {
                jobs.append(Job(due: check, timer: .releaseCheck(a.id), party: .client(a.clientID)))
            }
        }
        jobs.append(Job(due: a.end.addingTimeInterval(Double(policies.noShow.checkAfterMinutes) * 60),
                        timer: .attendanceCheckDue(a.id), party: .staff(a.staffID)))
        if policies.followUp.enabled {
            jobs.append(Job(due: a.end.addingTimeInterval(Double(policies.followUp.thanksAfterHours) * 3600),
                            timer: .followUpDue(a.id), party: .client(a.clientID)))
        }
        return jobs
    }

    /// A reminder due in quiet hours moves to their end if that is still an hour before the visit,
    /// else back to just before they began (the evening before an early visit).
    static func outsideQuietHours(_ due: Date, before start: Date, quiet: QuietHours, zone: TimeZone) -> Date {
        let local = LocalDateTime(due, in: zone)
        guard quiet.contains(local.time) else { return due }
        let forward = quiet.nextAllowed(after: due, in: zone)
        if forward <= start.addingTimeInterval(-3600) { return forward }
        let began = quiet.start <= local.time ? local.date : local.date.adding(days: -1)
        return ZoneDay(began, in: zone).instant(at: quiet.start).addingTimeInterval(-15 * 60)
    }
}
