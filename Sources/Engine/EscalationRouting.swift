import BookingCore
import Conversation
import Dialogs
import Foundation
import Store

/// Hands a thread to a person: the staff member of the appointment when they can be reached,
/// else the location's manager; a reminder follows if nobody answers.
struct EscalationRouting {
    let tx: any StoreTransaction
    let context: ConversationContext
    let dialogs: DialogCatalogue
    let config: EngineConfiguration
    let now: Date
    let newID: @Sendable (String) -> String

    /// Opens an escalation (or adds to the client's open one) and tells the staff member on their channel.
    func open(_ e: Escalation) throws {
        if let existing = try tx.openEscalation(for: e.client) {
            // Already with a person today: the new message is folded into that escalation. Its staff member is alerted again only
            // when the last alert is older than the policy's reminder time, so a client writing ten times in a minute is one alert,
            // not ten. One left open longer, or that nobody could take, is closed and the new message routed afresh.
            if let staff = existing.assignedStaff, now.timeIntervalSince(existing.openedAt) < 86_400 {
                // Only what the client wrote is folded in as theirs; the system's own notes (a message that couldn't be delivered,
                // a payment) go in as notes.
                let clientWrote = ![Escalation.Reason.undeliverable, .payment].contains(e.reason)
                if !e.clientText.isEmpty { try tx.foldIntoEscalation(existing.id, text: e.clientText, fromClient: clientWrote) }
                for note in e.recentMessages where e.reason == .payment { try tx.foldIntoEscalation(existing.id, note: note) }
                let lastAlert = max(existing.openedAt, existing.remindedAt ?? existing.openedAt)
                // A new kind of trouble (health, legal, a payment) is told at once; more of the same waits for the reminder time.
                let newReason = existing.reason != e.reason.rawValue
                if newReason || now.timeIntervalSince(lastAlert) >= Double(context.policies.escalation.reminderMinutes) * 60 {
                    let folded = try tx.escalation(existing.id)
                    let latest = Escalation(client: e.client, appointment: existing.appointmentID, reason: e.reason,
                                            clientText: folded?.clientText ?? e.clientText, recentMessages: folded?.context ?? e.recentMessages)
                    try notify(staff, latest, id: existing.id)
                    try tx.updateEscalation(existing.id, remindedAt: now, at: now)
                }
                return
            }
            try tx.updateEscalation(existing.id, status: .resolved, at: now)
        }
        let staff = route(e)
        let id = newID("esc")
        try tx.openEscalation(EscalationRecord(id: id, clientID: e.client, appointmentID: e.appointment, reason: e.reason.rawValue,
                                               assignedStaff: staff?.id, clientText: e.clientText, context: e.recentMessages, openedAt: now))
        try tx.audit(AuditEntry(at: now, actor: .system("engine"), subjectKind: "escalation", subjectID: id, action: "opened",
                                detail: "\(e.reason.rawValue) for client \(e.client)" + (staff.map { ", to \($0.id)" } ?? ", nobody reachable")))
        if let staff { try notify(staff.id, e, id: id) }
        try tx.schedule(party: "engine", due: now.addingTimeInterval(Double(context.policies.escalation.reminderMinutes) * 60),
                        payload: JobPayload.escalationReminder(id: id, round: 1).json, appointment: nil, at: now)
    }

    /// Who takes it: the appointment's staff member if reachable and working now, else the manager, else anyone reachable. A
    /// complaint about a visit goes to the manager first, not to the person it may be about.
    func route(_ e: Escalation) -> StaffMember? {
        let reachable = context.staff.filter { $0.active && $0.escalationChannel != nil && $0.escalationAddress != nil }
        if e.reason == .feedback, let manager = reachable.first(where: { $0.role == .manager }) { return manager }
        if let a = e.appointment.flatMap(context.appointment), let own = reachable.first(where: { $0.id == a.staffID }), isWorking(own) {
            return own
        }
        return reachable.first { $0.role == .manager } ?? reachable.first { isWorking($0) } ?? reachable.first
    }

    func isWorking(_ s: StaffMember) -> Bool {
        let local = LocalDateTime(now, in: context.location.timeZone)
        return s.workingHours.ranges(on: local.date.weekday).contains { $0.start <= local.time && local.time < $0.end }
    }

    func notify(_ staff: StaffID, _ e: Escalation, id: String) throws {
        let client = context.client
        var v: [String: DialogValue] = [
            "business": .text(context.businessName), "client": .text(client?.fullName ?? e.client.rawValue),
            "client_contact": .text(client.flatMap { c in c.reachableChannels.first.flatMap { c.addresses[$0] } } ?? "-"),
            // In the staff's language, from the messages' escalation_reasons.
            "reason": .text(dialogs.escalationReason(e.reason.rawValue, locale: config.staffLocale) ?? e.reason.rawValue),
            "messages": .transcript((e.recentMessages + (e.clientText.isEmpty ? [] : ["in: \(e.clientText)"])).suffix(6).map { line in
                line.hasPrefix("in: ") ? TranscriptLine(from: client?.firstName ?? "Client", text: String(line.dropFirst(4)))
                    : TranscriptLine(from: "SlotKeeper", text: line.hasPrefix("out: ") ? String(line.dropFirst(5)) : line)
            }),
        ]
        var name = MessageName.staffEscalationGeneral
        if let a = e.appointment.flatMap(context.appointment) {
            name = .staffEscalation
            v["service"] = .text(context.serviceName(a.serviceID))
            v["when"] = .dateTime(LocalDateTime(a.start, in: context.location.timeZone))
        }
        let applier = Applier(tx: tx, context: context, dialogs: dialogs, config: config, party: .staff(staff), now: now, newID: newID)
        try applier.enqueue(OutgoingMessage(to: .staff(staff), name: name, variables: v))
    }
}
