import BookingCore
import Foundation

/// How many more messages each channel may take within the second before a moment. A provider's limit is a rate (Twilio's
/// messages a second, Telegram's and WhatsApp's), and the dispatcher's rounds run back to back while messages keep coming
/// due: counted a round at a time, a busy minute sent a round's limit every few milliseconds.
struct ChannelPace {
    var limits: [Channel: Int]
    /// When each channel's recent messages were taken, oldest first; none older than a second is kept.
    private var taken: [Channel: [Date]] = [:]

    /// A channel with no limit set takes ten a second.
    static let defaultLimit = 10

    init(limits: [Channel: Int]) {
        self.limits = limits
    }

    /// How many more `channel` may take at `now`: its limit, less those taken in the second up to `now`. Times after `now`
    /// (a clock set back) do not count.
    func room(_ channel: Channel, at now: Date) -> Int {
        let limit = limits[channel, default: Self.defaultLimit]
        let recent = taken[channel, default: []].count { $0 <= now && now.timeIntervalSince($0) < 1 }
        return max(0, limit - recent)
    }

    /// Notes a message taken by `channel` at `now`.
    mutating func take(_ channel: Channel, at now: Date) {
        var times = taken[channel, default: []]
        times.removeAll { $0 > now || now.timeIntervalSince($0) >= 1 }
        times.append(now)
        taken[channel] = times
    }
}
