/// Every message SlotKeeper sends; the raw value is the message's key in `dialogs/<locale>.yaml`.
public enum MessageName: String, CaseIterable, Sendable, Hashable, Codable {
    /// A reminder step that only informs (no question).
    case reminder = "reminder"
    /// A reminder step that asks the client to confirm (opens a "confirm appointment" question).
    case reminderConfirm = "reminder_confirm"
    /// The last reminder before the visit.
    case reminderFinal = "reminder_final"
    /// The client confirmed.
    case confirmationReceipt = "confirmation_receipt"
    /// The client cancelled in time: no fee.
    case cancellationReceipt = "cancellation_receipt"
    /// The client cancelled inside the late-cancel window: the fee applies.
    case cancellationReceiptLateFee = "cancellation_receipt_late_fee"
    /// "Do you really want to cancel?" before cancelling (buttons confirm / decline).
    case confirmCancel = "confirm_cancel"
    /// The client said no to cancelling: the appointment stays booked.
    case keptAppointment = "kept_appointment"
    /// The business had to cancel the appointment.
    case cancelledByBusiness = "cancelled_by_business"
    /// The client said they are running late.
    case runningLateReceipt = "running_late_receipt"
    /// Up to 3 free slots near what the client asked, as a numbered list.
    case rescheduleOptions = "reschedule_options"
    /// The time asked for is taken; the nearest free slots instead.
    case rescheduleNearest = "reschedule_nearest"
    /// The appointment was moved.
    case moveReceipt = "move_receipt"
    /// A freed slot offered to someone on the waitlist.
    case waitlistOffer = "waitlist_offer"
    /// A short list of freed slots offered to someone on the waitlist.
    case waitlistOfferList = "waitlist_offer_list"
    /// The offered slot went to someone else first.
    case slotTaken = "slot_taken"
    /// A slot may come free (its client hasn't confirmed): the waitlisted client can queue for it.
    case standbyOffer = "standby_offer"
    /// The client is first in line for a slot that may come free.
    case standbyReceipt = "standby_receipt"
    /// The client took an offered slot: it is booked.
    case offerReceipt = "offer_receipt"
    /// The client booked a visit on the booking page: it is booked, with the link to manage it.
    case bookingReceipt = "booking_receipt"
    /// The one-time code the booking page sent to check a phone number.
    case verificationCode = "verification_code"
    /// The client turned down a waitlist offer: they stay on the waitlist.
    case offerDeclined = "offer_declined"
    /// The client took an offer that had gone to someone else or run out: they stay on the waitlist.
    case offerExpired = "offer_expired"
    /// An invitation back after a missed visit, with open slots.
    case winBackNoShow = "win_back_no_show"
    /// An invitation back after a cancellation, with open slots.
    case winBackCancel = "win_back_cancel"
    /// An invitation back after a missed visit with the booking link, when no open slot is listed.
    case winBackNoShowLink = "win_back_no_show_link"
    /// An invitation back after a cancellation with the booking link, when no open slot is listed.
    case winBackCancelLink = "win_back_cancel_link"
    /// The client turned down the invitation back: how to book later.
    case rebookDeclined = "rebook_declined"
    /// Thanks after a visit, with a nudge to book the next one.
    case postVisitThanks = "post_visit_thanks"
    /// Thanks after a visit, with the booking link, for a service with no rebook cadence.
    case postVisitThanksPlain = "post_visit_thanks_plain"
    /// "How was your visit? 1 to 5, or in words."
    case feedbackRequest = "feedback_request"
    /// Thanks for a rating or a comment.
    case feedbackThanks = "feedback_thanks"
    /// A deposit must be paid to hold the booking (repeat no-show tier).
    case depositRequired = "deposit_required"
    /// Online booking is closed to this client; they are asked to call.
    case bookingBlocked = "booking_blocked"
    /// "Which appointment do you mean?" with a numbered list.
    case clarifyAppointment = "clarify_appointment"
    /// The client's reply to a numbered list wasn't one of the numbers.
    case pickNumber = "pick_number"
    /// A person will get back to the client.
    case handoff = "handoff"
    /// A staff member's answer relayed to the client.
    case staffAnswer = "staff_answer"
    /// What the client can say to the bot.
    case help = "help"
    /// The client opted out on this channel.
    case optOutConfirmation = "opt_out_confirmation"
    /// The client opted back in.
    case optInConfirmation = "opt_in_confirmation"
    /// The client's Telegram chat was linked through their start link: messages come here now.
    case telegramLinked = "telegram_linked"
    /// A Telegram start link that expired, was used by another chat, or never existed.
    case telegramLinkExpired = "telegram_link_expired"
    /// Someone SlotKeeper doesn't know opened the Telegram bot without a start link.
    case telegramLinkMissing = "telegram_link_missing"
    /// The bot can't do what was asked.
    case fallback = "fallback"
    /// To staff: a conversation handed to a person, about one appointment.
    case staffEscalation = "staff_escalation"
    /// To staff: a conversation handed to a person, with no appointment in question.
    case staffEscalationGeneral = "staff_escalation_general"
    /// To staff: did the client come to their appointment?
    case staffNoShowCheck = "staff_no_show_check"
    /// To staff: the client is running late, by about this many minutes.
    case staffRunningLate = "staff_running_late"
    /// To staff: the client is running late, without saying by how much.
    case staffRunningLateUnsure = "staff_running_late_unsure"
    /// To staff: their reply was taken in.
    case staffNoted = "staff_noted"
    /// To staff: their reply was neither yes/no to a no-show check nor an answer to a client.
    case staffUnknownReply = "staff_unknown_reply"

    /// Whether the message goes to staff rather than a client.
    public var isForStaff: Bool {
        [.staffEscalation, .staffEscalationGeneral, .staffNoShowCheck, .staffRunningLate, .staffRunningLateUnsure, .staffNoted,
         .staffUnknownReply].contains(self)
    }

    /// The variables this message's templates may use, with their kinds; the engine supplies all of them.
    public var variables: [VariableSpec] {
        let v = VariableSpec.self
        let base: [VariableSpec] = [v.business, v.firstName]
        switch self {
        case .reminder, .reminderConfirm, .reminderFinal:
            return base + [v.service, v.when, v.location, v.manageLink]
        case .confirmationReceipt, .confirmCancel, .keptAppointment, .offerExpired:
            return base + [v.service, v.when]
        case .cancellationReceipt:
            return base + [v.service, v.when, v.bookingLink, v.bookingPage]
        case .cancellationReceiptLateFee:
            return base + [v.service, v.when, v.fee]
        case .cancelledByBusiness:
            return base + [v.service, v.when, v.bookingLink, v.bookingPage, v.phone]
        case .runningLateReceipt:
            return base + [v.staff, v.time]
        case .rescheduleOptions:
            return base + [v.service, v.slots]
        case .rescheduleNearest:
            return base + [v.service, v.requested, v.slots]
        case .moveReceipt:
            return base + [v.service, v.when, v.previous, v.manageLink]
        case .waitlistOffer:
            return base + [v.service, v.when, v.holdMinutes]
        case .waitlistOfferList:
            return base + [v.service, v.slots, v.holdMinutes]
        case .slotTaken:
            return base + [v.service]
        case .standbyOffer, .standbyReceipt:
            return base + [v.service, v.when]
        case .offerReceipt:
            return base + [v.service, v.when, v.location, v.manageLink]
        case .bookingReceipt:
            return base + [v.service, v.when, v.location, v.staff, v.manageLink]
        case .verificationCode:
            return [v.business, v.code]
        case .winBackNoShow, .winBackCancel:
            return base + [v.service, v.slots]
        case .postVisitThanks:
            return base + [v.service, v.rebookDate, v.bookingLink, v.bookingPage]
        case .depositRequired:
            return base + [v.service, v.when, v.deposit, v.paymentLink, v.holdMinutes]
        case .bookingBlocked:
            return base + [v.phone]
        case .clarifyAppointment:
            return base + [v.appointments]
        case .handoff, .optInConfirmation, .offerDeclined, .telegramLinked:
            return base
        case .rebookDeclined:
            return base + [v.bookingLink, v.bookingPage]
        case .winBackNoShowLink, .winBackCancelLink, .postVisitThanksPlain:
            return base + [v.service, v.bookingLink, v.bookingPage]
        case .feedbackRequest:
            return base + [v.service, v.staff]
        case .feedbackThanks:
            return base
        case .pickNumber:
            return base + [v.count]
        case .staffAnswer:
            return base + [v.staff, v.answer]
        case .help, .fallback:
            return base + [v.phone]
        case .optOutConfirmation, .telegramLinkExpired, .telegramLinkMissing:
            return [v.business]
        case .staffEscalation:
            return [v.business, v.client, v.clientContact, v.service, v.when, v.reason, v.messages]
        case .staffEscalationGeneral:
            return [v.business, v.client, v.clientContact, v.reason, v.messages]
        case .staffNoShowCheck, .staffRunningLateUnsure:
            return [v.business, v.client, v.service, v.time]
        case .staffRunningLate:
            return [v.business, v.client, v.service, v.time, v.minutes]
        case .staffNoted, .staffUnknownReply:
            return [v.business]
        }
    }
}

/// One named variable a message takes: its kind and what it means.
public struct VariableSpec: Hashable, Sendable {
    /// The name templates use, e.g. `first_name`.
    public var name: String
    /// What kind of value the engine passes.
    public var kind: DialogValue.Kind
    /// What the variable holds, for the docs and `dialogs check`.
    public var meaning: String

    /// A variable spec.
    public init(_ name: String, _ kind: DialogValue.Kind, _ meaning: String) {
        self.name = name
        self.kind = kind
        self.meaning = meaning
    }

    static let business = VariableSpec("business", .text, "the business's name, e.g. Willow & Stone")
    static let firstName = VariableSpec("first_name", .text, "the client's first name")
    static let service = VariableSpec("service", .text, "the service's name")
    static let when = VariableSpec("when", .dateTime, "the appointment's local date and time")
    static let location = VariableSpec("location", .text, "the location's name")
    static let bookingLink = VariableSpec("booking_link", .text, "the online booking page (the client's own link, with the visit's service when there is one)")
    static let bookingPage = VariableSpec("booking_page", .text, "the booking page itself, shorter than the client's own link (for SMS in UCS-2 languages)")
    static let manageLink = VariableSpec("manage_link", .text, "the visit's own page, where the client confirms, cancels or moves it")
    static let code = VariableSpec("code", .text, "a six-digit one-time code")
    static let fee = VariableSpec("fee", .money, "the late-cancellation fee")
    static let staff = VariableSpec("staff", .text, "the staff member's name")
    static let time = VariableSpec("time", .time, "the appointment's local start time")
    static let slots = VariableSpec("slots", .slots, "up to 3 free slots, numbered from 1")
    static let requested = VariableSpec("requested", .dateTime, "the time the client asked for, which is not free")
    static let previous = VariableSpec("previous", .dateTime, "the appointment's old date and time")
    static let holdMinutes = VariableSpec("hold_minutes", .count, "how many minutes the offer or hold lasts")
    static let rebookDate = VariableSpec("rebook_date", .date, "when the next visit is due at the service's cadence")
    static let deposit = VariableSpec("deposit", .money, "the deposit to pay")
    static let paymentLink = VariableSpec("payment_link", .text, "the deposit's payment page")
    static let phone = VariableSpec("phone", .text, "the location's phone number")
    static let appointments = VariableSpec("appointments", .slots, "the client's appointments, numbered, each labelled with its service")
    static let client = VariableSpec("client", .text, "the client's full name")
    static let clientContact = VariableSpec("client_contact", .text, "the client's channel and address, e.g. SMS +447700900123")
    static let reason = VariableSpec("reason", .text, "why the conversation was handed to a person")
    static let messages = VariableSpec("messages", .transcript, "the last messages of the thread, oldest first")
    static let count = VariableSpec("count", .count, "how many options were offered")
    static let answer = VariableSpec("answer", .text, "a staff member's answer, relayed as written")
    static let minutes = VariableSpec("minutes", .count, "minutes late the client said")
}
