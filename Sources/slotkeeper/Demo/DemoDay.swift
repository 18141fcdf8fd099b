import BookingCore
import Channels
import Conversation
import Dialogs
import Engine
import Foundation
import Intents
import Store
import Synchronization

extension DemoSpa {
    static let zone = TimeZone(identifier: "Europe/London")!
}

/// A whole day at the demo spa in fast-forward: the engine runs on a simulated clock, simulated clients
/// answer in their languages, simulated staff mark arrivals and answer escalations. Prints as it goes.
struct DemoDay {
    let store: any BookingStore
    let matcher: ReplyMatcher
    let dialogs: DialogCatalogue
    let day: DateInterval
    let clients: [ClientID: Client]
    let staff: [StaffID: StaffMember]
    let out: @Sendable (String) -> Void

    /// What the simulated people will do, keyed by time.
    final class Agenda: Sendable {
        let queue = Mutex<[(at: Date, action: DemoScript.Action)]>([])
        func add(_ at: Date, _ action: DemoScript.Action) { queue.withLock { $0.append((at, action)) } }
        func next() -> Date? { queue.withLock { $0.map(\.at).min() } }
        func take(until now: Date) -> [DemoScript.Action] {
            queue.withLock { q in
                let due = q.enumerated().filter { $0.element.at <= now }.sorted { $0.element.at < $1.element.at }
                let indices = Set(due.map(\.offset))
                q = q.enumerated().filter { !indices.contains($0.offset) }.map(\.element)
                return due.map(\.element.action)
            }
        }
    }

    func run() async throws {
        let clock = SimulatedClock(day.start)
        var senders: [Channel: any ChannelSender] = [:]
        for ch in [Channel.sms, .whatsapp, .telegram, .email] { senders[ch] = SimulatorChannel(channel: ch) }
        let engine = Engine(store: store, matcher: matcher, dialogs: dialogs, clock: clock,
                            config: EngineConfiguration(businessName: "Willow & Stone", depositLinkTemplate: "https://pay.willowandstone.example/{appointment}",
                                                        bookingLink: "willowandstone.example/book",
                                                        // One send at a time: the day prints the same way every run.
                                                        sendConcurrency: 1),
                            senders: senders)
        let agenda = Agenda()
        let book = try await store.appointments(at: DemoSpa.locationID, from: day.start, to: day.start.addingTimeInterval(8 * 86_400))
        // Every visit of the week gets its reminders, attendance check and follow-up scheduled.
        for a in book where a.status.isUpcoming {
            try await engine.bookingChanged(.booked(a.id), client: a.clientID, key: "demo-booked:\(a.id)")
        }
        let remindedToday = book.filter {
            let r = $0.start.addingTimeInterval(-48 * 3600)
            return day.contains(r) && $0.status.isUpcoming
        }
        let script = DemoScript(book: book, clients: clients, day: day, remindedToday: remindedToday)
        var rng = SplitMix64(seed: 7)
        let yesChance = Mutex(rng)
        _ = rng.next()

        // Staff mark everyone arrived as they come in, except the one who never shows.
        for a in book where day.contains(a.start) && a.status.isUpcoming && a.id != script.noShow?.id && a.id != script.lateCancel?.id {
            agenda.add(a.start.addingTimeInterval(120), .arrived(a.id, by: a.staffID))
        }
        if let a = script.runningLate, let c = clients[a.clientID], let (ch, addr) = Self.address(c) {
            agenda.add(a.start.addingTimeInterval(-20 * 60), .reply(channel: ch, address: addr, text: DemoScript.late[c.locale] ?? DemoScript.late["en"]!))
        }

        let names = Dictionary(uniqueKeysWithValues: clients.values.flatMap { c in c.addresses.map { ("\($0.key.rawValue):\($0.value)", c.fullName) } }
            + staff.values.compactMap { s in s.escalationChannel.flatMap { ch in s.escalationAddress.map { ("\(ch.rawValue):\($0)", "\(s.name) (staff)") } } })
        let byAddress = Dictionary(uniqueKeysWithValues: clients.values.flatMap { c in c.addresses.map { ("\($0.key.rawValue):\($0.value)", c) } })
        let staffByAddress = Dictionary(uniqueKeysWithValues: staff.values.compactMap { s in
            s.escalationChannel.flatMap { ch in s.escalationAddress.map { ("\(ch.rawValue):\($0)", s) } }
        })
        let out = self.out
        let zone = DemoSpa.zone
        let lateCancelClient = script.lateCancel?.clientID
        let noShowName = script.noShow.flatMap { clients[$0.clientID]?.fullName }

        await engine.setObserver { note in
            switch note {
            case .sent(let m, let name, let at):
                let who = names["\(m.channel.rawValue):\(m.address)"] ?? m.address
                out("\(Self.clock(at))  -> \(who) [\(m.channel.rawValue)]: \(Self.oneLine(m.body, limit: 170))")
                // The simulated person answers.
                let key = "\(m.channel.rawValue):\(m.address)"
                if let s = staffByAddress[key] {
                    if name == MessageName.staffEscalation.rawValue || name == MessageName.staffEscalationGeneral.rawValue {
                        agenda.add(at.addingTimeInterval(8 * 60), .reply(channel: m.channel, address: m.address,
                                                                           text: "Yes, there's a car park on Bethnal Green Road, two minutes' walk. See you soon!"))
                    } else if name == MessageName.staffNoShowCheck.rawValue {
                        // Only the scripted no-show stayed away; anyone else asked about did come.
                        let missing = noShowName.map { m.body.contains($0) } ?? false
                        agenda.add(at.addingTimeInterval(5 * 60), .reply(channel: m.channel, address: m.address, text: missing ? "No, didn't come" : "Yes"))
                    }
                    _ = s
                    return
                }
                guard let c = byAddress[key] else { return }
                let reply: (TimeInterval, String)? = switch name {
                case MessageName.reminderConfirm.rawValue where c.id == script.askQuestion: (6 * 60, "Is there parking nearby?")
                case MessageName.reminderConfirm.rawValue where c.id == script.reschedule: (4 * 60, "Can we do Thursday at 4 instead?")
                case MessageName.reminderConfirm.rawValue where c.id == script.optOut: (2 * 60, "STOP")
                case MessageName.reminderConfirm.rawValue where c.id == lateCancelClient && at > day.start.addingTimeInterval(3600):
                    (10 * 60, DemoScript.cantCome[c.locale] ?? DemoScript.cantCome["en"]!)
                case MessageName.reminderConfirm.rawValue:
                    yesChance.withLock { r -> (TimeInterval, String)? in
                        guard r.next(below: 100) < 70 else { return nil }
                        let options = DemoScript.yes[c.locale] ?? DemoScript.yes["en"]!
                        return (Double(2 + r.next(below: 40)) * 60, options[r.next(below: options.count)])
                    }
                case MessageName.rescheduleOptions.rawValue, MessageName.rescheduleNearest.rawValue: (3 * 60, "2")
                case MessageName.waitlistOffer.rawValue, MessageName.waitlistOfferList.rawValue:
                    (5 * 60, DemoScript.takeIt[c.locale] ?? DemoScript.takeIt["en"]!)
                case MessageName.winBackNoShow.rawValue, MessageName.winBackCancel.rawValue: (25 * 60, "1")
                default: nil
                }
                if let reply { agenda.add(at.addingTimeInterval(reply.0), .reply(channel: m.channel, address: m.address, text: reply.1)) }
            case .decided(let party, .inbound(let r), _, let at):
                let who: String = switch party {
                case .client(let id): clients[id]?.fullName ?? id.rawValue
                case .staff(let id): "\(staff[id]?.name ?? id.rawValue) (staff)"
                }
                let u = r.understanding
                var reading = "\(u.intent.rawValue) \(String(format: "%.2f", u.confidence))"
                if let t = u.time { reading += ", \(LocalDateTime(t.start, in: zone))" }
                if let c = u.choice { reading += ", option \(c)" }
                out("\(Self.clock(at))  <- \(who): \(r.text)   (read as \(reading))")
            case .decided(_, .staff(.answer(_, let text, let by)), _, let at):
                out("\(Self.clock(at))     \(staff[by]?.name ?? by.rawValue) answers the escalation: \(text)")
            case .decided(let party, .timer(.attendanceCheckLapsed), let d, let at) where !d.changes.isEmpty:
                out("\(Self.clock(at))     no answer from \(party) about attendance; marked a no-show")
            case .offered(let slot, let to, let at):
                let people = to.compactMap { clients[$0]?.fullName }.joined(separator: ", ")
                out("\(Self.clock(at))     waitlist: the freed \(LocalDateTime(slot.start, in: zone).time) slot is offered to \(people)")
            case .sendFailed(let m, let error, let retry, let at):
                out("\(Self.clock(at))     ! \(m.channel.rawValue) to \(m.address) failed: \(error)\(retry ? ", will retry" : "")")
            default:
                break
            }
        }

        // The day: whatever is due next, a job, a message or a simulated person, happens next.
        while true {
            let next = [try await engine.nextDue(), agenda.next()].compactMap { $0 }.min()
            guard let next, next <= day.end else { break }
            clock.advance(to: next)
            for action in agenda.take(until: clock.now()) {
                switch action {
                case .reply(let channel, let address, let text):
                    try await engine.receive(channel: channel, from: address, text: text, providerID: "demo-\(UUID().uuidString)")
                case .arrived(let id, let by):
                    try? await engine.staffAction(.arrived(id, by: by), key: "demo-arrived:\(id)")
                }
            }
            try await engine.settle()
        }
    }

    static func address(_ c: Client) -> (Channel, String)? {
        c.reachableChannels.first.flatMap { ch in c.addresses[ch].map { (ch, $0) } }
    }

    static func clock(_ d: Date) -> String { LocalDateTime(d, in: DemoSpa.zone).time.description }

    static func oneLine(_ s: String, limit: Int) -> String {
        let flat = s.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " / ")
        return flat.count > limit ? String(flat.prefix(limit - 3)) + "..." : flat
    }
}
