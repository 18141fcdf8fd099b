import BookingCore
import Engine
import Foundation
import Store
import Testing

/// A client answering a reminder with a time and no day means the visit's day.
@Suite("A time without a day, answering a reminder")
struct VisitDayReplyTests {
    @Test("Monday's reminder for Wednesday answered \"No, I wanted 2 pm\": Wednesday at 14:00 is offered, nothing is cancelled")
    func bareTimeOnVisitDay() async throws {
        let h = try await EngineHarness()
        try await h.book("a1", client: "olivia", start: "2026-11-25T11:00")
        try await h.run(until: "2026-11-23T11:05")
        let phone = "+447700900101"
        #expect(h.inbox(.sms, phone).count == 1, "the reminder")
        try await h.reply("No, I wanted 2 pm", from: phone)
        let offer = try #require(h.inbox(.sms, phone).last)
        #expect(offer.contains("1) Wed 25 Nov at 14:00"), "\(offer)")
        let visit = try #require(try await h.store.appointment("a1"))
        #expect(visit.status.isUpcoming && visit.start == EngineHarness.at("2026-11-25T11:00"))
        try await h.reply("1", from: phone)
        #expect(try await h.store.appointment("a1")?.start == EngineHarness.at("2026-11-25T14:00"))
    }
}
