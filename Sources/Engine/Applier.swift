import BookingCore
import Channels
import Conversation
import Dialogs
import Foundation
import Store

/// Carries out the effects of one decision inside the event's transaction.
struct Applier {
    let tx: any StoreTransaction
    let context: ConversationContext
    let dialogs: DialogCatalogue
    let config: EngineConfiguration
    let party: Party
    let now: Date
    /// Makes ids for new appointments and escalations.
    let newID: @Sendable (String) -> String

    func apply(_ effects: [Effect]) throws {
        for effect in effects { try apply(effect) }
    }

    func apply(_ effect: Effect) throws {
        switch effect {
        case .send(let m):
            try enqueue(m)
        case .openQuestion(let q):
            try tx.openQuestion(id: q.id, party: party.key, kind: q.kindName, appointment: q.appointmentID,
                                openedAt: q.openedAt, expiresAt: q.expiresAt)
        case .closeQuestion(let id):
            try tx.closeQuestion(id: id, at: now)
        case .change(let id, let change, let actor):
            let before = DepositSettlement.concerns(change) ? try tx.appointment(id) : nil
            let t = try tx.change(id, change, by: actor, at: now, policies: context.policies)
            if let before { try DepositSettlement(tx: tx, now: now).settle(before: before, after: t.appointment) }
            try FeeCollection(tx: tx, now: now).settle(t, policies: context.policies)
            // Confirmed after all: the standby clients queued for this slot are told it won't free.
            if case .confirm = change {
                let a = t.appointment
                let slot = OfferedSlot(a)
                for offer in try tx.offers(slotKey: slot.key) where offer.status == .standby || offer.status == .standbyAccepted {
                    try tx.updateOffers(slotKey: slot.key, client: offer.clientID, from: offer.status, to: .withdrawn)
                    // An unanswered standby offer is closed; someone who queued is told it won't free.
                    try job(offer.status == .standby ? .slotTaken(slot) : .standbyLost(slot), party: Party.client(offer.clientID).key, due: now)
                }
            }
        case .releaseAtRisk(let slot, let appointment):
            try job(.standbyRefill(slot, appointment: appointment), party: "engine", due: now)
        case .standbyAccepted(let slot, let client):
            try tx.updateOffers(slotKey: slot.key, client: client, from: .standby, to: .standbyAccepted)
        case .book(let slot, let client, let source, let status):
            try book(slot, client: client, source: source, status: status)
        case .slotFreed(let slot):
            try job(.refill(slot), party: "engine", due: now)
        case .offerTaken(let slot, let winner):
            for offer in try tx.offers(slotKey: slot.key) where offer.status == .open {
                if offer.clientID == winner {
                    try tx.updateOffers(slotKey: slot.key, client: winner, from: .open, to: .accepted)
                    if let entry = offer.entryID { try tx.deactivateWaitlistEntry(entry) }
                } else {
                    try tx.updateOffers(slotKey: slot.key, client: offer.clientID, from: .open, to: .withdrawn)
                    try job(.slotTaken(slot), party: Party.client(offer.clientID).key, due: now)
                }
            }
        case .offerLapsed(let slot, let client):
            try tx.updateOffers(slotKey: slot.key, client: client, from: .open, to: .lapsed)
            try job(.refill(slot), party: "engine", due: now)
        case .feedback(let id, let score, let comment):
            guard let a = try context.appointment(id) ?? tx.appointment(id) else { return }
            try tx.recordFeedback(VisitFeedback(appointmentID: id, clientID: a.clientID, staffID: a.staffID, score: score, comment: comment, at: now))
        case .escalate(let e):
            try EscalationRouting(tx: tx, context: context, dialogs: dialogs, config: config, now: now, newID: newID).open(e)
        case .escalationAnswered(let id):
            try tx.updateEscalation(id, status: .answered, at: now)
        case .escalationResolved(let id):
            try tx.updateEscalation(id, status: .resolved, at: now)
        case .optOut(let channel):
            // Honoured on every channel at once, until the client opts back in (the confirmation still goes where they wrote).
            if case .client(let c) = party {
                for ch in Set((context.client?.addresses.keys).map(Array.init) ?? []).union([channel]) { try tx.setOptedOut(c, channel: ch, true) }
            }
        case .optIn(let channel):
            if case .client(let c) = party {
                for ch in Set((context.client?.addresses.keys).map(Array.init) ?? []).union([channel]) { try tx.setOptedOut(c, channel: ch, false) }
            }
        case .schedule(let j):
            let payload = JobPayload.timer(j.timer)
            try tx.schedule(party: j.party.key, due: j.due, payload: payload.json, appointment: payload.appointment, at: now)
        case .cancelJobs(let id):
            try tx.cancelJobs(appointment: id)
        case .recomputeTier(let c):
            if let client = try tx.client(c) {
                let tier = client.tier(under: context.policies.noShow, now: now)
                try tx.audit(AuditEntry(at: now, actor: .system("engine"), subjectKind: "client", subjectID: c.rawValue, action: "tier",
                                        detail: tier.description))
            }
        case .audit(let entry):
            try tx.audit(entry)
        }
    }

    func job(_ payload: JobPayload, party: String, due: Date) throws {
        try tx.schedule(party: party, due: due, payload: payload.json, appointment: payload.appointment, at: now)
    }

    /// Books a slot a client took. A held slot (deposit due) expires after the policy's hold time.
    func book(_ slot: OfferedSlot, client: ClientID, source: BookingSource, status: AppointmentStatus) throws {
        guard let service = context.services[slot.serviceID] else { throw StoreError.notFound(kind: "service", id: slot.serviceID.rawValue) }
        var appointment = Appointment(id: AppointmentID(newID("appt")), clientID: client, serviceID: slot.serviceID, staffID: slot.staffID,
                                      locationID: slot.locationID, start: slot.start, end: slot.end, price: service.price,
                                      status: status, source: source, createdAt: now)
        // The client's deposit credit pays first; what it leaves is asked for with the payment link. A slot booked
        // `confirmed` despite a deposit is one whose deposit decide saw the credit pay in full.
        var creditUsed: Money?
        let hold = DepositHold(tx: tx, now: now)
        if status == .awaitingDeposit || status == .confirmed {
            let known = context.client?.id == client ? context.client : try tx.client(client)
            let tier = known?.tier(under: context.policies.noShow, now: now) ?? .good
            let due = status == .awaitingDeposit ? service.depositDue(tier: tier) ?? service.price : service.depositDue(tier: tier)
            if status == .awaitingDeposit {
                creditUsed = try hold.apply(due: due, to: &appointment, holdMinutes: context.policies.depositHoldMinutes)
            } else if let due, try tx.creditBalance(client, currency: due.currency).minorUnits >= due.minorUnits {
                creditUsed = try hold.apply(due: due, to: &appointment, holdMinutes: context.policies.depositHoldMinutes)
            }
        }
        try tx.book(appointment, by: .client(client))
        try hold.record(appointment, creditUsed: creditUsed)
        try job(.booked(appointment.id), party: Party.client(client).key, due: now)
    }

    /// Renders a message in its recipient's language for the channel it goes on, and puts it in the outbox.
    func enqueue(_ m: OutgoingMessage) throws {
        let route: (channel: Channel, address: String, locale: String)?
        switch m.to {
        case .client(let id):
            let client = context.client?.id == id ? context.client : try tx.client(id)
            route = client.flatMap { c in
                // An opt-out confirmation goes back where the client opted out; anything else only where they still listen.
                let reachable = c.reachableChannels
                let chosen = m.name == .optOutConfirmation ? m.channel : m.channel.flatMap { reachable.contains($0) ? $0 : nil } ?? reachable.first
                return chosen.flatMap { ch in c.addresses[ch].map { (ch, $0, c.locale) } }
            }
        case .staff(let id):
            let member = try context.staff.first { $0.id == id } ?? tx.staff().first { $0.id == id }
            route = member.flatMap { s in
                guard let ch = s.escalationChannel, let address = s.escalationAddress else { return nil }
                return (ch, address, config.staffLocale)
            }
        }
        guard let route else {
            try tx.audit(AuditEntry(at: now, actor: .system("engine"), subjectKind: "message", subjectID: m.to.key, action: "undeliverable",
                                    detail: "\(m.name.rawValue): no channel the recipient can be reached on"))
            return
        }
        let rendered = try dialogs.render(m.name, locale: route.locale, channel: route.channel, variables: m.variables)
        let buttons = rendered.buttons.map { OutboundMessage.Button(title: $0.title, payload: $0.payload) }
        try tx.enqueue(OutboxDraft(party: m.to.key, channel: route.channel, address: route.address, name: m.name.rawValue, locale: route.locale,
                                   body: rendered.text, subject: rendered.subject, html: rendered.html,
                                   buttons: buttons.isEmpty ? "[]" : String(decoding: try JSONEncoder().encode(buttons), as: UTF8.self),
                                   variables: StoredVariables.encode(m.variables),
                                   segments: route.channel == .sms ? rendered.smsSegments.segments : nil,
                                   notBefore: max(m.notBefore ?? now, now)), at: now)
    }
}
