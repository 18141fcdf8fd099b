import BookingCore
import Channels
import Conversation
import Dialogs
import Foundation
import Store

extension Engine {
    /// Sends outbox rows that are due, within the rate limits; returns how many went out.
    ///
    /// A row is marked sent in the same step that records the provider's id, and the outbox id is the
    /// idempotency key handed to the provider, so a crash between sending and marking can't send twice
    /// at a provider that honours it. Transient failures back off exponentially with jitter; permanent
    /// ones are not retried and try the client's next channel; an unsubscribed address marks the client
    /// opted out there.
    @discardableResult
    public func dispatchDue(limit: Int = 200) async throws -> Int {
        // With no channel at all (a server not yet set up), messages wait rather than fail over to nowhere.
        guard !senders.isEmpty else { return 0 }
        let now = self.now
        let rows = try await store.dueOutbox(until: now, limit: limit)
        var sentThisRound: [Channel: Int] = [:]
        var sent = 0
        for row in rows {
            let d = row.draft
            // Over a rate limit: hold the row back until the limit frees (no attempt is counted).
            if sentThisRound[d.channel, default: 0] >= config.perChannelPerSecond[d.channel, default: 10] {
                try await store.postpone(row.id, until: now.addingTimeInterval(1))
                continue
            }
            if let last = lastSend["\(d.channel.rawValue):\(d.address)"], now.timeIntervalSince(last) < config.perRecipientInterval {
                try await store.postpone(row.id, until: last.addingTimeInterval(config.perRecipientInterval))
                continue
            }
            guard let sender = senders[d.channel] else {
                try await store.markFailed(row.id, error: "no \(d.channel.rawValue) channel is configured", at: now, then: fallback(row, d.channel, now))
                continue
            }
            // A client who opted out after the message was queued gets nothing more there.
            if case .client(let c)? = Party(key: d.party), d.name != MessageName.optOutConfirmation.rawValue,
               let client = try await store.client(c), client.optedOut.contains(d.channel) {
                try await store.markFailed(row.id, error: "opted out on \(d.channel.rawValue)", at: now)
                continue
            }
            let buttons = (try? JSONDecoder().decode([OutboundMessage.Button].self, from: Data(d.buttons.utf8))) ?? []
            // WhatsApp needs to know whether the 24-hour window is open, and fills a template outside it from the variables;
            // e-mail answers thread under the client's last message. Other channels need neither.
            let lastInbound = d.channel == .whatsapp || d.channel == .email ? try await store.lastInbound(party: d.party, channel: d.channel) : nil
            let variables = d.channel == .whatsapp ? dialogs.plainValues(StoredVariables.decode(d.variables), locale: d.locale) : [:]
            let message = OutboundMessage(id: row.id, channel: d.channel, address: d.address, body: d.body, subject: d.subject, html: d.html,
                                          buttons: buttons, name: d.name, locale: d.locale, variables: variables,
                                          lastInbound: lastInbound?.at, inReplyTo: d.channel == .email ? lastInbound?.providerID : nil)
            sentThisRound[d.channel, default: 0] += 1
            lastSend["\(d.channel.rawValue):\(d.address)"] = now
            let result: Result<String, SendFailure>
            do { result = .success(try await sender.send(message)) } catch { result = .failure(error) }
            switch result {
            case .success(let providerID):
                try await store.markSent(row.id, providerID: providerID, at: now)
                sent += 1
                observer?(.sent(message, name: d.name, at: now))
            case .failure(.transient(let error, let retryAfter)):
                if row.attempts + 1 >= config.maxSendAttempts {
                    try await store.markFailed(row.id, error: error, at: now, then: fallback(row, d.channel, now))
                    observer?(.sendFailed(message, error: error, willRetry: false, at: now))
                } else {
                    let backoff = min(3600, config.retryBase * pow(2, Double(row.attempts)))
                    let jitter = backoff * Double.random(in: -0.2...0.2)
                    try await store.markRetry(row.id, next: now.addingTimeInterval(max(retryAfter ?? 0, backoff + jitter)), error: error)
                    observer?(.sendFailed(message, error: error, willRetry: true, at: now))
                }
            case .failure(.permanent(let error)):
                try await store.markFailed(row.id, error: error, at: now, then: fallback(row, d.channel, now))
                observer?(.sendFailed(message, error: error, willRetry: false, at: now))
            case .failure(.optedOut(let error)):
                let schedule = fallback(row, d.channel, now)
                try await store.markFailed(row.id, error: error, at: now) { tx in
                    if case .client(let c)? = Party(key: d.party) { try tx.setOptedOut(c, channel: d.channel, true) }
                    try schedule?(tx)
                }
                observer?(.sendFailed(message, error: error, willRetry: false, at: now))
            }
        }
        return sent
    }

    /// A provider's delivery report. A message that failed after it was accepted is handled as a send failure would
    /// have been: retried later when the reason is passing, otherwise sent on the client's next channel (or handed to
    /// a person), and an unsubscribed recipient is marked opted out there.
    public func deliveryReport(_ report: DeliveryReport) async throws {
        let now = self.now
        try await store.updateDelivery(providerID: report.providerID, channel: report.channel, status: report.status, at: now)
        observer?(.delivery(report))
        guard let failure = report.failure, let row = try await store.outbox(providerID: report.providerID, channel: report.channel),
              row.status == "sent" || row.status == "delivered" else { return }
        let d = row.draft
        let message = OutboundMessage(id: row.id, channel: d.channel, address: d.address, body: d.body, subject: d.subject, html: d.html)
        switch failure {
        case .transient(let error, let retryAfter) where row.attempts < config.maxSendAttempts:
            let backoff = min(3600, config.retryBase * pow(2, Double(row.attempts)))
            try await store.requeue(row.id, next: now.addingTimeInterval(max(retryAfter ?? 0, backoff)), error: error, at: now)
            observer?(.sendFailed(message, error: error, willRetry: true, at: now))
        case .transient(let error, _), .permanent(let error):
            try await store.markFailed(row.id, error: error, at: now, then: fallback(row, d.channel, now))
            observer?(.sendFailed(message, error: error, willRetry: false, at: now))
        case .optedOut(let error):
            let schedule = fallback(row, d.channel, now)
            try await store.markFailed(row.id, error: error, at: now) { tx in
                if case .client(let c)? = Party(key: d.party) { try tx.setOptedOut(c, channel: d.channel, true) }
                try schedule?(tx)
            }
            observer?(.sendFailed(message, error: error, willRetry: false, at: now))
        }
    }

    /// The job that sends an undeliverable client message on their next channel (none for staff messages).
    nonisolated func fallback(_ row: OutboxRow, _ failed: Channel, _ now: Date) -> (@Sendable (StoreTransaction) throws -> Void)? {
        guard row.draft.party.hasPrefix("client:") else { return nil }
        let party = row.draft.party, payload = JobPayload.fallback(outboxID: row.id, failed: failed).json
        return { tx in try tx.schedule(party: party, due: now, payload: payload, appointment: nil, at: now) }
    }

    /// Sends an undeliverable message again on the client's next channel, or hands the thread to a person.
    func fallback(_ outboxID: Int64, failed: Channel, job: Int64, key: String, now: Date) async throws {
        let dialogs = self.dialogs, config = self.config
        let newID: @Sendable (String) -> String = { [self] in self.newID($0) }
        _ = try await store.transaction { tx in
            guard try !tx.isProcessed(key), let row = try tx.outbox(outboxID), let party = Party(key: row.draft.party),
                  case .client(let clientID) = party, let client = try tx.client(clientID),
                  let name = MessageName(rawValue: row.draft.name) else {
                try tx.finishJob(job)
                return
            }
            let tried = Set(try tx.triedChannels(party: row.draft.party, name: row.draft.name, body: row.draft.body)).union([failed])
            if let next = client.reachableChannels.first(where: { !tried.contains($0) }), let address = client.addresses[next] {
                let variables = StoredVariables.decode(row.draft.variables)
                let rendered = try dialogs.render(name, locale: row.draft.locale, channel: next, variables: variables)
                let buttons = rendered.buttons.map { OutboundMessage.Button(title: $0.title, payload: $0.payload) }
                try tx.enqueue(OutboxDraft(party: row.draft.party, channel: next, address: address, name: row.draft.name, locale: row.draft.locale,
                                           body: rendered.text, subject: rendered.subject, html: rendered.html,
                                           buttons: String(decoding: try JSONEncoder().encode(buttons), as: UTF8.self),
                                           variables: row.draft.variables, segments: next == .sms ? rendered.smsSegments.segments : nil,
                                           notBefore: now), at: now)
            } else if let context = try ContextLoader(tx: tx, config: config, now: now).context(for: party) {
                try EscalationRouting(tx: tx, context: context, dialogs: dialogs, config: config, now: now, newID: newID)
                    .open(Escalation(client: clientID, appointment: nil, reason: .undeliverable, clientText: "(undelivered) \(row.draft.body)",
                                     recentMessages: try tx.recentMessages(party: row.draft.party, limit: 4)))
            }
            try tx.markProcessed(key, at: now)
            try tx.finishJob(job)
        }
    }
}
