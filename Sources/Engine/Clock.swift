import Foundation
import Synchronization

/// The one source of "now" for the engine, injected so tests and the demo can run a day in seconds.
public protocol EngineClock: Sendable {
    func now() -> Date
}

/// The wall clock.
public struct SystemClock: EngineClock {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock that moves only when told: `advance(to:)` or `advance(by:)`.
public final class SimulatedClock: EngineClock {
    private let current: Mutex<Date>

    public init(_ start: Date) { current = Mutex(start) }

    public func now() -> Date { current.withLock { $0 } }

    public func advance(to date: Date) { current.withLock { $0 = max($0, date) } }

    public func advance(by seconds: TimeInterval) { current.withLock { $0 = $0.addingTimeInterval(seconds) } }
}
