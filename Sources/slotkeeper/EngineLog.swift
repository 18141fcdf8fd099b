import Conversation
import Engine
import Logging

/// The engine's notes as log lines. Above debug they name threads and message names only: no message bodies, no
/// phone numbers or addresses (those are personal data); at debug the body is added.
enum EngineLog {
    /// The part of a provider's error that names no person: its code (`SMS provider error 21211`), or the text up to a colon.
    static func reason(_ error: String) -> String {
        let head = error.split(separator: ":", maxSplits: 1).first.map(String.init) ?? error
        return head.contains("@") || head.contains(where: \.isNumber) && head.filter(\.isNumber).count > 6 ? "provider error" : head
    }

    static func write(_ note: EngineNote, to logger: Logger) {
        switch note {
        case .decided(let party, let event, let decision, _):
            var metadata: Logger.Metadata = ["thread": "\(party.key)", "effects": "\(decision.effects.count)"]
            if case .inbound(let reply) = event {
                metadata["channel"] = "\(reply.channel.rawValue)"
                metadata["intent"] = "\(reply.understanding.intent.rawValue)"
                metadata["confidence"] = "\(reply.understanding.confidence)"
            }
            logger.info("event applied", metadata: metadata)
        case .sent(let message, let name, _):
            logger.info("message sent", metadata: ["outbox": "\(message.id)", "channel": "\(message.channel.rawValue)", "message": "\(name)"])
            logger.debug("message body", metadata: ["outbox": "\(message.id)", "to": "\(message.address)", "body": "\(message.body)"])
        case .sendFailed(let message, let error, let willRetry, _):
            // A provider's error text can quote the number or address: only its code goes above debug.
            logger.warning("send failed", metadata: ["outbox": "\(message.id)", "channel": "\(message.channel.rawValue)",
                                                     "retry": "\(willRetry)", "reason": "\(Self.reason(error))"])
            logger.debug("send failure detail", metadata: ["outbox": "\(message.id)", "error": "\(error)"])
        case .offered(let slot, let clients, _):
            logger.info("slot offered", metadata: ["start": "\(slot.start)", "clients": "\(clients.count)"])
        case .unknownSender(let channel, let address):
            logger.notice("message from an unknown sender ignored", metadata: ["channel": "\(channel.rawValue)"])
            logger.debug("unknown sender", metadata: ["address": "\(address)"])
        case .jobFailed(let id, let error):
            logger.error("job failed", metadata: ["job": "\(id)", "error": "\(error)"])
        case .delivery(let report):
            logger.info("delivery report", metadata: ["channel": "\(report.channel.rawValue)", "status": "\(report.status)"])
        }
    }
}
