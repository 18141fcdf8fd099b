import ArgumentParser
import BookingCore
import Channels
import Dialogs
import Engine
import Foundation
import Hummingbird
import Intents
import Logging
import Server
import Store

/// `slotkeeper serve`: the HTTP server (provider webhooks, /healthz) and the engine (jobs, outbox) in one process.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the HTTP server and the engine: provider webhooks in, reminders and replies out.",
        discussion: """
            Settings come from options, else the environment: SLOTKEEPER_PORT, SLOTKEEPER_DATABASE_URL, SLOTKEEPER_PUBLIC_URL \
            (the URL providers call; signatures are computed over it), SLOTKEEPER_TWILIO_AUTH_TOKEN (turns the SMS webhooks on), SLOTKEEPER_STRIPE_WEBHOOK_SECRET (turns /webhooks/stripe on). \
            Stops gracefully on SIGTERM or SIGINT.
            """)

    @OptionGroup var db: DatabaseOptions

    @Option(help: "The port to listen on (default 8080, or SLOTKEEPER_PORT).")
    var port: Int?

    @Option(help: "The address to bind.")
    var host = "127.0.0.1"

    @Flag(help: "Keep outgoing messages on the built-in simulator and print them, instead of sending them (no real channel adapters are in this build yet).")
    var simulate = false

    func run() async throws {
        let env = ProcessInfo.processInfo.environment
        let port = try self.port ?? env["SLOTKEEPER_PORT"].map { text -> Int in
            guard let p = Int(text), (1...65535).contains(p) else {
                throw ValidationError("SLOTKEEPER_PORT: \"\(text)\" is not a port number; use 1-65535, e.g. 8080")
            }
            return p
        } ?? 8080
        let token = env["SLOTKEEPER_TWILIO_AUTH_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        let publicURL = env["SLOTKEEPER_PUBLIC_URL"] ?? "http://\(host):\(port)"
        if token != nil {
            guard let url = URL(string: publicURL), url.scheme == "https" || url.scheme == "http", url.host != nil else {
                throw ValidationError("SLOTKEEPER_PUBLIC_URL: \"\(publicURL)\" is not an http(s) URL; set it to the address the SMS provider calls, e.g. https://spa.example.com")
            }
            if env["SLOTKEEPER_PUBLIC_URL"] == nil {
                throw ValidationError("SLOTKEEPER_PUBLIC_URL: needed with SLOTKEEPER_TWILIO_AUTH_TOKEN, because signatures are computed over the URL the provider calls (e.g. https://spa.example.com)")
            }
        }
        let store = try db.open()
        let matcher: ReplyMatcher, dialogs: DialogCatalogue
        do {
            matcher = ReplyMatcher(catalogue: try IntentCatalogue.load(directory: try IntentCatalogue.locate()))
            dialogs = try DialogCatalogue.load(directory: try DialogCatalogue.locate())
        } catch {
            throw CommandFailure("\(error)")
        }
        var logger = Logger(label: "slotkeeper")
        logger.logLevel = .info
        var senders: [Channel: any ChannelSender] = [:]
        if simulate {
            for ch in [Channel.sms, .whatsapp, .telegram, .email] { senders[ch] = PrintingSimulator(channel: ch) }
        } else {
            logger.warning("no outgoing channel adapters are in this build yet: outgoing messages stay in the outbox (use --simulate to print them)")
        }
        let engine = Engine(store: store, matcher: matcher, dialogs: dialogs, clock: SystemClock(),
                            config: EngineConfiguration(businessName: nil), senders: senders)
        let stripe = env["SLOTKEEPER_STRIPE_WEBHOOK_SECRET"].flatMap { $0.isEmpty ? nil : $0 }
        let router = buildRouter(engine: engine, store: store,
                                 configuration: ServerConfiguration(publicURL: publicURL, twilioAuthToken: token, stripeWebhookSecret: stripe))
        let app = Application(router: router, configuration: .init(address: .hostname(host, port: port), serverName: "SlotKeeper"),
                              services: [EngineLoop(engine: engine, logger: logger)], logger: logger)
        logger.info("SlotKeeper on http://\(host):\(port) with \(store.path); SMS webhooks \(token == nil ? "off (set SLOTKEEPER_TWILIO_AUTH_TOKEN)" : "on at \(publicURL)/webhooks/sms")")
        try await app.runService()
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
        return try await inner.send(message)
    }
}
