import BookingCore
import Foundation
import Store

/// Turns raw records into the business's values, one kind at a time.
enum RecordReaders {
    static let channels = Dictionary(uniqueKeysWithValues: Channel.allCases.map { (RawRecord.key($0.rawValue), $0) })

    static func location(_ raw: RawRecord) -> (Location?, [ImportProblem]) {
        var f = FieldReader(raw)
        let id = f.text("id"), name = f.text("name"), zone = f.text("timeZone")
        let hours = f.weeklyHours("hours")
        var closures: Set<LocalDate> = []
        for c in f.list("closures") { if let d = f.localDate("closures", text: c) { closures.insert(d) } }
        var quiet = QuietHours.default
        if let q = f.optionalText("quietHours") {
            if let parsed = QuietHours(text: q) {
                quiet = parsed
            } else {
                f.fail("quietHours", "\"\(q)\" is not a range such as 21:00-08:00")
            }
        }
        let address = f.optionalText("address"), phone = f.optionalText("phone")
        guard let id, let name, let zone, let hours else { return (nil, f.problems) }
        let l = Location(id: LocationID(id), name: name, timeZoneIdentifier: zone, openingHours: hours, closures: closures,
                         quietHours: quiet, address: address, phone: phone)
        for p in l.validate() { f.fail(p.field, p.message) }
        return (f.problems.isEmpty ? l : nil, f.problems)
    }

    static func service(_ raw: RawRecord) -> (Service?, [ImportProblem]) {
        var f = FieldReader(raw)
        let id = f.text("id"), name = f.text("name")
        let duration = f.integer("duration", range: 5...720)
        let before = f.integer("bufferBefore", default: 0, range: 0...240)
        let after = f.integer("bufferAfter", default: 0, range: 0...240)
        var price: Money?
        if let p = f.text("price") {
            if let m = Money(text: p) {
                price = m
            } else if let currency = f.optionalText("currency"), let m = Money(text: "\(p) \(currency)") {
                price = m
            } else {
                f.fail("price", "\"\(p)\" is not an amount with its currency such as 85.00 GBP")
            }
        }
        var deposit = DepositRule.none
        if let d = f.optionalText("deposit"), let price {
            if let rule = DepositRule(text: d, currency: price.currency) { deposit = rule } else {
                f.fail("deposit", "\"\(d)\" is not none, a percentage such as 50% or an amount such as 20.00")
            }
        }
        let category = f.optionalText("category") ?? ""
        let rebook = f.optionalText("rebookAfterDays") == nil ? nil : f.integer("rebookAfterDays", range: 1...730)
        guard let id, let name, let duration, let before, let after, let price else { return (nil, f.problems) }
        let s = Service(id: ServiceID(id), name: name, durationMinutes: duration, bufferBeforeMinutes: before, bufferAfterMinutes: after,
                        price: price, deposit: deposit, category: category, rebookAfterDays: rebook)
        for p in s.validate() { f.fail(p.field, p.message) }
        return (f.problems.isEmpty ? s : nil, f.problems)
    }

    static func staff(_ raw: RawRecord, catalogue: Catalogue) -> (StaffMember?, [ImportProblem]) {
        var f = FieldReader(raw)
        let id = f.text("id"), name = f.text("name")
        let role = f.oneOf("role", Dictionary(uniqueKeysWithValues: StaffMember.Role.allCases.map { ($0.rawValue, $0) }), default: .staff)
        let locations = f.list("locations").map { LocationID($0) }
        if locations.isEmpty { f.fail("locations", "is missing (the ids of the locations this person works at)") }
        let hours = f.weeklyHours("hours")
        let services = Set(f.list("services").map { ServiceID($0) })
        let escalationChannel = f.optionalText("escalationChannel").flatMap { text -> Channel? in
            if let c = channels[RawRecord.key(text)] { return c }
            f.fail("escalationChannel", "\"\(text)\" is not one of \(Channel.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        var escalationAddress = f.optionalText("escalationAddress")
        if let c = escalationChannel, let a = escalationAddress {
            switch ContactAddress.validate(a, for: c) {
            case .success(let normalized): escalationAddress = normalized
            case .failure(let p): f.fail("escalationAddress", p.description)
            }
        }
        let zone = locations.first.flatMap { catalogue.locations[$0]?.timeZone }
        var timeOff: [DateInterval] = []
        for item in f.list("timeOff", commas: false) {
            let ends = item.components(separatedBy: "/")
            // A date alone means the whole day: as an end, through that day.
            let parse: (String, Bool) -> Date? = { s, isEnd in
                if let d = LocalDate(iso: s), let zone { return ZoneDay(isEnd ? d.adding(days: 1) : d, in: zone).start }
                return LocalDateTime(text: s).flatMap { l in zone.map { l.instant(in: $0) } }
            }
            guard ends.count == 2, let a = parse(ends[0].trimmingCharacters(in: .whitespaces), false),
                  let b = parse(ends[1].trimmingCharacters(in: .whitespaces), true) else {
                f.fail("timeOff", "\"\(item)\" is not a period such as 2026-12-24/2026-12-27 or 2026-11-25T13:00/2026-11-25T17:00")
                continue
            }
            guard b > a else { f.fail("timeOff", "\"\(item)\" ends before it starts"); continue }
            timeOff.append(DateInterval(start: a, end: b))
        }
        let active = f.bool("active", default: true)
        guard let id, let name, let role, let hours else { return (nil, f.problems) }
        let s = StaffMember(id: StaffID(id), name: name, role: role, locationIDs: locations, workingHours: hours, timeOff: timeOff,
                            serviceIDs: services, escalationChannel: escalationChannel, escalationAddress: escalationAddress, active: active)
        for p in s.validate() where p.field != "escalation" && p.field != "locations" { f.fail(p.field, p.message) }
        if (escalationChannel == nil) != (escalationAddress == nil) {
            f.fail(escalationChannel == nil ? "escalationChannel" : "escalationAddress", "needs both an escalation channel and an address")
        }
        return (f.problems.isEmpty ? s : nil, f.problems)
    }

    static func client(_ raw: RawRecord) -> (Client?, [ImportProblem]) {
        var f = FieldReader(raw)
        let id = f.text("id")
        var first = f.optionalText("firstName"), last = f.optionalText("lastName") ?? ""
        if first == nil, let full = f.optionalText("name") {
            let parts = full.split(separator: " ", maxSplits: 1)
            first = parts.first.map(String.init)
            last = parts.count > 1 ? String(parts[1]) : ""
        }
        if first == nil { f.fail("name", "is missing") }
        var addresses: [Channel: String] = [:]
        for (field, channel) in [("phone", Channel.sms), ("whatsapp", .whatsapp), ("telegram", .telegram), ("email", .email)] {
            guard let a = f.optionalText(field) else { continue }
            switch ContactAddress.validate(a, for: channel) {
            case .success(let normalized): addresses[channel] = normalized
            case .failure(let p): f.fail(field, p.description)
            }
        }
        let preferred = f.optionalText("preferredChannel").flatMap { text -> Channel? in
            if let c = channels[RawRecord.key(text)] { return c }
            f.fail("preferredChannel", "\"\(text)\" is not one of \(Channel.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        if let p = preferred, addresses[p] == nil { f.fail("preferredChannel", "\(p.rawValue) is preferred but no \(p.rawValue) address is given") }
        let givenLocale = f.optionalText("locale")
        let locale = givenLocale ?? "en"
        if !Client.isLocaleTag(locale) { f.fail("locale", "\"\(locale)\" is not a language tag such as en, es or ru") }
        let tags = Set(f.list("tags"))
        var optedOut: Set<Channel> = []
        for c in f.list("optedOut") {
            if let ch = channels[RawRecord.key(c)] { optedOut.insert(ch) } else { f.fail("optedOut", "\"\(c)\" is not a channel") }
        }
        let notes = f.optionalText("notes") ?? ""
        guard let id, let first, f.problems.isEmpty else { return (nil, f.problems) }
        return (Client(id: ClientID(id), firstName: first, lastName: last, addresses: addresses, preferredChannel: preferred,
                       locale: locale, localeKnown: givenLocale != nil, optedOut: optedOut, tags: tags, notes: notes), [])
    }

    static func appointment(_ raw: RawRecord, catalogue: Catalogue, now: Date) -> (Appointment?, [ImportProblem]) {
        var f = FieldReader(raw)
        let client = f.text("client"), serviceID = f.text("service"), staffID = f.text("staff")
        let service = serviceID.flatMap { catalogue.services[ServiceID($0)] }
        if let serviceID, service == nil { f.fail("service", "no service with id \"\(serviceID)\"") }
        let staff = staffID.flatMap { catalogue.staff[StaffID($0)] }
        if let staffID, staff == nil { f.fail("staff", "no staff member with id \"\(staffID)\"") }
        var locationID = f.optionalText("location").map { LocationID($0) }
        if locationID == nil, let staff, staff.locationIDs.count == 1 { locationID = staff.locationIDs[0] }
        if locationID == nil && staff != nil { f.fail("location", "is missing (the staff member works at more than one location)") }
        let location = locationID.flatMap { catalogue.locations[$0] }
        if let locationID, location == nil { f.fail("location", "no location with id \"\(locationID)\"") }
        if let staff, let service, !staff.performs(service.id) { f.fail("service", "\(staff.name) does not perform \(service.name)") }
        if let staff, let locationID, !staff.locationIDs.contains(locationID) { f.fail("location", "\(staff.name) does not work at \(locationID)") }

        // Without a location (already reported), read the times for their form only.
        let zone = location?.timeZone ?? (f.problems.isEmpty ? nil : TimeZone(identifier: "UTC"))
        let start = f.instant("start", zone: zone)
        var end = f.instant("end", zone: zone, required: false)
        if end == nil, let start, let service { end = start.addingTimeInterval(Double(service.durationMinutes) * 60) }
        if let start, let e = end, e <= start { f.fail("end", "is not after the start") }
        let statuses = Dictionary(uniqueKeysWithValues: AppointmentStatus.allCases.map { (RawRecord.key($0.rawValue), $0) })
        let status = f.oneOf("status", statuses, default: .booked)
        let sources = Dictionary(uniqueKeysWithValues: BookingSource.allCases.map { (RawRecord.key($0.rawValue), $0) })
        let source = f.oneOf("source", sources, default: .import)
        var price = service?.price
        if let p = f.optionalText("price") {
            if let m = Money(text: p) { price = m } else if let currency = service?.price.currency, let m = Money(text: "\(p) \(currency)") { price = m } else {
                f.fail("price", "\"\(p)\" is not an amount such as 85.00 or 85.00 GBP")
            }
        }
        if let status, let start, [.noShow, .arrived, .completed].contains(status), start > now {
            f.fail("status", "a future appointment can't be \(status.rawValue)")
        }
        let notes = f.optionalText("notes") ?? ""
        guard f.problems.isEmpty, let client, let service, let staff, let location, let start, let end, let status, let source, let price else {
            return (nil, f.problems)
        }
        let id = f.optionalText("id") ?? "imp-\(staff.id)-\(Int(start.timeIntervalSince1970))"
        var a = Appointment(id: AppointmentID(id), clientID: ClientID(client), serviceID: service.id, staffID: staff.id, locationID: location.id,
                            start: start, end: end, price: price, status: status, source: source, notes: notes, createdAt: now)
        if status == .cancelled {
            a.cancellation = Cancellation(by: .external("import"), reason: f.optionalText("cancelReason") ?? "imported as cancelled", at: now, late: false, fee: nil)
        }
        return (a, [])
    }

    static func waitlist(_ raw: RawRecord, catalogue: Catalogue, now: Date) -> (WaitlistEntry?, [ImportProblem]) {
        var f = FieldReader(raw)
        let client = f.text("client"), location = f.text("location")
        let services = f.list("services").map { ServiceID($0) }
        if services.isEmpty { f.fail("services", "is missing") }
        let staff = f.list("staff").map { StaffID($0) }
        var windows: [WaitlistWindow] = []
        for w in f.list("windows", commas: false) {
            // "fri 17:00-20:00", "2026-11-24 09:00-12:00", "daily 09:00-12:00"
            let parts = w.split(separator: " ", maxSplits: 1).map(String.init)
            guard parts.count == 2, let hours = LocalTimeRange(text: parts[1]) else {
                f.fail("windows", "\"\(w)\" should look like fri 17:00-20:00 or 2026-11-24 09:00-12:00")
                continue
            }
            if let d = LocalDate(iso: parts[0]) {
                windows.append(WaitlistWindow(from: d, to: d, hours: hours))
            } else if let days = FieldReader.weekdays(parts[0]) {
                windows.append(WaitlistWindow(weekdays: Set(days), hours: hours))
            } else {
                f.fail("windows", "\"\(parts[0])\" is not a date or days such as mon-fri")
            }
        }
        let flex = f.oneOf("flexibility", ["exact": WaitlistEntry.Flexibility.exact, "flexible": .flexible, "anytime": .anytime], default: .flexible)
        let zone = location.flatMap { catalogue.locations[LocationID($0)]?.timeZone }
        let expires = f.optionalText("expires").flatMap { text -> Date? in
            if let d = LocalDate(iso: text), let zone { return ZoneDay(d.adding(days: 1), in: zone).start }
            return f.instant("expires", zone: zone)
        }
        guard f.problems.isEmpty, let client, let location, let flex else { return (nil, f.problems) }
        let id = f.optionalText("id") ?? "wl-\(client)-\(raw.source.line)"
        return (WaitlistEntry(id: WaitlistEntryID(id), clientID: ClientID(client), locationID: LocationID(location), serviceIDs: services,
                              preferredStaff: staff, windows: windows, flexibility: flex, createdAt: now, expiresAt: expires), [])
    }
}
