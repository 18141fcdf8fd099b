/// One lane a sender: messages from the same address are applied in the order they came in, one after the other.
///
/// Replies are read and decided beside the writer, on readers that run side by side, so without a lane a client's
/// "2" and the "no wait, 3" right after it could reach the shared transaction the wrong way round. Messages from
/// different senders don't wait for each other.
struct SenderLanes {
    /// For each lane in use, the messages waiting for it, first come first.
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]

    /// How many messages wait for a lane held by an earlier message of the same sender.
    var waitingCount: Int { waiting.values.reduce(0) { $0 + $1.count } }

    /// Takes the lane now when it is free (true); otherwise the caller waits with `queue`.
    mutating func take(_ lane: String) -> Bool {
        guard waiting[lane] == nil else { return false }
        waiting[lane] = []
        return true
    }

    /// Waits behind the messages already in the lane; `leave` of the one before hands it over.
    mutating func queue(_ lane: String, _ continuation: CheckedContinuation<Void, Never>) {
        waiting[lane, default: []].append(continuation)
    }

    /// Gives the lane to the next message waiting for it (returned, to be resumed), or frees it.
    mutating func leave(_ lane: String) -> CheckedContinuation<Void, Never>? {
        guard var queue = waiting[lane], !queue.isEmpty else {
            waiting[lane] = nil
            return nil
        }
        let next = queue.removeFirst()
        waiting[lane] = queue
        return next
    }
}
