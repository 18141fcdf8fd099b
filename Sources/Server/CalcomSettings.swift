import BookingCore
import Channels
import Engine
import Foundation

extension CalcomWebhook {
    /// What `/webhooks/calcom` needs: the webhook's secret, and which of our services and staff Cal.com's event types and
    /// organizers are, where their names don't already say.
    public struct Settings: Sendable {
        /// The secret given to the Cal.com webhook; signatures are checked with it.
        public var secret: String
        /// Event type slug (or title) → our service, e.g. `60min-massage` → `massage`.
        public var eventTypes: [String: ServiceID]
        /// Organizer e-mail → our staff member.
        public var staff: [String: StaffID]

        public init(secret: String, eventTypes: [String: ServiceID] = [:], staff: [String: StaffID] = [:]) {
            self.secret = secret
            self.eventTypes = Dictionary(eventTypes.map { (Engine.slug($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
            self.staff = Dictionary(staff.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        }

        /// Cal.com is on when `SLOTKEEPER_CALCOM_WEBHOOK_SECRET` is set. `SLOTKEEPER_CALCOM_EVENT_TYPES` (`slug=service,…`) and
        /// `SLOTKEEPER_CALCOM_STAFF` (`organizer@e-mail=staff,…`) map what names alone don't.
        public init?(_ env: SettingsReader) throws(SettingError) {
            guard let secret = env.optional("SLOTKEEPER_CALCOM_WEBHOOK_SECRET") else { return nil }
            let types = try Self.pairs(env, "SLOTKEEPER_CALCOM_EVENT_TYPES", example: "60min-massage=massage,facial=facial")
            let staff = try Self.pairs(env, "SLOTKEEPER_CALCOM_STAFF", example: "anna@spa.example.com=anna")
            self.init(secret: secret, eventTypes: types.mapValues { ServiceID($0) }, staff: staff.mapValues { StaffID($0) })
        }

        static func pairs(_ env: SettingsReader, _ name: String, example: String) throws(SettingError) -> [String: String] {
            guard let text = env.optional(name) else { return [:] }
            var out: [String: String] = [:]
            for item in text.split(separator: ",") {
                let kv = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard kv.count == 2, !kv[0].isEmpty, !kv[1].isEmpty else {
                    throw SettingError(name, "\"\(item)\" is not name=id", fix: "write comma-separated pairs, e.g. \(name)=\(example)")
                }
                out[kv[0]] = kv[1]
            }
            return out
        }
    }
}
