import Foundation

/// The business's policies as a person writes them: the `policies:` section of `slotkeeper.yaml`, the body of
/// `PUT /api/v1/policies`, what `slotkeeper policies show` prints. Every setting may be left out (it keeps its
/// default); every problem is named with its field and what to write instead, and a document with any problem
/// yields no policies at all, so a bad policy never half-applies.
///
/// ```yaml
/// reminders:
///   steps:
///     - {before: 48h, confirm: true}
///     - {before: 3h, confirm: false, skipIfConfirmed: true}
/// noShow:
///   ladder:
///     - {marks: 2, deposit: 100%}
///     - {marks: 3, block: true}
/// ```
public enum PolicyDocument {
    /// The policies a document describes, laid over `base`, or every problem it has (and then no policies).
    public static func read(_ document: DocumentValue, over base: Policies = .standard, prefix: String = "") -> Result<Policies, PolicyProblems> {
        var reader = Reader(prefix: prefix)
        var p = base
        reader.read(document, into: &p)
        // What could be read is checked too, so one answer names every problem; a field that could not be read is named once.
        let unread = Set(reader.problems.map(\.field))
        let problems = reader.problems + problems(in: p, prefix: prefix).filter { !unread.contains($0.field) }
        return problems.isEmpty ? .success(p) : .failure(PolicyProblems(problems))
    }

    /// A whole policy document: the business-wide settings, and under `locations:` what one location does differently
    /// (laid over the business-wide document, setting by setting). Every problem names its field under `prefix`.
    public static func readSet(_ document: DocumentValue, locations known: [LocationID], prefix: String = "") -> Result<PolicySet, PolicyProblems> {
        var problems: [FieldProblem] = []
        let business = document.removing("locations")
        var set = PolicySet(business: .standard, locations: [:])
        switch read(business, prefix: prefix) {
        case .success(let p): set.business = p
        case .failure(let f): problems += f.problems
        }
        if let sections = document["locations"] {
            if case .map(let pairs) = sections {
                for (id, section) in pairs {
                    let at = "\(prefix)locations.\(id)."
                    guard known.contains(LocationID(id)) else {
                        problems.append(FieldProblem("\(prefix)locations.\(id)", "no location with this id (the locations: \(known.map(\.rawValue).joined(separator: ", ")))"))
                        continue
                    }
                    if case .map(let inner) = section, inner.contains(where: { $0.key == "locations" }) {
                        problems.append(FieldProblem("\(at)locations", "a location can't have locations of its own"))
                        continue
                    }
                    switch read(business.overlaid(with: section), prefix: at) {
                    case .success(let p): set.locations[LocationID(id)] = p
                    case .failure(let f): problems += f.problems
                    }
                }
            } else {
                problems.append(FieldProblem("\(prefix)locations", "must name locations by id, each with the settings it changes"))
            }
        }
        // A problem of the business-wide part shows again under each location that inherits it: name it once.
        var seen = Set<String>()
        problems = problems.filter { p in
            let bare = p.field.replacingOccurrences(of: #"locations\.[^.]+\."#, with: "", options: .regularExpression) + p.message
            return seen.insert(bare).inserted
        }
        return problems.isEmpty ? .success(set) : .failure(PolicyProblems(problems))
    }

    /// The whole policy, every setting written out, in the document's form.
    public static func write(_ p: Policies) -> DocumentValue {
        func duration(_ minutes: Int) -> DocumentValue { .string(SettingDuration.text(minutes: minutes)) }
        let steps: [DocumentValue] = p.reminders.steps.map { s in
            .map([("before", duration(s.minutesBefore)), ("confirm", .bool(s.asksForConfirmation)),
                  ("skipIfConfirmed", .bool(s.skipIfConfirmed)), ("channel", .string(s.channel?.rawValue ?? "preferred"))])
        }
        let ladder: [DocumentValue] = p.noShow.thresholds.map { t in
            switch t.tier {
            case .depositRequired(let percent): .map([("marks", number(t.marks)), ("deposit", .string("\(percent)%"))])
            case .noOnlineBooking: .map([("marks", number(t.marks)), ("block", .bool(true))])
            case .good: .map([("marks", number(t.marks))])
            }
        }
        let quiet: String = p.quietHours.map { q in "\(q.start)-\(q.end)" } ?? "location"
        var waitlist: [(key: String, value: DocumentValue)]
        switch p.waitlist.mode {
        case .sequential(let hold): waitlist = [("mode", .string("sequential")), ("replyMinutes", .int(hold))]
        case .batch(let size, let hold): waitlist = [("mode", .string("batch")), ("batchSize", .int(size)), ("replyMinutes", .int(hold))]
        case .broadcast: waitlist = [("mode", .string("broadcast"))]
        }
        waitlist += [("maxOffersPerSlot", .int(p.waitlist.maxOffersPerSlot)), ("maxOffersPerClientPerDay", .int(p.waitlist.maxOffersPerClientPerDay)),
                     ("stopBeforeStartMinutes", .int(p.waitlist.stopBeforeStartMinutes)), ("rank", .string(p.waitlist.rank.rawValue))]
        typealias Pairs = [(key: String, value: DocumentValue)]
        let reminders: Pairs = [("steps", .list(steps)), ("confirmOrRelease", .bool(p.waitlist.confirmOrRelease)),
                                ("confirmDeadline", duration(p.waitlist.confirmDeadlineMinutes))]
        let deposits: Pairs = [("holdMinutes", .int(p.depositHoldMinutes)), ("onEarlyCancel", .string(p.lateCancel.depositOnEarlyCancel.rawValue)),
                               ("onLateCancel", .string(p.lateCancel.depositOnLateCancel.rawValue)),
                               ("onNoShow", .string(p.lateCancel.depositOnNoShow.rawValue))]
        let lateCancel: Pairs = [("window", duration(p.lateCancel.windowHours * 60)), ("fee", .string(fee(p.lateCancel.fee)))]
        let autoMark: DocumentValue = p.noShow.autoMarkAfterMinutes.map { .int($0) } ?? .string("never")
        let forgive: DocumentValue = p.noShow.forgiveAfterVisits.map { .int($0) } ?? .string("never")
        let noShow: Pairs = [("lookbackDays", .int(p.noShow.lookbackDays)), ("lateCancelWeight", number(p.noShow.lateCancelWeight)),
                             ("ladder", .list(ladder)), ("checkAfterMinutes", .int(p.noShow.checkAfterMinutes)), ("autoMarkAfterMinutes", autoMark),
                             ("askToBlock", .bool(p.noShow.askToBlock)), ("forgiveAfterVisits", forgive)]
        let secondStep: DocumentValue = p.winBack.secondStepAfterHours.map { duration($0 * 60) } ?? .string("never")
        let winBack: Pairs = [("after", .string(p.winBack.enabled ? p.winBack.after.rawValue : "never")),
                              ("cancelledBy", .string(p.winBack.cancelledBy.rawValue)),
                              ("noShowDelay", duration(p.winBack.delayAfterNoShowHours * 60)),
                              ("cancelDelay", duration(p.winBack.delayAfterCancelHours * 60)),
                              ("slots", .int(p.winBack.slotsOffered)), ("secondStep", secondStep),
                              ("channel", .string(p.winBack.channel?.rawValue ?? "preferred"))]
        let rebook: DocumentValue = p.followUp.defaultRebookAfterDays.map { .int($0) } ?? .string("none")
        let followUp: Pairs = [("thanks", .bool(p.followUp.enabled)), ("thanksAfter", duration(p.followUp.thanksAfterHours * 60)),
                               ("defaultRebookAfterDays", rebook), ("feedback", .bool(p.followUp.feedback)), ("lowScore", .int(p.followUp.lowScore))]
        let highValue: DocumentValue = p.highValueMinorUnits.map { .string(Money.decimal($0)) } ?? .string("none")
        let tiers: [DocumentValue] = EscalationPolicy.Tier.allCases.filter(p.escalation.tiers.contains).map { .string($0.rawValue) }
        let escalation: Pairs = [("highValue", highValue), ("tiers", .list(tiers)), ("reminderMinutes", .int(p.escalation.reminderMinutes)),
                                 ("managerAfterMinutes", .int(p.escalation.managerAfterMinutes))]
        let cancellation: Pairs = [("reasons", .list(p.cancellation.reasons.map { .string($0) })), ("notify", .string(p.cancellation.notify.rawValue))]
        let fees: Pairs = [("noShow", .string(fee(p.fees.noShow))), ("charge", .string(p.fees.charge.rawValue))]
        let document: Pairs = [
            ("slotGridMinutes", .int(p.slotGridMinutes)), ("reminders", .map(reminders)), ("deposits", .map(deposits)),
            ("lateCancel", .map(lateCancel)), ("noShow", .map(noShow)), ("waitlist", .map(waitlist)), ("winBack", .map(winBack)),
            ("followUp", .map(followUp)), ("escalation", .map(escalation)), ("cancellation", .map(cancellation)), ("fees", .map(fees)),
            ("quietHours", .string(quiet)),
        ]
        return .map(document)
    }

    /// What is wrong with policies however they were made, each problem named by its field in the document.
    public static func problems(in p: Policies, prefix: String = "") -> [FieldProblem] {
        var out: [FieldProblem] = []
        func add(_ field: String, _ message: String) { out.append(FieldProblem(prefix + field, message)) }
        if p.reminders.steps.isEmpty { add("reminders.steps", "needs at least one step (e.g. `- {before: 24h, confirm: true}`)") }
        for (i, s) in p.reminders.steps.enumerated() where s.minutesBefore <= 0 {
            add("reminders.steps[\(i)].before", "\(s.minutesBefore) minutes is not before the visit: write how long before, e.g. 48h")
        }
        let befores = p.reminders.steps.map(\.minutesBefore)
        if Set(befores).count != befores.count { add("reminders.steps", "two steps are at the same time before the visit: remove one") }
        if p.lateCancel.windowHours < 0 { add("lateCancel.window", "must not be negative") }
        if case .percent(let x) = p.lateCancel.fee, x > 100 { add("lateCancel.fee", "\(x)% is over 100%") }
        if case .percent(let x) = p.lateCancel.fee, x < 0 { add("lateCancel.fee", "\(x)% is negative") }
        if case .fixed(let m) = p.lateCancel.fee, m.minorUnits < 0 { add("lateCancel.fee", "\(m) is negative") }
        if case .percent(let x) = p.fees.noShow, !(0...100).contains(x) { add("fees.noShow", "\(x)% is outside 0-100%") }
        if p.noShow.lookbackDays <= 0 { add("noShow.lookbackDays", "must be a positive number of days, e.g. 365") }
        if !(0...1).contains(p.noShow.lateCancelWeight) { add("noShow.lateCancelWeight", "\(p.noShow.lateCancelWeight) is outside 0-1") }
        for (i, t) in p.noShow.thresholds.enumerated() {
            if t.marks <= 0 { add("noShow.ladder[\(i)].marks", "must be more than 0") }
            if case .depositRequired(let x) = t.tier, !(1...100).contains(x) {
                add("noShow.ladder[\(i)].deposit", x > 100 ? "\(x)% is over 100%" : "\(x)% is not a deposit: use 1% to 100%")
            }
            if i > 0, t.marks <= p.noShow.thresholds[i - 1].marks {
                add("noShow.ladder[\(i)].marks", "\(number(t.marks).json()) is not more than the step before (\(number(p.noShow.thresholds[i - 1].marks).json())): list the steps from the fewest marks up")
            } else if i > 0, t.tier < p.noShow.thresholds[i - 1].tier {
                add("noShow.ladder[\(i)]", "is milder than the step before it: each step should be at least as strict")
            }
        }
        if p.noShow.checkAfterMinutes < 0 { add("noShow.checkAfterMinutes", "must not be negative") }
        if let m = p.noShow.autoMarkAfterMinutes, m <= 0 { add("noShow.autoMarkAfterMinutes", "must be positive, or never") }
        if let n = p.noShow.forgiveAfterVisits, !(1...100).contains(n) { add("noShow.forgiveAfterVisits", "\(n) is outside 1-100 (or never)") }
        switch p.waitlist.mode {
        case .sequential(let hold):
            if hold < 1 { add("waitlist.replyMinutes", "must be at least 1") }
        case .batch(let size, let hold):
            if size < 1 { add("waitlist.batchSize", "must be at least 1") }
            if hold < 1 { add("waitlist.replyMinutes", "must be at least 1") }
        case .broadcast: break
        }
        if p.waitlist.maxOffersPerSlot <= 0 { add("waitlist.maxOffersPerSlot", "must be positive") }
        if p.waitlist.maxOffersPerClientPerDay <= 0 { add("waitlist.maxOffersPerClientPerDay", "must be positive") }
        if p.waitlist.stopBeforeStartMinutes < 0 { add("waitlist.stopBeforeStartMinutes", "must not be negative") }
        if p.winBack.delayAfterNoShowHours < 0 { add("winBack.noShowDelay", "must not be negative") }
        if p.winBack.delayAfterCancelHours < 0 { add("winBack.cancelDelay", "must not be negative") }
        if let h = p.winBack.secondStepAfterHours, !(1...24 * 30).contains(h) { add("winBack.secondStep", "must be between 1h and 30d, or never") }
        if !(0...10).contains(p.winBack.slotsOffered) { add("winBack.slots", "\(p.winBack.slotsOffered) is outside 0-10 (0 sends the booking link)") }
        if p.followUp.thanksAfterHours < 0 { add("followUp.thanksAfter", "must not be negative") }
        if let d = p.followUp.defaultRebookAfterDays, !(1...730).contains(d) { add("followUp.defaultRebookAfterDays", "\(d) is outside 1-730") }
        if !(0...4).contains(p.followUp.lowScore) { add("followUp.lowScore", "\(p.followUp.lowScore) is outside 0-4 (0: no rating goes to the manager)") }
        if let v = p.highValueMinorUnits, v <= 0 { add("escalation.highValue", "must be more than 0, or none") }
        if p.escalation.reminderMinutes < 1 { add("escalation.reminderMinutes", "must be at least 1") }
        if p.escalation.managerAfterMinutes <= p.escalation.reminderMinutes {
            add("escalation.managerAfterMinutes", "\(p.escalation.managerAfterMinutes) is not after the reminder (\(p.escalation.reminderMinutes)): the manager takes over later")
        }
        if p.waitlist.confirmDeadlineMinutes < 5 { add("reminders.confirmDeadline", "must be at least 5 minutes") }
        if ![5, 10, 15, 20, 30, 60].contains(p.slotGridMinutes) { add("slotGridMinutes", "\(p.slotGridMinutes) is not one of 5, 10, 15, 20, 30, 60") }
        if p.depositHoldMinutes < 5 { add("deposits.holdMinutes", "\(p.depositHoldMinutes) is too short for a client to pay: at least 5") }
        if p.depositHoldMinutes > 7 * 24 * 60 { add("deposits.holdMinutes", "\(p.depositHoldMinutes) is more than a week") }
        for (i, r) in p.cancellation.reasons.enumerated() where r.trimmingCharacters(in: .whitespaces).isEmpty || r.count > 100 {
            add("cancellation.reasons[\(i)]", "must be 1-100 characters")
        }
        return out
    }

    static func number(_ d: Double) -> DocumentValue { d == d.rounded() && abs(d) < 1e9 ? .int(Int(d)) : .double(d) }

    static func fee(_ f: FeeRule) -> String {
        switch f {
        case .none: "none"
        case .percent(let p): "\(p)%"
        case .fixed(let m): m.description
        }
    }
}

/// The policies of the whole business and of each location that does something differently.
public struct PolicySet: Hashable, Sendable {
    public var business: Policies
    public var locations: [LocationID: Policies]

    public init(business: Policies, locations: [LocationID: Policies]) {
        self.business = business
        self.locations = locations
    }

    /// The policies in force at `location`.
    public func at(_ location: LocationID?) -> Policies { location.flatMap { locations[$0] } ?? business }
}

/// Every problem of a policy document; nothing was applied.
public struct PolicyProblems: Error, Hashable, Sendable, CustomStringConvertible {
    public var problems: [FieldProblem]

    public init(_ problems: [FieldProblem]) { self.problems = problems }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// Durations as people write them in settings: `90m`, `3h`, `2d`, `1h30m`, or a bare number of minutes.
public enum SettingDuration {
    /// Minutes in `text`, or nil when it is not a duration.
    public static func minutes(_ text: String) -> Int? {
        let t = text.lowercased().replacingOccurrences(of: " ", with: "")
        if let n = Int(t) { return n }
        var total = 0, digits = "", any = false
        for ch in t {
            if ch.isNumber { digits.append(ch); continue }
            guard let n = Int(digits) else { return nil }
            switch ch {
            case "d": total += n * 1440
            case "h": total += n * 60
            case "m": total += n
            default: return nil
            }
            digits = ""
            any = true
        }
        return any && digits.isEmpty ? total : nil
    }

    /// As people say it: `3d` from three days on, else hours (`48h`, `24h`), else `1h30m` or `45m`.
    public static func text(minutes: Int) -> String {
        if minutes == 0 { return "0m" }
        if minutes % 1440 == 0 && minutes >= 3 * 1440 { return "\(minutes / 1440)d" }
        if minutes % 60 == 0 { return "\(minutes / 60)h" }
        return minutes > 60 ? "\(minutes / 60)h\(minutes % 60)m" : "\(minutes)m"
    }
}

/// Walks a policy document, filling policies and collecting problems with their paths.
private struct Reader {
    let prefix: String
    var problems: [FieldProblem] = []

    mutating func problem(_ path: String, _ message: String) { problems.append(FieldProblem(prefix + path, message)) }

    /// The pairs of a map, or a problem; unknown keys are named with the nearest known one.
    mutating func map(_ v: DocumentValue, _ path: String, known: [String]) -> [String: DocumentValue]? {
        guard case .map(let pairs) = v else {
            if path.isEmpty {
                // The document itself: named by its prefix without the dot (`policies`), or `policies` when there is none.
                problems.append(FieldProblem(prefix.isEmpty ? "policies" : String(prefix.dropLast()), "must be a group of settings (`name: value` lines), not \(v.kindName)"))
            } else {
                problem(path, "must be a group of settings (`name: value` lines), not \(v.kindName)")
            }
            return nil
        }
        var out: [String: DocumentValue] = [:]
        for (key, value) in pairs {
            let at = path.isEmpty ? key : "\(path).\(key)"
            guard known.contains(key) else {
                let near = known.min { Self.distance($0, key) < Self.distance($1, key) }
                let hint = near.map { Self.distance($0, key) <= max(2, key.count / 3) ? "did you mean \($0)?" : nil } ?? nil
                problem(at, "is not a policy setting" + (hint.map { " (\($0))" } ?? " (the settings here: \(known.joined(separator: ", ")))"))
                continue
            }
            out[key] = value
        }
        return out
    }

    mutating func int(_ v: DocumentValue?, _ path: String, _ target: inout Int) {
        guard let v else { return }
        switch v {
        case .int(let i): target = i
        case .double(let d) where d == d.rounded() && abs(d) < 1e9: target = Int(d)
        case .string(let s) where Int(s) != nil: target = Int(s)!
        default: problem(path, "must be a whole number, not \(v.kindName)")
        }
    }

    /// `preferred` (nil: the client's preferred channel) or a channel's name.
    mutating func channel(_ v: DocumentValue?, _ path: String, _ target: inout Channel?) {
        guard let c = v else { return }
        if case .string(let name) = c, name.lowercased() == "preferred" { target = nil }
        else if case .string(let name) = c, let ch = Channel(rawValue: name.lowercased()) { target = ch }
        else { problem(path, "\(c.kindName) is not preferred or one of \(Channel.allCases.map(\.rawValue).joined(separator: ", "))") }
    }

    /// A whole number, or `never`/`none` (nothing written, or null) for no value.
    mutating func optionalInt(_ v: DocumentValue?, _ path: String, _ target: inout Int?) {
        optional(v, &target) { reader, v, x in reader.int(v, path, &x) }
    }

    /// A value read by `read`, or `never`/`none` (or null) for no value; left as it was when `read` names a problem.
    mutating func optional(_ v: DocumentValue?, _ target: inout Int?, _ read: (inout Reader, DocumentValue, inout Int) -> Void) {
        guard let v else { return }
        switch v {
        case .null: target = nil
        case .string(let s) where ["never", "none"].contains(s.lowercased()): target = nil
        default:
            var x = 0
            let before = problems.count
            read(&self, v, &x)
            if problems.count == before { target = x }
        }
    }

    mutating func double(_ v: DocumentValue?, _ path: String, _ target: inout Double) {
        guard let v else { return }
        switch v {
        case .int(let i): target = Double(i)
        case .double(let d): target = d
        case .string(let s) where Double(s) != nil: target = Double(s)!
        default: problem(path, "must be a number, not \(v.kindName)")
        }
    }

    mutating func bool(_ v: DocumentValue?, _ path: String, _ target: inout Bool) {
        guard let v else { return }
        switch v {
        case .bool(let b): target = b
        case .string(let s) where ["true", "yes", "on"].contains(s.lowercased()): target = true
        case .string(let s) where ["false", "no", "off"].contains(s.lowercased()): target = false
        default: problem(path, "must be true or false, not \(v.kindName)")
        }
    }

    /// A duration (`3h`, `2d`, `90m`, or minutes) in minutes.
    mutating func duration(_ v: DocumentValue?, _ path: String, _ target: inout Int, unitMinutes: Int = 1) {
        guard let v else { return }
        let minutes: Int?
        switch v {
        case .int(let i): minutes = i * unitMinutes
        case .string(let s): minutes = SettingDuration.minutes(s).map { Int(s) != nil ? $0 * unitMinutes : $0 }
        default: minutes = nil
        }
        guard let minutes else { problem(path, "must be a length of time such as 90m, 3h or 2d, not \(v.kindName)"); return }
        if unitMinutes > 1, minutes % unitMinutes != 0 {
            problem(path, "\(SettingDuration.text(minutes: minutes)) is not a whole number of hours")
            return
        }
        target = minutes / unitMinutes
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(_ v: DocumentValue?, _ path: String, _ target: inout T) where T.RawValue == String {
        guard let v else { return }
        guard case .string(let s) = v, let c = T.allCases.first(where: { $0.rawValue.lowercased() == s.lowercased() }) else {
            problem(path, "\(v.kindName) is not one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
            return
        }
        target = c
    }

    /// `none`, `50%` or `25.00 GBP`.
    mutating func fee(_ v: DocumentValue?, _ path: String, _ target: inout FeeRule) {
        guard let v else { return }
        guard case .string(let raw) = v else {
            if case .int(0) = v { target = .none; return }
            problem(path, "must be none, a percentage such as 50% or an amount such as 25.00 GBP, not \(v.kindName)")
            return
        }
        let s = raw.trimmingCharacters(in: .whitespaces)
        if s.lowercased() == "none" || s.isEmpty { target = .none; return }
        if s.hasSuffix("%") {
            guard let p = Int(s.dropLast().trimmingCharacters(in: .whitespaces)) else {
                problem(path, "\"\(raw)\" is not a whole percentage such as 50%")
                return
            }
            target = .percent(p)
            return
        }
        guard let m = Money(text: s) else {
            problem(path, "\"\(raw)\" is not none, a percentage such as 50% or an amount with its currency such as 25.00 GBP")
            return
        }
        target = .fixed(m)
    }

    // MARK: The sections

    mutating func read(_ doc: DocumentValue, into p: inout Policies) {
        let sections = ["slotGridMinutes", "reminders", "deposits", "lateCancel", "noShow", "waitlist", "winBack", "followUp", "escalation",
                        "cancellation", "fees", "quietHours"]
        guard let m = map(doc, "", known: sections) else { return }
        int(m["slotGridMinutes"], "slotGridMinutes", &p.slotGridMinutes)
        if let v = m["reminders"] { reminders(v, &p) }
        if let v = m["deposits"], let d = map(v, "deposits", known: ["holdMinutes", "onEarlyCancel", "onLateCancel", "onNoShow"]) {
            duration(d["holdMinutes"], "deposits.holdMinutes", &p.depositHoldMinutes)
            choice(d["onEarlyCancel"], "deposits.onEarlyCancel", &p.lateCancel.depositOnEarlyCancel)
            choice(d["onLateCancel"], "deposits.onLateCancel", &p.lateCancel.depositOnLateCancel)
            choice(d["onNoShow"], "deposits.onNoShow", &p.lateCancel.depositOnNoShow)
        }
        if let v = m["lateCancel"], let l = map(v, "lateCancel", known: ["window", "fee"]) {
            duration(l["window"], "lateCancel.window", &p.lateCancel.windowHours, unitMinutes: 60)
            fee(l["fee"], "lateCancel.fee", &p.lateCancel.fee)
        }
        if let v = m["noShow"] { noShow(v, &p.noShow) }
        if let v = m["waitlist"] { waitlist(v, &p.waitlist) }
        if let v = m["winBack"] { winBack(v, &p.winBack) }
        if let v = m["followUp"], let f = map(v, "followUp", known: ["thanks", "thanksAfter", "defaultRebookAfterDays", "feedback", "lowScore"]) {
            bool(f["thanks"], "followUp.thanks", &p.followUp.enabled)
            bool(f["feedback"], "followUp.feedback", &p.followUp.feedback)
            int(f["lowScore"], "followUp.lowScore", &p.followUp.lowScore)
            duration(f["thanksAfter"], "followUp.thanksAfter", &p.followUp.thanksAfterHours, unitMinutes: 60)
            optionalInt(f["defaultRebookAfterDays"], "followUp.defaultRebookAfterDays", &p.followUp.defaultRebookAfterDays)
        }
        if let v = m["escalation"], let e = map(v, "escalation", known: ["highValue", "tiers", "reminderMinutes", "managerAfterMinutes"]) {
            escalation(e, &p.escalation)
        }
        if let v = m["escalation"], case .map = v, let h = v["highValue"] {
            switch h {
            case .null: p.highValueMinorUnits = nil
            case .string(let s) where ["none", "never"].contains(s.lowercased()): p.highValueMinorUnits = nil
            case .string(let s):
                if let m = Money(text: s) { p.highValueMinorUnits = m.minorUnits }
                else if let minor = Money.minorUnits(from: Substring(s)) { p.highValueMinorUnits = minor }
                else { problem("escalation.highValue", "\"\(s)\" is not an amount such as 200.00 GBP, or none") }
            case .int(let i): p.highValueMinorUnits = Int64(i) * 100
            case .double(let d): p.highValueMinorUnits = Int64((d * 100).rounded())
            default: problem("escalation.highValue", "must be an amount such as 200.00 GBP, or none")
            }
        }
        if let q = m["quietHours"] {
            switch q {
            case .string(let s) where s.lowercased() == "location": p.quietHours = nil
            case .string(let s):
                // Written by hand: an en dash and spaces around the times are fine too.
                if let q = QuietHours(text: s.replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: " ", with: "")), q.start != q.end {
                    p.quietHours = q
                } else {
                    problem("quietHours", "\"\(s)\" is not hours such as 21:00-08:00 (or location, for the location's own)")
                }
            default: problem("quietHours", "must be hours such as 21:00-08:00, or location")
            }
        }
        if let v = m["fees"], let f = map(v, "fees", known: ["noShow", "charge"]) {
            fee(f["noShow"], "fees.noShow", &p.fees.noShow)
            choice(f["charge"], "fees.charge", &p.fees.charge)
        }
        if let v = m["cancellation"], let c = map(v, "cancellation", known: ["reasons", "notify"]) {
            if let r = c["reasons"] {
                if case .list(let items) = r {
                    var reasons: [String] = []
                    for (i, item) in items.enumerated() {
                        if case .string(let s) = item { reasons.append(s) } else { problem("cancellation.reasons[\(i)]", "must be words, not \(item.kindName)") }
                    }
                    p.cancellation.reasons = reasons
                } else { problem("cancellation.reasons", "must be a list of reasons") }
            }
            choice(c["notify"], "cancellation.notify", &p.cancellation.notify)
        }
    }

    mutating func escalation(_ e: [String: DocumentValue], _ x: inout EscalationPolicy) {
        duration(e["reminderMinutes"], "escalation.reminderMinutes", &x.reminderMinutes)
        duration(e["managerAfterMinutes"], "escalation.managerAfterMinutes", &x.managerAfterMinutes)
        guard let t = e["tiers"] else { return }
        guard case .list(let items) = t else { problem("escalation.tiers", "must be a list of deposit and blocked (or [] for none)"); return }
        var tiers: Set<EscalationPolicy.Tier> = []
        for (i, item) in items.enumerated() {
            var tier = EscalationPolicy.Tier.deposit
            let before = problems.count
            choice(item, "escalation.tiers[\(i)]", &tier)
            if problems.count == before { tiers.insert(tier) }
        }
        x.tiers = tiers
    }

    mutating func reminders(_ v: DocumentValue, _ p: inout Policies) {
        guard let r = map(v, "reminders", known: ["steps", "confirmOrRelease", "confirmDeadline"]) else { return }
        bool(r["confirmOrRelease"], "reminders.confirmOrRelease", &p.waitlist.confirmOrRelease)
        duration(r["confirmDeadline"], "reminders.confirmDeadline", &p.waitlist.confirmDeadlineMinutes)
        guard let s = r["steps"] else { return }
        guard case .list(let items) = s else { problem("reminders.steps", "must be a list of steps, e.g. `- {before: 48h, confirm: true}`"); return }
        var steps: [ReminderCadence.Step] = []
        for (i, item) in items.enumerated() {
            let at = "reminders.steps[\(i)]"
            guard let m = map(item, at, known: ["before", "confirm", "skipIfConfirmed", "channel"]) else { continue }
            var step = ReminderCadence.Step(minutesBefore: 0, skipIfConfirmed: false, asksForConfirmation: true)
            if m["before"] == nil { problem("\(at).before", "is missing: say how long before the visit, e.g. 48h") }
            duration(m["before"], "\(at).before", &step.minutesBefore)
            bool(m["confirm"], "\(at).confirm", &step.asksForConfirmation)
            bool(m["skipIfConfirmed"], "\(at).skipIfConfirmed", &step.skipIfConfirmed)
            channel(m["channel"], "\(at).channel", &step.channel)
            steps.append(step)
        }
        p.reminders.steps = steps
    }

    mutating func noShow(_ v: DocumentValue, _ n: inout NoShowPolicy) {
        guard let m = map(v, "noShow", known: ["lookbackDays", "lateCancelWeight", "ladder", "checkAfterMinutes", "autoMarkAfterMinutes", "askToBlock",
                                               "forgiveAfterVisits"]) else { return }
        optionalInt(m["forgiveAfterVisits"], "noShow.forgiveAfterVisits", &n.forgiveAfterVisits)
        int(m["lookbackDays"], "noShow.lookbackDays", &n.lookbackDays)
        double(m["lateCancelWeight"], "noShow.lateCancelWeight", &n.lateCancelWeight)
        int(m["checkAfterMinutes"], "noShow.checkAfterMinutes", &n.checkAfterMinutes)
        bool(m["askToBlock"], "noShow.askToBlock", &n.askToBlock)
        optionalInt(m["autoMarkAfterMinutes"], "noShow.autoMarkAfterMinutes", &n.autoMarkAfterMinutes)
        guard let l = m["ladder"] else { return }
        guard case .list(let items) = l else { problem("noShow.ladder", "must be a list of steps, e.g. `- {marks: 2, deposit: 100%}`"); return }
        var thresholds: [NoShowPolicy.Threshold] = []
        for (i, item) in items.enumerated() {
            let at = "noShow.ladder[\(i)]"
            guard let s = map(item, at, known: ["marks", "deposit", "block"]) else { continue }
            var marks = 0.0
            if s["marks"] == nil { problem("\(at).marks", "is missing: how many no-shows (a late cancel counts lateCancelWeight) reach this step") }
            double(s["marks"], "\(at).marks", &marks)
            var block = false
            bool(s["block"], "\(at).block", &block)
            var tier = AttendanceTier.good
            if let d = s["deposit"] {
                if case .string(let t) = d, t.hasSuffix("%"), let x = Int(t.dropLast().trimmingCharacters(in: .whitespaces)) { tier = .depositRequired(percent: x) }
                else if case .int(let x) = d { tier = .depositRequired(percent: x) }
                else { problem("\(at).deposit", "\(d.kindName) is not a percentage of the price such as 100%") }
            }
            if block {
                if s["deposit"] != nil { problem("\(at)", "says both deposit and block: a blocked client can't book online at all, so give one") }
                tier = .noOnlineBooking
            } else if s["deposit"] == nil {
                problem("\(at)", "says neither deposit (e.g. deposit: 100%) nor block: true")
            }
            thresholds.append(.init(marks: marks, tier: tier))
        }
        n.thresholds = thresholds
    }

    mutating func waitlist(_ v: DocumentValue, _ w: inout WaitlistPolicy) {
        guard let m = map(v, "waitlist", known: ["mode", "batchSize", "replyMinutes", "maxOffersPerSlot", "maxOffersPerClientPerDay",
                                                 "stopBeforeStartMinutes", "rank"]) else { return }
        choice(m["rank"], "waitlist.rank", &w.rank)
        var (mode, size, hold): (String, Int, Int)
        switch w.mode {
        case .sequential(let h): (mode, size, hold) = ("sequential", 3, h)
        case .batch(let s, let h): (mode, size, hold) = ("batch", s, h)
        case .broadcast: (mode, size, hold) = ("broadcast", 3, 20)
        }
        if let md = m["mode"] {
            if case .string(let s) = md, ["sequential", "batch", "broadcast"].contains(s.lowercased()) { mode = s.lowercased() }
            else { problem("waitlist.mode", "\(md.kindName) is not one of sequential, batch, broadcast") }
        }
        int(m["batchSize"], "waitlist.batchSize", &size)
        duration(m["replyMinutes"], "waitlist.replyMinutes", &hold)
        if mode != "batch", m["batchSize"] != nil { problem("waitlist.batchSize", "only applies to mode: batch") }
        if mode == "broadcast", m["replyMinutes"] != nil { problem("waitlist.replyMinutes", "does not apply to mode: broadcast (the first yes wins)") }
        w.mode = switch mode {
        case "sequential": .sequential(holdMinutes: hold)
        case "batch": .batch(size: size, holdMinutes: hold)
        default: .broadcast
        }
        int(m["maxOffersPerSlot"], "waitlist.maxOffersPerSlot", &w.maxOffersPerSlot)
        int(m["maxOffersPerClientPerDay"], "waitlist.maxOffersPerClientPerDay", &w.maxOffersPerClientPerDay)
        int(m["stopBeforeStartMinutes"], "waitlist.stopBeforeStartMinutes", &w.stopBeforeStartMinutes)
    }

    mutating func winBack(_ v: DocumentValue, _ w: inout WinBackPolicy) {
        guard let m = map(v, "winBack", known: ["after", "cancelledBy", "noShowDelay", "cancelDelay", "slots", "secondStep", "channel"]) else { return }
        optional(m["secondStep"], &w.secondStepAfterHours) { reader, v, hours in reader.duration(v, "winBack.secondStep", &hours, unitMinutes: 60) }
        channel(m["channel"], "winBack.channel", &w.channel)
        if let a = m["after"] {
            if case .string(let s) = a, ["never", "none"].contains(s.lowercased()) { w.enabled = false }
            else { w.enabled = true; choice(a, "winBack.after", &w.after) }
        }
        choice(m["cancelledBy"], "winBack.cancelledBy", &w.cancelledBy)
        duration(m["noShowDelay"], "winBack.noShowDelay", &w.delayAfterNoShowHours, unitMinutes: 60)
        duration(m["cancelDelay"], "winBack.cancelDelay", &w.delayAfterCancelHours, unitMinutes: 60)
        int(m["slots"], "winBack.slots", &w.slotsOffered)
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased()), b = Array(b.lowercased())
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]
            row[0] = i
            for j in 1...b.count {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}
