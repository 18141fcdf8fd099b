import BookingCore
import Foundation
import Testing

@Suite("Appointment lifecycle")
struct AppointmentLifecycleTests {
    static let start = Spa.at("2026-11-24T10:00")
    static let client = Actor.client("maria")
    static let staff = Actor.staff("anna")

    struct Case: CustomStringConvertible, Sendable {
        var from: AppointmentStatus
        var change: AppointmentChange
        var actor: Actor
        /// Hours relative to the start when the change is made.
        var hoursFromStart: Double
        var expected: Result<AppointmentStatus, LifecycleError>
        var description: String { "\(from) + \(change) by \(actor) at \(hoursFromStart)h → \(expected)" }
    }

    static let cases: [Case] = [
        .init(from: .booked, change: .confirm, actor: client, hoursFromStart: -48, expected: .success(.confirmed)),
        .init(from: .confirmed, change: .confirm, actor: client, hoursFromStart: -3, expected: .failure(.alreadyInState(.confirmed))),
        .init(from: .cancelled, change: .confirm, actor: client, hoursFromStart: -3, expected: .failure(.illegal(from: .cancelled, change: "confirmed"))),
        .init(from: .awaitingDeposit, change: .confirm, actor: client, hoursFromStart: -3, expected: .failure(.depositNotPaid)),
        .init(from: .noShow, change: .confirm, actor: client, hoursFromStart: 1, expected: .failure(.illegal(from: .noShow, change: "confirmed"))),
        .init(from: .booked, change: .arrive, actor: staff, hoursFromStart: -0.2, expected: .success(.arrived)),
        .init(from: .confirmed, change: .arrive, actor: staff, hoursFromStart: -5, expected: .failure(.tooEarly)),
        .init(from: .cancelled, change: .arrive, actor: staff, hoursFromStart: 0, expected: .failure(.illegal(from: .cancelled, change: "marked arrived"))),
        .init(from: .arrived, change: .complete, actor: staff, hoursFromStart: 1, expected: .success(.completed)),
        .init(from: .confirmed, change: .complete, actor: staff, hoursFromStart: 1, expected: .success(.completed)),
        .init(from: .confirmed, change: .complete, actor: staff, hoursFromStart: -1, expected: .failure(.notYetStarted)),
        .init(from: .booked, change: .noShow, actor: staff, hoursFromStart: 0.5, expected: .success(.noShow)),
        .init(from: .confirmed, change: .noShow, actor: staff, hoursFromStart: -24, expected: .failure(.notYetStarted)),
        .init(from: .arrived, change: .noShow, actor: staff, hoursFromStart: 0.5, expected: .failure(.illegal(from: .arrived, change: "marked a no-show"))),
        .init(from: .noShow, change: .noShow, actor: staff, hoursFromStart: 1, expected: .failure(.alreadyInState(.noShow))),
        .init(from: .noShow, change: .reinstate, actor: staff, hoursFromStart: 2, expected: .success(.completed)),
        .init(from: .noShow, change: .reinstate, actor: client, hoursFromStart: 2, expected: .failure(.illegal(from: .noShow, change: "reinstated except by staff"))),
        .init(from: .booked, change: .cancel(reason: "ill"), actor: client, hoursFromStart: -48, expected: .success(.cancelled)),
        .init(from: .confirmed, change: .cancel(reason: "ill"), actor: client, hoursFromStart: 0.5, expected: .failure(.alreadyStarted)),
        .init(from: .completed, change: .cancel(reason: "x"), actor: staff, hoursFromStart: 3, expected: .failure(.illegal(from: .completed, change: "cancelled"))),
        .init(from: .cancelled, change: .cancel(reason: "x"), actor: client, hoursFromStart: -30, expected: .failure(.alreadyInState(.cancelled))),
        .init(from: .awaitingDeposit, change: .depositPaid, actor: .system("stripe"), hoursFromStart: -30, expected: .success(.confirmed)),
        .init(from: .booked, change: .depositPaid, actor: .system("stripe"), hoursFromStart: -30, expected: .failure(.illegal(from: .booked, change: "paid for"))),
        .init(from: .awaitingDeposit, change: .holdExpired, actor: .system("scheduler"), hoursFromStart: -20, expected: .success(.cancelled)),
        .init(from: .confirmed, change: .move(start: start.addingTimeInterval(86_400), end: start.addingTimeInterval(90_000), staffID: nil, confirmed: true),
              actor: client, hoursFromStart: -30, expected: .success(.confirmed)),
        .init(from: .confirmed, change: .move(start: start.addingTimeInterval(86_400), end: start.addingTimeInterval(90_000), staffID: "ben", confirmed: false),
              actor: staff, hoursFromStart: -30, expected: .success(.booked)),
        .init(from: .booked, change: .move(start: start.addingTimeInterval(-86_400 * 3), end: start.addingTimeInterval(-86_400 * 3 + 3600), staffID: nil, confirmed: true),
              actor: client, hoursFromStart: -30, expected: .failure(.moveIntoPast)),
        .init(from: .booked, change: .move(start: start, end: start, staffID: nil, confirmed: true),
              actor: client, hoursFromStart: -30, expected: .failure(.invalidTimes)),
        .init(from: .noShow, change: .move(start: start.addingTimeInterval(86_400), end: start.addingTimeInterval(90_000), staffID: nil, confirmed: true),
              actor: staff, hoursFromStart: 2, expected: .failure(.illegal(from: .noShow, change: "moved"))),
    ]

    @Test("every transition is legal or refused with a typed reason", arguments: cases)
    func transitions(c: Case) {
        var a = Spa.appointment("a1", start: "2026-11-24T10:00", status: c.from)
        a.holdExpiresAt = c.from == .awaitingDeposit ? Self.start.addingTimeInterval(-24 * 3600) : nil
        if c.from == .awaitingDeposit { a.deposit = .required(Money(minorUnits: 8500, currency: "GBP")) }
        let now = Self.start.addingTimeInterval(c.hoursFromStart * 3600)
        switch (Result { () throws(LifecycleError) in try a.applying(c.change, by: c.actor, at: now) }, c.expected) {
        case (.success(let t), .success(let status)):
            #expect(t.appointment.status == status)
            #expect(t.audit.actor == c.actor)
            #expect(t.audit.at == now)
            #expect(t.audit.subjectID == "a1")
        case (.failure(let error), .failure(let expected)):
            #expect(error == expected)
        case (let got, let expected):
            Issue.record("got \(got), expected \(expected)")
        }
    }

    @Test("an unpaid hold can't be released before it expires")
    func holdNotExpired() {
        var a = Spa.appointment("a1", start: "2026-11-24T10:00", status: .awaitingDeposit)
        a.holdExpiresAt = Self.start.addingTimeInterval(-20 * 3600)
        #expect(throws: LifecycleError.holdNotExpired) {
            try a.applying(.holdExpired, by: .system("scheduler"), at: Self.start.addingTimeInterval(-21 * 3600))
        }
    }

    @Test("a client cancelling inside the window is late, pays the fee and gets a mark; earlier is free")
    func lateCancel() throws {
        let a = Spa.appointment("a1", start: "2026-11-24T10:00")
        let late = try a.applying(.cancel(reason: "can't make it"), by: Self.client, at: Self.start.addingTimeInterval(-5 * 3600))
        #expect(late.appointment.cancellation?.late == true)
        #expect(late.appointment.cancellation?.fee == Money(minorUnits: 4250, currency: "GBP"))
        #expect(late.attendanceMark?.kind == .lateCancel)
        #expect(late.audit.detail.contains("late"))

        let early = try a.applying(.cancel(reason: "can't make it"), by: Self.client, at: Self.start.addingTimeInterval(-30 * 3600))
        #expect(early.appointment.cancellation?.late == false)
        #expect(early.appointment.cancellation?.fee == nil)
        #expect(early.attendanceMark == nil)

        let byStaff = try a.applying(.cancel(reason: "therapist ill"), by: Self.staff, at: Self.start.addingTimeInterval(-2 * 3600))
        #expect(byStaff.appointment.cancellation?.late == false, "a cancellation by the spa never costs the client")
    }

    @Test("a paid deposit is refunded, kept or credited as the policy says")
    func depositsOnCancel() throws {
        var a = Spa.appointment("a1", start: "2026-11-24T10:00", status: .confirmed)
        let paid = Money(minorUnits: 8500, currency: "GBP")
        a.deposit = .paid(paid)
        var policies = Policies()
        #expect(try a.applying(.cancel(reason: "x"), by: Self.client, at: Self.start.addingTimeInterval(-48 * 3600), policies: policies).appointment.deposit == .refunded(paid))
        #expect(try a.applying(.cancel(reason: "x"), by: Self.client, at: Self.start.addingTimeInterval(-2 * 3600), policies: policies).appointment.deposit == .forfeited(paid))
        policies.lateCancel.depositOnLateCancel = .credit
        #expect(try a.applying(.cancel(reason: "x"), by: Self.client, at: Self.start.addingTimeInterval(-2 * 3600), policies: policies).appointment.deposit == .credited(paid))
        let noShowAt = Self.start.addingTimeInterval(3600)
        #expect(try a.applying(.noShow, by: Self.staff, at: noShowAt, policies: policies).appointment.deposit == .forfeited(paid),
                "a no-show keeps the deposit by default, whatever the late-cancel rule")
        for (rule, expected) in [(DepositOnCancel.refund, DepositState.refunded(paid)), (.keep, .forfeited(paid)), (.credit, .credited(paid))] {
            policies.lateCancel.depositOnNoShow = rule
            #expect(try a.applying(.noShow, by: Self.staff, at: noShowAt, policies: policies).appointment.deposit == expected, "\(rule)")
        }
    }

    @Test("the front desk's cancel dialog: the fee applied or waived, the deposit as staff decide, else as the policy says")
    func cancelOnTerms() throws {
        var a = Spa.appointment("a1", start: "2026-11-24T10:00", status: .confirmed)
        let paid = Money(minorUnits: 2000, currency: "GBP")
        a.deposit = .paid(paid)
        let lateAt = Self.start.addingTimeInterval(-2 * 3600), earlyAt = Self.start.addingTimeInterval(-72 * 3600)
        // The client phoned to cancel late: staff apply the fee, and it counts on her record.
        let applied = try a.applying(.cancelOnTerms(reason: "client asked", terms: .init(fee: .apply)), by: Self.staff, at: lateAt)
        #expect(applied.appointment.cancellation?.late == true)
        #expect(applied.appointment.cancellation?.fee == a.price.percent(50))
        #expect(applied.attendanceMark?.kind == .lateCancel)
        #expect(applied.appointment.deposit == .forfeited(paid), "a late cancel keeps the deposit by default")
        // Waived: nothing charged, nothing on the record, the deposit as staff say.
        let waived = try a.applying(.cancelOnTerms(reason: "client asked", terms: .init(fee: .waive, deposit: .credit)), by: Self.staff, at: lateAt)
        #expect(waived.appointment.cancellation?.fee == nil && waived.attendanceMark == nil)
        #expect(waived.appointment.deposit == .credited(paid))
        #expect(waived.audit.detail.contains("fee waived") && waived.audit.detail.contains("deposit: credit"))
        // The policy decides: the business cancelling early refunds and charges nothing.
        let business = try a.applying(.cancelOnTerms(reason: "illness", terms: .policy), by: Self.staff, at: earlyAt)
        #expect(business.appointment.cancellation?.fee == nil && business.appointment.deposit == .refunded(paid))
        // Staff decide to keep a deposit even on an early cancellation.
        let kept = try a.applying(.cancelOnTerms(reason: "client asked", terms: .init(deposit: .keep)), by: Self.staff, at: earlyAt)
        #expect(kept.appointment.deposit == .forfeited(paid))
    }

    @Test("a no-show puts a mark on the record and reinstating removes it")
    func noShowMark() throws {
        let a = Spa.appointment("a1", start: "2026-11-24T10:00")
        let t = try a.applying(.noShow, by: Self.staff, at: Self.start.addingTimeInterval(1800))
        #expect(t.attendanceMark == AttendanceMark(kind: .noShow, at: Self.start.addingTimeInterval(1800), appointmentID: "a1"))
        let back = try t.appointment.applying(.reinstate, by: Self.staff, at: Self.start.addingTimeInterval(3600))
        #expect(back.removesAttendanceMark)
        #expect(back.appointment.status == .completed)
    }

    @Test("attendance tiers follow the no-show thresholds within the look-back")
    func tiers() {
        let now = Self.start
        let policy = NoShowPolicy()
        func marks(_ kinds: [AttendanceMark.Kind], daysAgo: Double = 30) -> [AttendanceMark] {
            kinds.map { AttendanceMark(kind: $0, at: now.addingTimeInterval(-daysAgo * 86_400)) }
        }
        #expect(policy.tier(for: marks([.noShow]), now: now) == .good)
        #expect(policy.tier(for: marks([.noShow, .noShow]), now: now) == .depositRequired(percent: 100))
        #expect(policy.tier(for: marks([.noShow, .lateCancel, .lateCancel]), now: now) == .depositRequired(percent: 100))
        #expect(policy.tier(for: marks([.noShow, .noShow, .noShow]), now: now) == .noOnlineBooking)
        #expect(policy.tier(for: marks([.noShow, .noShow, .noShow], daysAgo: 400), now: now) == .good, "old marks expire")
        let forgiven = Client(id: "c", firstName: "C", attendance: marks([.noShow, .noShow, .noShow]), tierOverride: .good)
        #expect(forgiven.tier(under: policy, now: now) == .good)
    }

    @Test("reminder steps already past at booking time are dropped; the rest come in time order")
    func reminderCadence() {
        let cadence = ReminderCadence()
        let steps = cadence.dueTimes(start: Self.start, now: Self.start.addingTimeInterval(-72 * 3600))
        #expect(steps.map(\.at) == [Self.start.addingTimeInterval(-48 * 3600), Self.start.addingTimeInterval(-3 * 3600)])
        #expect(cadence.dueTimes(start: Self.start, now: Self.start.addingTimeInterval(-5 * 3600)).map(\.step.minutesBefore) == [180])
    }
}
