import Foundation

/// A change someone asks of an appointment.
public enum AppointmentChange: Hashable, Sendable {
    case confirm
    /// The prepayment arrived; the hold becomes a confirmed booking.
    case depositPaid
    /// The unpaid hold ran out.
    case holdExpired
    case arrive
    case complete
    case noShow
    /// Staff undo a no-show marked by mistake ("I did come!").
    case reinstate
    case cancel(reason: String)
    /// A cancellation with staff's decisions on the fee and the deposit (the front desk's cancel dialog).
    case cancelOnTerms(reason: String, terms: CancellationTerms)
    /// Move to a new time (and optionally another staff member); `confirmed` when the client chose the new time.
    case move(start: Date, end: Date, staffID: StaffID?, confirmed: Bool)
}

/// What staff decide when they cancel a visit: whether the late-cancel fee is charged, and what becomes of a paid deposit.
public struct CancellationTerms: Hashable, Sendable {
    /// The late-cancel fee.
    public enum Fee: String, Hashable, Sendable, CaseIterable {
        /// As the policy says: a client's late cancellation pays it, the business's never does.
        case policy
        /// Charged (the client cancelled late by phone, say), and it counts on their record as a late cancellation.
        case apply
        /// Not charged, and nothing goes on the client's record.
        case waive
    }

    public var fee: Fee
    /// What becomes of a paid deposit; nil for the policy's rule.
    public var deposit: DepositOnCancel?

    public init(fee: Fee = .policy, deposit: DepositOnCancel? = nil) {
        self.fee = fee
        self.deposit = deposit
    }

    /// The policy decides everything.
    public static let policy = CancellationTerms()
}

/// Why a change is refused.
public enum LifecycleError: Error, Hashable, Sendable, CustomStringConvertible {
    case illegal(from: AppointmentStatus, change: String)
    case alreadyInState(AppointmentStatus)
    /// No-show or completion before the visit began.
    case notYetStarted
    /// Arrival long before the visit.
    case tooEarly
    /// A client tried to cancel or move a visit that has already begun.
    case alreadyStarted
    case holdNotExpired
    case depositNotPaid
    case moveIntoPast
    case invalidTimes

    public var description: String {
        switch self {
        case .illegal(let from, let change): "an appointment that is \(from.rawValue) cannot be \(change)"
        case .alreadyInState(let s): "the appointment is already \(s.rawValue)"
        case .notYetStarted: "the appointment has not started yet"
        case .tooEarly: "the appointment is more than 2 hours away"
        case .alreadyStarted: "the appointment has already started"
        case .holdNotExpired: "the deposit hold has not expired yet"
        case .depositNotPaid: "the deposit has not been paid"
        case .moveIntoPast: "the new time is in the past"
        case .invalidTimes: "the end is not after the start"
        }
    }
}

/// The outcome of a legal change: the new appointment, its audit entry, and what goes on the client's record.
public struct AppointmentTransition: Hashable, Sendable {
    public var appointment: Appointment
    public var audit: AuditEntry
    /// A no-show or late cancel to add to the client's attendance record.
    public var attendanceMark: AttendanceMark?
    /// A no-show undone: remove the mark for this appointment.
    public var removesAttendanceMark: Bool
    /// A fee the change makes due (a late cancellation's or a no-show's).
    public var fee: FeeDue?
}

/// A fee a change made due.
public struct FeeDue: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case lateCancel, noShow
    }

    public var kind: Kind
    public var amount: Money

    public init(kind: Kind, amount: Money) {
        self.kind = kind
        self.amount = amount
    }
}

extension Appointment {
    /// How long before the start a client may be marked arrived.
    public static let earliestArrival: TimeInterval = 2 * 3600

    /// Whether staff may mark the client arrived at `now`.
    public func canArrive(at now: Date) -> Bool {
        (status == .booked || status == .confirmed) && now >= start.addingTimeInterval(-Self.earliestArrival)
    }

    /// Applies `change` made by `actor` at `now` under `policies`, or says why it is illegal.
    /// Pure: the caller persists the result.
    public func applying(_ change: AppointmentChange, by actor: Actor, at now: Date,
                         policies: Policies = .standard) throws(LifecycleError) -> AppointmentTransition {
        var next = self
        next.updatedAt = now
        var mark: AttendanceMark?
        var removesMark = false
        var feeDue: FeeDue?
        let verb: String
        var detail = ""

        switch change {
        case .confirm:
            switch status {
            case .booked: next.status = .confirmed
            case .confirmed: throw .alreadyInState(.confirmed)
            case .awaitingDeposit: throw .depositNotPaid
            default: throw .illegal(from: status, change: "confirmed")
            }
            verb = "confirmed"

        case .depositPaid:
            guard status == .awaitingDeposit else {
                if case .paid = deposit { throw .alreadyInState(status) }
                throw .illegal(from: status, change: "paid for")
            }
            next.status = .confirmed
            next.holdExpiresAt = nil
            if case .required(let m) = deposit { next.deposit = .paid(m) }
            verb = "depositPaid"

        case .holdExpired:
            guard status == .awaitingDeposit else { throw .illegal(from: status, change: "released as an unpaid hold") }
            if let expiry = holdExpiresAt, now < expiry { throw .holdNotExpired }
            next.status = .cancelled
            next.holdExpiresAt = nil
            next.cancellation = Cancellation(by: actor, reason: "deposit not paid in time", at: now, late: false, fee: nil)
            verb = "holdExpired"

        case .arrive:
            switch status {
            case .booked, .confirmed:
                guard now >= start.addingTimeInterval(-Self.earliestArrival) else { throw .tooEarly }
                next.status = .arrived
                mark = AttendanceMark(kind: .attended, at: start, appointmentID: id)
            case .arrived: throw .alreadyInState(.arrived)
            default: throw .illegal(from: status, change: "marked arrived")
            }
            verb = "arrived"

        case .complete:
            switch status {
            case .arrived: break
            case .booked, .confirmed:
                guard now >= start else { throw .notYetStarted }
                mark = AttendanceMark(kind: .attended, at: start, appointmentID: id)
            case .completed: throw .alreadyInState(.completed)
            default: throw .illegal(from: status, change: "completed")
            }
            next.status = .completed
            verb = "completed"

        case .noShow:
            switch status {
            case .booked, .confirmed:
                guard now >= start else { throw .notYetStarted }
            case .noShow: throw .alreadyInState(.noShow)
            default: throw .illegal(from: status, change: "marked a no-show")
            }
            next.status = .noShow
            if case .paid(let m) = deposit {
                next.deposit = policies.lateCancel.depositOnNoShow.applied(to: m)
            }
            mark = AttendanceMark(kind: .noShow, at: now, appointmentID: id)
            feeDue = Self.feeDue(.noShow, policies.fees.noShow.fee(on: price), keptDeposit: next.deposit)
            verb = "noShow"
            if let feeDue { detail = "\(status.rawValue) → noShow (fee \(feeDue.amount))" }

        case .reinstate:
            guard status == .noShow else { throw .illegal(from: status, change: "reinstated") }
            guard case .staff = actor else { throw .illegal(from: status, change: "reinstated except by staff") }
            next.status = .completed
            if case .forfeited(let m) = deposit { next.deposit = .paid(m) }
            if case .credited(let m) = deposit { next.deposit = .paid(m) }
            removesMark = true
            mark = AttendanceMark(kind: .attended, at: start, appointmentID: id)
            verb = "reinstated"

        case .cancel(let reason), .cancelOnTerms(let reason, _):
            guard status.isUpcoming else {
                if status == .cancelled { throw .alreadyInState(.cancelled) }
                throw .illegal(from: status, change: "cancelled")
            }
            let terms: CancellationTerms = if case .cancelOnTerms(_, let t) = change { t } else { .policy }
            let byClient: Bool = if case .client = actor { true } else { false }
            if byClient && now >= start { throw .alreadyStarted }
            let withinWindow = status != .awaitingDeposit && policies.lateCancel.isLate(start: start, now: now)
            let late = switch terms.fee {
            case .policy: byClient && withinWindow
            case .apply: status != .awaitingDeposit
            case .waive: false
            }
            let fee = late ? policies.lateCancel.fee.fee(on: price) : nil
            next.status = .cancelled
            next.holdExpiresAt = nil
            next.cancellation = Cancellation(by: actor, reason: reason, at: now, late: late, fee: fee)
            if case .paid(let m) = deposit {
                let rule = terms.deposit
                    ?? (late ? policies.lateCancel.depositOnLateCancel : (byClient ? policies.lateCancel.depositOnEarlyCancel : .refund))
                next.deposit = rule.applied(to: m)
            }
            if late { mark = AttendanceMark(kind: .lateCancel, at: now, appointmentID: id) }
            feeDue = Self.feeDue(.lateCancel, fee, keptDeposit: next.deposit)
            verb = "cancelled"
            detail = reason + (late ? " (late" + (fee.map { ", fee \($0)" } ?? "") + ")" : "")
            if terms.fee == .waive && byClient == false && withinWindow { detail += " (fee waived)" }
            if let d = terms.deposit, case .paid = deposit { detail += " (deposit: \(d.rawValue))" }

        case .move(let newStart, let newEnd, let newStaff, let confirmed):
            guard status.isUpcoming else { throw .illegal(from: status, change: "moved") }
            guard newEnd > newStart else { throw .invalidTimes }
            guard newStart > now else { throw .moveIntoPast }
            if case .client = actor, now >= start { throw .alreadyStarted }
            detail = "\(start.formatted(.iso8601)) → \(newStart.formatted(.iso8601))"
            if let s = newStaff, s != staffID { detail += ", staff \(staffID) → \(s)" }
            next.start = newStart
            next.end = newEnd
            if let s = newStaff { next.staffID = s }
            if status != .awaitingDeposit { next.status = confirmed ? .confirmed : .booked }
            verb = "moved"
        }

        let entry = AuditEntry(at: now, actor: actor, subjectKind: "appointment", subjectID: id.rawValue, action: verb,
                               detail: detail.isEmpty ? "\(status.rawValue) → \(next.status.rawValue)" : detail)
        return AppointmentTransition(appointment: next, audit: entry, attendanceMark: mark, removesAttendanceMark: removesMark, fee: feeDue)
    }

    /// What is still owed of a fee once a deposit kept counts towards it: a £20 deposit kept on a £37.50 fee leaves £17.50; nothing
    /// when the deposit covers it. A deposit refunded or kept as credit doesn't count.
    static func feeDue(_ kind: FeeDue.Kind, _ fee: Money?, keptDeposit: DepositState) -> FeeDue? {
        guard let fee else { return nil }
        var owed = fee.minorUnits
        if case .forfeited(let kept) = keptDeposit, kept.currency == fee.currency { owed -= kept.minorUnits }
        return owed > 0 ? FeeDue(kind: kind, amount: Money(minorUnits: owed, currency: fee.currency)) : nil
    }
}
