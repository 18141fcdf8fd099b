import BookingCore
import Channels
import Foundation
import Testing

/// What the poller handed over, in order.
typealias Inbox = Recorded<TelegramInbound>

@Suite("Telegram: polling and button taps")
struct TelegramPollerTests {
    static func poller(_ base: String, inbox: Inbox, lines: LogLines = LogLines(),
                       deliver: (@Sendable (TelegramInbound) async throws -> Void)? = nil) -> TelegramPoller {
        let bot = FakeTelegram.bot(base, logger: lines)
        let handler = TelegramUpdateHandler(bot: bot, logger: lines.logger) { item in
            if let deliver { try await deliver(item) }
            inbox.add(item)
        }
        return TelegramPoller(bot: bot, handler: handler, logger: lines.logger, sleep: { _ in })
    }

    @Test("each poll asks from the last update id + 1, with a long-poll timeout and the two update types")
    func offsetAdvances() async throws {
        let fake = FakeTelegram.make(), inbox = Inbox()
        fake.script("getUpdates", [FakeTelegram.updates(FakeTelegram.text(10, "yes"), FakeTelegram.text(11, "see you then")),
                                   FakeTelegram.updates(FakeTelegram.text(12, "thanks"))])
        let states = try await fake.serve { base in
            let poller = Self.poller(base, inbox: inbox)
            var state = TelegramPoller.State()
            var seen: [TelegramPoller.State] = []
            for _ in 0..<3 {
                _ = await poller.poll(&state)
                seen.append(state)
            }
            return seen
        }
        #expect(states.map(\.offset) == [12, 13, 13])
        let asked = fake.calls(to: "getUpdates").map(\.json)
        #expect(asked.map { ($0["offset"] as? NSNumber)?.int64Value } == [nil, 12, 13])
        #expect(asked.allSatisfy { ($0["timeout"] as? Int) == 25 && ($0["allowed_updates"] as? [String]) == ["message", "callback_query"] })
        #expect(inbox.all == [
            .message(InboundMessage(channel: .telegram, from: "5001", text: "yes", providerID: "10")),
            .message(InboundMessage(channel: .telegram, from: "5001", text: "see you then", providerID: "11")),
            .message(InboundMessage(channel: .telegram, from: "5001", text: "thanks", providerID: "12")),
        ])
    }

    @Test("a tapped button arrives as its payload with its title, is answered, and its keyboard is taken off")
    func callbackAnswered() async throws {
        let fake = FakeTelegram.make(), inbox = Inbox()
        fake.script("getUpdates", [FakeTelegram.updates(FakeTelegram.tap(40, data: "confirm"))])
        try await fake.serve { base in
            var state = TelegramPoller.State()
            _ = await Self.poller(base, inbox: inbox).poll(&state)
        }
        #expect(inbox.all == [.message(InboundMessage(channel: .telegram, from: "5001", text: "Yes, I'll be there", providerID: "40", button: "confirm"))])
        #expect(fake.calls(to: "answerCallbackQuery").map { $0.json["callback_query_id"] as? String } == ["4382bfdwdsb323b2d9"])
        let edit = try #require(fake.calls(to: "editMessageReplyMarkup").first?.json)
        #expect((edit["chat_id"] as? NSNumber)?.int64Value == 5001 && (edit["message_id"] as? NSNumber)?.int64Value == 900)
    }

    @Test("a tap is answered even when the engine could not take it, and the update is tried again")
    func callbackAnsweredOnFailure() async throws {
        struct Down: Error {}
        let fake = FakeTelegram.make(), inbox = Inbox()
        fake.script("getUpdates", [FakeTelegram.updates(FakeTelegram.tap(41, data: "cancel"))])
        let state = try await fake.serve { base in
            var state = TelegramPoller.State()
            let wait = await Self.poller(base, inbox: inbox, deliver: { _ in throw Down() }).poll(&state)
            #expect(wait == .seconds(1))
            return state
        }
        #expect(fake.calls(to: "answerCallbackQuery").count == 1)
        #expect(fake.calls(to: "editMessageReplyMarkup").isEmpty, "the buttons stay while the tap is not applied")
        #expect(state.offset == nil, "not confirmed: the next poll gets it again")
    }

    @Test("409 Conflict: one clear line per streak, and the backoff doubles; a 429 waits what Telegram says")
    func conflictAndBackoff() async throws {
        let fake = FakeTelegram.make(), inbox = Inbox(), lines = LogLines()
        let conflict = FakeTelegram.error(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running")
        fake.script("getUpdates", [conflict, conflict, FakeTelegram.error(500, "Internal Server Error"),
                                   FakeTelegram.updates(FakeTelegram.text(5, "hello")), conflict,
                                   FakeTelegram.error(429, "Too Many Requests: retry after 7", retryAfter: 7)])
        let waits = try await fake.serve { base in
            let poller = Self.poller(base, inbox: inbox, lines: lines)
            var state = TelegramPoller.State()
            var waits: [Duration?] = []
            for _ in 0..<6 { waits.append(await poller.poll(&state)) }
            return waits
        }
        #expect(waits == [.seconds(1), .seconds(2), .seconds(4), nil, .seconds(1), .seconds(7)])
        #expect(lines.all.filter { $0.contains(TelegramPoller.conflictAdvice) }.count == 2, "once for each of the two streaks")
        #expect(TelegramPoller.conflictAdvice.contains("another poller or a webhook is set for this bot; call deleteWebhook or stop the other process"))
        #expect(inbox.all.count == 1)
    }

    @Test("an update that keeps failing is skipped after five attempts so the rest can flow")
    func stuckUpdate() async throws {
        struct Broken: Error {}
        let fake = FakeTelegram.make(), inbox = Inbox(), lines = LogLines()
        let batch = FakeTelegram.updates(FakeTelegram.text(20, "poison"), FakeTelegram.text(21, "fine"))
        fake.script("getUpdates", Array(repeating: batch, count: 5))
        let offsets = try await fake.serve { base in
            let poller = Self.poller(base, inbox: inbox, lines: lines) { item in
                if case .message(let m) = item, m.text == "poison" { throw Broken() }
            }
            var state = TelegramPoller.State()
            var offsets: [Int64?] = []
            for _ in 0..<5 {
                _ = await poller.poll(&state)
                offsets.append(state.offset)
            }
            return offsets
        }
        #expect(offsets == [nil, nil, nil, nil, 22])
        #expect(inbox.all.count == 1, "the good update after it was delivered once")
        #expect(lines.all.contains { $0.contains("Telegram update 20 skipped after 5 attempts") })
    }

    @Test("run() keeps polling through a conflict until cancelled")
    func runLoop() async throws {
        let fake = FakeTelegram.make(), lines = LogLines()
        fake.script("getUpdates", [FakeTelegram.error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"),
                                   FakeTelegram.updates(FakeTelegram.text(77, "hello"))])
        let slept = Recorded<Duration>()
        try await fake.serve { base in
            let (stream, continuation) = AsyncStream<TelegramInbound>.makeStream()
            let bot = FakeTelegram.bot(base, logger: lines)
            let handler = TelegramUpdateHandler(bot: bot, logger: lines.logger) { continuation.yield($0) }
            let poller = TelegramPoller(bot: bot, handler: handler, logger: lines.logger, sleep: { slept.add($0) })
            let task = Task { await poller.run() }
            var iterator = stream.makeAsyncIterator()
            let first = await iterator.next()
            task.cancel()
            await task.value
            #expect(first == .message(InboundMessage(channel: .telegram, from: "5001", text: "hello", providerID: "77")))
        }
        #expect(slept.all == [.seconds(1)])
        #expect(lines.all.contains { $0.contains("Telegram: polling stopped") })
    }

    @Test("a process without the poller's lease asks no updates and stays well; once it holds the lease it polls")
    func standsBy() async throws {
        let fake = FakeTelegram.make(), lines = LogLines()
        fake.script("getUpdates", [FakeTelegram.updates(FakeTelegram.text(90, "hi"))])
        let rounds = Recorded<Int>(), asked = Recorded<Int>()
        try await fake.serve { base in
            let (stream, continuation) = AsyncStream<TelegramInbound>.makeStream()
            let bot = FakeTelegram.bot(base, logger: lines)
            let handler = TelegramUpdateHandler(bot: bot, logger: lines.logger) { continuation.yield($0) }
            let poller = TelegramPoller(bot: bot, handler: handler, logger: lines.logger, sleep: { _ in await Task.yield() })
            // Another process holds the lease for this poller's first three questions.
            let task = Task {
                await poller.run(afterEachRound: { rounds.add(1) }, mayPoll: {
                    // What Telegram was asked so far, each time the poller asks for the lease.
                    asked.add(fake.calls(to: "getUpdates").count)
                    return asked.all.count > 3
                })
            }
            var iterator = stream.makeAsyncIterator()
            let first = await iterator.next()
            task.cancel()
            await task.value
            #expect(first == .message(InboundMessage(channel: .telegram, from: "5001", text: "hi", providerID: "90")))
        }
        #expect(rounds.all.count >= 3, "standing by counts as well for /healthz")
        #expect(Array(asked.all.prefix(4)) == [0, 0, 0, 0], "no getUpdates while another process held the lease")
        #expect(fake.calls(to: "getUpdates").count >= 1, "it polls once it holds the lease")
    }
}

@Suite("Telegram: reading updates")
struct TelegramInboundTests {
    static func decode(_ json: String) throws -> TelegramUpdate { try JSONDecoder().decode(TelegramUpdate.self, from: Data(json.utf8)) }

    @Test("/start with a code, a bare /start, and /start@bot are start commands; other text is a message")
    func start() throws {
        #expect(TelegramInbound(try Self.decode(FakeTelegram.text(1, "/start Ab3dE9", language: "ru")))
                == .start(TelegramStart(chat: "5001", code: "Ab3dE9", providerID: "1", languageCode: "ru")))
        #expect(TelegramInbound(try Self.decode(FakeTelegram.text(2, "/start"))) == .start(TelegramStart(chat: "5001", code: nil, providerID: "2", languageCode: "en")))
        #expect(TelegramInbound(try Self.decode(FakeTelegram.text(3, "/start@soho_wellness_bot XyZ"))).flatMap { if case .start(let s) = $0 { s.code } else { nil } } == "XyZ")
        #expect(TelegramInbound(try Self.decode(FakeTelegram.text(4, "/started it"))) == .message(InboundMessage(channel: .telegram, from: "5001", text: "/started it", providerID: "4")))
    }

    @Test("a photo's caption is the text; a voice note is put on record; a sticker is ignored")
    func media() throws {
        let photo = #"{"update_id":5,"message":{"message_id":1,"chat":{"id":7,"type":"private"},"date":0,"photo":[{"file_id":"a"}],"caption":"is this ok?"}}"#
        let voice = #"{"update_id":6,"message":{"message_id":2,"chat":{"id":7,"type":"private"},"date":0,"voice":{"file_id":"b","duration":3}}}"#
        let sticker = #"{"update_id":7,"message":{"message_id":3,"chat":{"id":7,"type":"private"},"date":0,"sticker":{"file_id":"c"}}}"#
        let joined = #"{"update_id":8,"my_chat_member":{"chat":{"id":7}}}"#
        #expect(TelegramInbound(try Self.decode(photo)) == .message(InboundMessage(channel: .telegram, from: "7", text: "is this ok?", providerID: "5")))
        #expect(TelegramInbound(try Self.decode(voice)) == .message(InboundMessage(channel: .telegram, from: "7", text: "[voice]", providerID: "6")))
        #expect(TelegramInbound(try Self.decode(sticker)) == nil)
        #expect(TelegramInbound(try Self.decode(joined)) == nil)
    }

    @Test("a tap on a message without its keyboard reads the payload as the text")
    func tapWithoutKeyboard() throws {
        let tap = #"{"update_id":9,"callback_query":{"id":"q1","from":{"id":5001,"is_bot":false,"first_name":"Oleg"},"chat_instance":"1","data":"slot:2"}}"#
        #expect(TelegramInbound(try Self.decode(tap)) == .message(InboundMessage(channel: .telegram, from: "5001", text: "slot:2", providerID: "9", button: "slot:2")))
    }
}
