import Foundation

extension StripePayments.Settings {
    /// Stripe deposits are on when `SLOTKEEPER_STRIPE_SECRET_KEY` is set; then the webhook's signing secret must be too,
    /// because a payment is only known to SlotKeeper when Stripe's `checkout.session.completed` arrives.
    public init?(_ env: SettingsReader) throws(SettingError) {
        guard let key = env.optional("SLOTKEEPER_STRIPE_SECRET_KEY") else { return nil }
        if key.hasPrefix("pk_") {
            throw SettingError("SLOTKEEPER_STRIPE_SECRET_KEY", "is a publishable key (pk_…), which cannot create payments",
                               fix: "use the secret key from the Stripe dashboard's API keys page, e.g. sk_live_… or sk_test_…")
        }
        guard key.hasPrefix("sk_") || key.hasPrefix("rk_") else {
            throw SettingError("SLOTKEEPER_STRIPE_SECRET_KEY", "does not look like a Stripe secret key",
                               fix: "use the secret key from the Stripe dashboard's API keys page, e.g. sk_live_… or sk_test_…")
        }
        let secret = try env.required("SLOTKEEPER_STRIPE_WEBHOOK_SECRET", for: "taking deposits through Stripe (payments are confirmed by its webhook)",
                                      example: "whsec_… (the signing secret of the endpoint {SLOTKEEPER_PUBLIC_URL}/webhooks/stripe)")
        let base = try env.url("SLOTKEEPER_STRIPE_API_BASE", default: "https://api.stripe.com", example: "https://api.stripe.com")!
        self.init(secretKey: key, apiBase: base, webhookSecret: secret)
    }
}
