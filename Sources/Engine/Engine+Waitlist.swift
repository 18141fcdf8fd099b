import BookingCore
import Conversation
import Foundation
import Store

extension Engine {
    /// Offers a freed slot to the waitlist per policy: one client at a time, a batch, or everyone.
    ///
    /// Candidates want the service, accept the staff member and fit the time (exact fits first, then
    /// the more flexible, then the better attendance record, then who waited longest). Nobody is offered
    /// a slot twice, a blocked client never, nobody more than the daily limit; offers stop once the slot
    /// is too close. Runs again each time an offer lapses, until someone takes it or nobody is left.
    func refill(_ slot: OfferedSlot, job: Int64, key: String, now: Date) async throws {
        let books = self.books, catalogue = self.catalogue
        let offered = try await store.transaction { tx -> [ClientID] in
            guard try !tx.isProcessed(key) else { try tx.finishJob(job); return [] }
            defer { _ = try? tx.markProcessed(key, at: now); _ = try? tx.finishJob(job) }
            guard let location = try tx.location(slot.locationID) else { return [] }
            let policies = try tx.policies(for: location.id)
            let rule = policies.waitlist
            let stopAt = slot.start.addingTimeInterval(-Double(rule.stopBeforeStartMinutes) * 60)
            guard now < stopAt else { return [] }
            let services = Dictionary(uniqueKeysWithValues: try tx.services().map { ($0.id, $0) })
            guard let service = services[slot.serviceID] else { return [] }
            let staff = try tx.staff().filter { $0.locationIDs.contains(location.id) }
            var busy = try books.book(tx, catalogue: catalogue.catalogue(tx), now: now).calendar()
            for s in staff { busy.add(timeOff: s.timeOff, for: s.id) }
            guard SlotSearch.isFree(start: slot.start, service: service, staffID: slot.staffID, location: location, staff: staff, busy: busy,
                                    gridMinutes: policies.slotGridMinutes) else { return [] }
            // A slot that freed again after its winner cancelled starts a new round of offers.
            var previous = try tx.offers(slotKey: slot.key)
            if let taken = previous.filter({ $0.status == .accepted }).map(\.offeredAt).max() {
                previous = previous.filter { $0.offeredAt > taken }
            }
            // Someone queued for this slot while its client hadn't confirmed: it is theirs, on the same terms as any booking (a
            // client blocked since is passed over; a deposit their tier or the service asks holds the slot until paid).
            let queuedClient = try previous.first(where: { $0.status == .standbyAccepted }).flatMap { try tx.client($0.clientID) }
            if let queued = previous.first(where: { $0.status == .standbyAccepted }), let client = queuedClient,
               client.tier(under: policies.noShow, now: now) == .noOnlineBooking {
                try tx.updateOffers(slotKey: slot.key, client: queued.clientID, from: .standbyAccepted, to: .withdrawn)
                try tx.schedule(party: Party.client(queued.clientID).key, due: now, payload: JobPayload.standbyLost(slot).json, appointment: nil, at: now)
                previous = try tx.offers(slotKey: slot.key)
            }
            if let queued = previous.first(where: { $0.status == .standbyAccepted }) {
                var a = Appointment(id: AppointmentID("appt-standby-\(Int(now.timeIntervalSince1970))-\(queued.clientID)"), clientID: queued.clientID,
                                    serviceID: slot.serviceID, staffID: slot.staffID, locationID: slot.locationID, start: slot.start, end: slot.end,
                                    price: service.price, status: .confirmed, source: .waitlist, createdAt: now)
                a.notes = "standby for an unconfirmed visit"
                let tier = try tx.client(queued.clientID)?.tier(under: policies.noShow, now: now) ?? .good
                let hold = DepositHold(tx: tx, now: now)
                let creditUsed = try hold.apply(due: service.depositDue(tier: tier), to: &a, holdMinutes: policies.depositHoldMinutes)
                try tx.book(a, by: .system("waitlist"))
                try hold.record(a, creditUsed: creditUsed)
                try tx.updateOffers(slotKey: slot.key, client: queued.clientID, from: .standbyAccepted, to: .accepted)
                if let entry = queued.entryID { try tx.deactivateWaitlistEntry(entry) }
                for other in previous where other.clientID != queued.clientID && (other.status == .standby || other.status == .standbyAccepted) {
                    try tx.updateOffers(slotKey: slot.key, client: other.clientID, from: other.status, to: .withdrawn)
                    let notice: JobPayload = other.status == .standby ? .slotTaken(slot) : .standbyLost(slot)
                    try tx.schedule(party: Party.client(other.clientID).key, due: now, payload: notice.json, appointment: nil, at: now)
                }
                try tx.schedule(party: Party.client(queued.clientID).key, due: now, payload: JobPayload.standbyWon(a.id).json, appointment: a.id, at: now)
                return [queued.clientID]
            }
            // Offers made at night would lapse unread: wait for the end of quiet hours, if that is still in time.
            let allowed = policies.quietHours(at: location).nextAllowed(after: now, in: location.timeZone)
            if allowed > now {
                if allowed < stopAt {
                    try tx.schedule(party: "engine", due: allowed, payload: JobPayload.refill(slot).json, appointment: nil, at: now)
                }
                return []
            }
            // Wait while an offer is still open (sequential and batch); a broadcast went to everyone already.
            if previous.contains(where: { $0.status == .open && $0.expiresAt > now }) { return [] }
            if previous.contains(where: { $0.status == .accepted }) { return [] }
            let room = rule.maxOffersPerSlot - previous.count
            guard room > 0 else { return [] }
            let ranked = try Self.candidates(tx, slot: slot, location: location, policies: policies, service: service, now: now,
                                             excluding: Set(previous.map(\.clientID)))
            let (count, hold): (Int, Int) = switch rule.mode {
            case .sequential(let h): (1, h)
            case .batch(let size, let h): (size, h)
            case .broadcast: (ranked.count, max(15, min(60, Int(slot.start.timeIntervalSince(now) / 60) - rule.stopBeforeStartMinutes)))
            }
            let chosen = ranked.prefix(min(count, room))
            for c in chosen {
                let expires = now.addingTimeInterval(Double(hold) * 60)
                try tx.insertOffer(WaitlistOfferRecord(slotKey: slot.key, clientID: c.client.id, entryID: c.entry.id, serviceID: slot.serviceID,
                                                       staffID: slot.staffID, locationID: slot.locationID, start: slot.start, end: slot.end,
                                                       offeredAt: now, expiresAt: expires))
                try tx.schedule(party: Party.client(c.client.id).key, due: now,
                                payload: JobPayload.offer([slot], entry: c.entry.id, holdMinutes: hold).json, appointment: nil, at: now)
            }
            return chosen.map(\.client.id)
        }
        if !offered.isEmpty { observer?(.offered(slot, to: offered, at: now)) }
    }

    /// Waitlisted clients a slot suits, in the policy's order (`WaitlistRanking`). Nobody blocked, nobody over the daily offer
    /// limit, nobody already busy then.
    static func candidates(_ tx: any StoreTransaction, slot: OfferedSlot, location: Location, policies: Policies, service: Service, now: Date,
                           excluding: Set<ClientID>) throws -> [(entry: WaitlistEntry, client: Client, fit: Int, score: Double)] {
        let zone = location.timeZone
        let start = LocalDateTime(slot.start, in: zone)
        let dayStart = ZoneDay(LocalDateTime(now, in: zone).date, in: zone).start
        var ranked: [(entry: WaitlistEntry, client: Client, fit: Int, score: Double)] = []
        for entry in try tx.waitlist(at: location.id, openAt: now) where !excluding.contains(entry.clientID) {
            guard let fit = entry.fit(service: slot.serviceID, staff: slot.staffID, start: start, durationMinutes: service.durationMinutes),
                  let client = try tx.client(entry.clientID), !client.reachableChannels.isEmpty,
                  client.tier(under: policies.noShow, now: now) != .noOnlineBooking,
                  try tx.offerCount(client: client.id, since: dayStart) < policies.waitlist.maxOffersPerClientPerDay,
                  !(try tx.appointments(of: client.id)).contains(where: { $0.holdsSlot && $0.overlaps(start: slot.start, end: slot.end) })
            else { continue }
            if ranked.contains(where: { $0.client.id == client.id }) { continue }
            ranked.append((entry, client, fit, policies.noShow.score(client.attendance, now: now)))
        }
        let facts = ranked.map { c in
            WaitlistRanking.Candidate(id: c.client.id.rawValue, fit: c.fit, flexibility: c.entry.flexibility.rawValue, missScore: c.score,
                                      visitsAttended: c.client.attendance.filter { $0.kind == .attended }.count, waitingSince: c.entry.createdAt)
        }
        let order = WaitlistRanking.ordered(facts, by: policies.waitlist.rank).map(\.id)
        return order.compactMap { id in ranked.first { $0.client.id.rawValue == id } }
    }

    /// "Confirm or release": a visit still unconfirmed after its last reminder is at risk; its slot is offered to the
    /// waitlist as a standby that books only if the first client cancels or is marked a no-show.
    func standbyRefill(_ slot: OfferedSlot, atRisk: AppointmentID, job: Int64, key: String, now: Date) async throws {
        let offered = try await store.transaction { tx -> [ClientID] in
            defer { _ = try? tx.markProcessed(key, at: now); _ = try? tx.finishJob(job) }
            guard try !tx.isProcessed(key), let risky = try tx.appointment(atRisk), risky.status == .booked,
                  let location = try tx.location(slot.locationID) else { return [] }
            let policies = try tx.policies(for: location.id)
            let stopAt = slot.start.addingTimeInterval(-Double(policies.waitlist.stopBeforeStartMinutes) * 60)
            guard now < stopAt, let service = try tx.services().first(where: { $0.id == slot.serviceID }) else { return [] }
            let previous = try tx.offers(slotKey: slot.key)
            let ranked = try Self.candidates(tx, slot: slot, location: location, policies: policies, service: service, now: now,
                                             excluding: Set(previous.map(\.clientID)).union([risky.clientID]))
            let count = switch policies.waitlist.mode {
            case .sequential: 1
            case .batch(let size, _): size
            case .broadcast: ranked.count
            }
            let chosen = ranked.prefix(min(count, max(0, policies.waitlist.maxOffersPerSlot - previous.count)))
            for c in chosen {
                try tx.insertOffer(WaitlistOfferRecord(slotKey: slot.key, clientID: c.client.id, entryID: c.entry.id, serviceID: slot.serviceID,
                                                       staffID: slot.staffID, locationID: slot.locationID, start: slot.start, end: slot.end,
                                                       status: .standby, offeredAt: now, expiresAt: stopAt))
                try tx.schedule(party: Party.client(c.client.id).key, due: now,
                                payload: JobPayload.standbyOffer(slot, entry: c.entry.id, until: stopAt).json, appointment: nil, at: now)
            }
            return chosen.map(\.client.id)
        }
        if !offered.isEmpty { observer?(.offered(slot, to: offered, at: now)) }
    }

    /// An unpaid deposit hold ran out: the slot goes back, and to the waitlist.
    func releaseHold(_ id: AppointmentID, job: Int64?, key: String, now: Date, paymentPageExpired: Bool = false) async throws {
        _ = try await store.transaction { tx in
            defer { _ = try? tx.markProcessed(key, at: now); if let job { _ = try? tx.finishJob(job) } }
            guard try !tx.isProcessed(key), let a = try tx.appointment(id), a.status == .awaitingDeposit else { return }
            // The payment page's own expiry ends the hold before the hold's time runs out.
            let change: AppointmentChange = paymentPageExpired ? .cancel(reason: "deposit payment page expired") : .holdExpired
            let t = try tx.change(id, change, by: .system(paymentPageExpired ? "payments" : "deposit-hold"), at: now,
                                  policies: try tx.policies(for: a.locationID))
            try DepositSettlement(tx: tx, now: now).settle(before: a, after: t.appointment)
            try tx.cancelJobs(appointment: id)
            let slot = OfferedSlot(a)
            try tx.schedule(party: "engine", due: now, payload: JobPayload.refill(slot).json, appointment: nil, at: now)
        }
    }

    /// An escalation nobody answered: remind the staff member once, then hand it to the manager.
    func remind(escalation id: String, round: Int, job: Int64, key: String, now: Date) async throws {
        let dialogs = self.dialogs, config = self.config
        let newID: @Sendable (String) -> String = { [self] in self.newID($0) }
        _ = try await store.transaction { tx in
            defer { _ = try? tx.markProcessed(key, at: now); _ = try? tx.finishJob(job) }
            guard try !tx.isProcessed(key), let e = try tx.escalation(id), e.status == .open,
                  let context = try ContextLoader(tx: tx, config: config, now: now).context(for: .client(e.clientID), focus: e.appointmentID)
            else { return }
            let routing = EscalationRouting(tx: tx, context: context, dialogs: dialogs, config: config, now: now, newID: newID)
            let escalation = Escalation(client: e.clientID, appointment: e.appointmentID, reason: Escalation.Reason(rawValue: e.reason) ?? .unclear,
                                        clientText: e.clientText, recentMessages: e.context)
            var target = e.assignedStaff
            if round >= 2, let manager = context.staff.first(where: { $0.role == .manager && $0.escalationAddress != nil }), manager.id != e.assignedStaff {
                target = manager.id
                try tx.updateEscalation(id, assignedTo: manager.id, at: now)
            }
            try tx.updateEscalation(id, remindedAt: now, at: now)
            if let target { try routing.notify(target, escalation, id: id) }
            if round < 2 {
                // The manager takes it `managerAfterMinutes` after the hand-off; the reminder came `reminderMinutes` after it.
                let rules = context.policies.escalation
                try tx.schedule(party: "engine", due: now.addingTimeInterval(Double(max(1, rules.managerAfterMinutes - rules.reminderMinutes)) * 60),
                                payload: JobPayload.escalationReminder(id: id, round: round + 1).json, appointment: nil, at: now)
            }
        }
    }
}
