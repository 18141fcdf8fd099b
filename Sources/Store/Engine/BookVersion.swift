import Foundation

/// Where the book stands: `seq` moves with every change to an appointment's place in it, `reset` with every deletion.
public struct BookVersion: Hashable, Sendable {
    public var seq: Int64
    public var reset: Int64

    public init(seq: Int64, reset: Int64) {
        self.seq = seq
        self.reset = reset
    }
}
