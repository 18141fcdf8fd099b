import Foundation
import Synchronization

/// The long-running loops (engine, pollers) say they are alive here; `/healthz` fails when one has gone quiet.
public final class Heartbeats: Sendable {
    private struct Beat {
        var last: ContinuousClock.Instant
        var every: Duration
    }

    private let beats = Mutex<[String: Beat]>([:])
    private let now: @Sendable () -> ContinuousClock.Instant

    /// `now` is the clock (a test moves its own).
    public init(now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }) { self.now = now }

    /// A loop that beats at least every `every`; it counts as alive from now.
    public func register(_ name: String, every: Duration) {
        let t = now()
        beats.withLock { $0[name] = Beat(last: t, every: every) }
    }

    /// The loop is alive.
    public func beat(_ name: String) {
        let t = now()
        beats.withLock { $0[name]?.last = t }
    }

    /// Loops silent for more than three of their periods, with how long, e.g. `telegram poller (silent 95 s)`.
    public func silent() -> [String] {
        let now = self.now()
        return beats.withLock { beats in
            beats.filter { now - $0.value.last > $0.value.every * 3 }.keys.sorted().map { name in
                "\(name) (silent \(Int((now - beats[name]!.last).components.seconds)) s)"
            }
        }
    }
}
