import BookingCore
import Foundation
import Store
import Testing

/// Due jobs are claimed by one process at a time: processes claiming at once take different jobs, and a job whose
/// process died (its claim ran out, the job still pending) is claimed again.
@Suite("Job claims")
struct JobClaimTests {
    static let t0 = TestStore.at("2026-11-23T10:00")
    static func at(_ seconds: Double) -> Date { t0.addingTimeInterval(seconds) }

    static func schedule(_ count: Int, in store: any BookingStore) async throws {
        try await store.transaction { tx in
            for i in 0..<count {
                try tx.schedule(party: "client:c\(i)", due: at(Double(i)), payload: #"{"job":\#(i)}"#, appointment: nil, at: at(0))
            }
        }
    }

    @Test("twelve processes claiming 40 due jobs at once: each job claimed by exactly one, soonest first")
    func claimedOnce() async throws {
        let store = try await TestStore.make(seeded: false).store
        try await Self.schedule(40, in: store)
        let claims = try await withThrowingTaskGroup(of: [StoredJob].self) { group in
            for _ in 0..<12 {
                group.addTask { try await store.claimDueJobs(until: Self.at(100), limit: 5, claimUntil: Self.at(400)) }
            }
            return try await group.reduce(into: [[StoredJob]]()) { $0.append($1) }
        }
        let ids = claims.flatMap { $0.map(\.id) }
        #expect(ids.count == 40 && Set(ids).count == 40, "every job once: \(ids.count) claims of \(Set(ids).count) jobs")
        for claim in claims {
            #expect(claim.map(\.due) == claim.map(\.due).sorted(), "each claim soonest first")
        }
        #expect(try await store.claimDueJobs(until: Self.at(100), limit: 50, claimUntil: Self.at(400)).isEmpty, "nothing left to claim")
    }

    @Test("a claimed job is left alone until its claim runs out, then claimed again; a retried job is free at its new time; a finished one never runs again")
    func claimRunsOut() async throws {
        let store = try await TestStore.make(seeded: false).store
        try await Self.schedule(3, in: store)
        let first = try await store.claimDueJobs(until: Self.at(10), limit: 10, claimUntil: Self.at(300))
        #expect(first.map(\.payload) == [#"{"job":0}"#, #"{"job":1}"#, #"{"job":2}"#])
        #expect(try await store.claimDueJobs(until: Self.at(60), limit: 10, claimUntil: Self.at(360)).isEmpty, "held by the first claimer")
        #expect(try await store.nextJobDue() == Self.at(300), "the jobs may run again when the claim runs out")

        // The claimer finishes one, retries one, and dies holding the third.
        try await store.transaction { tx in
            try tx.finishJob(first[0].id)
            try tx.retryJob(first[1].id, next: Self.at(120), giveUp: false)
        }
        #expect(try await store.nextJobDue() == Self.at(120))
        let retried = try await store.claimDueJobs(until: Self.at(130), limit: 10, claimUntil: Self.at(430))
        #expect(retried.map(\.id) == [first[1].id] && retried.first?.attempts == 1, "the retry is free at its new time, for anyone")
        let orphaned = try await store.claimDueJobs(until: Self.at(301), limit: 10, claimUntil: Self.at(601))
        #expect(orphaned.map(\.id) == [first[2].id], "the dead claimer's job is claimed again once its claim runs out")
        #expect(try await store.claimDueJobs(until: Self.at(10_000), limit: 10, claimUntil: Self.at(10_300)).map(\.id) == [first[2].id, first[1].id],
                "the finished job never comes back; the others, soonest first")
    }
}
