import BookingCore
import Dialogs
import Foundation
import Intents

/// The working state of one `decide` call: the thread, what to do, and the little verbs that add to it.
struct Turn {
    var state: ConversationState
    var effects: [Effect] = []
    let context: ConversationContext
    let now: Date

    init(_ state: ConversationState, _ context: ConversationContext, now: Date) {
        self.state = state
        self.context = context
        self.now = now
    }

    var decision: Decision { Decision(state: state, effects: effects) }

    var clientID: ClientID? {
        if case .client(let c) = state.party { return c }
        return nil
    }

    var zone: TimeZone { context.location.timeZone }

    /// The client's standing under the location's no-show policy.
    var tier: AttendanceTier { context.client?.tier(under: context.policies.noShow, now: now) ?? .good }

    // MARK: Saying things

    /// Sends to this thread's person. A direct answer to their own message goes at once; anything else waits out quiet hours.
    mutating func say(_ name: MessageName, _ variables: [String: DialogValue] = [:], direct: Bool) {
        send(OutgoingMessage(to: state.party, name: name, variables: declared(name, base.merging(variables) { $1 }),
                             channel: direct ? state.lastChannel : nil, notBefore: direct ? nil : quietUntil()))
    }

    /// Sends to this thread's person on `channel` when they can be reached there (else where they usually are), outside quiet hours.
    mutating func say(_ name: MessageName, _ variables: [String: DialogValue] = [:], on channel: Channel?) {
        send(OutgoingMessage(to: state.party, name: name, variables: declared(name, base.merging(variables) { $1 }),
                             channel: channel, notBefore: quietUntil()))
    }

    /// Sends to a staff member (their own channel), at once.
    mutating func tellStaff(_ staff: StaffID, _ name: MessageName, _ variables: [String: DialogValue]) {
        send(OutgoingMessage(to: .staff(staff), name: name, variables: declared(name, base.merging(variables) { $1 })))
    }

    mutating func send(_ m: OutgoingMessage) { effects.append(.send(m)) }

    /// Keeps the variables the message declares: the catalogue refuses any other.
    func declared(_ name: MessageName, _ all: [String: DialogValue]) -> [String: DialogValue] {
        let names = Set(name.variables.map(\.name))
        return all.filter { names.contains($0.key) }
    }

    /// The end of the quiet hours if it is quiet now, else nil.
    func quietUntil() -> Date? {
        let next = context.quietHours.nextAllowed(after: now, in: zone)
        return next > now ? next : nil
    }

    /// Variables every message may use.
    var base: [String: DialogValue] {
        var v: [String: DialogValue] = ["business": .text(context.businessName), "location": .text(context.location.name),
                                        "booking_link": .text(context.bookingLink),
                                        "booking_page": .text(context.bookingPage),
                                        // A visit not yet written (a slot just taken) has no page of its own yet: the client's booking page stands in.
                                        "manage_link": .text(context.bookingLink), "phone": .text(context.location.phone ?? "")]
        if let c = context.client {
            v["first_name"] = .text(c.firstName)
            v["client"] = .text(c.fullName)
        }
        return v
    }

    /// A local date and time in the location's zone.
    func local(_ d: Date) -> DialogValue { .dateTime(LocalDateTime(d, in: zone)) }

    /// Variables describing an appointment.
    func about(_ a: Appointment) -> [String: DialogValue] {
        ["service": .text(context.serviceName(a.serviceID)), "staff": .text(context.staffName(a.staffID)),
         "when": local(a.start), "time": .time(LocalDateTime(a.start, in: zone).time),
         "manage_link": .text(context.manageLink(a.id)), "booking_link": .text(context.bookingLink(for: a.serviceID))]
    }

    /// Variables describing an offered slot.
    func about(_ slot: OfferedSlot) -> [String: DialogValue] {
        ["service": .text(context.serviceName(slot.serviceID)), "staff": .text(context.staffName(slot.staffID)), "when": local(slot.start)]
    }

    /// A numbered list of slots for a template.
    func list(_ slots: [OfferedSlot]) -> DialogValue {
        .slots(slots.map { Dialogs.SlotOption(LocalDateTime($0.start, in: zone), label: context.staffName($0.staffID)) })
    }

    // MARK: Questions

    /// Opens a question on this thread (and a timer for its expiry).
    mutating func ask(_ kind: OpenQuestion.Kind, expires: Date?) -> OpenQuestion {
        let q = OpenQuestion(id: state.nextQuestionID(), kind: kind, openedAt: now, expiresAt: expires)
        state.questions.append(q)
        effects.append(.openQuestion(q))
        if let expires { effects.append(.schedule(Job(due: expires, timer: .questionExpired(questionID: q.id), party: state.party))) }
        return q
    }

    mutating func close(_ q: OpenQuestion) {
        guard state.questions.contains(where: { $0.id == q.id }) else { return }
        state.questions.removeAll { $0.id == q.id }
        effects.append(.closeQuestion(id: q.id))
    }

    /// Closes a question whose time ran out; an offer is remembered for a day, and the waitlist moves on.
    mutating func lapse(_ q: OpenQuestion) {
        guard state.questions.contains(where: { $0.id == q.id }) else { return }
        close(q)
        if case .offer(let options, _) = q.kind, let client = clientID {
            state.lapsedOffers = Array((state.lapsedOffers + [q]).suffix(3))
            for o in options { effects.append(.offerLapsed(o, client: client)) }
        }
        // No answer to "would you like to cancel?": a person calls, rather than the visit quietly becoming a no-show.
        if case .confirmCancel(let a) = q.kind, context.appointment(a)?.status.isUpcoming == true {
            escalate(.unclear, text: "", appointment: a)
        }
    }

    /// Closes every open question about an appointment (it was cancelled or moved elsewhere).
    mutating func closeQuestions(about a: AppointmentID) {
        for q in state.questions where q.appointmentID == a { close(q) }
    }

    // MARK: Handing over

    /// Hands the thread to a person and tells the client someone will get back to them (once).
    mutating func escalate(_ reason: Escalation.Reason, text: String, appointment: AppointmentID?) {
        guard let client = clientID else { return }
        effects.append(.escalate(Escalation(client: client, appointment: appointment, reason: reason, clientText: text,
                                            recentMessages: context.recentMessages)))
        let recently = state.handedOverAt.map { now.timeIntervalSince($0) < 86_400 } ?? false
        if !(state.awaitingStaff && recently) {
            say(.handoff, [:], direct: true)
            state.handedOverAt = now
        }
        state.awaitingStaff = true
        state.clarificationsInARow = 0
    }

    /// Asks a clarifying question, or hands over when two in a row didn't help.
    mutating func clarify(text: String, appointment: AppointmentID?, ask: (inout Turn) -> Void) {
        if state.clarificationsInARow >= 2 {
            escalate(.tooManyClarifications, text: text, appointment: appointment)
            return
        }
        state.clarificationsInARow += 1
        ask(&self)
    }

    mutating func audit(_ action: String, _ subject: String, _ detail: String, kind: String = "conversation") {
        let actor: Actor = clientID.map { .client($0) } ?? .system("conversation")
        effects.append(.audit(AuditEntry(at: now, actor: actor, subjectKind: kind, subjectID: subject, action: action, detail: detail)))
    }
}
