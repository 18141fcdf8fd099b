import Testing
import Foundation
@testable import Intents

@Suite("Command-line contract")
struct BatchTests {
    @Test("the contract's example line gives exactly the contract's answer")
    func contractExample() {
        var batch = IntentBatch(matcher: sharedMatcher)
        let line = #"{"id":"7","text":"can we do thursday at 4 instead?","locale":"en","expecting":"confirm","now":"2026-11-23T10:15:00","zone":"Europe/London"}"#
        let out = batch.answer(line: 1, line[...])
        #expect(out == #"{"id":"7","intent":"reschedule","confidence":0.93,"time":{"start":"2026-11-26T16:00:00+00:00","end":null,"grain":"minute"},"choice":null}"#)
    }

    @Test("a bad line gives the error object with its line number and the batch goes on")
    func badLineContinues() {
        var batch = IntentBatch(matcher: sharedMatcher)
        let lines = [
            #"{"id":"1","text":"yes","expecting":"confirm","now":"2026-11-23T10:15:00","zone":"Europe/London"}"#,
            #"{"id":"2","text":"#,
            #"{"id":"3","text":"option 2","expecting":"offer","now":"2026-11-23T10:15:00","zone":"Europe/London"}"#,
        ]
        let out = lines.enumerated().map { batch.answer(line: $0.offset + 1, $0.element[...]) }
        #expect(out[0].hasPrefix(#"{"id":"1","intent":"confirm""#))
        #expect(out[1].hasPrefix(#"{"line":2,"error":""#))
        #expect(out[2] == #"{"id":"3","intent":"accept","confidence":0.9,"time":null,"choice":2}"#)
    }

    @Test("requests with wrong fields are refused with a message naming the field", arguments: [
        (#"{"id":"1"}"#, "missing \\\"text\\\""),
        (#"{"text":"yes","expecting":"maybe"}"#, "expecting"),
        (#"{"text":"yes","zone":"Europe/Londn"}"#, "Europe/Londn"),
        (#"{"text":"yes","now":"tomorrow"}"#, "now"),
        (#"["yes"]"#, "object"),
        (#"{"text":5}"#, "text"),
    ])
    func badRequests(_ c: (String, String)) {
        var batch = IntentBatch(matcher: sharedMatcher)
        let out = batch.answer(line: 4, c.0[...])
        #expect(out.hasPrefix(#"{"line":4,"error":""#) && out.contains(c.1), "\(out)")
    }

    @Test("missing now and zone mean the current time in UTC")
    func defaults() {
        let fixed = Date(timeIntervalSince1970: 1_795_428_900) // 2026-11-23T10:15:00Z
        var batch = IntentBatch(matcher: sharedMatcher, clock: { fixed })
        let out = batch.answer(line: 1, #"{"text":"tomorrow at 4","expecting":"confirm"}"#[...])
        #expect(out.contains(#""start":"2026-11-24T16:00:00+00:00""#), "\(out)")
    }

    @Test("ids echo back as written, and text with escapes and emoji is read")
    func escapes() {
        var batch = IntentBatch(matcher: sharedMatcher)
        let out = batch.answer(line: 1, #"{"id":42,"text":"\"yes\" \ud83d\udc4d","expecting":"confirm","now":"2026-11-23T10:15:00Z"}"#[...])
        #expect(out.hasPrefix(#"{"id":42,"intent":"confirm""#), "\(out)")
    }

    @Test("now with an offset is an instant; without, a wall time in the zone")
    func nowForms() {
        let london = TimeZone(identifier: "Europe/London")!
        let ny = TimeZone(identifier: "America/New_York")!
        #expect(IntentBatch.parseNow("2026-07-01T10:00:00", zone: london) == IntentBatch.parseNow("2026-07-01T09:00:00Z", zone: ny))
        #expect(IntentBatch.parseNow("2026-07-01T10:00:00-04:00", zone: london) == IntentBatch.parseNow("2026-07-01T14:00:00Z", zone: london))
        #expect(IntentBatch.parseNow("2026-13-01T10:00:00", zone: london) == nil)
    }
}

@Suite("Daylight saving")
struct DaylightSavingTests {
    func resolve(_ text: String, now: String, zone: String, expecting: Expecting = .offer) -> String? {
        let z = TimeZone(identifier: zone)!
        let ctx = ReplyContext(now: IntentBatch.parseNow(now, zone: z)!, zone: z)
        let u = sharedMatcher.understand(text, locale: "en", expecting: expecting, context: ctx)
        return u.time.map { WallClock(zone: z).format($0.start) }
    }

    @Test("London autumn change: tomorrow at 4 is 16:00 GMT after BST ends")
    func londonAutumn() {
        #expect(resolve("tomorrow at 4", now: "2026-10-24T10:00:00", zone: "Europe/London") == "2026-10-25T16:00:00+00:00")
        #expect(resolve("same time next week", now: "2026-10-23T10:00:00", zone: "Europe/London") == "2026-10-30T10:00:00+00:00")
    }

    @Test("London spring change: Sunday at 10 is 10:00 BST")
    func londonSpring() {
        #expect(resolve("sunday at 10", now: "2026-03-27T12:00:00", zone: "Europe/London") == "2026-03-29T10:00:00+01:00")
        #expect(resolve("in 2 days", now: "2026-03-28T09:00:00", zone: "Europe/London", expecting: .offer) != nil)
    }

    @Test("New York changes: the wall time stays, the offset moves")
    func newYork() {
        #expect(resolve("sunday at 4", now: "2026-10-30T10:00:00", zone: "America/New_York") == "2026-11-01T16:00:00-05:00")
        #expect(resolve("same time next week", now: "2026-10-28T11:00:00", zone: "America/New_York") == "2026-11-04T11:00:00-05:00")
        #expect(resolve("sunday at 11am", now: "2026-03-06T12:00:00", zone: "America/New_York") == "2026-03-08T11:00:00-04:00")
        #expect(resolve("next week", now: "2026-03-05T12:00:00", zone: "America/New_York") == "2026-03-09T00:00:00-04:00")
    }

    @Test("a numeric date follows the zone's custom: 5/12 is 5 December in London, May 12 in New York")
    func dateOrder() {
        #expect(resolve("5/12", now: "2026-11-23T10:00:00", zone: "Europe/London") == "2026-12-05T00:00:00+00:00")
        #expect(resolve("5/12", now: "2026-11-23T10:00:00", zone: "America/New_York") == "2027-05-12T00:00:00-04:00")
    }

    @Test("a bare hour is settled by business hours")
    func businessHours() {
        let z = TimeZone(identifier: "Europe/London")!
        let now = IntentBatch.parseNow("2026-11-23T10:15:00", zone: z)!
        let early = ReplyContext(now: now, zone: z, openingMinute: 7 * 60, closingMinute: 13 * 60)
        let u = sharedMatcher.understand("thursday at 8", locale: "en", expecting: .offer, context: early)
        #expect(u.time.map { WallClock(zone: z).format($0.start) } == "2026-11-26T08:00:00+00:00")
        let late = ReplyContext(now: now, zone: z, openingMinute: 12 * 60, closingMinute: 22 * 60)
        let v = sharedMatcher.understand("thursday at 8", locale: "en", expecting: .offer, context: late)
        #expect(v.time.map { WallClock(zone: z).format($0.start) } == "2026-11-26T20:00:00+00:00")
    }
}
