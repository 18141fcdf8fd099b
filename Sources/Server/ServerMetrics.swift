import BookingCore
import Conversation
import Engine
import Foundation
import Hummingbird
import Prometheus
import Store

/// What `/metrics` shows, in Prometheus' text format: counters the process keeps (inbound by channel and
/// intent, outbound by status, webhooks by route and outcome, the webhook latency histogram) and gauges read
/// from the store at scrape time (open escalations, outbox depth, job lag), so they are right with several processes.
public final class ServerMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    private static let latencyBuckets: [Duration] = [.milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25),
                                                     .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(5)]

    public init() {}

    /// A message understood: by channel and what the matcher made of it.
    public func inbound(channel: Channel, intent: String) {
        registry.makeCounter(descriptor: .init(namespace: "slotkeeper", metricName: "inbound_messages", unitName: "total",
                                               helpText: "Messages received, by channel and intent"),
                             labels: [("channel", channel.rawValue), ("intent", intent)]).increment()
    }

    /// A send attempt's outcome: sent, retry, failed; or a provider's delivery status.
    public func outbound(channel: Channel, status: String) {
        registry.makeCounter(descriptor: .init(namespace: "slotkeeper", metricName: "outbound_messages", unitName: "total",
                                               helpText: "Outgoing messages by channel and status (sent, retry, failed, and delivery reports)"),
                             labels: [("channel", channel.rawValue), ("status", status)]).increment()
    }

    /// A provider webhook answered: by route and outcome (`ok`, `refused_signature`, `malformed`, `error`), with its latency.
    public func webhook(route: String, outcome: String, duration: Duration) {
        registry.makeCounter(descriptor: .init(namespace: "slotkeeper", metricName: "webhook_requests", unitName: "total",
                                               helpText: "Provider webhooks by route and outcome; refused ones changed nothing"),
                             labels: [("route", route), ("outcome", outcome)]).increment()
        registry.makeDurationHistogram(descriptor: .init(namespace: "slotkeeper", metricName: "webhook_duration", unitName: "seconds",
                                                         helpText: "Time from request to answer of a provider webhook: signature, understanding, decision, one transaction"),
                                       labels: [("route", route)], buckets: Self.latencyBuckets).record(duration)
    }

    /// Feeds the engine's notes into the counters.
    public func observe(_ note: EngineNote) {
        switch note {
        case .decided(_, .inbound(let reply), _, _): inbound(channel: reply.channel, intent: reply.understanding.intent.rawValue)
        case .sent(let message, _, _): outbound(channel: message.channel, status: "sent")
        case .sendFailed(let message, _, let willRetry, _): outbound(channel: message.channel, status: willRetry ? "retry" : "failed")
        case .unknownSender(let channel, _): inbound(channel: channel, intent: "unknown_sender")
        case .delivery(let report): outbound(channel: report.channel, status: report.status)
        default: break
        }
    }

    /// The exposition text, with the store's gauges read now.
    public func render(store: any BookingStore, now: Date) async throws -> [UInt8] {
        let depth = try await store.operationalFigures(now: now)
        func gauge(_ name: String, _ help: String, _ value: Double) {
            registry.makeGauge(descriptor: .init(namespace: "slotkeeper", metricName: name, helpText: help)).set(to: value)
        }
        gauge("escalations_open", "Escalations waiting for a person", Double(depth.openEscalations))
        gauge("outbox_depth", "Messages waiting to be sent", Double(depth.outboxPending))
        gauge("outbox_oldest_due_seconds", "How long the most overdue pending message has waited past its time", depth.outboxLag)
        gauge("job_lag_seconds", "How long the most overdue pending job has waited past its time", depth.jobLag)
        gauge("jobs_pending", "Follow-ups scheduled (reminders, checks, holds)", Double(depth.jobsPending))
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return buffer
    }
}

/// Counts and times every `/webhooks/…` request: a 403 is a refused signature, a 400 a malformed body.
struct WebhookMetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServerMetrics

    /// The webhook routes, the only values the `route` label takes (anything else under /webhooks/ is `other`), so a
    /// stranger requesting made-up paths can't grow the metrics without end.
    static var routes: Set<String> {
        ["/webhooks/sms", "/webhooks/sms/status", "/webhooks/stripe", "/webhooks/calcom", "/webhooks/telegram", "/webhooks/whatsapp"]
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.uri.path.hasPrefix("/webhooks/") else { return try await next(request, context) }
        let path = Self.routes.contains(request.uri.path) ? request.uri.path : "other"
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            metrics.webhook(route: path, outcome: Self.outcome(response.status.code), duration: ContinuousClock.now - start)
            return response
        } catch {
            // Hummingbird's own answers (404 for an unknown path) arrive as errors carrying their status.
            let code = (error as? any HTTPResponseError)?.status.code ?? 500
            metrics.webhook(route: path, outcome: Self.outcome(code), duration: ContinuousClock.now - start)
            throw error
        }
    }

    static func outcome(_ code: Int) -> String {
        switch code {
        case 200..<300: "ok"
        case 400: "malformed"
        case 401, 403: "refused_signature"
        case 404: "not_configured"
        case 409: "conflict"
        default: "error"
        }
    }
}
