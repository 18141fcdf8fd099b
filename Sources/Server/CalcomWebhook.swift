import BookingCore
import Engine
import Foundation
import Hummingbird
import Logging

/// `POST /webhooks/calcom`: bookings made, cancelled or moved in Cal.com become ours. The body is
/// `{"triggerEvent", "createdAt", "payload"}` signed in `X-Cal-Signature-256`; BOOKING_CREATED adds the appointment (and the
/// client, when new), BOOKING_CANCELLED cancels it and offers the slot to the waitlist, BOOKING_RESCHEDULED moves it (Cal.com
/// gives the moved booking a new `uid` and names the old one in `rescheduleUid`). One delivery is applied once
/// (`triggerEvent` + `uid` + `createdAt`); a slot already taken here is refused with 409 and nothing written.
public struct CalcomWebhook: Sendable {
    let engine: Engine
    let settings: Settings

    static let source = "calcom"

    func handle(_ request: Request, logger: Logger) async throws -> Response {
        let buffer = try await request.body.collect(upTo: 1 << 20)
        let body = Array(buffer.readableBytesView)
        let header = request.headers.first { $0.name.canonicalName == "x-cal-signature-256" }?.value
        guard CalcomSignature(secret: settings.secret).isValid(header, body: body) else {
            return text(.forbidden, "bad or missing X-Cal-Signature-256\n")
        }
        guard let json = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any], let trigger = json["triggerEvent"] as? String else {
            return text(.badRequest, "not a Cal.com webhook: no triggerEvent\n")
        }
        if trigger == "PING" { return text(.ok, "pong\n") }
        guard ["BOOKING_CREATED", "BOOKING_CANCELLED", "BOOKING_RESCHEDULED"].contains(trigger) else { return text(.ok, "ignored\n") }
        guard let payload = json["payload"] as? [String: Any], let uid = payload["uid"] as? String, !uid.isEmpty,
              let createdAt = json["createdAt"] as? String else {
            return text(.badRequest, "\(trigger) without createdAt or payload.uid\n")
        }
        let key = "calcom:\(trigger):\(uid):\(createdAt)"
        let outcome: ExternalChangeOutcome
        switch trigger {
        case "BOOKING_CREATED":
            guard let booking = booking(payload, uid: uid) else { return text(.badRequest, "BOOKING_CREATED needs startTime, endTime and an attendee\n") }
            outcome = try await engine.bookExternal(booking, key: key)
        case "BOOKING_CANCELLED":
            outcome = try await engine.cancelExternal(source: Self.source, externalID: uid, cancelledBy: payload["cancelledBy"] as? String,
                                                      reason: payload["cancellationReason"] as? String, key: key)
        default:
            guard let start = Self.date(payload["startTime"]), let end = Self.date(payload["endTime"]), end > start else {
                return text(.badRequest, "BOOKING_RESCHEDULED needs startTime before endTime\n")
            }
            let organizer = ((payload["organizer"] as? [String: Any])?["email"] as? String)?.lowercased()
            outcome = try await engine.moveExternal(source: Self.source, previousID: payload["rescheduleUid"] as? String, externalID: uid,
                                                    start: start, end: end, staff: organizer.flatMap { settings.staff[$0] }, key: key)
        }
        switch outcome {
        case .applied, .duplicate:
            return text(.ok, "ok\n")
        case .unchanged(_, let why):
            return text(.ok, "nothing to change: \(why)\n")
        case .unknownBooking(let ids):
            logger.warning("Cal.com \(trigger) for booking \(ids): no appointment here is linked to it")
            return text(.notFound, "no appointment is linked to Cal.com booking \(ids)\n")
        case .slotTaken(let other):
            logger.warning("Cal.com \(trigger) \(uid) refused: the slot is taken here\(other.map { " by appointment \($0)" } ?? "")")
            return text(.conflict, "the slot is already taken here\(other.map { " (appointment \($0))" } ?? ""); nothing was changed\n")
        case .unmatched(let why):
            logger.warning("Cal.com \(trigger) \(uid) refused: \(why)")
            return text(.unprocessableContent, "\(why); map Cal.com event types with SLOTKEEPER_CALCOM_EVENT_TYPES and organizers with SLOTKEEPER_CALCOM_STAFF\n")
        case .refused(let why):
            logger.warning("Cal.com \(trigger) \(uid) refused: \(why)")
            return text(.conflict, "\(why); nothing was changed\n")
        }
    }

    /// The booking a BOOKING_CREATED payload describes: the first attendee is the client.
    func booking(_ p: [String: Any], uid: String) -> ExternalBooking? {
        guard let start = Self.date(p["startTime"]), let end = Self.date(p["endTime"]),
              let first = (p["attendees"] as? [[String: Any]])?.first else { return nil }
        let responses = p["responses"] as? [String: Any]
        let answer = { (name: String) in (responses?[name] as? [String: Any])?["value"] as? String }
        let phone = [first["phoneNumber"] as? String, answer("attendeePhoneNumber"), p["smsReminderNumber"] as? String]
            .compactMap { $0 }.first { !$0.isEmpty }
        let attendee = ExternalBooking.Attendee(name: first["name"] as? String ?? "", firstName: first["firstName"] as? String,
                                                lastName: first["lastName"] as? String, email: first["email"] as? String, phone: phone,
                                                locale: (first["language"] as? [String: Any])?["locale"] as? String)
        let names = [p["type"] as? String, p["eventTitle"] as? String, p["title"] as? String].compactMap { $0 }
        let organizer = ((p["organizer"] as? [String: Any])?["email"] as? String)?.lowercased()
        let mapped = names.lazy.compactMap { settings.eventTypes[Engine.slug($0)] }.first
        let notes = [p["additionalNotes"] as? String, p["description"] as? String].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        return ExternalBooking(source: Self.source, externalID: uid, attendee: attendee, service: mapped, serviceNames: names,
                               staff: organizer.flatMap { settings.staff[$0] }, organizerEmail: organizer, start: start, end: end,
                               notes: "Cal.com booking \(uid)" + (notes.isEmpty ? "" : ": \(notes.prefix(500))"))
    }

    /// An ISO 8601 instant as Cal.com writes them: `2024-01-01T10:00:00Z`, with milliseconds, or with an offset.
    static func date(_ value: Any?) -> Date? {
        guard let s = value as? String else { return nil }
        let plain = ISO8601DateFormatter()
        if let d = plain.date(from: s) { return d }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return fractional.date(from: s)
    }
}
