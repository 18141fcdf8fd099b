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
        try await recoverInterruptedSends(now: now)
        let rows = try await store.dueOutbox(until: now, limit: limit)
        var batch: [(row: OutboxRow, message: OutboundMessage, sender: any ChannelSender)] = []
        var inBatch = Set<String>()
        var nextRound: [Int64] = [], nextSecond: [Int64] = []
        for row in rows {
            let d = row.draft
            let recipient = "\(d.channel.rawValue):\(d.address)"
            // One message a recipient a round, whatever the interval: theirs go one at a time, in order.
            if inBatch.contains(recipient) {
                nextRound.append(row.id)
                continue
            }
            // Over the channel's limit a second (this round's and the rounds' just before it): held back until the limit frees,
            // no attempt counted.
            if pace.room(d.channel, at: now) == 0 {
                nextSecond.append(row.id)
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
            pace.take(d.channel, at: now)
            inBatch.insert(recipient)
            batch.append((row, try await outboundMessage(row), sender))
        }
        // Held back in one write each, not one a row: a burst leaves hundreds of rows waiting on a rate limit every second.
        try await store.postpone(nextRound, until: now)
        try await store.postpone(nextSecond, until: now.addingTimeInterval(1))
        // Recorded as being sent before any provider is called: a crash from here on is settled before anything is sent again.
        // Only the rows this dispatcher claimed are sent; a recipient sent to within the interval, by any process, waits for it
        // (the store keeps when each recipient last got a message, so the pause holds across processes). Rows are claimed a
        // window at a time, just before they are sent: a crash strands at most one window's rows until they are settled, not
        // the whole round's.
        let width = max(1, config.sendConcurrency)
        let interval = config.perRecipientInterval
        // Sent concurrently across recipients (each has one message in a round), each within its deadline: one slow provider
        // call doesn't hold the others. A failure is recorded as it comes; sends that went out are recorded a window at a time,
        // in one write (a write each was most of the database's transactions under load). A crash before that leaves them
        // `sending`, settled at the provider like any send cut off, never sent twice.
        let (sent, claimFailure) = await withTaskGroup(of: (Int, Result<String, SendFailure>).self) { group in
            var sent = 0, next = 0, running = 0, claimedUpTo = 0
            var claimFailure: (any Error)?
            var claimed = Set<Int64>()
            var wentOut: [(row: OutboxRow, message: OutboundMessage, providerID: String)] = []
            var end = batch.count
            while true {
                while next < end && running < width {
                    if next == claimedUpTo {
                        let window = batch[next..<min(next + width, end)].map(\.row.id)
                        do {
                            // Stamped when claimed, not when the round began: a long round's last rows are not taken for stranded.
                            claimed.formUnion(try await store.markSending(window, at: self.now, recipientInterval: interval))
                            claimedUpTo = next + window.count
                        } catch {
                            // Unclaimed rows stay pending for the next round; what is running is recorded first.
                            claimFailure = error
                            end = next
                            break
                        }
                    }
                    let i = next
                    next += 1
                    guard claimed.contains(batch[i].row.id) else { continue }
                    let (message, sender) = (batch[i].message, batch[i].sender)
                    let deadline = config.deadline(for: message.channel)
                    group.addTask { (i, await Self.send(message, with: sender, deadline: deadline)) }
                    running += 1
                }
                guard running > 0, let (i, result) = await group.next() else { break }
                running -= 1
                switch result {
                case .success(let providerID):
                    wentOut.append((batch[i].row, batch[i].message, providerID))
                    // At the round's end each is recorded as it comes: a slow send left running holds back no record.
                    if wentOut.count >= width || next >= end {
                        sent += await recordSent(wentOut, now: now)
                        wentOut = []
                    }
                case .failure(let failure):
                    do {
                        try await record(failure, row: batch[i].row, message: batch[i].message, now: now)
                    } catch {
                        // Left `sending`: the recovery sweep settles it.
                        observer?(.sendFailed(batch[i].message, error: "recording the send failed: \(error)", willRetry: true, at: now))
                    }
                }
            }
            sent += await recordSent(wentOut, now: now)
            return (sent, claimFailure)
        }
        if let claimFailure { throw claimFailure }
        return sent
    }

    /// One send, within `deadline`: past it the outcome is unknown (the provider may yet take it).
    static func send(_ message: OutboundMessage, with sender: any ChannelSender, deadline: Duration) async -> Result<String, SendFailure> {
        await withTaskGroup(of: Result<String, SendFailure>?.self) { group in
            group.addTask {
                do throws(SendFailure) { return .success(try await sender.send(message)) } catch { return .failure(error) }
            }
            group.addTask {
                try? await Task.sleep(for: deadline)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first ?? .failure(.unknown("no answer within \(deadline.components.seconds) s"))
        }
    }

    /// The message a row sends, with what its channel needs: WhatsApp whether the 24-hour window is open (and the variables to
    /// fill a template outside it), e-mail the client's last message to thread under. Other channels need neither.
    func outboundMessage(_ row: OutboxRow) async throws -> OutboundMessage {
        let d = row.draft
        let buttons = (try? JSONDecoder().decode([OutboundMessage.Button].self, from: Data(d.buttons.utf8))) ?? []
        let lastInbound = d.channel == .whatsapp || d.channel == .email ? try await store.lastInbound(party: d.party, channel: d.channel) : nil
        let variables = d.channel == .whatsapp ? dialogs.plainValues(StoredVariables.decode(d.variables), locale: d.locale) : [:]
        return OutboundMessage(id: row.id, channel: d.channel, address: d.address, body: d.body, subject: d.subject, html: d.html,
                               buttons: buttons, name: d.name, locale: d.locale, variables: variables,
                               lastInbound: lastInbound?.at, inReplyTo: d.channel == .email ? lastInbound?.providerID : nil)
    }

    /// Records sends that went out, in one write; how many. One that cannot be recorded is left `sending`, for the recovery
    /// sweep to settle.
    func recordSent(_ wentOut: [(row: OutboxRow, message: OutboundMessage, providerID: String)], now: Date) async -> Int {
        guard !wentOut.isEmpty else { return 0 }
        do {
            try await store.markSent(wentOut.map { SentRow(id: $0.row.id, providerID: $0.providerID) }, at: now)
        } catch {
            for send in wentOut { observer?(.sendFailed(send.message, error: "recording the send failed: \(error)", willRetry: true, at: now)) }
            return 0
        }
        for send in wentOut { observer?(.sent(send.message, name: send.row.draft.name, at: now)) }
        return wentOut.count
    }

    /// Records what a failed send came to: retried later, settled at the provider, or failed over to the next channel.
    func record(_ failure: SendFailure, row: OutboxRow, message: OutboundMessage, now: Date) async throws {
        let d = row.draft
        switch failure {
        case .transient(let error, let retryAfter):
            if row.attempts + 1 >= config.maxSendAttempts {
                try await store.markFailed(row.id, error: error, at: now, then: fallback(row, d.channel, now))
                observer?(.sendFailed(message, error: error, willRetry: false, at: now))
            } else {
                let backoff = min(3600, config.retryBase * pow(2, Double(row.attempts)))
                let jitter = backoff * Double.random(in: -0.2...0.2)
                try await store.markRetry(row.id, next: now.addingTimeInterval(max(retryAfter ?? 0, backoff + jitter)), error: error)
                observer?(.sendFailed(message, error: error, willRetry: true, at: now))
            }
        case .unknown(let error):
            // Not sent again until settled: the provider's status report or a look-up in its log says whether it went out.
            let payload = JobPayload.settleSend(outboxID: row.id, since: now).json
            let due = now.addingTimeInterval(config.unknownSendGrace)
            try await store.markUnknown(row.id, error: error) { tx in try tx.schedule(party: "engine", due: due, payload: payload, appointment: nil, at: now) }
            observer?(.sendFailed(message, error: error, willRetry: true, at: now))
        case .permanent(let error):
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

    /// Rows the process stopped in the middle of sending (a crash, a kill): their outcome is unknown, settled like a send that
    /// had no answer.
    func recoverInterruptedSends(now: Date) async throws {
        if let last = lastSendSweep, now.timeIntervalSince(last) < 30, now >= last { return }
        // The first sweep runs before this engine has sent anything: on SQLite every row still being sent was left by a
        // process that stopped (one server a file, held by its lock), so it is settled now rather than after the longest
        // deadline. Where other processes share the store, a row being sent may be theirs: it waits out the deadline.
        let firstSweep = lastSendSweep == nil && !store.sharedByProcesses
        lastSendSweep = now
        try await store.forgetRecipientPace(before: now.addingTimeInterval(-max(3600, config.perRecipientInterval)))
        let grace = config.unknownSendGrace
        let longest = Channel.allCases.map { Double(config.deadline(for: $0).components.seconds) }.max() ?? 60
        try await store.expireSending(before: firstSweep ? now : now.addingTimeInterval(-longest - 5)) { tx, id, began in
            try tx.schedule(party: "engine", due: now.addingTimeInterval(grace), payload: JobPayload.settleSend(outboxID: id, since: began).json,
                            appointment: nil, at: now)
        }
        // A row whose settling gave up (its job failed for good) is settled again rather than left unknown for ever.
        for stranded in try await store.strandedUnknown(before: now.addingTimeInterval(-3600)) {
            try await store.transaction { tx in
                try tx.schedule(party: "engine", due: now, payload: JobPayload.settleSend(outboxID: stranded.id, since: stranded.began).json,
                                appointment: nil, at: now)
            }
        }
    }

    /// Settles a row whose send had no answer: a status report may have settled it already; else the provider's log is asked.
    /// Found there: sent, never again. Not there: sent again now. The channel keeps no log: sent again (at least once).
    func settleSend(_ outboxID: Int64, since: Date, job: StoredJob, now: Date) async throws {
        guard let row = try await store.read({ try $0.outbox(outboxID) }), row.status == .unknown else {
            try await store.transaction { tx in try tx.finishJob(job.id) }
            return
        }
        let lookup: SendLookup = if let sender = senders[row.draft.channel] { await sender.lookUp(try await outboundMessage(row), since: since) } else { .noLog }
        switch lookup {
        case .found(let candidates):
            // The newest like it that no other row carries (the same text sent twice is two messages).
            var mine: String?
            for id in candidates where try await !store.providerIDTaken(id, channel: row.draft.channel, except: outboxID) { mine = id; break }
            if let mine { try await store.settleSent(outboxID, providerID: mine, at: now) } else { try await resendOrGiveUp(row, now: now) }
        case .notSent, .noLog:
            try await resendOrGiveUp(row, now: now)
        case .cantTell:
            // The log didn't answer: ask again later, a few times, before sending again.
            if job.attempts + 1 < 5 {
                try await store.transaction { tx in try tx.retryJob(job.id, next: now.addingTimeInterval(60 * pow(2, Double(job.attempts))), giveUp: false) }
                return
            }
            try await resendOrGiveUp(row, now: now)
        }
        try await store.transaction { tx in try tx.finishJob(job.id) }
    }

    /// An unknown row that didn't go out: sent again, unless it has used up its attempts (then it fails over to the next channel).
    private func resendOrGiveUp(_ row: OutboxRow, now: Date) async throws {
        if row.attempts >= config.maxSendAttempts {
            try await store.markFailed(row.id, error: row.lastError ?? "no answer from the provider", at: now, then: fallback(row, row.draft.channel, now))
        } else {
            try await store.resendUnknown(row.id, next: now)
        }
    }

    /// A provider's report on a message whose send had no answer, naming our outbox row: it went out, with this id.
    public func sendReported(outboxID: Int64, providerID: String) async throws {
        try await store.settleSent(outboxID, providerID: providerID, at: now)
    }

    /// A provider's delivery report. A message that failed after it was accepted is handled as a send failure would
    /// have been: retried later when the reason is passing, otherwise sent on the client's next channel (or handed to
    /// a person), and an unsubscribed recipient is marked opted out there.
    public func deliveryReport(_ report: DeliveryReport) async throws {
        let now = self.now
        try await store.updateDelivery(providerID: report.providerID, channel: report.channel, status: report.status, at: now)
        observer?(.delivery(report))
        guard let failure = report.failure, let row = try await store.outbox(providerID: report.providerID, channel: report.channel),
              row.status == .sent || row.status == .delivered else { return }
        let d = row.draft
        let message = OutboundMessage(id: row.id, channel: d.channel, address: d.address, body: d.body, subject: d.subject, html: d.html)
        switch failure {
        case .transient(let error, let retryAfter) where row.attempts < config.maxSendAttempts:
            let backoff = min(3600, config.retryBase * pow(2, Double(row.attempts)))
            try await store.requeue(row.id, next: now.addingTimeInterval(max(retryAfter ?? 0, backoff)), error: error, at: now)
            observer?(.sendFailed(message, error: error, willRetry: true, at: now))
        case .transient(let error, _), .permanent(let error), .unknown(let error):
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
    nonisolated func fallback(_ row: OutboxRow, _ failed: Channel, _ now: Date) -> (@Sendable (any StoreTransaction) throws -> Void)? {
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
