import ArgumentParser
import BookingCore
import Channels
import Dialogs
import Engine
import Foundation
import Hummingbird
import Intents
import Logging
import struct NIOCore.IOError
import Server
import ServiceLifecycle
import Store

/// `slotkeeper serve`: the HTTP server (provider webhooks, admin API, /metrics, /healthz), the channel pollers and
/// the engine (jobs, outbox) in one process.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the HTTP server and the engine: provider webhooks in, reminders and replies out.",
        discussion: """
            Settings come from options, else from the environment (SLOTKEEPER_…), else from the settings file \
            (--config, SLOTKEEPER_CONFIG, or slotkeeper.yaml in the working directory when present). Secrets are read \
            from the environment only. docs/configuration.md lists every setting; each channel is on when its settings are there. \
            Stops gracefully on SIGTERM or SIGINT.
            """)

    @OptionGroup var db: DatabaseOptions

    @Option(help: "A settings file (YAML).")
    var config: String?

    @Option(help: "The port to listen on (default 8080, or SLOTKEEPER_PORT).")
    var port: Int?

    @Option(help: "The address to bind (default 127.0.0.1, or SLOTKEEPER_HOST).")
    var host: String?

    @Flag(help: "Send every outgoing message to the built-in simulator instead of real channels, print it, and open the /simulator page.")
    var simulate = false

    func run() async throws {
        let settings: SettingsReader
        do {
            settings = try ServeSettings.load(file: config, environment: ProcessInfo.processInfo.environment)
        } catch {
            throw CommandFailure("\(error)")
        }
        do {
            try await serve(settings)
        } catch let error as SettingError {
            // A setting to fix, named with its fix: said once, without the command's usage.
            throw CommandFailure("\(error)")
        }
    }

    func serve(_ settings: SettingsReader) async throws {
        let port = try self.port ?? settings.optional("SLOTKEEPER_PORT").map { text throws(SettingError) -> Int in
            guard let p = Int(text), (1...65535).contains(p) else {
                throw SettingError("SLOTKEEPER_PORT", "\"\(text)\" is not a port number", fix: "use 1-65535, e.g. 8080")
            }
            return p
        } ?? 8080
        let host = self.host ?? settings.optional("SLOTKEEPER_HOST") ?? "127.0.0.1"
        if simulate && !["127.0.0.1", "localhost", "::1"].contains(host) {
            throw SettingError("--host", "\"\(host)\" with --simulate would let anyone reach /simulator and write as any client",
                               fix: "run the simulator on 127.0.0.1 (the default), and never against the live database")
        }
        let channelSettings = try ChannelSettings(settings)
        let publicURL = channelSettings.publicURL, token = channelSettings.smsAuthToken, sms = channelSettings.sms
        let email = channelSettings.email, telegram = channelSettings.telegram, whatsApp = channelSettings.whatsApp
        let stripe = channelSettings.stripe, calcom = channelSettings.calcom
        switch settings.optional("SLOTKEEPER_LOG_FORMAT") ?? "text" {
        case "text": break
        case "json": LoggingSystem.bootstrap { label in JSONLogHandler(label: label) }
        case let other: throw SettingError("SLOTKEEPER_LOG_FORMAT", "\"\(other)\" is not a log format", fix: "use text (the default) or json")
        }
        var logger = Logger(label: "slotkeeper")
        let level = settings.optional("SLOTKEEPER_LOG_LEVEL") ?? "info"
        guard let logLevel = Logger.Level(rawValue: level) else {
            throw SettingError("SLOTKEEPER_LOG_LEVEL", "\"\(level)\" is not a level", fix: "use trace, debug, info, notice, warning or error")
        }
        logger.logLevel = logLevel

        // The catalogues first: a mistake in a business's own file stops start-up before anything is opened or changed.
        let (matcher, dialogs) = try CommandCatalogues.load(settings: settings.values)
        let dashboard = try CommandCatalogues.dashboard(settings: settings.values)

        let store = try await db.open(environment: settings.values)
        // One server a SQLite file: a second one (or a restore) while this one runs is refused.
        var lock: ServerLock?
        if case .sqlite(let path) = store.address {
            lock = try ServerLock(database: path)
            guard lock != nil else {
                throw CommandFailure("\(path) is already in use by another slotkeeper serve; stop it first (SQLite takes one server a file)")
            }
        }
        defer { withExtendedLifetime(lock) {} }
        // Every setting is checked before anything changes: the file's policies are applied only once start-up can go on.
        let filePolicies = try await checkFilePolicies(in: store)
        let base = publicURL ?? "http://\(host):\(port)"
        // The policies that will be in force: the file's when it changed since it was applied, else the store's (an API change
        // since stays in force while the file is left alone).
        let lastFromFile = try await store.latestPolicy(from: .file)?.document.sortedKeys
        let fileChanged = filePolicies.map { lastFromFile != $0.document.sortedKeys } ?? false
        let depositURL = try await depositLink(settings, store: store, stripe: stripe != nil, base: base,
                                               filePolicies: fileChanged ? filePolicies?.set : nil)

        var senders: [Channel: any ChannelSender] = [:]
        var channels: [String] = []
        if simulate {
            for ch in [Channel.sms, .whatsapp, .telegram, .email, .simulator] { senders[ch] = PrintingSimulator(channel: ch) }
            channels.append("every channel simulated")
        } else {
            if let sms {
                senders[.sms] = TwilioSMS(settings: sms)
                channels.append("SMS via \(sms.apiBase)")
            }
            if let email {
                senders[.email] = EmailSender(settings: email.smtp)
                channels.append("e-mail via \(email.smtp.url)")
            }
            if let telegram {
                senders[.telegram] = TelegramBot(settings: telegram, logger: logger)
                channels.append("Telegram (\(telegram.webhookSecret == nil ? "polling" : "webhook"))")
            }
            if let whatsApp {
                senders[.whatsapp] = WhatsAppCloud(settings: whatsApp, logger: logger)
                channels.append("WhatsApp")
            }
        }
        // Clients book at /book unless the business names its own booking page; every message carries signed links to it.
        let ownBookingPage = settings.optional("SLOTKEEPER_BOOKING_URL")
        let links = ClientLinks(base: base, secret: try await store.linkSecret(orNew: ClientLinks.newSecret()))
        var engineConfig = EngineConfiguration(businessName: settings.optional("SLOTKEEPER_BUSINESS_NAME"), depositLinkTemplate: depositURL,
                                               bookingLink: ownBookingPage ?? "\(base)/book",
                                               staffLocale: settings.optional("SLOTKEEPER_STAFF_LOCALE") ?? "en",
                                               links: links, personalBookingLinks: ownBookingPage == nil)
        if let perSecond = try smsPerSecond(settings) { engineConfig.perChannelPerSecond[.sms] = perSecond }
        let engine = Engine(store: store, matcher: matcher, dialogs: dialogs, clock: SystemClock(), config: engineConfig, senders: senders)
        if let stripe, !simulate {
            await engine.register(payments: StripePayments(settings: stripe))
            channels.append("deposits via Stripe")
        }
        let metrics = ServerMetrics(), heartbeats = Heartbeats()
        let log = logger
        await engine.setObserver { note in
            metrics.observe(note)
            EngineLog.write(note, to: log)
        }
        let router = buildRouter(engine: engine, store: store,
                                 configuration: ServerConfiguration(publicURL: base, twilioAuthToken: token,
                                                                    stripeWebhookSecret: stripe?.webhookSecret ?? settings.optional("SLOTKEEPER_STRIPE_WEBHOOK_SECRET"),
                                                                    adminToken: settings.optional("SLOTKEEPER_ADMIN_TOKEN"), calcom: calcom,
                                                                    telegram: senders[.telegram] as? TelegramBot, whatsApp: simulate ? nil : whatsApp,
                                                                    simulator: simulate, businessName: settings.optional("SLOTKEEPER_BUSINESS_NAME"),
                                                                    dashboard: dashboard, channels: Set(senders.keys),
                                                                    smsSegmentPrice: try smsPrice(settings)),
                                 metrics: metrics, heartbeats: heartbeats)
        var services: [any ServiceLifecycle.Service] = [EngineLoop(engine: engine, logger: logger, heartbeats: heartbeats)]
        let leaseLength = try pollerLease(settings)
        if let bot = senders[.telegram] as? TelegramBot {
            // The bot's id (the token's part before ":", not its secret) names the lease: one poller a bot, whatever the processes.
            let botID = bot.settings.token.split(separator: ":").first.map(String.init) ?? "bot"
            services.append(TelegramService(bot: bot, engine: engine, logger: logger, heartbeats: heartbeats,
                                            lease: PollerLease(store: store, name: "telegram poller \(botID)", length: leaseLength)))
        }
        if !simulate, let imap = email?.imap {
            services.append(MailPolling(settings: imap, engine: engine, logger: logger, heartbeats: heartbeats,
                                        lease: PollerLease(store: store, name: "mailbox poller \(imap.user)@\(imap.url)",
                                                           // Renewed at each pass: it lasts beyond the pause between two.
                                                           length: max(leaseLength, Double(2 * imap.pollSeconds + 60)))))
            channels.append("e-mail replies read from \(imap.url)")
        }
        let app = Application(router: router, configuration: .init(address: .hostname(host, port: port), serverName: "SlotKeeper"),
                              services: services, logger: logger)
        for name in ServeSettings.unknown(in: ProcessInfo.processInfo.environment) {
            logger.warning("the environment sets \(name), which is not a setting: ignored")
        }
        if simulate {
            logger.warning("--simulate: outgoing messages are marked sent to the simulator, never to real people; use a copy of a live database, not the database itself")
        }
        if senders.isEmpty {
            logger.warning("no outgoing channel is configured: messages wait in the outbox until one is (see docs/configuration.md, or run with --simulate)")
        }
        logger.info(settings.optional("SLOTKEEPER_ADMIN_TOKEN") == nil ? "admin API off (set SLOTKEEPER_ADMIN_TOKEN to turn it on)"
                                                                       : "admin API on at \(base)/api/v1 (document at /openapi.yaml)")
        if let filePolicies {
            let note = try await apply(filePolicies, to: store)
            logger.info("\(note)")
        }
        if simulate { logger.info("simulator: open http://\(host):\(port)/simulator to play a client's phone") }
        let accounts = try await store.accounts().count
        let hint = accounts == 0 ? " (no account yet: slotkeeper staff add \"Your Name\" --role owner)" : ""
        logger.info("dashboard at \(base)/desk\(hint)")
        logger.info("SlotKeeper on http://\(host):\(port) with \(store.address); public address \(base); sending: \(channels.isEmpty ? "none" : channels.joined(separator: ", "))")
        do {
            try await app.runService()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw CommandFailure("port \(port) on \(host) is already in use (another program, or another slotkeeper serve, listens there): "
                                 + "stop it, or choose another port with --port or SLOTKEEPER_PORT")
        }
    }
}

extension ServeCommand {
    /// The settings file's `policies:` section, read and checked against the business's locations; a bad section stops start-up
    /// naming every problem, and nothing of it applies.
    func checkFilePolicies(in store: any BookingStore) async throws -> (path: String, document: DocumentValue, set: PolicySet)? {
        guard let path = ServeSettings.path(file: config, environment: ProcessInfo.processInfo.environment),
              let document = try ServeSettings.policies(path) else { return nil }
        switch try await PolicyUpdate.check(document, in: store, prefix: "policies.") {
        case .success(let set): return (path, document, set)
        case .failure(let problems):
            throw SettingError(path, "has problems in its policies section, so nothing of it was applied:\n"
                               + problems.problems.map { "  \($0.field): \($0.message)" }.joined(separator: "\n"),
                               fix: "fix them (slotkeeper policies check shows them again; docs/policies.md has examples)")
        }
    }

    /// Puts the file's policies in force when they changed since they were last applied (a new version). Returns what to log.
    func apply(_ file: (path: String, document: DocumentValue, set: PolicySet), to store: any BookingStore) async throws -> String {
        guard let record = try await PolicyUpdate.applyFile(file.document, to: store, at: Date()) else {
            return "policies: \(file.path) unchanged since it was applied"
        }
        return "policies: version \(record.version) from \(file.path) is now in force"
    }

    /// What one SMS segment costs, for the reports' estimate; a malformed amount stops start-up.
    /// How long a poller's lease lasts: with several processes, another takes over a dead one's polling after this.
    func pollerLease(_ settings: SettingsReader) throws -> TimeInterval {
        guard let text = settings.optional("SLOTKEEPER_POLLER_LEASE") else { return PollerLease.defaultLength }
        guard let n = Int(text), (3...3600).contains(n) else {
            throw SettingError("SLOTKEEPER_POLLER_LEASE", "\"\(text)\" is not a number of seconds from 3 to 3600",
                               fix: "write how many seconds a dead process's poller may go unreplaced, e.g. 120")
        }
        return TimeInterval(n)
    }

    /// How many SMS a second the provider's number takes (a long code about 1, a toll-free number 3, a short code 100).
    func smsPerSecond(_ settings: SettingsReader) throws -> Int? {
        guard let text = settings.optional("SLOTKEEPER_TWILIO_PER_SECOND") else { return nil }
        guard let n = Int(text), (1...1000).contains(n) else {
            throw SettingError("SLOTKEEPER_TWILIO_PER_SECOND", "\"\(text)\" is not a number of sends a second from 1 to 1000",
                               fix: "write the throughput your provider gives the number, e.g. 10")
        }
        return n
    }

    func smsPrice(_ settings: SettingsReader) throws -> Money? {
        guard let text = settings.optional("SLOTKEEPER_SMS_SEGMENT_PRICE") else { return nil }
        guard let price = Money(text: text) else {
            throw SettingError("SLOTKEEPER_SMS_SEGMENT_PRICE", "\"\(text)\" is not an amount", fix: "write it as 0.04 GBP")
        }
        return price
    }

    /// Where clients pay a deposit: Stripe's pages on this server, the business's own page, or (when no policy asks a deposit)
    /// nowhere. A deposit policy with no way to pay stops start-up rather than send clients a link that leads nowhere.
    func depositLink(_ settings: SettingsReader, store: any BookingStore, stripe: Bool, base: String, filePolicies: PolicySet?) async throws -> String {
        if stripe && !simulate { return StripePayments.Settings.depositLinkTemplate(publicURL: base) }
        if let own = settings.optional("SLOTKEEPER_DEPOSIT_URL") {
            guard own.contains("{appointment}"), URL(string: own.replacingOccurrences(of: "{appointment}", with: "x"))?.scheme != nil else {
                throw SettingError("SLOTKEEPER_DEPOSIT_URL", "\"\(own)\" is not a web address with {appointment} in it",
                                   fix: "e.g. https://pay.spa.example.com/deposit/{appointment}")
            }
            return own
        }
        let pages = "\(base)/pay/{appointment}"
        if simulate { return pages }
        let services = try await store.services().filter { $0.deposit != .none }.map(\.id.rawValue)
        var policies = [try await store.policies(for: nil)]
        for l in try await store.locations() { policies.append(try await store.policies(for: l.id)) }
        if let filePolicies { policies = [filePolicies.business] + Array(filePolicies.locations.values) }
        // The defaults' ladder asks a deposit too; until a business sets its own policy, such a client lands on /pay, which
        // tells them online payment is not set up and how to reach the business.
        let versioned = try await store.currentPolicy() != nil
        let explicit = filePolicies != nil || versioned
        let ladder = explicit && policies.contains { $0.noShow.thresholds.contains { if case .depositRequired = $0.tier { true } else { false } } }
        guard services.isEmpty && !ladder else {
            let why = !services.isEmpty ? "the services \(services.sorted().joined(separator: ", ")) ask a deposit"
                : "the policies' no-show ladder asks repeat no-shows for a deposit"
            let instead = !services.isEmpty ? "or set those services' deposit to none (and import them again)"
                : "or take the deposit steps out of policies.noShow.ladder (block: true needs no payment)"
            throw SettingError("SLOTKEEPER_STRIPE_SECRET_KEY", "missing, and \(why), so clients would be sent a payment link that leads nowhere",
                               fix: "set up Stripe (docs/payments.md), or set SLOTKEEPER_DEPOSIT_URL to your own payment page, \(instead)")
        }
        return pages
    }
}

/// The simulator channel for `serve --simulate`: prints what would have been sent.
struct PrintingSimulator: ChannelSender {
    let channel: Channel
    let inner: SimulatorChannel

    init(channel: Channel) {
        self.channel = channel
        inner = SimulatorChannel(channel: channel)
    }

    func send(_ message: OutboundMessage) async throws(SendFailure) -> String {
        print("[\(channel.rawValue) to \(message.address)] \(message.body)")
        fflush(nil)
        return try await inner.send(message)
    }
}
