import Foundation

/// Who on the waitlist is offered a freed slot first. Pure: the engine gathers each candidate's facts, this orders them.
public enum WaitlistRanking {
    /// The order a business chooses.
    public enum Order: String, Hashable, Sendable, Codable, CaseIterable {
        /// The best fit for the slot first (asked for that exact service and staff member), then the most flexible, then the
        /// best attendance record, then who waited longest.
        case fit
        /// Strictly who joined the waitlist first.
        case waitingSince
        /// The best attendance record first, then who waited longest.
        case tier
        /// The most loyal first (visits attended), then who waited longest.
        case value
    }

    /// What ranking needs to know of one waitlisted client.
    public struct Candidate: Hashable, Sendable {
        public var id: String
        /// How well the slot fits what they asked for: 0 is exact, higher is looser.
        public var fit: Int
        /// How flexible they said they are (lower ranks earlier).
        public var flexibility: Int
        /// Their no-show score (lower is better).
        public var missScore: Double
        /// Visits they came to.
        public var visitsAttended: Int
        public var waitingSince: Date

        public init(id: String, fit: Int, flexibility: Int, missScore: Double, visitsAttended: Int, waitingSince: Date) {
            self.id = id
            self.fit = fit
            self.flexibility = flexibility
            self.missScore = missScore
            self.visitsAttended = visitsAttended
            self.waitingSince = waitingSince
        }
    }

    /// `candidates` in the order they are offered the slot (ties keep the waitlist's order).
    public static func ordered(_ candidates: [Candidate], by order: Order) -> [Candidate] {
        let indexed = Array(candidates.enumerated())
        return indexed.sorted { a, b in
            let (x, y) = (a.element, b.element)
            let first: Bool? = switch order {
            case .fit: less((x.fit, x.flexibility, x.missScore), (y.fit, y.flexibility, y.missScore))
            case .waitingSince: nil
            case .tier: x.missScore == y.missScore ? nil : x.missScore < y.missScore
            case .value: x.visitsAttended == y.visitsAttended ? nil : x.visitsAttended > y.visitsAttended
            }
            if let first { return first }
            if x.waitingSince != y.waitingSince { return x.waitingSince < y.waitingSince }
            return a.offset < b.offset
        }.map(\.element)
    }

    private static func less(_ a: (Int, Int, Double), _ b: (Int, Int, Double)) -> Bool? {
        a == b ? nil : a < b
    }
}
