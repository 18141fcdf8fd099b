import Store

/// Events that arrive together share one commit. On an embedded database the engine's events are applied one at a time,
/// and each one's BEGIN, COMMIT and page writes were a large part of its cost; here every event that comes in while
/// one transaction runs waits for the next, and all of them go in together, each in a savepoint of its own: one that fails
/// leaves nothing behind and is retried or reported alone, the others commit at once. No caller hears back before its
/// event is durable, so a webhook is still answered only once what it did is kept.
actor GroupCommit {
    /// More events than this wait for the next commit, so that one commit's wait stays short.
    static let largestBatch = 64

    private let store: any BookingStore
    /// Called when a whole transaction failed: what was read inside it may have seen writes that are now gone.
    private let failed: @Sendable () -> Void
    private var waiting: [Waiting] = []
    private var draining = false

    private struct Waiting {
        var body: (any StoreTransaction) throws -> Void
        var finish: ((any Error)?) -> Void
    }

    /// A result handed from the transaction's thread back to the event's caller (both on this actor).
    private final class Outcome<T> {
        var value: T?
    }

    init(store: any BookingStore, failed: @escaping @Sendable () -> Void) {
        self.store = store
        self.failed = failed
    }

    /// Runs `work` in the next shared transaction and returns what it returned once that transaction has committed.
    func run<T: Sendable>(_ work: @escaping @Sendable (any StoreTransaction) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let outcome = Outcome<T>()
            waiting.append(Waiting(body: { tx in outcome.value = try work(tx) }, finish: { error in
                if let error {
                    continuation.resume(throwing: error)
                } else if let value = outcome.value {
                    continuation.resume(returning: value)
                } else {
                    continuation.resume(throwing: StoreError.unusableDatabase("an event's transaction ended without a result"))
                }
            }))
            if !draining {
                draining = true
                // Runs after the calls already queued on this actor, so the events that came in meanwhile join the batch.
                Task { self.drain() }
            }
        }
    }

    private func drain() {
        while !waiting.isEmpty {
            let batch = Array(waiting.prefix(Self.largestBatch))
            waiting.removeFirst(batch.count)
            do {
                let errors = try store.transactionNow(each: batch.map(\.body))
                for (event, error) in zip(batch, errors) { event.finish(error) }
            } catch {
                failed()
                for event in batch { event.finish(error) }
            }
        }
        draining = false
    }
}
