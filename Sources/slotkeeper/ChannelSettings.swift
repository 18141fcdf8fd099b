import Channels
import Dialogs
import Server

/// Every provider setting serve reads, checked together: each channel is on when its settings are there, and one that needs
/// the public address refuses to start without it. `serve` and `doctor` read them the same way.
struct ChannelSettings {
    var publicURL: String?
    var sms: TwilioSMS.Settings?
    var smsAuthToken: String?
    var email: EmailSettings?
    var telegram: TelegramBot.Settings?
    var whatsApp: WhatsAppCloud.Settings?
    var stripe: StripePayments.Settings?
    var calcom: CalcomWebhook.Settings?

    init(_ settings: SettingsReader) throws(SettingError) {
        publicURL = try settings.url("SLOTKEEPER_PUBLIC_URL", example: "https://spa.example.com")
        smsAuthToken = settings.optional("SLOTKEEPER_TWILIO_AUTH_TOKEN")
        sms = try TwilioSMS.Settings(settings, publicURL: publicURL)
        email = try EmailSettings(settings)
        telegram = try TelegramBot.Settings(settings, publicURL: publicURL)
        whatsApp = try WhatsAppCloud.Settings(settings, messages: MessageName.templateVariables)
        if whatsApp != nil && publicURL == nil {
            throw SettingError("SLOTKEEPER_PUBLIC_URL", "missing, and WhatsApp needs it: Meta calls {public URL}/webhooks/whatsapp",
                               fix: "set it to your public address, e.g. https://spa.example.com")
        }
        stripe = try StripePayments.Settings(settings)
        calcom = try CalcomWebhook.Settings(settings)
        if stripe != nil && publicURL == nil {
            throw SettingError("SLOTKEEPER_PUBLIC_URL", "missing, and Stripe deposits need it: the payment link and the return pages live on this server",
                               fix: "set it to your public address, e.g. https://spa.example.com")
        }
        if (smsAuthToken != nil || sms != nil) && publicURL == nil {
            throw SettingError("SLOTKEEPER_PUBLIC_URL", "missing, and the SMS webhooks need it: signatures are computed over the URL the provider calls",
                               fix: "set it to your public address, e.g. https://spa.example.com")
        }
    }
}
