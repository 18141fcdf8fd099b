import Foundation
import Synchronization

/// The long-running loops (engine, pollers) say they are alive here; `/healthz` fails when one has gone quiet.
public final class Heartbeats: Sendable {
    private struct Beat {
        var last: ContinuousClock.Instant
        var every: Duration
    }

    private let beats = Mutex<[String: Beat]>([:])

    public init() {}

    /// A loop that beats at least every `every`; it counts as alive from now.
    public func register(_ name: String, every: Duration) {
        beats.withLock { $0[name] = Beat(last: .now, every: every) }
    }

    /// The loop is alive.
    public func beat(_ name: String) {
        beats.withLock { $0[name]?.last = .now }
    }

    /// Loops silent for more than three of their periods, with how long, e.g. `telegram poller (silent 95 s)`.
    public func silent(now: ContinuousClock.Instant = .now) -> [String] {
        beats.withLock { beats in
            beats.filter { now - $0.value.last > $0.value.every * 3 }.keys.sorted().map { name in
                "\(name) (silent \(Int((now - beats[name]!.last).components.seconds)) s)"
            }
        }
    }
}
