import BookingCore
import Channels
import Foundation

/// What the HTTP server needs beyond the engine: where the providers reach it, and their secrets (from the environment only).
public struct ServerConfiguration: Sendable {
    /// The public base URL providers call, e.g. `https://spa.example.com`; signatures are computed over it.
    public var publicURL: String
    /// The Twilio-compatible provider's auth token; nil turns the SMS webhooks off (404).
    public var twilioAuthToken: String?
    /// Stripe's webhook endpoint secret; nil turns `/webhooks/stripe` off (404).
    public var stripeWebhookSecret: String?
    /// Serves `/simulator`, where a person plays a client's phone: only with `serve --simulate`, never in production.
    public var simulator: Bool
    /// The admin API's bearer token (`SLOTKEEPER_ADMIN_TOKEN`); nil turns `/api/v1` off (404).
    public var adminToken: String?
    /// The Cal.com webhook's secret and mappings; nil turns `/webhooks/calcom` off (404).
    public var calcom: CalcomWebhook.Settings?

    /// The Telegram bot; `/webhooks/telegram` answers only when its settings have a webhook secret (else 404).
    public var telegram: TelegramBot?
    /// The WhatsApp Cloud API settings (app secret, verify token, phone number id); nil turns `/webhooks/whatsapp` off (404).
    public var whatsApp: WhatsAppCloud.Settings?
    /// The business's name as clients know it, for public pages (nil: the location's name).
    public var businessName: String?
    /// The dashboard's templates and text; nil serves no dashboard (`/desk` says why).
    public var dashboard: DeskFiles?
    /// The channels messages go out on, as the dashboard's settings page shows them.
    public var channels: Set<Channel> = []
    /// What one SMS segment costs, for the reports' estimate (`SLOTKEEPER_SMS_SEGMENT_PRICE`).
    public var smsSegmentPrice: Money?

    public init(publicURL: String, twilioAuthToken: String?, stripeWebhookSecret: String? = nil, adminToken: String? = nil,
                calcom: CalcomWebhook.Settings? = nil, telegram: TelegramBot? = nil, whatsApp: WhatsAppCloud.Settings? = nil,
                simulator: Bool = false, businessName: String? = nil, dashboard: DeskFiles? = nil, channels: Set<Channel> = [],
                smsSegmentPrice: Money? = nil) {
        self.smsSegmentPrice = smsSegmentPrice
        self.dashboard = dashboard
        self.channels = channels
        self.businessName = businessName
        self.telegram = telegram
        self.whatsApp = whatsApp
        self.simulator = simulator
        self.publicURL = publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL
        self.twilioAuthToken = twilioAuthToken
        self.stripeWebhookSecret = stripeWebhookSecret
        self.adminToken = adminToken.flatMap { $0.isEmpty ? nil : $0 }
        self.calcom = calcom
    }
}
