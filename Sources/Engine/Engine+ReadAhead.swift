import BookingCore
import Conversation
import Foundation
import Store
import Synchronization

/// A client's reply read and decided on a read snapshot beside the writer.
///
/// On an embedded database the events' shared transaction is the one writer, and finding the sender, loading the thread
/// and context, reading the reply and deciding were about half of its time while the other core stayed partly idle. A
/// reply is therefore decided first on a reader; in the shared transaction only what that decision rests on is read
/// again, and it is applied as it stands when none of it moved: the catalogue's version, the client, the thread's saved
/// state, the client's visits and credit, and the book's version when slot search looked at it. Anything that moved
/// (another message of theirs, a visit changed on the dashboard, a slot taken) and the event is decided again inside,
/// as before. Decisions that hand the client to a person are always made inside: they quote the latest messages.
struct ReadAhead: Sendable {
    var catalogueVersion: Int
    var party: Party
    var client: Client
    /// The thread's saved state as read (nil: no thread yet).
    var savedState: String?
    var decided: Decided

    /// Whether the decision still holds in the writer's transaction, which has found `resolution` and `savedState`.
    func holds(_ tx: any StoreTransaction, catalogue: CatalogueCache.Catalogue, resolution: Engine.Resolution,
               savedState: String?) throws -> Bool {
        guard catalogue.version == catalogueVersion, resolution.party == party, resolution.client == client,
              savedState == self.savedState else { return false }
        guard try tx.appointments(of: client.id) == decided.context.appointments,
              try tx.creditBalances(client.id) == decided.context.credit else { return false }
        if let version = decided.bookVersion, try tx.bookVersion() != version { return false }
        return true
    }
}

/// What an event came to: the event built on its thread and context, and the decision.
struct Decided: Sendable {
    var event: ConversationEvent
    var context: ConversationContext
    var decision: Decision
    /// The book's version slot search saw, when it looked.
    var bookVersion: BookVersion?

    var handsOver: Bool { decision.effects.contains { if case .escalate = $0 { true } else { false } } }
}

/// How often replies were decided beside the writer, and how often that decision had to be made again inside.
struct ReadAheadCount: Sendable, Equatable {
    var kept = 0
    var redone = 0
}

/// The engine's running `ReadAheadCount`, counted from inside the writer's transaction.
final class ReadAheadCounter: Sendable {
    private let count = Mutex(ReadAheadCount())

    var now: ReadAheadCount { count.withLock { $0 } }

    func add(kept: Bool) { count.withLock { kept ? ($0.kept += 1) : ($0.redone += 1) } }
}

extension Engine {
    /// The book a decision may search: in the writer, the kept book brought up to date (or built again); on a reader, only
    /// a kept book that can be brought forward, so a read never sets aside the writer's newer one.
    enum BookSource {
        case writer
        case reader
    }

    /// Builds the event for `resolution` on its thread and context, and decides it. Nil only on a reader that cannot use
    /// the kept book.
    static func decide(_ tx: any StoreTransaction, resolution: Resolution, savedState: String?, business: CatalogueCache.Catalogue,
                       config: EngineConfiguration, catalogue: CatalogueCache, books: BookCache, book source: BookSource,
                       now: Date) throws -> Decided? {
        let party = resolution.party
        let state = try savedState.map { try JSONDecoder().decode(ConversationState.self, from: Data($0.utf8)) }
            ?? ConversationState(party: party)
        // A staff thread's reply is about the appointment its open question asks about.
        var focus = resolution.focus
        if focus == nil, case .staff = party { focus = state.openQuestions(at: now).first?.appointmentID }
        let loader = ContextLoader(tx: tx, config: config, now: now, cache: catalogue, known: business, books: books)
        // A reply is about its open question's slot or visit; other events say where they happen.
        var location = resolution.location
        if location == nil, let q = state.openQuestions(at: now).first {
            location = try q.options.first?.locationID ?? q.appointmentID.flatMap { try tx.appointment($0)?.locationID }
        }
        guard var context = try loader.context(for: party, focus: focus, knownClient: resolution.client, location: location) else {
            throw StoreError.notFound(kind: "location", id: "any")
        }
        let event = resolution.event(state, context)
        var bookVersion: BookVersion?
        // The location's book is loaded only when the event may search or check free slots.
        if needsBook(event, state: state, now: now) {
            switch source {
            case .writer:
                context.book = try loader.book()
            case .reader:
                guard let kept = try books.kept(tx, catalogue: business, now: now) else { return nil }
                (context.book, bookVersion) = (kept.book, kept.version)
            }
        }
        return Decided(event: event, context: context, decision: Conversation.decide(state, event, context, now: now),
                       bookVersion: bookVersion)
    }

    /// Reads and decides a client's reply on a read snapshot; nil when it is better decided inside the writer (a staff
    /// member's message, a redelivery, an unknown sender, a hand-over to a person, no kept book).
    static func readAhead(_ tx: any StoreTransaction, key: String, now: Date, config: EngineConfiguration, catalogue: CatalogueCache,
                          books: BookCache, resolve: (any StoreTransaction, CatalogueCache.Catalogue) throws -> Resolution?) throws -> ReadAhead? {
        guard try !tx.isProcessed(key) else { return nil }
        let business = try catalogue.catalogue(tx)
        guard let resolution = try resolve(tx, business), case .client = resolution.party, resolution.sender == resolution.party,
              let client = resolution.client else { return nil }
        let savedState = try tx.thread(resolution.party.key)
        guard let decided = try decide(tx, resolution: resolution, savedState: savedState, business: business, config: config,
                                       catalogue: catalogue, books: books, book: .reader, now: now), !decided.handsOver else { return nil }
        return ReadAhead(catalogueVersion: business.version, party: resolution.party, client: client, savedState: savedState,
                         decided: decided)
    }

    /// Runs `body` in the sender's lane: after every earlier message from the same address is applied.
    func inLane<T: Sendable>(_ lane: String, _ body: () async throws -> T) async throws -> T {
        if !lanes.take(lane) {
            await withCheckedContinuation { lanes.queue(lane, $0) }
        }
        defer { lanes.leave(lane)?.resume() }
        return try await body()
    }
}
