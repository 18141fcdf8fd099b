import Foundation
import Logging
import Synchronization

/// Reads clients' e-mail replies from an IMAP mailbox: every few seconds it looks for unseen messages, hands each reply
/// (quoted history stripped) to `deliver`, bounces to `report`, and marks a message seen only once it was taken in, so a
/// crash or a refused hand-over leaves it to be read again, and an accepted one is never handed over twice.
public final class MailboxPoller: Sendable {
    /// What one look at the mailbox did.
    public struct Pass: Sendable, Hashable {
        /// Replies the engine accepted.
        public var delivered = 0
        /// Bounces reported.
        public var reported = 0
        /// Messages that were not replies (automatic answers, SlotKeeper's own copies), marked seen and left.
        public var ignored = 0
        /// Messages the engine did not accept this time; they stay unseen for the next pass.
        public var refused = 0

        /// Counts of one pass.
        public init(delivered: Int = 0, reported: Int = 0, ignored: Int = 0, refused: Int = 0) {
            self.delivered = delivered
            self.reported = reported
            self.ignored = ignored
            self.refused = refused
        }
    }

    /// The mailbox and how often to look.
    public let settings: EmailSettings.IMAP
    private let mailbox: IMAPMailbox
    private let deliver: @Sendable (InboundMessage) async throws -> Void
    private let report: @Sendable (DeliveryReport) async throws -> Void
    private let logger: Logger
    /// UIDs taken in whose `\Seen` flag could not be stored yet: never handed over again, flagged on the next pass.
    private let takenIn = Mutex<Set<UInt32>>([])

    /// `deliver` gets each reply and returns once it is stored (the engine's `receive`); `report` gets each bounce.
    public init(settings: EmailSettings.IMAP, logger: Logger = Logger(label: "slotkeeper.email"),
                deliver: @escaping @Sendable (InboundMessage) async throws -> Void,
                report: @escaping @Sendable (DeliveryReport) async throws -> Void = { _ in }) {
        self.settings = settings
        self.mailbox = IMAPMailbox(settings: settings)
        self.deliver = deliver
        self.report = report
        self.logger = logger
    }

    /// One look at the mailbox. Throws when the server cannot be reached or refuses a command; what was done so far stays done.
    @discardableResult
    public func poll() async throws(CurlError) -> Pass {
        var pass = Pass()
        for uid in takenIn.withLock({ $0 }).sorted() {
            try await mailbox.markSeen(uid: uid)
            _ = takenIn.withLock { $0.remove(uid) }
        }
        for uid in try await mailbox.unseenUIDs() {
            // A shutdown waits for the message in hand, not for the rest of a long inbox.
            if Task.isCancelled { break }
            guard let raw = try await mailbox.fetch(uid: uid) else { continue }
            let mail = ReceivedMail(parsing: raw)
            switch mail.disposition(ownAddress: settings.ownAddress) {
            case .reply(let message):
                do {
                    try await deliver(message)
                    pass.delivered += 1
                } catch {
                    logger.warning("e-mail reply \(message.providerID) was not taken in; it stays unseen for the next pass: \(error)")
                    pass.refused += 1
                    continue
                }
            case .report(let delivery):
                do {
                    try await report(delivery)
                    pass.reported += 1
                } catch {
                    logger.warning("bounce for \(delivery.providerID) was not taken in; it stays unseen for the next pass: \(error)")
                    pass.refused += 1
                    continue
                }
            case .ignore(let why):
                logger.info("e-mail \(mail.messageID) left alone (an auto-reply or our own copy)")
                logger.debug("e-mail \(mail.messageID) left alone: \(why)")
                pass.ignored += 1
            }
            takenIn.withLock { _ = $0.insert(uid) }
            try await mailbox.markSeen(uid: uid)
            _ = takenIn.withLock { $0.remove(uid) }
        }
        return pass
    }

    /// Polls every `pollSeconds` until the task is cancelled; after a failure it waits longer each time (up to 15 minutes)
    /// and starts on a new connection.
    ///
    /// With several processes, `mayPoll` says before each pass whether this one holds the poller's lease; one that does
    /// not skips the pass.
    public func run(afterEachPass: (@Sendable () -> Void)? = nil, mayPoll: (@Sendable () async -> Bool)? = nil) async {
        var failures = 0
        while !Task.isCancelled {
            if let mayPoll, await !mayPoll() {
                afterEachPass?()
                do { try await Task.sleep(for: .seconds(Double(settings.pollSeconds))) } catch { break }
                continue
            }
            do throws(CurlError) {
                let pass = try await poll()
                if failures > 0 { logger.info("the mailbox is reachable again") }
                failures = 0
                afterEachPass?()
                if pass != Pass() { logger.debug("mailbox pass: \(pass)") }
            } catch {
                if error.isCancelled || Task.isCancelled { break }
                failures += 1
                mailbox.close()
                logger.error("reading the mailbox failed (attempt \(failures)): \(error)")
            }
            let wait = failures == 0 ? Double(settings.pollSeconds) : min(900, Double(settings.pollSeconds) * pow(2, Double(min(failures, 10))))
            do { try await Task.sleep(for: .seconds(wait)) } catch { break }
        }
        mailbox.close()
    }
}
