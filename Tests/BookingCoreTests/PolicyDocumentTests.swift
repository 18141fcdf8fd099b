import BookingCore
import Foundation
import Testing

/// The policy document: what a spa owner writes in slotkeeper.yaml or sends to the API, read into the rules the engine applies.
@Suite("Policy documents")
struct PolicyDocumentTests {
    /// A small YAML-like builder for documents: `doc(["noShow": ["lookbackDays": 180]])`.
    static func doc(_ pairs: KeyValuePairs<String, Any>) -> DocumentValue { .map(pairs.map { ($0.key, value($0.value)) }) }

    static func value(_ any: Any) -> DocumentValue {
        switch any {
        case let v as DocumentValue: return v
        case let b as Bool: return .bool(b)
        case let i as Int: return .int(i)
        case let d as Double: return .double(d)
        case let s as String: return .string(s)
        case let list as [Any]: return .list(list.map(value))
        default: return .null
        }
    }

    static func read(_ d: DocumentValue) -> Policies? { try? PolicyDocument.read(d).get() }

    static func problems(_ d: DocumentValue) -> [String] {
        if case .failure(let f) = PolicyDocument.read(d) { return f.problems.map(\.description) }
        return []
    }

    @Test("an empty document is the defaults, and every setting written out reads back to the same policies")
    func roundTrip() throws {
        #expect(Self.read(.map([])) == .standard)
        var custom = Policies()
        custom.reminders.steps = [.init(minutesBefore: 2880, skipIfConfirmed: false, asksForConfirmation: true, channel: .sms),
                                  .init(minutesBefore: 120, skipIfConfirmed: true, asksForConfirmation: false)]
        custom.lateCancel = LateCancelPolicy(windowHours: 48, fee: .fixed(Money(minorUnits: 2500, currency: "GBP")), depositOnEarlyCancel: .credit,
                                             depositOnLateCancel: .keep, depositOnNoShow: .refund)
        custom.noShow = NoShowPolicy(lookbackDays: 180, lateCancelWeight: 0.25, thresholds: [.init(marks: 1, tier: .depositRequired(percent: 50)),
                                                                                          .init(marks: 2.5, tier: .noOnlineBooking)],
                                     checkAfterMinutes: 10, autoMarkAfterMinutes: nil, askToBlock: true, forgiveAfterVisits: 4)
        custom.waitlist = WaitlistPolicy(mode: .sequential(holdMinutes: 15), maxOffersPerSlot: 5, maxOffersPerClientPerDay: 2, stopBeforeStartMinutes: 30,
                                         confirmOrRelease: true, confirmDeadlineMinutes: 120, rank: .value)
        custom.escalation = EscalationPolicy(tiers: [.blocked], reminderMinutes: 10, managerAfterMinutes: 45)
        custom.fees = FeePolicy(noShow: .percent(100), charge: .card)
        custom.quietHours = QuietHours(start: LocalTime(minutes: 20 * 60), end: LocalTime(minutes: 9 * 60))
        custom.winBack = WinBackPolicy(enabled: true, after: .noShow, cancelledBy: .either, delayAfterNoShowHours: 2, delayAfterCancelHours: 48, slotsOffered: 0,
                                       secondStepAfterHours: 72, channel: .whatsapp)
        custom.followUp = FollowUpPolicy(enabled: false, thanksAfterHours: 5, defaultRebookAfterDays: 42)
        custom.highValueMinorUnits = 20_000
        custom.depositHoldMinutes = 60
        custom.slotGridMinutes = 30
        custom.cancellation = CancellationPolicy(reasons: ["client asked", "therapist ill"], notify: .all)
        for p in [Policies.standard, custom] {
            let written = PolicyDocument.write(p)
            #expect(Self.read(written) == p)
            // Through JSON, as the API stores and serves it.
            let json = try JSONDecoder().decode(DocumentValue.self, from: Data(written.json().utf8))
            #expect(Self.read(json) == p)
        }
    }

    /// Reads `document`, recording its problems when it does not read.
    static func must(_ document: DocumentValue) -> Policies {
        guard let p = read(document) else {
            Issue.record("\(problems(document))")
            return .standard
        }
        return p
    }

    @Test("settings as a person writes them")
    func reads() {
        var p = Self.must(Self.doc(["lateCancel": Self.doc(["window": "48h", "fee": "10.00 GBP"])]))
        #expect(p.lateCancel.windowHours == 48 && p.lateCancel.fee == .fixed(Money(minorUnits: 1000, currency: "GBP")))
        p = Self.must(Self.doc(["lateCancel": Self.doc(["window": "2d", "fee": "none"])]))
        #expect(p.lateCancel.windowHours == 48 && p.lateCancel.fee == FeeRule.none)
        p = Self.must(Self.doc(["lateCancel": Self.doc(["window": 12])]))
        #expect(p.lateCancel.windowHours == 12, "a bare number is the setting's own unit (hours)")
        p = Self.must(Self.doc(["reminders": Self.doc(["steps": [Self.doc(["before": "24h"])]])]))
        #expect(p.reminders.steps == [ReminderCadence.Step(minutesBefore: 1440, skipIfConfirmed: false, asksForConfirmation: true)])
        p = Self.must(Self.doc(["reminders": Self.doc(["steps": [Self.doc(["before": "90m", "confirm": false, "channel": "whatsapp"])]])]))
        #expect(p.reminders.steps.first == ReminderCadence.Step(minutesBefore: 90, skipIfConfirmed: false, asksForConfirmation: false, channel: .whatsapp))
        p = Self.must(Self.doc(["noShow": Self.doc(["ladder": [Self.doc(["marks": 1, "deposit": "50%"]), Self.doc(["marks": 2, "block": true])]])]))
        #expect(p.noShow.thresholds == [NoShowPolicy.Threshold(marks: 1, tier: .depositRequired(percent: 50)), NoShowPolicy.Threshold(marks: 2, tier: .noOnlineBooking)])
        p = Self.must(Self.doc(["noShow": Self.doc(["autoMarkAfterMinutes": "never"])]))
        #expect(p.noShow.autoMarkAfterMinutes == nil)
        p = Self.must(Self.doc(["waitlist": Self.doc(["mode": "broadcast"])]))
        #expect(p.waitlist.mode == WaitlistPolicy.Mode.broadcast)
        p = Self.must(Self.doc(["waitlist": Self.doc(["mode": "batch", "batchSize": 5, "replyMinutes": "30m"])]))
        #expect(p.waitlist.mode == WaitlistPolicy.Mode.batch(size: 5, holdMinutes: 30))
        p = Self.must(Self.doc(["winBack": Self.doc(["after": "never"])]))
        #expect(!p.winBack.enabled)
        p = Self.must(Self.doc(["winBack": Self.doc(["after": "noShow", "noShowDelay": "2d"])]))
        #expect(p.winBack.after == .noShow && p.winBack.delayAfterNoShowHours == 48 && !p.winBack.afterCancel(byClient: true))
        p = Self.must(Self.doc(["escalation": Self.doc(["highValue": "200.00 GBP"])]))
        #expect(p.highValueMinorUnits == 20_000)
        p = Self.must(Self.doc(["deposits": Self.doc(["holdMinutes": "1h", "onNoShow": "credit"])]))
        #expect(p.depositHoldMinutes == 60 && p.lateCancel.depositOnNoShow == .credit)
        p = Self.must(Self.doc(["cancellation": Self.doc(["reasons": ["Client asked", "Therapist ill"], "notify": "all"])]))
        #expect(p.cancellation.listed("therapist ILL") == "Therapist ill" && p.cancellation.notify == .all && p.cancellation.listed("other") == nil)
        p = Self.must(Self.doc(["followUp": Self.doc(["defaultRebookAfterDays": 28])]))
        #expect(p.followUp.defaultRebookAfterDays == 28)
        p = Self.must(Self.doc(["escalation": Self.doc(["tiers": [], "reminderMinutes": "5m", "managerAfterMinutes": "1h"])]))
        #expect(p.escalation == EscalationPolicy(tiers: [], reminderMinutes: 5, managerAfterMinutes: 60) && !p.escalation.handsOver(.noOnlineBooking))
        p = Self.must(Self.doc(["waitlist": Self.doc(["rank": "waitingSince"]), "reminders": Self.doc(["confirmDeadline": "2h"])]))
        #expect(p.waitlist.rank == .waitingSince && p.waitlist.confirmDeadlineMinutes == 120)
        p = Self.must(Self.doc(["quietHours": "22:00-07:30"]))
        #expect(p.quietHours == QuietHours(start: LocalTime(minutes: 22 * 60), end: LocalTime(minutes: 7 * 60 + 30)))
        p = Self.must(Self.doc(["quietHours": "location"]))
        #expect(p.quietHours == nil)
        p = Self.must(Self.doc(["fees": Self.doc(["noShow": "20.00 GBP", "charge": "card"])]))
        #expect(p.fees == FeePolicy(noShow: .fixed(Money(minorUnits: 2000, currency: "GBP")), charge: .card))
    }

    @Test("every problem is named with its field and what to write, and a document with one applies nothing", arguments: [
        (doc(["noShow": doc(["ladder": [doc(["marks": 2, "deposit": "50%"]), doc(["marks": 3, "deposit": "120%"])]])]), "noShow.ladder[1].deposit: 120% is over 100%"),
        (doc(["noShow": doc(["ladder": [doc(["marks": 3, "block": true]), doc(["marks": 2, "deposit": "50%"])]])]), "noShow.ladder[1].marks: 2 is not more than the step before (3)"),
        (doc(["noShow": doc(["ladder": [doc(["marks": 2])]])]), "noShow.ladder[0]: says neither deposit"),
        (doc(["lateCancel": doc(["fee": "half"])]), "lateCancel.fee: \"half\" is not none, a percentage"),
        (doc(["lateCancel": doc(["fee": "150%"])]), "lateCancel.fee: 150% is over 100%"),
        (doc(["lateCancle": doc([:])]), "lateCancle: is not a policy setting (did you mean lateCancel?)"),
        (doc(["reminders": doc(["steps": [doc(["confirm": true])]])]), "reminders.steps[0].before: is missing"),
        (doc(["reminders": doc(["steps": [doc(["before": "soon"])]])]), "reminders.steps[0].before: must be a length of time such as 90m, 3h or 2d"),
        (doc(["reminders": doc(["steps": [doc(["before": "3h", "channel": "pigeon"])]])]), "reminders.steps[0].channel: \"pigeon\" is not preferred or one of"),
        (doc(["reminders": doc(["steps": []])]), "reminders.steps: needs at least one step"),
        (doc(["waitlist": doc(["mode": "lottery"])]), "waitlist.mode: \"lottery\" is not one of sequential, batch, broadcast"),
        (doc(["waitlist": doc(["mode": "broadcast", "batchSize": 3])]), "waitlist.batchSize: only applies to mode: batch"),
        (doc(["winBack": doc(["after": "sometimes"])]), "winBack.after: \"sometimes\" is not one of noShow, cancel, both"),
        (doc(["slotGridMinutes": 7]), "slotGridMinutes: 7 is not one of 5, 10, 15, 20, 30, 60"),
        (doc(["deposits": doc(["holdMinutes": 2])]), "deposits.holdMinutes: 2 is too short for a client to pay"),
        (doc(["lateCancel": doc(["window": "90m"])]), "lateCancel.window: 1h30m is not a whole number of hours"),
        (doc(["noShow": "strict"]), "noShow: must be a group of settings"),
        (doc(["followUp": doc(["thanks": "maybe"])]), "followUp.thanks: must be true or false"),
        (doc(["escalation": doc(["tiers": ["vip"]])]), "escalation.tiers[0]: \"vip\" is not one of deposit, blocked"),
        (doc(["escalation": doc(["reminderMinutes": 30, "managerAfterMinutes": 20])]), "escalation.managerAfterMinutes: 20 is not after the reminder (30)"),
        (doc(["waitlist": doc(["rank": "random"])]), "waitlist.rank: \"random\" is not one of fit, waitingSince, tier, value"),
        (doc(["fees": doc(["charge": "cash"])]), "fees.charge: \"cash\" is not one of note, card"),
        (doc(["quietHours": "late"]), "quietHours: \"late\" is not hours such as 21:00-08:00"),
        (doc(["winBack": doc(["secondStep": "40d"])]), "winBack.secondStep: must be between 1h and 30d, or never"),
        (doc(["winBack": doc(["channel": "fax"])]), "winBack.channel: \"fax\" is not preferred or one of"),
    ] as [(DocumentValue, String)])
    func problems(_ document: DocumentValue, _ expected: String) {
        let found = Self.problems(document)
        #expect(found.contains { $0.hasPrefix(expected) }, "\(found)")
        #expect(Self.read(document) == nil)
    }

    @Test("all the problems of a document are named at once")
    func allAtOnce() {
        let found = Self.problems(Self.doc(["lateCancel": Self.doc(["fee": "lots"]), "waitlist": Self.doc(["mode": "lottery"]), "colour": "blue"]))
        #expect(found.count == 3, "\(found)")
    }

    @Test("a location's own settings are laid over the business's; an unknown location is named")
    func locations() throws {
        let document = Self.doc([
            "lateCancel": Self.doc(["window": "24h", "fee": "50%"]),
            "locations": Self.doc(["soho": Self.doc(["lateCancel": Self.doc(["fee": "25%"])])]),
        ])
        let set = try PolicyDocument.readSet(document, locations: ["soho", "city"]).get()
        #expect(set.business.lateCancel.fee == .percent(50))
        #expect(set.at("soho").lateCancel.fee == .percent(25) && set.at("soho").lateCancel.windowHours == 24, "the window comes from the business's part")
        #expect(set.at("city") == set.business)
        let unknown = PolicyDocument.readSet(Self.doc(["locations": Self.doc(["mayfair": Self.doc([:])])]), locations: ["soho"], prefix: "policies.")
        guard case .failure(let f) = unknown else { Issue.record("an unknown location was accepted"); return }
        #expect(f.problems.map(\.description) == ["policies.locations.mayfair: no location with this id (the locations: soho)"])
        // A problem in the business's part is named once, not again under every location.
        let bad = PolicyDocument.readSet(Self.doc(["slotGridMinutes": 7, "locations": Self.doc(["soho": Self.doc([:])])]), locations: ["soho"])
        guard case .failure(let g) = bad else { Issue.record("a bad grid was accepted"); return }
        #expect(g.problems.map(\.field) == ["slotGridMinutes"])
    }

    @Test("the ladder: misses within the look-back count (a late cancel by its weight); visits attended since can forgive them")
    func ladderAndForgiveness() {
        let at = { (d: String) in LocalDateTime(text: d)!.instant(in: TimeZone(identifier: "UTC")!) }
        let now = at("2026-11-23T10:00")
        var policy = NoShowPolicy()
        let misses = [AttendanceMark(kind: .noShow, at: at("2026-06-01T10:00")), AttendanceMark(kind: .noShow, at: at("2026-09-01T10:00")),
                      AttendanceMark(kind: .lateCancel, at: at("2026-10-01T10:00"))]
        #expect(policy.score(misses, now: now) == 2.5 && policy.tier(for: misses, now: now) == .depositRequired(percent: 100))
        #expect(policy.tier(for: misses, now: at("2027-08-01T10:00")) == .good, "a year later the first two are out of the look-back")
        let visits = (1...3).map { AttendanceMark(kind: .attended, at: at("2026-11-0\($0)T10:00")) }
        #expect(policy.tier(for: misses + visits, now: now) == .depositRequired(percent: 100), "by default visits forgive nothing")
        policy.forgiveAfterVisits = 3
        #expect(policy.score(misses + visits, now: now) == 0, "three good visits since every miss")
        #expect(policy.score(misses + Array(visits.prefix(2)), now: now) == 2.5)
        let lateMiss = AttendanceMark(kind: .noShow, at: at("2026-11-20T10:00"))
        #expect(policy.score(misses + visits + [lateMiss], now: now) == 1, "a miss after the good visits still counts")
    }

    @Test("durations as people write them")
    func durations() {
        #expect(SettingDuration.minutes("90m") == 90 && SettingDuration.minutes("3h") == 180 && SettingDuration.minutes("2d") == 2880)
        #expect(SettingDuration.minutes("1h30m") == 90 && SettingDuration.minutes("45") == 45 && SettingDuration.minutes("3 h") == 180)
        #expect(SettingDuration.minutes("soon") == nil && SettingDuration.minutes("3x") == nil && SettingDuration.minutes("h") == nil)
        #expect(SettingDuration.text(minutes: 2880) == "48h" && SettingDuration.text(minutes: 4320) == "3d" && SettingDuration.text(minutes: 180) == "3h"
                && SettingDuration.text(minutes: 90) == "1h30m")
    }

    @Test("win-back triggers: after what, and whose cancellation", arguments: [
        (WinBackPolicy.Trigger.both, WinBackPolicy.CancelledBy.client, true, true, false),
        (.noShow, .either, true, false, false),
        (.cancel, .staff, false, false, true),
        (.cancel, .either, false, true, true),
    ])
    func winBackTriggers(_ after: WinBackPolicy.Trigger, _ by: WinBackPolicy.CancelledBy, _ noShow: Bool, _ client: Bool, _ staff: Bool) {
        let w = WinBackPolicy(after: after, cancelledBy: by)
        #expect(w.afterNoShow == noShow && w.afterCancel(byClient: true) == client && w.afterCancel(byClient: false) == staff)
        var off = w
        off.enabled = false
        #expect(!off.afterNoShow && !off.afterCancel(byClient: true) && !off.afterCancel(byClient: false))
    }

    @Test("policies stored before a setting existed still read, with the new setting at its default")
    func olderStoredPolicies() throws {
        var old = try JSONSerialization.jsonObject(with: JSONEncoder().encode(Policies.standard)) as! [String: Any]
        old["cancellation"] = nil
        var late = old["lateCancel"] as! [String: Any]
        late["depositOnNoShow"] = nil
        late["depositOnLateCancel"] = "credit"
        old["lateCancel"] = late
        var winBack = old["winBack"] as! [String: Any]
        winBack["after"] = nil
        winBack["cancelledBy"] = nil
        old["winBack"] = winBack
        let decoded = try JSONDecoder().decode(Policies.self, from: JSONSerialization.data(withJSONObject: old))
        #expect(decoded.cancellation == CancellationPolicy())
        #expect(decoded.lateCancel.depositOnNoShow == .credit, "a no-show follows the late-cancel rule it used to share")
        #expect(decoded.winBack.after == .both && decoded.winBack.cancelledBy == .client)
    }
}

@Suite("Waitlist ranking")
struct WaitlistRankingTests {
    static let t0 = Date(timeIntervalSince1970: 1_790_000_000)

    static func c(_ id: String, fit: Int = 0, flex: Int = 0, misses: Double = 0, visits: Int = 0, waitedDays: Double) -> WaitlistRanking.Candidate {
        .init(id: id, fit: fit, flexibility: flex, missScore: misses, visitsAttended: visits, waitingSince: t0.addingTimeInterval(-waitedDays * 86_400))
    }

    /// Ann: waiting longest, a loose fit. Bea: exact fit, one miss. Cai: exact fit, loyal. Dan: exact, newest, clean record.
    static let people = [c("ann", fit: 2, waitedDays: 30), c("bea", misses: 1, visits: 2, waitedDays: 10),
                         c("cai", visits: 9, waitedDays: 5), c("dan", waitedDays: 1)]

    @Test("each order the policy offers", arguments: [
        (WaitlistRanking.Order.fit, ["cai", "dan", "bea", "ann"]),
        (.waitingSince, ["ann", "bea", "cai", "dan"]),
        (.tier, ["ann", "cai", "dan", "bea"]),
        (.value, ["cai", "bea", "ann", "dan"]),
    ])
    func orders(_ order: WaitlistRanking.Order, _ expected: [String]) {
        #expect(WaitlistRanking.ordered(Self.people, by: order).map(\.id) == expected)
    }

    @Test("equal on every count, the waitlist's own order stands")
    func ties() {
        let same = [Self.c("x", waitedDays: 1), Self.c("y", waitedDays: 1)]
        #expect(WaitlistRanking.ordered(same, by: .fit).map(\.id) == ["x", "y"])
        #expect(WaitlistRanking.ordered(same.reversed(), by: .value).map(\.id) == ["y", "x"])
    }
}
